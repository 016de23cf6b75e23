"""``FIELD=VALUE`` in the user's words (``title``, ``marking``, ``bluf``, ``source[ID].grade``)
turned into an edit, with a one-line reason when the field or the value is wrong."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from briefdesk.editing import fieldpath
from briefdesk.editing.edits import Edit
from briefdesk.email_address import email_problem
from briefdesk.model import Brief, Marking
from briefdesk.model.codes import TLP_LEVELS, UK_LEVELS, MarkingScheme

# The name a user types → (field path, words for messages).
FIELDS: dict[str, tuple[str, str]] = {
    "title": ("header.title", "title"),
    "subject": ("header.subject", "subject"),
    "kind": ("header.kind", "brief kind"),
    "status": ("header.status", "brief status"),
    "date": ("header.date", "date"),
    "critical-date": ("header.critical_date", "critical date"),
    "critical-reason": ("header.critical_reason", "critical date reason"),
    "to": ("header.to", "To"),
    "through": ("header.through", "Through"),
    "from": ("header.from.name", "From name"),
    "from-title": ("header.from.title", "From title"),
    "from-unit": ("header.from.unit", "From unit"),
    "from-phone": ("header.from.phone", "From phone"),
    "from-email": ("header.from.email", "From email"),
    "cleared-by": ("header.cleared_by", "cleared by"),
    "file-number": ("header.file_number", "file number"),
    "marking": ("marking", "marking"),
    "bluf": ("bluf", "BLUF"),
    "purpose": ("purpose", "purpose"),
    "background": ("background", "background"),
    "current-status": ("current_status", "current status"),
    "considerations": ("considerations", "considerations"),
    "outlook": ("significance.outlook", "outlook"),
    "notes": ("notes", "notes"),
}
SOURCE_FIELDS = ("title", "grade", "outlet", "author", "url", "published", "kind")
_SOURCE = re.compile(r"^sources?\[([^\]]+)\]\.([a-z]+)$")
_GRADE = re.compile(r"^([A-Fa-f])([1-6])$")
_DATES = {"header.date", "header.critical_date"}


class SetError(ValueError):
    """A field or value the user must correct; ``str()`` is one line naming it."""


def field_names() -> str:
    return ", ".join([*FIELDS, *(f"source[ID].{name}" for name in SOURCE_FIELDS)])


def _by_template_name(name: str) -> str:
    """``header.from.title`` (as ``templates fields`` prints it) or ``from.title`` → the
    command's ``from-title`` (newcomer9 N9-18: the dotted name was the first guess)."""
    if name in FIELDS:
        return name
    by_path = {path.replace("_", "-"): key for key, (path, _) in FIELDS.items()}
    for guess in (name, f"header.{name}"):
        if guess in by_path:
            return by_path[guess]
    # The template context calls the sender ``header.sender``; the brief, ``header.from``.
    name = name.replace("header.sender", "header.from").replace("sender.", "from.")
    if f"header.{name}" in by_path or name in by_path:
        return by_path.get(name) or by_path[f"header.{name}"]
    dashed = name.removeprefix("header.").replace(".", "-")
    return dashed if dashed in FIELDS else name


def set_field(brief: Brief, assignment: str) -> list[Edit]:
    """The edits for one ``FIELD=VALUE``; ``SetError`` for an unknown field or a bad value."""
    raw, sep, value = assignment.partition("=")
    name = raw.strip().lower().replace("_", "-")
    if not sep or not name:
        raise SetError(f"{assignment!r} is not FIELD=VALUE (fields: {field_names()})")
    value = value.replace("\\n", "\n")
    # The id exactly as `sources` prints it (src-ca2d46fc): never with its hyphens rewritten.
    match = _SOURCE.match(raw.strip()) or _SOURCE.match(raw.strip().lower())
    if match:
        return _set_source(brief, match.group(1), match.group(2), value)
    name = _by_template_name(name)
    if name not in FIELDS:
        raise SetError(f"unknown field {name!r} (fields: {field_names()})")
    path, words = FIELDS[name]
    parsed: Any = value
    if path == "marking":
        parsed = parse_marking(value)
    elif path in _DATES:
        parsed = _date(value, words) if value.strip() else None
    elif path == "header.from.email":
        # As Settings does for the author's address: a typo is refused, not saved.
        problem = email_problem(value)
        if problem:
            raise SetError(f"from-email: {problem}")
        parsed = value.strip()
    return [_checked(brief, Edit(path, parsed, words))]


def parse_marking(text: str) -> Marking:
    """ "TLP:AMBER+STRICT", "OFFICIAL-SENSITIVE UK EYES ONLY", "none", "custom:any text", or
    custom text that is no near miss of a standard marking ("SECERT", "AMBER" are refused:
    the typo would print in every header and footer)."""
    words = text.strip()
    upper = words.upper()
    if upper in ("", "NONE"):
        return Marking()
    if upper.startswith("CUSTOM:"):
        return Marking(scheme=MarkingScheme.CUSTOM, level=words[7:].strip())
    if upper.startswith("TLP:"):
        level, _, caveats = upper[4:].partition(" ")
        if level not in TLP_LEVELS:
            raise SetError(f"marking: {level!r} is not a TLP level ({', '.join(TLP_LEVELS)})")
        return Marking(scheme=MarkingScheme.TLP, level=level, caveats=caveats.strip())
    for level in sorted(UK_LEVELS, key=len, reverse=True):
        if upper == level or upper.startswith(level + " "):
            caveats = words[len(level) :].strip()
            return Marking(scheme=MarkingScheme.UK, level=level, caveats=caveats)
    _refuse_near_miss(words)
    return Marking(scheme=MarkingScheme.CUSTOM, level=words)


def _refuse_near_miss(words: str) -> None:
    import difflib

    standard = [*UK_LEVELS, *(f"TLP:{level}" for level in TLP_LEVELS)]
    upper = words.upper()
    first = upper.split(" ", 1)[0]
    if first in TLP_LEVELS:
        close = [f"TLP:{upper}"]
    else:
        close = difflib.get_close_matches(upper, standard, n=1, cutoff=0.75)
        close = close or difflib.get_close_matches(first, standard, n=1, cutoff=0.75)
    if close:
        raise SetError(
            f"marking: {words!r} is not a standard marking; did you mean {close[0]}? "
            f"(for custom text: marking='custom:{words}')"
        )


def _set_source(brief: Brief, which: str, field: str, value: str) -> list[Edit]:
    index = _source_index(brief, which)
    if field not in SOURCE_FIELDS:
        raise SetError(f"unknown source field {field!r} (one of: {', '.join(SOURCE_FIELDS)})")
    base = f"sources[{index}]"
    label = f"source {brief.sources[index].id} {field}"
    if field == "grade":
        grade = _GRADE.match(value.strip())
        if not grade:
            raise SetError(
                f"{value!r} is not an Admiralty grade: a letter A-F and a digit 1-6, e.g. B2"
            )
        return [
            _checked(brief, Edit(f"{base}.reliability", grade.group(1).upper(), label)),
            _checked(brief, Edit(f"{base}.credibility", int(grade.group(2)), label)),
        ]
    parsed: Any = value
    if field == "published":
        parsed = _date(value, "published") if value.strip() else None
    return [_checked(brief, Edit(f"{base}.{field}", parsed, label))]


def _source_index(brief: Brief, which: str) -> int:
    for index, source in enumerate(brief.sources):
        if source.id == which:
            return index
    if which.isdigit() and 1 <= int(which) <= len(brief.sources):
        return int(which) - 1
    known = ", ".join(s.id for s in brief.sources) or "none"
    raise SetError(f"no source {which!r} in the brief (sources: {known}; or 1, 2, …)")


def _date(value: str, words: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise SetError(f"{words}: {value!r} is not a date like 2026-03-14") from None


def _checked(brief: Brief, edit: Edit) -> Edit:
    """Refuse a bad value now, in the user's words rather than the field path."""
    probe = brief.model_copy(deep=True)
    try:
        fieldpath.assign(probe, edit.path, edit.value)
    except fieldpath.EditRefused as exc:
        reason = str(exc).split(": ", 1)[-1]
        raise SetError(f"{edit.what}: {reason}") from None
    return edit
