"""Numbered lists in exports restart where a reader expects (newcomer6 F1).

The counters are worked out the pessimistic way Word and LibreOffice may count: every ``w:num``
on one abstract numbering shares a counter, which a ``startOverride`` resets on first use.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefdesk.export.registry import BUILTIN_IDS
from briefdesk.export.render import export_docx
from briefdesk.model import Brief


def shown_numbers(document: docx.document.Document) -> dict[str, int]:
    """Paragraph text -> the number a reader sees in front of it (numbered paragraphs only)."""
    numbering = document.part.numbering_part.element
    abstract_of, start_of = {}, {}
    for num in numbering.iter(qn("w:num")):
        num_id = num.get(qn("w:numId"))
        abstract_of[num_id] = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        start = num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
        start_of[num_id] = int(start.get(qn("w:val"))) if start is not None else None
    formats = {
        a.get(qn("w:abstractNumId")): a.find(f"{qn('w:lvl')}/{qn('w:numFmt')}").get(qn("w:val"))
        for a in numbering.iter(qn("w:abstractNum"))
    }
    style_num = {}
    for style in document.styles.element.iter(qn("w:style")):
        found = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if found is not None:
            style_num[style.get(qn("w:styleId"))] = found.get(qn("w:val"))
    counters: dict[str, int] = {}
    seen: set[str] = set()
    shown = {}
    for para in document.element.body.iter(qn("w:p")):
        ppr = para.find(qn("w:pPr"))
        own = ppr.find(f"{qn('w:numPr')}/{qn('w:numId')}") if ppr is not None else None
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        num_id = own.get(qn("w:val")) if own is not None else None
        if num_id is None and style is not None:
            num_id = style_num.get(style.get(qn("w:val")))
        if num_id in (None, "0") or formats.get(abstract_of[num_id]) == "bullet":
            continue
        abstract = abstract_of[num_id]
        if num_id not in seen and start_of[num_id] is not None:
            counters[abstract] = start_of[num_id] - 1
        seen.add(num_id)
        counters[abstract] = counters.get(abstract, 0) + 1
        text = "".join(t.text or "" for t in para.iter(qn("w:t")))
        shown[text.strip()] = counters[abstract]
    return shown


def _numbered_prose(brief: Brief) -> Brief:
    mine = brief.model_copy(deep=True)
    mine.background = "- a\n- b\n1. First point numbered\n2. Second point *italic*"
    mine.purpose = "1. alpha\n2. beta\n3. gamma"
    mine.significance.judgments[0].rationale = "1. because\n2. and because"
    return mine


@pytest.mark.parametrize("template", BUILTIN_IDS)
def test_every_builtin_numbered_list_starts_at_one(
    brief: Brief, tmp_path: Path, template: str
) -> None:
    mine = _numbered_prose(brief)
    out = export_docx(mine, template, tmp_path / f"{template}.docx")
    shown = shown_numbers(docx.Document(str(out)))
    judgments = [j.statement[:30] for j in mine.significance.judgments]
    got = {text: n for text, n in shown.items() if any(text.startswith(j) for j in judgments)}
    if got:  # templates that number the judgments number them 1, 2, …
        assert sorted(got.values()) == list(range(1, len(got) + 1)), shown
    for first in ("First point numbered", "alpha", "because"):
        if first in shown:
            assert shown[first] == 1, shown


def test_standard_numbers_the_judgments_one_two(brief: Brief, tmp_path: Path) -> None:
    mine = _numbered_prose(brief)
    shown = shown_numbers(docx.Document(str(export_docx(mine, "standard", tmp_path / "s.docx"))))
    numbers = [_number(shown, j.statement) for j in mine.significance.judgments]
    assert numbers == [1, 2], shown
    assert shown["Second point italic"] == 2 and shown["and because"] == 2


def test_a_user_templates_style_list_restarts_in_each_section(brief: Brief, tmp_path: Path) -> None:
    user = docx.Document()
    user.add_heading("Background", 1)
    user.add_paragraph("{{p background|word_paragraphs }}")
    user.add_heading("Judgments", 1)
    user.add_paragraph("{%p for j in judgments %}")
    user.add_paragraph("{{ j.sentence }}", style="List Number")
    user.add_paragraph("{%p endfor %}")
    user.add_heading("Deals", 1)
    user.add_paragraph("{%p for d in deals %}")
    user.add_paragraph("{{ d.title }}", style="List Number")
    user.add_paragraph("{%p endfor %}")
    path = tmp_path / "user.docx"
    user.save(str(path))
    mine = _numbered_prose(brief)
    shown = shown_numbers(docx.Document(str(export_docx(mine, path, tmp_path / "u.docx"))))
    assert [_number(shown, j.statement) for j in mine.significance.judgments] == [1, 2], shown
    assert _number(shown, mine.deals[0].title) == 1, shown


def _number(shown: dict[str, int], start: str) -> int:
    return next(n for text, n in shown.items() if text.startswith(start[:30]))
