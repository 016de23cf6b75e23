"""A template that prints one field per judgment gets the whole judgment (newcomer14 N14-20):
``j.sentence`` is the statement alone, as documented; ``j.line`` adds the estimative words and
the citations, as the built-ins print them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx

from briefdesk.export.checks import check_template
from briefdesk.export.context import build_context
from briefdesk.export.render import export_docx
from briefdesk.samples import load_sample

MakeTemplate = Callable[..., Path]
DOCS = Path(__file__).resolve().parents[2] / "docs" / "templates.md"


def test_the_line_is_the_statement_its_likelihood_confidence_and_citations() -> None:
    judgment = build_context(load_sample())["judgments"][0]
    assert judgment["line"] == (
        f"{judgment['sentence']} {judgment['assessment']} {judgment['citations']}"
    )
    assert judgment["assessment"] and "confidence" in judgment["line"]
    assert judgment["sentence"] == judgment["statement"].rstrip(".") + "."


def test_a_user_template_printing_j_line_ships_the_estimative_words(
    make_template: MakeTemplate, tmp_path: Path
) -> None:
    template = make_template("{% for j in judgments %}{{ j.line }}{% endfor %}")
    out = export_docx(load_sample(), template, tmp_path / "out.docx")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "confidence." in text


def test_the_docs_say_which_field_carries_the_whole_judgment() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    sentence_row = next(row for row in docs.splitlines() if row.startswith("| `j.sentence` |"))
    assert "no likelihood or confidence" in sentence_row and "`j.line`" in sentence_row
    assert any(row.startswith("| `j.line` |") for row in docs.splitlines())


def test_the_check_warns_of_a_judgment_printed_without_its_words(
    make_template: MakeTemplate,
) -> None:
    bare = make_template("{% for k in judgments %}{{ k.sentence }} {{ k.citations }}{% endfor %}")
    warnings = [str(p) for p in check_template(bare) if p.warning]
    assert any("k.line" in w and "likelihood or confidence" in w for w in warnings)
    for fine in ("{{ k.line }}", "{{ k.sentence }} {{ k.assessment }}"):
        template = make_template("{% for k in judgments %}" + fine + "{% endfor %}")
        assert not [str(p) for p in check_template(template) if "likelihood or" in str(p)]
