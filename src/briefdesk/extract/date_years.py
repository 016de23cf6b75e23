"""The year of a date written without one ("by 1 December", "signed on 3 March", "in January").

An article dated 14 October 2026 that says "approval is due by 1 December" means 2026-12-01, and
"deliveries begin on 15 January" means 2027-01-15; "the contract was signed on 20 November"
means 2025-11-20. The words around the date say which way it points: a deadline or future
tense looks ahead, a past tense looks back; with neither, the article's year is taken unless
that puts the date more than a month after the article (then the year before: news reports
what happened). Each choice comes with a sentence saying which year and why.
"""

from __future__ import annotations

import datetime as dt
import re


def _words(text: str) -> list[str]:
    return text.split()


# Words that point ahead of the article's date: deadlines, future tense, schedules, and the
# present tense a schedule is told in ("deliveries begin on 15 January").
_AHEAD = frozenset(
    _words(
        """by until till due will would shall deadline expected expects scheduled planned
        proposed required next upcoming forthcoming begin begins starts opens closes ends
        expires takes enters resumes aims ahead must should"""
    )
)
# "by" points ahead only right before the date ("approve it by 1 December"); after a past
# verb it names who did it ("signed on 3 March by the minister").
_ONLY_NEXT_TO = frozenset({"by"})
# Words that point back: past tense (the verbs news reports with), "ago", "last", "since".
# A list, not every "-ed": "United", "Limited", "armed", "advanced" are no tense.
_BACK = frozenset(
    _words(
        """was were had did been signed agreed announced said says told approved awarded ordered
        bought sold delivered held took began started ended met visited reported confirmed
        launched opened closed completed finalised finalized concluded received made gave won lost
        unveiled published issued arrived left returned rejected passed voted decided declared
        added noted stated released cancelled canceled suspended resigned died killed attacked
        struck fired tested flew landed occurred happened came went saw became hosted attended
        presented submitted filed paid transferred handed inaugurated commissioned loaded shipped
        sailed docked unloaded exported imported last ago since earlier previously already"""
    )
)
# A past participle after "be" is a passive, not a past: "will be signed on 1 December".
_PASSIVE = frozenset({"be"})
# Read only this far from the date, inside its sentence: the clause it belongs to.
_REACH = 60
_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_END = re.compile(r"[.!?\n]")
# A dateline ("MANILA, Nov 29 (MNW) -", "Oslo, Norway, 14 Oct. –"): the day the story was
# filed, on or before its publication whatever tense the story's first sentence takes.
_DATELINE_HEAD = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][A-Za-z'’.\- ]{1,40}(?:,[ \t]*[A-Z][A-Za-z'’.\- ]{1,30})?,[ \t]*$"
)
_DATELINE_TAIL = re.compile(r"[ \t,]*(?:\d{4}[ \t]*)?(?:\(|[-–—])")


# A deal named by its month: "the November barter", "the March accord" is one already made
# (round 22, newcomer21 N21-13), whatever tense the sentence takes.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_MADE_DEAL = re.compile(
    r"\s+(?:barter|deal|agreement|accord|contract|sale|order|purchase|swap|memorandum|mou|"
    r"treaty|pact)\b"
)


def direction(text: str, start: int, end: int) -> tuple[str, str]:
    """("ahead" | "back" | "", the cue word) from the words nearest the date in its sentence."""
    head = text[max(0, start - _REACH) : start]
    if _THE_BEFORE.search(head) and (made := _MADE_DEAL.match(text, end)):
        return "back", f"the {text[start:end]}{made.group()}"
    if _DATELINE_HEAD.search(head) and _DATELINE_TAIL.match(text, end):
        return "back", "dateline"
    stops = list(_SENTENCE_END.finditer(head))
    if stops:
        head = head[stops[-1].end() :]
    tail = text[end : end + _REACH]
    stop = _SENTENCE_END.search(tail)
    if stop:
        tail = tail[: stop.start()]
    before = [w.lower() for w in _WORD.findall(head)][::-1]  # nearest first
    after = [w.lower() for w in _WORD.findall(tail)]
    # The words before the date carry its verb in English ("signed on 3 March, it will…");
    # the words after count only when none before do ("On 3 March the deal was signed").
    for words, side in ((before, "before"), (after, "after")):
        for distance, word in enumerate(words):
            if word in _ONLY_NEXT_TO and (side == "after" or distance > 0):
                continue
            if word in _AHEAD:
                if word == "due" and _owed(words, distance, side):
                    continue  # "wheat due to Norvex", "due to the storm": no schedule
                return "ahead", word
            if word in _BACK:
                later = distance + 1 < len(words) and side == "before"
                further = words[distance + 1] if later else ""
                if further in _PASSIVE:
                    continue  # "be signed": the tense is in the words before it
                return "back", word
    return "", ""


def _owed(words: list[str], distance: int, side: str) -> bool:
    """ "due to <a name or a noun>" (owed to, because of), not "due to start" (round 21,
    newcomer21 N21-13): the word after "to" is no verb the schedule words know."""
    if side != "before" or distance < 2 or words[distance - 1] != "to":
        return False
    return words[distance - 2] not in _DUE_VERBS


# Verbs a schedule puts after "due to" ("due to start", "due to be signed", "due to arrive").
_DUE_VERBS = frozenset(
    _words(
        """be start begin open close end arrive sail leave take enter resume sign meet visit
        deliver complete finish expire reach hold vote decide report"""
    )
)


def day_year(month: int, day: int, published: dt.date, way: str, cue: str) -> tuple[dt.date, str]:
    """The day ``day month`` in the year the words point to, and why."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:  # 29 February
            continue
    if not candidates:
        raise ValueError("no such day")
    said = f"{day} {dt.date(2000, month, 1):%B}"
    if way == "ahead":
        chosen = min((c for c in candidates if c >= published), default=candidates[-1])
        return chosen, (
            f"no year given: {chosen.year}, the first {said} on or after the article's date "
            f"({published.isoformat()}), as {cue!r} points ahead"
        )
    if way == "back":
        chosen = max((c for c in candidates if c <= published), default=candidates[0])
        if cue == "dateline":
            return chosen, (
                f"no year given: {chosen.year}, the last {said} on or before the article's date "
                f"({published.isoformat()}), as a dateline gives the day the story was filed"
            )
        return chosen, (
            f"no year given: {chosen.year}, the last {said} on or before the article's date "
            f"({published.isoformat()}), as {cue!r} points back"
        )
    same = next((c for c in candidates if c.year == published.year), candidates[0])
    if same > published + dt.timedelta(days=31):
        earlier = same.replace(year=published.year - 1)
        return earlier, (
            f"no year given and no tense to go by: {earlier.year}, as {published.year} would put "
            f"it more than a month after the article's date ({published.isoformat()})"
        )
    return same, (
        f"no year given and no tense to go by: the article's year ({published.isoformat()})"
    )


def month_year(month: int, published: dt.date, way: str, cue: str) -> tuple[int, str]:
    """The year of a month named alone ("in December"), and why."""
    name = f"{dt.date(2000, month, 1):%B}"
    if way == "ahead" and month < published.month:
        return published.year + 1, (
            f"no year given: {published.year + 1}, the next {name} after the article's date "
            f"({published.isoformat()}), as {cue!r} points ahead"
        )
    if way == "back" and month > published.month:
        return published.year - 1, (
            f"no year given: {published.year - 1}, the last {name} before the article's date "
            f"({published.isoformat()}), as {cue!r} points back"
        )
    return published.year, f"no year given: the article's year ({published.isoformat()})"


def weekday_day(target: int, published: dt.date, way: str, cue: str) -> tuple[dt.date, str]:
    """The day a weekday names: the one before the article unless the words point ahead."""
    name = f"{dt.date(2024, 1, 1 + target):%A}"  # 1 January 2024 was a Monday
    if way == "ahead":
        forward = (target - published.weekday()) % 7 or 7
        chosen = published + dt.timedelta(days=forward)
        return chosen, (
            f"the next {name} after the article's date ({published.isoformat()}), as {cue!r} "
            "points ahead"
        )
    back = (published.weekday() - target) % 7
    chosen = published - dt.timedelta(days=back)
    return chosen, f"the last {name} on or before the article's date ({published.isoformat()})"
