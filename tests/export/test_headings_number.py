"""A section heading agrees in number with what it heads (newcomer6 F27)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from briefdesk.export.preview import render_html
from briefdesk.export.render import export_docx, render_markdown
from briefdesk.model import Brief, Recommendation


def _headings(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Heading 1"]


@pytest.mark.parametrize("template", ["standard", "bluf"])
def test_two_recommendations_get_a_plural_heading(
    brief: Brief, tmp_path: Path, template: str
) -> None:
    assert len(brief.recommendations) == 1
    one = _headings(export_docx(brief, template, tmp_path / "one.docx"))
    assert "Recommendation" in one and "Recommendations" not in one
    assert "## Recommendation\n" in render_markdown(brief, template)
    two = brief.model_copy(deep=True)
    two.recommendations.append(Recommendation(text="Brief the minister."))
    assert "Recommendations" in _headings(export_docx(two, template, tmp_path / "two.docx"))
    assert "## Recommendations\n" in render_markdown(two, template)
    assert "<h2>Recommendations</h2>" in render_html(two, template)
    assert "<h2>Recommendation</h2>" in render_html(brief, template)


def test_bluf_key_points_status_text_is_a_bullet_like_the_points(
    brief: Brief, tmp_path: Path
) -> None:
    """newcomer6 F19: the current status came out as a bare paragraph under a bullet."""
    mine = brief.model_copy(deep=True)
    mine.current_status = "Contract signed at Kjeller on 14 October."
    document = docx.Document(str(export_docx(mine, "bluf", tmp_path / "b.docx")))
    status = next(p for p in document.paragraphs if p.text.startswith("Contract signed"))
    assert status.style.name == "List Bullet"
    markdown = render_markdown(mine, "bluf")
    assert "\n- Contract signed at Kjeller on 14 October.\n" in markdown
    assert "<li>Contract signed at Kjeller" in render_html(mine, "bluf")
