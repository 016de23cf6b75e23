"""Where an accepted date suggestion goes, decided without Qt (newcomer14 N14-11, N14-12).

A date fills the deal date its sentence speaks of; a date already set is never silently
replaced (the user is told it was kept); delivery years add up to a range; a year or month for
a deal's Signed or Announced goes into the deal's note ("Signed in 2023.", N25-06); a date no
deal field fits goes to Current status with its sentence's words, and a legal act's number is
no date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefdesk.editing.linking import date_field
from briefdesk.editing.year_note import plan_year_note
from briefdesk.model import Brief
from briefdesk.model.codes import DealStatus
from briefdesk.model.status_words import status_words

# "Directive 2009/81/EC", "Regulation (EU) 2021/821", "Decision 2014/512/CFSP": a number, no date.
_ACT_BEFORE = re.compile(
    r"\b(?:Directive|Regulation|Decision|Resolution|Law|Act|No\.?)\s*(?:\((?:EU|EC|EEC)\)\s*)?$",
    re.I,
)
_ACT_AFTER = re.compile(r"^/\d")
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)\b")
_YEAR = re.compile(r"^(?:[a-z]+ )?((?:19|20)\d\d)$")  # "2027", "in 2027"
_SENTENCE_LIMIT = 240


@dataclass(frozen=True)
class DatePlan:
    """One edit (``path`` ← ``value``; no edit when ``path`` is empty) and what to tell the user."""

    path: str
    value: object
    message: str
    # A status that follows the date: a deal still only reported whose signing date is
    # accepted, and past, is signed (N22-03: the export printed "Reported; signed 28 Nov").
    status: DealStatus | None = None


def plan_date(
    brief: Brief,
    deal_index: int | None,
    text: str,
    start: int,
    end: int,
    resolved: dt.date | None,
    precision: str,
) -> DatePlan:
    """The edit accepting the date ``text[start:end]`` makes, with the status-line words."""
    words = text[start:end]
    act = legal_act(text, start, end)
    if act:
        return DatePlan("", None, f"“{words}” is part of {act}, not a date: nothing added")
    if deal_index is not None and 0 <= deal_index < len(brief.deals):
        field, field_words = date_field(text, start, end)
        deal = brief.deals[deal_index]
        name = deal.title or "the deal"
        if field == "delivery":
            return _delivery(brief, deal_index, text, start, end, field_words, name)
        if field in ("signed", "announced") and resolved is not None and precision in ("day", ""):
            return _day(brief, deal_index, field, resolved, words, name)
        if field in ("signed", "announced") and precision in ("month", "year"):
            plan = plan_year_note(brief, deal_index, field, text, start, end, resolved)
            if plan is not None:
                return plan
            why = f"“{words}” gives no day, and a date of {name} needs one"
            return _note(brief, text, start, end, why)
        if field == "deadline":
            return _note(brief, text, start, end, f"“{words}” is a deadline, not a deal date")
    return _note(brief, text, start, end)


def date_deal(
    brief: Brief, source_id: str, text: str, start: int, end: int, fallback: int | None
) -> int | None:
    """The deal a date's paragraph speaks of: the one whose cited words in that paragraph come
    nearest before the date (after it when none come before); else ``fallback``, the selected or
    last deal (newcomer16 N16-10: "Deliveries are due in 2027-2028" after an arms sale went to
    the sanctions deal built by hand after it, and the sale's Delivery stayed empty)."""
    from briefdesk.editing.linking import spans_of

    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    nearest: tuple[int, int] | None = None  # (distance, deal index)
    for index in range(len(brief.deals)):
        for span in spans_of(brief, f"deals[{index}]"):
            if span.source_id != source_id or span.start < left or span.end > right:
                continue
            # Words after the date rank below any before it: a deal is told, then dated.
            distance = start - span.end if span.end <= start else len(text) + span.start - end
            if nearest is None or distance < nearest[0]:
                nearest = (distance, index)
    return nearest[1] if nearest is not None else fallback


def legal_act(text: str, start: int, end: int) -> str:
    """The legal act whose number the year at ``text[start:end]`` is part of, or ''."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 12]
    if not (_ACT_AFTER.match(after) or _ACT_BEFORE.search(before)):
        return ""
    head = _ACT_BEFORE.search(before)
    left = start - len(before) + head.start() if head else start
    tail = re.match(r"^[\w/.()-]*", after)
    right = end + (tail.end() if tail else 0)
    return text[left:right].strip(" ,;:")


def _day(brief: Brief, index: int, field: str, value: dt.date, words: str, name: str) -> DatePlan:
    current = getattr(brief.deals[index].dates, field)
    label = f"{field.capitalize()} date"
    if current is None or current == value:
        said = f"{label} {words} set on {name}"
        deal = brief.deals[index]
        if field == "signed" and deal.status == DealStatus.REPORTED and value <= dt.date.today():
            said += f"; status now {status_words(deal.kind, DealStatus.SIGNED)} (was reported)"
            return DatePlan(f"deals[{index}].dates.{field}", value, said, DealStatus.SIGNED)
        return DatePlan(f"deals[{index}].dates.{field}", value, said)
    return DatePlan(
        "",
        None,
        f"{label} of {name} kept as {_day_words(current)}; {words} not used "
        "(change it in the deal editor if it is the right one)",
    )


def _delivery(
    brief: Brief, index: int, text: str, start: int, end: int, words: str, name: str
) -> DatePlan:
    """Delivery is free text: a year range the sentence gives is taken whole ("2027–2029"), and
    a second year accepted after a first widens the range instead of replacing it."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    for match in _YEAR_RANGE.finditer(text, sentence_start, min(len(text), end + 12)):
        if match.start() <= start and end <= match.end():
            lead = words[: len(words) - len(text[start:end])]
            words = f"{lead}{match.group(1)}–{match.group(2)}"
    current = brief.deals[index].dates.delivery.strip()
    path = f"deals[{index}].dates.delivery"
    if not current:
        return DatePlan(path, words, f"Delivery “{words}” set on {name}")
    if words in current:
        return DatePlan("", None, f"Delivery of {name} already reads “{current}”")
    first, second = _YEAR.match(current), _YEAR.match(words)
    if first and second:
        low, high = sorted((first.group(1), second.group(1)))
        joined = f"{low}–{high}"
        return DatePlan(path, joined, f"Delivery of {name} now “{joined}” (was “{current}”)")
    return DatePlan(
        "", None, f"Delivery of {name} kept as “{current}”; “{words}” not used (edit it by hand)"
    )


def _note(
    brief: Brief, text: str, start: int, end: int, why: str = "No deal date fits"
) -> DatePlan:
    """No deal date fits: the date goes to Current status inside its own sentence, never as a
    bare "- 2009" bullet that reads as a key point (N14-12)."""
    sentence = sentence_of(text, start, end)
    current = brief.current_status.rstrip()
    if sentence in current:
        return DatePlan("", None, f"Current status already says “{_short(sentence)}”")
    value = f"{current}\n- {sentence}".strip()
    return DatePlan(
        "current_status", value, f"{why}: added to Current status: “{_short(sentence)}”"
    )


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence (or table row) holding ``text[start:end]``, trimmed to a readable length."""
    stop = text.rfind(". ", 0, start)
    left = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) + (1 if stops and text[min(stops)] == "." else 0) if stops else len(text)
    sentence = " ".join(text[left:right].replace("|", ":").split())
    sentence = re.sub(r"\s+:", ":", sentence)
    if len(sentence) > _SENTENCE_LIMIT:
        sentence = sentence[: _SENTENCE_LIMIT - 1].rstrip() + "…"
    return sentence


def _short(words: str, limit: int = 70) -> str:
    return words if len(words) <= limit else words[: limit - 1] + "…"


def _day_words(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"
