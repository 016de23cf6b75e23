"""The live HTML preview: same content as the note, user text escaped, real lists."""

from __future__ import annotations

from briefdesk.export.preview import render_html
from briefdesk.model import Brief


def test_preview_shows_the_brief(brief: Brief) -> None:
    html = render_html(brief)
    assert html.startswith("<!DOCTYPE html>")
    assert "<h1>Karvonia buys 24 Falcon-7 fighters from Westmark</h1>" in html
    assert "<b>USD 1.6 billion</b>" in html and "<i>likely</i>" in html
    assert (
        "<ul><li>Previous tender collapsed in 2024</li><li>Budget rose 12% this year</li></ul>"
        in html
    )
    assert "<ol><li>Regional stability</li><li>Export-control obligations</li></ol>" in html
    assert "color: #FFC000" in html and "TLP:AMBER" in html
    assert "Likely (55–80%), moderate confidence." in html


def test_preview_escapes_user_text(brief: Brief) -> None:
    hostile = brief.model_copy(deep=True)
    hostile.header.title = "<script>alert(1)</script> & co"
    hostile.bluf = "<img src=x onerror=alert(1)> **bold <b>**"
    html = render_html(hostile)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert "<b>bold &lt;b&gt;</b>" in html


def test_preview_of_an_empty_brief() -> None:
    html = render_html(Brief())
    assert "Untitled brief" in html and "<h2>" not in html
