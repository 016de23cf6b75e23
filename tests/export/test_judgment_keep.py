"""A key judgment is never left at a page's foot away from its rationale in the Word note:
its line is kept whole and with the rationale that follows (Word's keep-with-next and
keep-lines-together), and LibreOffice, which renders the page preview and PDF, honours it."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from briefdesk.export.render import docx_to_pdf, export_docx
from briefdesk.model.brief import KeyJudgment
from briefdesk.model.codes import Confidence, Likelihood
from briefdesk.samples import load_sample

REASON = (
    "Baku has paid cash for earlier Pakistani and Turkish purchases and its defence budget "
    "rose by a fifth this year; the ministry's statement names a delivery schedule. "
)


def _many_judgments() -> object:
    brief = load_sample()
    for i in range(12):
        rationale = REASON * 3 + ("\n\n" + REASON * 3 if i % 3 == 0 else "")
        brief.significance.judgments.append(
            KeyJudgment(
                statement=f"Judgment {i + 1}: Azerbaijan will take delivery by 2027",
                likelihood=Likelihood.LIKELY,
                confidence=Confidence.MODERATE,
                rationale=rationale,
            )
        )
    brief.significance.judgments.append(
        KeyJudgment(statement="A judgment without rationale", likelihood=Likelihood.UNLIKELY)
    )
    return brief


@pytest.mark.parametrize("template_id", ["standard", "deal-sheet"])
def test_a_judgment_keeps_with_its_rationale(template_id: str, tmp_path: Path) -> None:
    brief = _many_judgments()
    document = docx.Document(str(export_docx(brief, template_id, tmp_path / "x.docx")))
    statements = {j.statement: j for j in brief.significance.judgments}  # type: ignore[attr-defined]
    seen = 0
    for paragraph in document.paragraphs:
        judgment = next((j for s, j in statements.items() if paragraph.text.startswith(s)), None)
        if judgment is None:
            continue
        seen += 1
        fmt = paragraph.paragraph_format
        assert fmt.keep_together, paragraph.text
        # Only a judgment with a rationale is kept with the next paragraph: judgments with
        # none must not chain into one block that cannot break.
        assert bool(fmt.keep_with_next) == bool(judgment.rationale), paragraph.text
    assert seen == len(statements)
    rationale = document.styles["Rationale"].paragraph_format
    assert rationale.widow_control  # never one stray line of it at a page's foot or head


def test_bluf_memo_judgments_carry_no_keep_with_next(tmp_path: Path) -> None:
    document = docx.Document(str(export_docx(_many_judgments(), "bluf", tmp_path / "b.docx")))  # type: ignore[arg-type]
    lines = [p for p in document.paragraphs if p.text.startswith("Judgment ")]
    assert lines and not any(p.paragraph_format.keep_with_next for p in lines)


def test_libreoffice_never_ends_a_page_on_a_judgment(tmp_path: Path) -> None:
    if shutil.which("soffice") is None:
        print("soffice not found: page breaks need LibreOffice (libreoffice-writer-nogui)")
        pytest.skip("LibreOffice (soffice) is not installed")
    from pypdf import PdfReader

    out = export_docx(_many_judgments(), "standard", tmp_path / "many.docx")  # type: ignore[arg-type]
    reader = PdfReader(str(docx_to_pdf(out, tmp_path)))
    assert len(reader.pages) >= 4
    for number, page in enumerate(reader.pages[:-1], start=1):
        lines = [
            line.strip()
            for line in page.extract_text().splitlines()
            if line.strip() and "TLP:AMBER" not in line and " of " not in line
        ]
        assert "confidence" not in lines[-1], f"page {number} ends on a judgment: {lines[-2:]}"
