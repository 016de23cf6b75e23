"""A source nobody graded is never printed with a grade (newcomer17 N17-05).

Every new source holds F6 in the file; the Word and Markdown exports printed "Grade F6", a grade
nobody gave, for a manager to read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.export.context import build_context
from briefdesk.export.registry import BUILTIN_IDS
from briefdesk.export.render import render_docx_bytes, render_markdown
from briefdesk.model import Brief, Source
from tests.docx_text import docx_text


def _brief() -> Brief:
    return Brief(
        sources=[
            Source(title="Ministry buys twelve patrol boats", outlet="Harbour Gazette", text="a"),
            Source(title="Yard confirms order", text="b", reliability="C", credibility=3),
        ]
    )


def test_context_of_an_ungraded_source_has_no_grade() -> None:
    ungraded, graded = build_context(_brief())["sources"]
    assert ungraded["graded"] is False
    assert (ungraded["grade"], ungraded["reliability"], ungraded["credibility"]) == ("", "", "")
    assert ungraded["reliability_words"] == ungraded["credibility_words"] == ""
    assert ungraded["grade_text"] == "not graded"
    assert ungraded["citation_graded"].endswith("“Ministry buys twelve patrol boats”. Not graded.")
    assert graded["grade"] == "C3" and graded["citation_graded"].endswith("Grade C3.")
    assert graded["reliability_words"] == "Fairly reliable"


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_exports_print_not_graded_never_f6(template_id: str, tmp_path: Path) -> None:
    brief = _brief()
    markdown = render_markdown(brief, template_id)
    assert "F6" not in markdown and "Not graded." in markdown and "Grade C3." in markdown
    out = tmp_path / "note.docx"
    out.write_bytes(render_docx_bytes(brief, template_id))
    words = docx_text(out)
    assert "F6" not in words and "Not graded." in words and "Grade C3." in words
