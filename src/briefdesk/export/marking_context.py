"""The handling marking in a template: printed as its label, and missed templates flagged.

Why: ``{{ marking }}`` printed the context's dict (``{'scheme': 'tlp', …}``) into the note, and
a user template that never showed the marking exported a TLP:AMBER brief unmarked with no word.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from briefdesk.model.brief import Marking

# The warning ``templates check`` prints and ``export`` repeats when the brief has a marking.
UNSHOWN_MESSAGE = (
    "the template shows the handling marking in no header or footer (add {{ marking }} or "
    "{{r marking|marking_run }} there; in the body it marks one page only): BriefDesk stamps "
    "a marked brief's marking into the header and footer of every page itself"
)
# The same when only some pages lack it (a cover-only marking, an annex with its own header).
PARTLY_MESSAGE = (
    "the header and footer of {where} never show the handling marking visibly (add "
    "{{{{ marking }}}} there): BriefDesk stamps the marking onto those pages itself"
)


class MarkingContext(dict[str, Any]):
    """The ``marking`` variable: a dict of its parts (``marking.label`` …) that prints as its
    label, so ``{{ marking }}`` shows ``TLP:AMBER`` as the page does; still plain data (JSON,
    pickle and the sandbox see a dict)."""

    def __str__(self) -> str:
        return str(self.get("label", ""))

    def __html__(self) -> str:
        from markupsafe import escape

        return str(escape(str(self)))


def unmarked_pages(docx: bytes, marking: Marking) -> list[Any]:
    """The page kinds (``page_kinds.PageKind``) of a rendered .docx whose header and footer do
    not show the marking's label in visible text; the body does not count (printed once, it
    marks page 1 only), nor the level alone ("Class: RED" is not "TLP:RED")."""
    if not marking.label:
        return []
    import docx as python_docx

    from briefdesk.export.page_kinds import unmarked_kinds

    return unmarked_kinds(python_docx.Document(io.BytesIO(docx)), marking.label)


def marking_shown(docx: bytes, marking: Marking) -> bool:
    """True when every page of a rendered .docx shows the marking in its header or footer."""
    return not unmarked_pages(docx, marking)


def unshown_message(docx: bytes, marking: Marking) -> str:
    """The ``templates check`` warning for a rendered .docx ("" when every page is marked):
    the general one when no page shows it, else one naming the page kinds and sections."""
    import docx as python_docx

    from briefdesk.export.page_kinds import kinds_in_use

    missing = unmarked_pages(docx, marking)
    if not missing:
        return ""
    if len(missing) == len(kinds_in_use(python_docx.Document(io.BytesIO(docx)))):
        return UNSHOWN_MESSAGE
    where = ", ".join(page.describe() for page in missing)
    return PARTLY_MESSAGE.format(where=where)


def unshown_where(message: str) -> str:
    """The page kinds a partial warning names ("section 1 first page, …"); "" for the general."""
    head, _, tail = PARTLY_MESSAGE.partition("{where}")
    if message.startswith(head):
        return message[len(head) :].split(tail.split("(", 1)[0], 1)[0]
    return ""


def is_unshown_warning(problem: Any) -> bool:
    """Whether a ``TemplateProblem`` is the "never shows the marking" warning."""
    message = getattr(problem, "message", "")
    return bool(getattr(problem, "warning", False)) and is_unshown_message(message)


def is_unshown_message(message: str) -> bool:
    """Whether a warning's text (with or without "warning: ") is an unshown-marking one."""
    message = message.removeprefix("warning: ")
    return message == UNSHOWN_MESSAGE or message.startswith(PARTLY_MESSAGE.split("{", 1)[0])


def stamp_note(label: str, template: str | Path) -> tuple[str, str]:
    """(what the template misses, which pages got the stamp) when a brief marked ``label`` goes
    through the template at ``template`` (a path) and the export prints the marking itself:
    ("never shows the marking", "every page") or ("does not show the marking on the section 1
    first page", "the section 1 first page"); ("", "") when unmarked or the template shows it.
    The check is the export's own and cached by the template's bytes, so this costs nothing
    after an export."""
    if not label:
        return "", ""
    from briefdesk.export.checks import check_template

    found = [p for p in check_template(template) if is_unshown_warning(p)]
    if not found:
        return "", ""
    where = unshown_where(found[0].message)
    if where:
        return f"does not show the marking on the {where}", f"the {where}"
    return "shows the marking in no header or footer", "every page"
