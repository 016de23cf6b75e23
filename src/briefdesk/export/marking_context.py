"""The handling marking in a template: printed as its label, and missed templates flagged.

Why: ``{{ marking }}`` printed the context's dict (``{'scheme': 'tlp', …}``) into the note, and
a user template that never showed the marking exported a TLP:AMBER brief unmarked with no word.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from typing import Any

from briefdesk.model.brief import Marking

# The warning ``templates check`` prints and ``export`` repeats when the brief has a marking.
UNSHOWN_MESSAGE = (
    "the template never shows the handling marking (add {{ marking }} or "
    "{{r marking|marking_run }} to the header or footer): BriefDesk stamps a marked brief's "
    "marking into the header and footer of every page itself"
)
_STORY = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
_TEXT = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")


class MarkingContext(dict[str, Any]):
    """The ``marking`` variable: a dict of its parts (``marking.label`` …) that prints as its
    label, so ``{{ marking }}`` shows ``TLP:AMBER`` as the page does; still plain data (JSON,
    pickle and the sandbox see a dict)."""

    def __str__(self) -> str:
        return str(self.get("label", ""))

    def __html__(self) -> str:
        from markupsafe import escape

        return str(escape(str(self)))


def marking_shown(docx: bytes, marking: Marking) -> bool:
    """True when a rendered .docx prints the marking (its label, or its level alone) anywhere
    a reader sees text: body, headers, footers, notes."""
    wanted = [w for w in (marking.label, marking.level.strip()) if w]
    if not wanted:
        return True
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        for name in archive.namelist():
            if _STORY.fullmatch(name):
                raw = b"".join(_TEXT.findall(archive.read(name))).decode("utf-8", "replace")
                text = html.unescape(raw)
                if any(w in text for w in wanted):
                    return True
    return False


def is_unshown_warning(problem: Any) -> bool:
    """Whether a ``TemplateProblem`` is the "never shows the marking" warning."""
    return bool(getattr(problem, "warning", False)) and problem.message == UNSHOWN_MESSAGE
