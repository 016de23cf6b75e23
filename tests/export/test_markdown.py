"""Markdown per template: its own layout, every data field escaped, only http(s) links, and
each citation its own list item once rendered."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from briefdesk.cli.main import main
from briefdesk.export.markdown import markdown_note, md_escape
from briefdesk.export.preview import render_html
from briefdesk.export.registry import BUILTIN_IDS
from briefdesk.export.render import render_markdown
from briefdesk.model.brief import Brief, Source
from briefdesk.samples import load_sample, sample_bytes
from briefdesk.sources.api import import_file

DATA = Path(__file__).resolve().parents[1] / "data" / "templates"


def _html(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(markdown)


def test_each_builtin_has_its_own_markdown() -> None:
    brief = load_sample()
    texts = {t: render_markdown(brief, t) for t in BUILTIN_IDS}
    assert len(set(texts.values())) == 3
    assert "\nMEMORANDUM\n" in texts["bluf"] and "\nDEAL SHEET\n" in texts["deal-sheet"]
    assert "## Indicators to watch" in texts["standard"]


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_each_citation_is_its_own_list_item_when_rendered(template_id: str) -> None:
    brief = load_sample()
    html = _html(render_markdown(brief, template_id))
    items = re.findall(r"<li>(.*?)</li>", html, re.S)
    for number, source in enumerate(brief.sources, start=1):
        own = [i for i in items if i.startswith(f"[{number}] ")]
        assert len(own) == 1, f"source {number} is not its own list item"
        assert f'<a href="{source.url}">' in own[0]
        assert not re.search(rf"\[{number + 1}\] ", own[0])


def test_hostile_site_name_is_escaped_and_never_linked(tmp_path: Path) -> None:
    """The handed case md_injection2.html: image and script links in the site name."""
    source = import_file(DATA / "md_injection2.html")
    assert source.outlet == "Example News"  # the import drops the markup (newcomer24 N24-16)
    hostile = "Example News ![](http://127.0.0.1:8765/md-pixel.png) [read more](javascript:x)"
    # Typed back in by hand, it is still escaped in every export.
    source = source.model_copy(
        update={"url": "javascript:alert(document.cookie)", "outlet": hostile}
    )
    brief = Brief(bluf="See ![x](http://127.0.0.1/p.png) <img src=x>", sources=[source])
    brief.header.title = "[click](javascript:alert(1))"
    for template_id in BUILTIN_IDS:
        text = render_markdown(brief, template_id)
        html = _html(text)
        assert "<img" not in html and "<script" not in html
        assert "javascript:" not in "".join(re.findall(r'href="([^"]*)"', html))
        assert re.findall(r"<a ", html) == []
        # What the user typed is still there to read.
        assert "Example News ![](http://127.0.0.1:8765/md-pixel.png)" in re.sub(r"\\", "", text)


def test_only_http_links() -> None:
    source = Source(title="T", outlet="O", url="https://example.org/a?b=1&c=2")
    html = _html(render_markdown(Brief(sources=[source])))
    assert '<a href="https://example.org/a?b=1&amp;c=2">' in html
    assert md_escape("*a* _b_ [c](d) <e> `f`") == r"\*a\* \_b\_ \[c\](d) \<e\> \`f\`"


def test_user_template_markdown_uses_standard_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief_path = tmp_path / "s.brief"
    brief_path.write_bytes(sample_bytes())
    user = DATA / "t17_hyperlink_tag.docx"
    assert "standard" in markdown_note(user)
    assert markdown_note("bluf") == ""
    out = tmp_path / "s.md"
    assert main(["export", str(brief_path), "-t", str(user), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "no Markdown version" in captured.err
    assert out.read_text(encoding="utf-8") == render_markdown(load_sample(), "standard")
    out2 = tmp_path / "b.md"
    assert main(["export", str(brief_path), "-t", "bluf", "-o", str(out2)]) == 0
    assert out2.read_text(encoding="utf-8") == render_markdown(load_sample(), "bluf")


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_html_preview_per_template(template_id: str) -> None:
    html = render_html(load_sample(), template_id)
    assert html.startswith("<!DOCTYPE html>")
    assert "Chile buys 18 Korean FA-50" in html
    marker = {"standard": "BRIEFING NOTE", "bluf": "MEMORANDUM", "deal-sheet": "DEAL SHEET"}
    assert marker[template_id] in html


def test_the_stance_column_is_left_out_when_no_actor_has_one_as_in_word() -> None:
    brief = load_sample()
    with_stance = _html(render_markdown(brief, "standard"))
    assert "<th>Stance</th>" in with_stance
    for actor in brief.actors:
        actor.stance = ""
    html = _html(render_markdown(brief, "standard"))
    table = re.search(r"<th>Actor</th>(.*?)</table>", html, re.S)
    assert table and "Stance" not in html
    first_row = re.search(r"<tbody>\s*<tr>(.*?)</tr>", table.group(1), re.S)
    assert first_row and first_row.group(1).count("<td>") == 3  # no empty fourth cell


def test_a_deal_without_parties_has_no_empty_part_in_its_line() -> None:
    """The deal line joins only what the deal has (checker8 C5: "**Arms sale** [1]: ; 2 ×")."""
    brief = load_sample()
    brief.deals[0].parties.clear()
    line = next(
        line for line in render_markdown(brief, "standard").splitlines() if line.startswith("- **")
    )
    assert ": ;" not in line and ";;" not in line.replace(" ", "")
    assert not line.rstrip().endswith(";")


def test_an_uncited_deal_has_no_space_before_its_colon() -> None:
    """newcomer13 N13-44: "- **Arms sale** : Indonesia (buyer) …" for a deal with no citation."""
    brief = load_sample()
    brief.deals[0].evidence.clear()
    for item in brief.deals[0].items:
        item.evidence.clear()
    if brief.deals[0].value is not None:
        brief.deals[0].value.evidence.clear()
    line = next(
        line for line in render_markdown(brief, "standard").splitlines() if line.startswith("- **")
    )
    assert "** :" not in line and re.search(r"\*\*: \S", line), line
