"""What the Export dialog says about the chosen template and the brief: the templates it lists,
where a template's file is, how a template check reads, and what is not ready yet."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefdesk.export.marking_context import is_unshown_message
from briefdesk.gui import core
from briefdesk.model import Brief
from briefdesk.settings import Settings


def template_entries(settings: Settings) -> list[tuple[str, str, bool]]:
    """(label, id-or-path, built-in): the same listing as the Checks panel's picker."""
    try:
        entries = core.template_entries(settings.user_templates_dir())
    except Exception as exc:
        return [(f"(templates unavailable: {exc})", "", False)]
    return [(e.label, e.ident, e.builtin) for e in entries]


def template_path(ident: str) -> Path:
    """The file behind a template id, or the path the user browsed to."""
    if Path(ident).suffix.lower() == ".docx":
        return Path(ident)
    for info in core.list_templates():
        if info.id == ident:
            return Path(info.path)
    return Path(ident)


@dataclass(frozen=True)
class CheckReading:
    """A template check as the dialog shows it: every line, the errors that block export, and
    the sentence above the list."""

    found: list[str]
    errors: list[str]
    heading: str


def read_check(problems: object, brief: Brief) -> CheckReading:
    found = [str(p) for p in problems] if isinstance(problems, list) else []
    if not brief.marking.label:  # an unmarked brief loses nothing to it
        found = [p for p in found if not (p.startswith("warning: ") and is_unshown_message(p))]
    errors = [p for p in found if not p.startswith("warning: ")]
    if errors:
        heading = "<b>This template cannot be used</b> — fix these in Word first:"
    elif found:  # warnings (no marking shown, no tags): worth reading, export allowed
        heading = "Template checked — you can export, but note:"
    else:
        heading = "Template checked: no problems."
    return CheckReading(found, errors, heading)


def not_ready(brief: Brief, ident: str) -> list[str]:
    """What the Checks panel marks "to fix" for this template: exporting is allowed, but a
    manager should not receive a brief with no title or an empty BLUF by accident."""
    from briefdesk.review import Severity, review_brief, still_drafted

    errors = [f.message for f in review_brief(brief, ident) if f.severity == Severity.ERROR]
    return errors + [f.message for f in still_drafted(brief)]


def worth_a_look(brief: Brief, ident: str) -> list[str]:
    """The warnings ``briefdesk check`` gives beside the errors (no marking, no author…): the
    dialog named only the errors, so an unmarked brief with no author went out unremarked
    (newcomer13 N13-35)."""
    from briefdesk.review import Severity, review_brief

    return [f.message for f in review_brief(brief, ident) if f.severity != Severity.ERROR]


_SHOWN = 6  # more than this and the dialog grows taller than the screen: the rest are counted


def readiness_text(missing: list[str], warnings: list[str] | None = None) -> str:
    parts = []
    if missing:
        parts.append("<b>Not ready yet:</b> " + "; ".join(missing) + ".")
    notes = [note for note in warnings or [] if note not in missing]  # said once (a drafted
    # BLUF is both a warning of the checks and a reason the dialog gives for "not ready")
    if notes:
        shown = notes[:_SHOWN] + ([f"{len(notes) - _SHOWN} more"] if len(notes) > _SHOWN else [])
        parts.append("<b>Also:</b> " + "; ".join(shown) + ".")
    return " ".join(parts) + " You can still export; the Checks panel lists everything to look at."
