"""A deal value's "as stated" is a quotation of a source, never words the analyst typed
(newcomer8 F21): a corrected value loses the old quote, Checks flag a contradiction."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model import Brief, Deal, Money, Source, Span
from briefdesk.model.fileformat import loads
from briefdesk.review import Severity, review_brief

TEXT = (
    "Meridian Development Bank lends Kenya $300 million for rail upgrade\n\n"
    "NAIROBI - The bank approved a $300 million loan to Kenya on Monday."
)


def _loan_brief(tmp_path: Path) -> Path:
    article = tmp_path / "kenya.txt"
    article.write_text(TEXT, "utf-8")
    path = tmp_path / "kenya.brief"
    assert main(["new", str(path), "--title", "Kenya loan"]) == 0
    assert main(["add-source", str(path), str(article)]) == 0
    args = ["deals", "add", str(path), "-k", "loan", "--item", "rail upgrade"]
    assert main([*args, "--value", "$300 million", "--cite", "1:$300 million"]) == 0
    return path


def test_a_typed_correction_is_not_exported_as_the_source_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _loan_brief(tmp_path)
    deal = loads(path.read_bytes()).deals[0]
    # Words the source holds are its words: kept, and cited where they stand.
    assert deal.value is not None and deal.value.as_stated == "$300 million"
    assert [s.quote for s in deal.value.evidence] == ["$300 million"]

    assert main(["deals", "edit", str(path), "1", "--value", "$350 million"]) == 0
    deal = loads(path.read_bytes()).deals[0]
    assert deal.value is not None and deal.value.amount == Decimal("350000000")
    assert (deal.value.as_stated, deal.value.evidence) == ("", [])
    assert [s.quote for s in deal.evidence] == []  # the old "$300 million" no longer cites it

    out = tmp_path / "kenya.md"
    capsys.readouterr()
    assert main(["export", str(path), "-o", str(out)]) == 0
    text = out.read_text("utf-8")
    assert "USD 350 million" in text and "stated as" not in text
    assert "value" not in capsys.readouterr().err

    assert main(["deals", "edit", str(path), "1", "--value", "1e3 USD"]) == 0
    value = loads(path.read_bytes()).deals[0].value
    assert value is not None and (value.amount, value.as_stated) == (Decimal("1000"), "")


def _brief_with(value: Money, evidence: list[Span] | None = None) -> Brief:
    source = Source(title="Kenya loan", text=TEXT)
    brief = Brief(sources=[source])
    brief.deals.append(Deal(title="Loan to Kenya", value=value, evidence=evidence or []))
    return brief


def test_checks_flag_a_value_its_words_contradict() -> None:
    wrong = Money(amount=Decimal("350000000"), currency="USD", as_stated="$300 million")
    [finding] = [f for f in review_brief(_brief_with(wrong)) if f.path == "deals[0].value"]
    assert finding.severity is Severity.ERROR
    assert finding.message == (
        "Loan to Kenya: the value (USD 350 million) is not what its words as stated say "
        "(“$300 million”): correct the value, or clear 'As stated'"
    )
    right = Money(amount=Decimal("300000000"), currency="USD", as_stated="$300 million")
    assert not [f for f in review_brief(_brief_with(right)) if f.path.startswith("deals[0].val")]


def test_checks_flag_words_no_source_has_and_a_stale_citation() -> None:
    typed = Money(amount=Decimal("350000000"), currency="USD", as_stated="$350 million")
    source_id = "src-00000001"
    stale = Span(source_id=source_id, start=38, end=50, quote="$300 million")
    brief = _brief_with(typed, [stale])
    brief.sources[0].id = source_id
    found = {f.path: f for f in review_brief(brief) if f.path.startswith("deals[0]")}
    assert found["deals[0].value"].severity is Severity.WARNING
    assert "“$350 million” is exported as the source's words, but no source has them" in (
        found["deals[0].value"].message
    )
    assert found["deals[0].evidence"].message == (
        "Loan to Kenya cites “$300 million”, not its value (USD 350 million)"
    )
