"""Markup around a notice's field labels, blanked at the same length (round 16, N15-03/N15-17).

A notice written in Markdown, or pasted from a wiki or a chat, sets its labels in bold
("**Contracting authority:** Ministry of Roads", "__Awarded to__: X"), in a two-cell table row
("| **Awarded to** | Kofi Mensah Construction Ltd |") or after a dash ("Awarded to — X").
The field readers (``notice_labels``, the value line of ``deal_kinds``) read "Label: value"
at a line's start; the markup is no part of label or value. Each such line is rewritten as
"Label:" at the line's start and its value where it stood, the markup turned to spaces, so
the value's offsets still point at the source. A line with no markup is left as it is; a dash
or a cell's pipe sets off a value only after a label the field readers know (a lot heading
"Lot 1 — Mansa to Chembe" stays as written).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_form_fields import SIGNED_ON, STATUS_FIELD
from briefdesk.extract.deal_kinds import VALUE_LABEL
from briefdesk.extract.notice_labels import LABEL

_EMPH = r"(?:\*\*|__|\*|_)"
# A line that may be a labelled field in markup: a table cell's pipe, a heading's hashes, a
# bullet and an opening emphasis before the label; after it the colon inside or outside the
# emphasis, a cell's pipe or a dash; then the value and what closes the row.
_ROW = re.compile(
    rf"^(?P<pre>[ \t]*(?:\|[ \t]*)?(?:#{{1,6}}[ \t]+)?(?:[-*+•][ \t]+)?{_EMPH}?)"
    r"(?P<label>[A-Za-z][A-Za-z0-9 .()/&'’-]{0,60}?)"
    rf"(?P<mid>[ \t]*(?::[ \t]*{_EMPH}|{_EMPH}[ \t]*:|{_EMPH}?[ \t]*\|(?=[^|\n]*\|?[ \t]*$)|"
    rf"{_EMPH}?[ \t]+[—–][ \t]+|:)[ \t]*{_EMPH}?)"
    rf"(?P<value>[^|\n]*?)(?P<post>[ \t]*{_EMPH}?[ \t]*\|?[ \t]*)$",
    re.MULTILINE,
)
# The fields a cell's pipe or a dash may set off: a side's label, a value, a status, a date
# of signature. Other two-cell rows are read as rows ("Title | X": ``deal_form_items``).
_KNOWN = (LABEL, VALUE_LABEL, STATUS_FIELD, SIGNED_ON)
_MARKS = ("**", "__", "|", "#", "—", "–", "*", "_")
_MARK_RE = re.compile(r"[|*_—–]")  # a row ``_fixed`` keeps holds one of these on its line
_MAX_LABEL_WORDS = 6


def blank_label_markup(text: str) -> str:
    """``text`` with the markup around each labelled field's label and value blanked."""
    if not any(mark in text for mark in _MARKS):
        return text
    edits: list[tuple[int, str]] = []
    for start in _marked_lines(text):
        row = _ROW.match(text, start)
        fixed = _fixed(row) if row else None
        if fixed is not None:
            edits.append((start, fixed))
    if not edits:
        return text
    chars = list(text)
    for start, fixed in edits:
        chars[start : start + len(fixed)] = fixed
    return "".join(chars)


def _marked_lines(text: str) -> list[int]:
    """The start of each line holding a mark ``_fixed`` needs (a pipe, a dash, an emphasis):
    only there can a row be rewritten, and ``_ROW``, tried at every line's start, costs ~0.4 ms
    a 3 KB text (round 17). A row never crosses its line's end, so matching it at its line's
    start finds what ``finditer`` found there."""
    starts: list[int] = []
    for mark in _MARK_RE.finditer(text):
        start = text.rfind("\n", 0, mark.start()) + 1
        if not starts or starts[-1] != start:
            starts.append(start)
    return starts


def _fixed(row: re.Match[str]) -> str | None:
    """The row rewritten as "Label: value" at its length, or None when it is no field in markup."""
    pre, label, mid, value, post = (row.group(g) for g in ("pre", "label", "mid", "value", "post"))
    label = label.rstrip()
    gap = len(row.group("label")) - len(label)
    ruled = "|" in pre + mid or "—" in mid or "–" in mid
    marked = ruled or pre.endswith(("*", "_")) or any(m in mid + post for m in ("*", "_"))
    if not marked or not value.strip() or len(label.split()) > _MAX_LABEL_WORDS:
        return None
    rewritten = f"{label}: {value.strip()}"
    if ruled and not any(rx.match(rewritten) for rx in _KNOWN):
        return None  # "Lot 1 — Mansa to Chembe", "| Title | X |" (deal_form_items reads it)
    # The label moves to the line's start: readers (and the status of a dated line) take an
    # indented line for a continuation.
    return label + ":" + " " * (len(pre) + gap + len(mid) - 1) + value + " " * len(post)
