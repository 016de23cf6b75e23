"""Records of the brief's lists (judgments, options, actors, deals …) added, changed and removed
in the user's words.

The window adds a record to its list and sets one field at a time; these functions return the
same edits (the list with the new record, ``significance.judgments[0].likelihood`` …) for the
CLI to apply, so both go through the model's one validation. Errors are one line that names
the record and the field.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from briefdesk.editing import fieldpath
from briefdesk.editing.edits import Edit
from briefdesk.editing.setfield import SetError
from briefdesk.editing.setfield import _checked as checked
from briefdesk.model import (
    Actor,
    Brief,
    Deal,
    Implication,
    KeyJudgment,
    Option,
    Place,
    Recommendation,
    Span,
)
from briefdesk.model.codes import Confidence, Likelihood

_E = TypeVar("_E", bound=Enum)


class RecordError(SetError):
    """A record number, field or value the user must correct; ``str()`` is one line."""


@dataclass(frozen=True)
class ListKind:
    """One list of records: where it lives, and what a user calls one of its records."""

    path: str
    noun: str
    plural: str
    factory: type[Any]


KINDS: dict[str, ListKind] = {
    "judgments": ListKind("significance.judgments", "judgment", "judgments", KeyJudgment),
    "options": ListKind("options", "option", "options", Option),
    "recommendations": ListKind(
        "recommendations", "recommendation", "recommendations", Recommendation
    ),
    "actors": ListKind("actors", "actor", "actors", Actor),
    "places": ListKind("places", "place", "places", Place),
    "deals": ListKind("deals", "deal", "deals", Deal),
    "implications": ListKind(
        "significance.implications", "implication", "implications", Implication
    ),
}


def records(brief: Brief, kind: ListKind) -> list[Any]:
    return list(fieldpath.list_at(brief, kind.path))


def index_of(brief: Brief, kind: ListKind, number: str) -> int:
    """The list index of record ``number`` (1-based, as the user counts them, or its id)."""
    items = records(brief, kind)
    for index, item in enumerate(items):
        if getattr(item, "id", None) == number:
            return index
    if number.strip().isdigit() and 1 <= int(number) <= len(items):
        return int(number) - 1
    named = _by_name(items, number)
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        which = " and ".join(str(n + 1) for n in named)
        raise RecordError(
            f"{kind.noun} {number!r} could be {kind.plural} {which}: give its number instead"
        )
    if not items:
        raise RecordError(f"no {kind.noun} {number}: the brief has no {kind.plural} yet")
    if len(items) == 1:
        raise RecordError(f"no {kind.noun} {number}: the brief has 1 {kind.noun} (number 1)")
    raise RecordError(
        f"no {kind.noun} {number}: the brief has {len(items)} {kind.plural} "
        f"(numbers 1–{len(items)}, as `{kind.plural} list` shows)"
    )


def _by_name(items: list[Any], words: str) -> list[int]:
    """The records whose name, alias or title is ``words`` (any case), as actors and deals
    are named on the command line."""
    wanted = " ".join(words.split()).casefold()
    found = [
        index
        for index, item in enumerate(items)
        for name in (
            getattr(item, "name", ""),
            getattr(item, "title", ""),
            *getattr(item, "aliases", ()),
        )
        if name and " ".join(str(name).split()).casefold() == wanted
    ]
    return sorted(set(found))


def add_edits(brief: Brief, kind: ListKind, record: Any) -> list[Edit]:
    """The list with ``record`` appended, as the window's *Add* inserts it."""
    number = len(records(brief, kind)) + 1
    return [
        checked(brief, Edit(kind.path, [*records(brief, kind), record], f"{kind.noun} {number}"))
    ]


def remove_edits(brief: Brief, kind: ListKind, index: int) -> list[Edit]:
    kept = records(brief, kind)
    del kept[index]
    return [Edit(kind.path, kept, f"{kind.noun} {index + 1}")]


def field_edits(brief: Brief, kind: ListKind, index: int, values: dict[str, Any]) -> list[Edit]:
    """One edit per changed field of record ``index``, each checked by the model now."""
    base = f"{kind.path}[{index}]"
    out = []
    for name, value in values.items():
        words = f"{kind.noun} {index + 1} {name.replace('_', ' ')}"
        out.append(checked(brief, Edit(f"{base}.{name}", value, words)))
    return out


def _term(words: str, terms: dict[str, _E], refusal: str) -> _E | None:
    """The term whose words are ``words``, or the one term they begin ("roughly even" for
    "roughly even chance", newcomer13 N13-27); ``none`` (or nothing) clears the field."""
    if words in ("", "none", "not set"):
        return None
    if words in terms:
        return terms[words]
    begun = {term for said, term in terms.items() if said.startswith(words)}
    if len(begun) == 1:
        return begun.pop()
    raise RecordError(f"{refusal}; use one of: {', '.join(terms)}")


def likelihood(text: str) -> Likelihood | None:
    """``very likely``, ``very-likely`` or ``very_likely``; ``none`` clears it."""
    words = " ".join(text.replace("_", " ").replace("-", " ").lower().split())
    terms = {term.words: term for term in Likelihood}
    return _term(words, terms, f"likelihood {text!r} is not an ICD 203 term")


def confidence(text: str) -> Confidence | None:
    levels = {level.value: level for level in Confidence}
    return _term(text.strip().lower(), levels, f"confidence {text!r} is not a confidence level")


def due_date(text: str) -> dt.date | None:
    return date_or_none(text, "due")


def date_or_none(text: str, field: str) -> dt.date | None:
    """A date like 2026-03-14 for the ``field`` date; empty or ``none`` clears it."""
    if text.strip().lower() in ("", "none"):
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise RecordError(f"{field} date {text!r} is not a date like 2026-03-14") from None


def citation(brief: Brief, spec: str) -> Span:
    """``SRC:words`` cites those words of source SRC (an id or its number); ``SRC`` alone cites
    the source's opening line (its headline), so the judgment rests on that source."""
    which, sep, words = spec.partition(":")
    source = find_source(brief, which.strip(), spec)
    text = source.text
    if not sep or not words.strip():
        start, end = _opening_line(text)
        if start == end:
            raise RecordError(f"cite {spec!r}: source {source.id} has no text to cite")
        return Span(source_id=source.id, start=start, end=end, quote=text[start:end])
    found = _find(text, words)
    if found is None:
        raise RecordError(
            f"cite {spec!r}: the words {_short(words)!r} are not in the text of source {source.id}"
        )
    start, end = found
    return Span(source_id=source.id, start=start, end=end, quote=text[start:end])


def find_source(brief: Brief, which: str, spec: str) -> Any:
    """The source a ``--cite``/``--uncite`` names: its id, or its number counting from 1."""
    for source in brief.sources:
        if source.id == which:
            return source
    if which.isdigit() and 1 <= int(which) <= len(brief.sources):
        return brief.sources[int(which) - 1]
    if not brief.sources:
        raise RecordError(f"cite {spec!r}: the brief has no sources yet (add-source first)")
    known = ", ".join(s.id for s in brief.sources)
    raise RecordError(
        f"cite {spec!r}: no source {which!r} in the brief (sources: {known}; or 1, 2, …)"
    )


_QUOTES = {"'": "['’‘]", "’": "['’‘]", "‘": "['’‘]", '"': '["“”]', "“": '["“”]', "”": '["“”]'}


def _find(text: str, words: str) -> tuple[int, int] | None:
    """Where ``words`` stand in ``text``: any run of spaces or line breaks between them, straight
    or curly quotes alike; exact case first, then any case."""
    parts = []
    for word in words.split():
        parts.append("".join(_QUOTES.get(ch, re.escape(ch)) for ch in word))
    if not parts:
        return None
    pattern = r"\s+".join(parts)
    match = re.search(pattern, text) or re.search(pattern, text, re.I)
    return (match.start(), match.end()) if match else None


def _opening_line(text: str) -> tuple[int, int]:
    match = re.search(r"\S[^\n]*", text)
    if match is None:
        return 0, 0
    line = match.group(0).rstrip()
    sentence = re.match(r".{20,}?[.!?](?=\s|$)", line)
    cut = sentence.group(0) if sentence else line[:200]
    return match.start(), match.start() + len(cut.rstrip())


def _short(words: str, limit: int = 40) -> str:
    flat = " ".join(words.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
