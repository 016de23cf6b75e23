"""A year or month accepted as a deal's signing or announcement date (newcomer25 N25-06, N25-13).

The deal's Signed and Announced fields hold a full day, and wires give old contracts a year
("a contract signed in 2023"). Accepting such a date used to paste the article's sentence, cut
with "…", into the brief's Current status, which the Word file prints under a heading the user
never opened. The date now stays with its deal, as a short note in the deal's own note field:
"Signed in 2023." for a past signing or announcement; a date still to come that no verb claims
("Construction is expected to begin in the second quarter of 2027, with commissioning planned
for 2030") is a schedule, noted in its own clause ("Commissioning planned for 2030.").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from briefdesk.model import Brief
from briefdesk.model.codes import DealStatus
from briefdesk.model.status_words import status_words

if TYPE_CHECKING:
    from briefdesk.editing.date_accept import DatePlan

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The preposition a wire puts before a year: "signed in 2023", "in the second quarter of 2027".
_LEAD = re.compile(r"\b(in|by|during|since|from|until|before|after)(\s+the)?\s*$", re.I)
_CLAUSE_STOP = re.compile(r"[,;:]\s|\.\s|\n|—|–")
_JOINER = re.compile(r"^(?:with|and|while|but|whereas|as)\s+", re.I)
_CLAUSE_LIMIT = 110
_ANNOUNCED = re.compile(r"\b(?:announc\w*|unveil\w*|disclos\w*|revealed)\b", re.I)


def plan_year_note(
    brief: Brief,
    index: int,
    field: str,
    text: str,
    start: int,
    end: int,
    resolved: dt.date | None,
) -> DatePlan | None:
    """The note the year or month at ``text[start:end]`` puts on deal ``index`` (whose
    ``field`` date it is), with status-line words that say where it went; None for a past
    date no verb of the sentence ties to the deal (it stays a Current status line)."""
    from briefdesk.editing.date_accept import DatePlan

    deal = brief.deals[index]
    name = deal.title or "the deal"
    words = text[start:end]
    today = dt.date.today()
    years = [int(y) for y in _YEAR.findall(words)]
    later = resolved is not None and resolved > today
    future = (bool(years) and max(years) > today.year) or later
    label = "Signed" if field == "signed" else "Announced"
    said_so = _ANNOUNCED.search(_sentence(text, start, end))
    if field == "announced" and not future and not said_so:
        return None  # "The minister arrived in Ostravin in March 2026": no date of the deal
    if field == "announced" and future:
        note = _clause(text, start, end) or f"Due {_lead(text, start)}{words}."
        why = f"“{words}” is still to come and no deal date holds it"
    else:
        note = f"{label} {_lead(text, start)}{words}."
        why = f"“{words}” gives no day, and {label} takes a full date"
    current = deal.note.strip()
    if note.lower() in current.lower():
        return DatePlan("", None, f"The note of {name} already says “{note}”")
    said = (
        f"{why}: noted on {name} as “{note}” "
        "(the deal's note, printed in the export; Ctrl+Z undoes)"
    )
    value = f"{current} {note}".strip()
    path = f"deals[{index}].note"
    if field == "signed" and not future and deal.status == DealStatus.REPORTED:
        said += f"; status now {status_words(deal.kind, DealStatus.SIGNED)} (was reported)"
        return DatePlan(path, value, said, DealStatus.SIGNED)
    return DatePlan(path, value, said)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[left : min(stops) if stops else len(text)]


def _lead(text: str, start: int) -> str:
    """ "in ", "in the " — the words a note needs before the date; "in " when the text has none."""
    found = _LEAD.search(text[max(0, start - 20) : start])
    if not found:
        return "in "
    return f"{found.group(1).lower()}{' the' if found.group(2) else ''} "


def _clause(text: str, start: int, end: int) -> str:
    """The clause holding the date, whole and short, as a sentence of its own; '' when the
    clause is too long to read as a note (then the note names the date alone)."""
    left = 0
    for found in _CLAUSE_STOP.finditer(text, max(0, start - _CLAUSE_LIMIT), start):
        left = found.end()
    left = max(left, start - _CLAUSE_LIMIT)
    after = _CLAUSE_STOP.search(text, end)
    right = after.start() if after else len(text)
    clause = _JOINER.sub("", " ".join(text[left:right].split())).strip(" .")
    if not clause or len(clause) > _CLAUSE_LIMIT or not clause[:1].isalpha():
        return ""
    return f"{clause[0].upper()}{clause[1:]}."
