"""The handling marking a source carries, and a draft raising the brief's to it (N14-27).

A readout marked OFFICIAL (its first line, its Subject "(OFFICIAL)") drafted into an unmarked
brief without a word: a note built on a marked source must carry at least that marking, as a
serious tool would see to. Only a marking printed as one (a line of its own in capitals, in
brackets in the title, or "TLP:AMBER") counts; "an official said" never does.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefdesk.model import Brief, Marking, Source
from briefdesk.model.codes import TLP_LEVELS, UK_LEVELS, MarkingScheme
from briefdesk.model.marking_rank import marking_rank

if TYPE_CHECKING:
    from briefdesk.review import Finding

_UK = "|".join(re.escape(level) for level in sorted(UK_LEVELS, key=len, reverse=True))
_TLP = "|".join(re.escape(level) for level in sorted(TLP_LEVELS, key=len, reverse=True))
_UK_LINE = re.compile(rf"^\s*(?:UK\s+)?({_UK})(?:\s*[-–:/]\s*[A-Z][A-Z ]*)?\s*$", re.M)
_UK_BRACKETED = re.compile(rf"[(\[]\s*(?:UK\s+)?({_UK})\s*[)\]]")
_TLP_ANY = re.compile(rf"\bTLP:\s?({_TLP})(?![A-Z+])")
_HEAD_LINES = 8  # a marking stands at the top of a document


def source_marking(source: Source) -> Marking | None:
    """The marking ``source`` is printed with, or None."""
    head = "\n".join(source.text.splitlines()[:_HEAD_LINES])
    if match := _TLP_ANY.search(f"{source.title}\n{head}"):
        return Marking(scheme=MarkingScheme.TLP, level=match.group(1))
    match = _UK_BRACKETED.search(source.title) or _UK_LINE.search(head)
    if match:
        return Marking(scheme=MarkingScheme.UK, level=match.group(1))
    return None


def raised_marking(brief: Brief, source: Source) -> Marking | None:
    """The marking the brief should take from ``source``: the source's when the brief has none
    or a lower one of the same scheme; None when the brief's already covers it (or is of
    another scheme, which the checks then point out)."""
    found = source_marking(source)
    if found is None:
        return None
    current = brief.marking
    if current.scheme is MarkingScheme.NONE:
        return found
    if current.scheme is found.scheme and marking_rank(current) < marking_rank(found):
        return found.model_copy(update={"caveats": current.caveats})
    return None


def marking_findings(brief: Brief) -> list[Finding]:
    """A source marked above the brief: to fix before it goes out."""
    from briefdesk.review import Finding, Severity

    out = []
    for index, source in enumerate(brief.sources):
        found = source_marking(source)
        if found is None:
            continue
        raised = raised_marking(brief, source)
        other = brief.marking.scheme not in (MarkingScheme.NONE, found.scheme)
        if raised is not None or other:
            shown = brief.marking.label
            now = "unmarked" if brief.marking.scheme is MarkingScheme.NONE else "marked otherwise"
            out.append(
                Finding(
                    "marking",
                    f"source [{index + 1}] is marked {found.level}; the brief is {now}"
                    + (f" ({shown})" if shown and other else ""),
                    Severity.ERROR if raised is not None else Severity.WARNING,
                )
            )
    return out
