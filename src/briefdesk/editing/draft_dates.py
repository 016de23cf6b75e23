"""The drafted deal's own dates and option (newcomer17 N17-09).

An award page said "The contract, signed in Tallinn on 23 November …, includes an option for
two further vessels worth up to EUR 95 million, which must be exercised by 30 June 2028" and
"Deliveries are planned for 2028–2030": the draft left the signed date and the deliveries as
loose date suggestions and the option nowhere. A date whose sentence is the deal's — one of the
deal's own sentences, or one that takes it up ("The contract, signed …", "Deliveries are …")
while naming no other deal — now fills the deal's Signed or Delivery field, placed by the
same rule as accepting the date by hand (:func:`date_accept.plan_date`); a deadline or a date
that fits no deal field stays a suggestion. An option the deal's sentences state goes into the
deal's note (the model's deal has no status text of its own), in the source's words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from briefdesk.editing.date_accept import plan_date
from briefdesk.editing.date_words import is_dateline, signed_today
from briefdesk.editing.lease_terms import with_term
from briefdesk.editing.same_deal import same_contract
from briefdesk.extract.results import DealSuggestion, Extraction
from briefdesk.model import Brief, Source
from briefdesk.model.codes import DealKind

# Words that take up a deal told before: "The contract, signed …", "Deliveries are planned …",
# "The lease includes an option …" (round 21: exchange, barter, swap, lease, charter).
_TAKES_UP = re.compile(
    r"\b(?:the|this|that|its)\s+(?:contract|deal|agreement|order|sale|purchase|award|loan|"
    r"grant|accord|exchange|barter|swap|lease|charter)\b|\bdeliver(?:y|ies)\b",
    re.IGNORECASE,
)
_OPTION = re.compile(
    r"\boptions?\s+(?:for|on|to\s+(?:buy|order|purchase|acquire|add))\s+(?P<what>[^;]+)",
    re.IGNORECASE,
)
# A draft takes a date only where its own words say what it dates: "signed in Tallinn on 23
# November", "Deliveries are planned for 2028–2030"; "the Directorate announced on Tuesday" in
# a sentence that also says "awarded" dates the announcement, not the signing.
_NEAR = {
    "signed": re.compile(r"\b(?:signed|inked|concluded|awarded|granted)\b[^.;]{0,60}$", re.I),
    "delivery": re.compile(r"\bdeliver(?:y|ies|ed)?\b[^.;]{0,60}$", re.I),
}
# (round 23, N23-08) one unbroken signing clause, however long its object: "Halloran signed the
# contract with Lindqvist Naval chief executive Maren Solberg at the company's yard in Ostraven
# on Monday"; no comma and no second verb between ("signed …, and deliveries begin on").
_NEAR_CLAUSE = re.compile(r"\b(?:signed|inked|concluded)\b[^.;,]{0,140}$", re.I)
_ANOTHER_VERB = re.compile(
    r"\b(?:and|but|which|who|that|will|would|to|is|are|was|were|begin\w*|start\w*|due)\b", re.I
)
_SAID = re.compile(r"\b(?:announc\w*|said|says|told|reported|stated)\b", re.I)
# (round 20, N19-08) the date before its verb: "The Government … today signed a loan
# agreement", "On 26 November the two ministers signed …"; not a date that frames something
# else ("Today, a year after the loan was signed", "On Tuesday the Ministry said it had signed").
_BEFORE = {"signed": re.compile(r"^[^.;]{0,60}?\b(?:signed|inked|concluded|granted)\b", re.I)}
# (round 21, N20-10) a date that opens its sentence dates the sentence's verb however long the
# subject: "On 14 October 2026 the Space Agency and the Ministry of Finance of … signed".
_OPENING = {"signed": re.compile(r"^[^.;]{0,160}?\b(?:signed|inked|concluded|granted)\b", re.I)}
_OPENS = re.compile(r"^\s*(?:on\s+)?$", re.I)
_FRAMES = re.compile(r"\b(?:after|since|before|until|when|once|because|while)\b", re.I)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence holding ``text[start:end]`` (as :func:`date_field` reads)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return left, min(stops) if stops else len(text)


def _spans(deal: DealSuggestion) -> list[tuple[int, int]]:
    spans = list(deal.evidence) + list(deal.item_evidence)
    if deal.value is not None:
        spans += list(deal.value.evidence)
    return [(int(s), int(e)) for s, e in spans]


def _overlaps(spans: list[tuple[int, int]], left: int, right: int) -> bool:
    return any(s < right and left < e for s, e in spans)


def deals_sentence(
    deal: DealSuggestion, extraction: Extraction, text: str, left: int, right: int
) -> bool:
    """``text[left:right]`` is the deal's: one of its own sentences, or one after it that takes
    it up and names no other deal."""
    own = _spans(deal)
    if _overlaps(own, left, right):
        return True
    for other in extraction.deals:
        if other is deal or same_contract(deal, other, text):
            continue
        if _overlaps(_spans(other), left, right):
            return False  # another deal's sentence: its dates are its own
    told = min((s for s, _e in own), default=len(text))
    if told < left and _TAKES_UP.search(text[left:right]) is not None:
        return True
    return _taken_up_next(own, text, right)


def _taken_up_next(own: list[tuple[int, int]], text: str, right: int) -> bool:
    """The next sentence in the paragraph is the deal's and opens by taking this one up: "…
    signed a barter agreement on 24 November with … . The exchange is valued at about US$180
    million." (newcomer21 N21-05: the signed date was left out)."""
    for start, end in own:
        left, _stop = _sentence(text, start, end)
        if 0 < left - right <= 3 and "\n" not in text[right:left]:
            return _TAKES_UP.match(text[left:_stop].lstrip()) is not None
    return False


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for stop in re.finditer(r"\. |\n", text):
        yield start, stop.start()
        start = stop.end()
    yield start, len(text)


def add_deal_dates(
    work: Brief, index: int, deal: DealSuggestion, extraction: Extraction, source: Source
) -> None:
    """Fill ``work.deals[index]``'s signed date, delivery and option note from its sentences;
    what the deal already has is kept."""
    text = source.text
    for date in extraction.dates:
        for start, end in date.evidence[:1]:
            if not deals_sentence(deal, extraction, text, *_sentence(text, start, end)):
                continue
            plan = plan_date(work, index, text, start, end, date.resolved, date.precision)
            field = plan.path.rsplit(".", 1)[-1]
            if ".dates." in plan.path and _dates_it(text, start, end, field):
                setattr(work.deals[index].dates, field, plan.value)
    if work.deals[index].dates.signed is None:
        work.deals[index].dates.signed = _dateline_signing(deal, extraction, text)
    if not work.deals[index].note.strip():
        work.deals[index].note = option_note(deal, extraction, text)
    if work.deals[index].kind == DealKind.LEASE:  # how long it runs (round 22)
        own = " ".join(
            text[left:right]
            for left, right in _sentences(text)
            if deals_sentence(deal, extraction, text, left, right)
        )
        work.deals[index].note = with_term(work.deals[index].note, own)


def _dateline_signing(deal: DealSuggestion, extraction: Extraction, text: str) -> dt.date | None:
    """The dateline's day when the deal's own sentence says it was signed that day ("Bergvik,
    1 December 2026" … "This morning Northfjord Energi signed …", newcomer21 N21-05), or a
    sentence after it that takes the deal up ("The concession agreement was signed this
    morning", newcomer23 N23-08)."""
    own = [_sentence(text, s, e) for s, e in _spans(deal)]
    own += [
        (left, right)
        for left, right in _sentences(text)
        if signed_today(text[left:right]) and _names_deal(deal, extraction, text, left, right)
    ]
    if not own or not signed_today(text, own):
        return None
    for date in extraction.dates:
        for start, end in date.evidence[:1]:
            if date.precision == "day" and date.resolved and is_dateline(text, start, end):
                return date.resolved
    return None


# "The concession agreement was signed this morning": the deal called by its noun, the words
# before it (if any) the deal's own kind or item.
_CALLED = re.compile(
    r"\b(?:the|this|that|its)\s+(?P<words>(?:[\w-]+\s+){0,2}?)(?:contract|deal|agreement|"
    r"order|sale|purchase|award|loan|grant|accord|lease|concession|charter)\b",
    re.IGNORECASE,
)


def _names_deal(
    deal: DealSuggestion, extraction: Extraction, text: str, left: int, right: int
) -> bool:
    """``text[left:right]`` is one of the deal's own sentences, or calls the deal by its noun
    with only its own kind or item words before it ("The concession agreement", not "The loan
    agreement") and holds no other deal's words."""
    if _overlaps(_spans(deal), left, right):
        return True
    found = _CALLED.search(text, left, right)
    if found is None:
        return False
    own = f"{deal.kind} {deal.item}".lower()
    if any(word.lower() not in own for word in found.group("words").split()):
        return False
    return not any(
        _overlaps(_spans(other), left, right)
        for other in extraction.deals
        if other is not deal and not same_contract(deal, other, text)
    )


def _dates_it(text: str, start: int, end: int, field: str) -> bool:
    """The words just before the date say it is the deal's ``field`` ("signed … on"), or
    (a signed date) the date opens the verb's clause ("today signed"); no one's saying
    ("announced on") comes between."""
    rule = _NEAR.get(field)
    left, right = _sentence(text, start, start)
    found = rule.search(text, left, start) if rule is not None else None
    if found is not None and not _SAID.search(found.group()):
        return True
    if field == "signed" and (whole := _NEAR_CLAUSE.search(text, left, start)) is not None:
        between = whole.group()[len(whole.group().split()[0]) :]
        if not _SAID.search(between) and not _ANOTHER_VERB.search(between):
            return True
    after = (_OPENING if _OPENS.match(text[left:start]) else _BEFORE).get(field)
    verb = after.search(text[end:right]) if after is not None else None
    return verb is not None and not _SAID.search(verb.group()) and not _FRAMES.search(verb.group())


def option_note(deal: DealSuggestion, extraction: Extraction, text: str) -> str:
    """ "Option for two further vessels worth up to EUR 95 million, which must be exercised by
    30 June 2028." from the deal's own sentences; "" when they state none."""
    for left, right in _sentences(text):
        found = _OPTION.search(text, left, right)
        if found and deals_sentence(deal, extraction, text, left, right):
            what = " ".join(found.group("what").split()).rstrip(" .,")
            verb = " ".join(text[found.start() : found.start("what")].split()[1:])
            return f"Option {verb} {what}." if what else ""  # "Option to buy them …"
    return ""


def selection_option(words: str) -> str:
    """ "Option to buy them in 2034." from selected words that state an option (a deal made
    from a selection, Ctrl+Alt+N, notes it as a draft does; newcomer21 N21-02); "" if none."""
    found = _OPTION.search(words)
    if found is None:
        return ""
    what = " ".join(found.group("what").split()).rstrip(" .,")
    verb = " ".join(words[found.start() : found.start("what")].split()[1:])  # "to buy"
    return f"Option {verb} {what}." if what else ""


def selection_dates(work: Brief, index: int, local: Extraction, source: Source, at: int) -> None:
    """Fill ``work.deals[index]``'s dates from the dates of a selection that begins at ``at``
    in ``source.text`` (``local`` read from the selection alone), where the words before the
    date say what it dates ("signed by … on 25 November"; newcomer19 N19-04)."""
    for date in local.dates:
        for start, end in date.evidence[:1]:
            s, e = at + start, at + end
            plan = plan_date(work, index, source.text, s, e, date.resolved, date.precision)
            field = plan.path.rsplit(".", 1)[-1]
            if ".dates." in plan.path and _dates_it(source.text, s, e, field):
                setattr(work.deals[index].dates, field, plan.value)
