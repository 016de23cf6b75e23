"""N9-20: a hedged amount keeps its hedge ("more than", "up to", "about" $2.4 billion).

The deal came out as an exact "$2.4 billion", ``estimate`` false, its *as stated* quoting the
source without the hedge, and the drafted BLUF said "for $2.4 billion". Through the user's
path: ``extract --json``, ``draft``, and ``export`` (bluf template's key point)."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads

HEDGES = [
    "more than",
    "up to",
    "about",
    "around",
    "nearly",
    "an estimated",
    "roughly",
    "at least",
    "over",
    "some",
]
SENTENCE = (
    "Ankara, 3 March 2026 — Turkey signed a contract with Brazil's Embraer to buy 12 KC-390 "
    "transport aircraft in a deal worth {} $2.4 billion, officials said.\n"
)


def _article(tmp_path: Path, hedge: str) -> Path:
    path = tmp_path / "hedge.txt"
    path.write_text(SENTENCE.format(hedge).replace("  ", " "), encoding="utf-8")
    return path


@pytest.mark.parametrize("hedge", HEDGES)
def test_extract_keeps_the_hedge(
    tmp_path: Path, hedge: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["extract", "--json", str(_article(tmp_path, hedge))]) == 0
    out = json.loads(capsys.readouterr().out)
    found = out if isinstance(out, list) else [out]
    values = [d["value"] for item in found for d in item["deals"] if d["value"]]
    assert values, out
    assert values[0]["as_stated"] == f"{hedge} $2.4 billion"
    assert values[0]["estimate"] is True
    assert values[0]["amount"] == 2400000000


def test_an_exact_amount_stays_exact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["extract", "--json", str(_article(tmp_path, ""))]) == 0
    out = json.loads(capsys.readouterr().out)
    found = out if isinstance(out, list) else [out]
    value = next(d["value"] for item in found for d in item["deals"] if d["value"])
    assert value["as_stated"] == "$2.4 billion" and value["estimate"] is False


def test_over_as_a_preposition_is_no_hedge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "talks.txt"
    path.write_text(
        "Ankara, 3 March 2026 — Turkey and Embraer argued over $2.4 billion for 12 KC-390 "
        "transport aircraft before they signed the contract, officials said.\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["extract", "--json", str(path)]) == 0
    text = capsys.readouterr().out
    assert '"as_stated": "over $2.4 billion"' not in text


@pytest.mark.parametrize("hedge", ["more than", "up to", "about"])
def test_draft_and_export_say_the_hedge(
    tmp_path: Path, hedge: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "h.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(_article(tmp_path, hedge))]) == 0
    assert main(["draft", str(path)]) == 0
    brief = loads(path.read_bytes())
    value = brief.deals[0].value
    assert value is not None
    assert value.estimate and value.as_stated == f"{hedge} $2.4 billion"
    source = brief.sources[0]
    assert (
        value.evidence
        and all(  # the quotation is the source's own words
            source.text[e.start : e.end] == value.as_stated for e in value.evidence
        )
    )
    assert f"for {hedge} $2.4 billion." in brief.bluf
    out = tmp_path / "h.docx"
    assert main(["export", str(path), "-t", "bluf", "-o", str(out)]) == 0
    page = " ".join(p.text for p in docx.Document(str(out)).paragraphs).replace("\xa0", " ")
    assert f"for {hedge} USD 2.4 billion" in page  # the key point: not "an estimated"
    assert f"for {hedge} $2.4 billion." in page  # the BLUF


def test_a_hedged_deal_keeps_the_key_it_had_before_hedges_were_kept() -> None:
    """A brief that dismissed "$2.4 billion" before the hedge was kept must not be offered
    "more than $2.4 billion" again: the deal key leaves the hedge out."""
    from decimal import Decimal

    from briefdesk.extract.results import DealSuggestion, MoneySuggestion
    from briefdesk.model.codes import DealKind

    def deal(stated: str, estimate: bool) -> DealSuggestion:
        value = MoneySuggestion(Decimal("2.4e9"), "USD", stated, estimate=estimate)
        return DealSuggestion(kind=DealKind.ARMS_SALE, item="KC-390 aircraft", value=value)

    before = deal("$2.4 billion", False).key
    assert deal("more than $2.4 billion", True).key == before
    assert deal("up to  $2.4 billion", True).key == before
    assert deal("$2.5 billion", False).key != before


@pytest.mark.parametrize(
    ("typed", "amount", "currency", "estimate"),
    [
        ("about $90m", "90000000", "USD", True),
        ("up to 90 billion yen", "90000000000", "JPY", True),
        ("90 billion yen", "90000000000", "JPY", False),
        ("around 9 billion euros", "9000000000", "EUR", True),
        ("$1.8 billion or more", "1800000000", "USD", True),
        ("between $1 billion and $1.5 billion", "1000000000", "USD", True),
        ("Rs 63,000 crore", "630000000000", "INR", False),
        ("1.6 billion USD", "1600000000", "USD", False),
        ("~$90m", "90000000", "USD", True),  # the rough-figure sign (N12-16's last part)
        ("≈ €40 million", "40000000", "EUR", True),
    ],
)
def test_deals_value_reads_what_the_extractor_reads(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    typed: str,
    amount: str,
    currency: str,
    estimate: bool,
) -> None:
    """newcomer12 N12-16: `deals add --value` refused "about $90m" and "90 billion yen",
    words the extractor itself reads and stores (a hedged one as an estimate)."""
    from decimal import Decimal

    path = tmp_path / "b.brief"
    assert main(["new", str(path), "--title", "Test"]) == 0
    assert (
        main(["deals", "add", str(path), "-k", "arms_sale", "--item", "x", "--value", typed]) == 0
    )
    value = loads(path.read_bytes()).deals[0].value
    assert value is not None
    assert (value.amount, value.currency, value.estimate) == (Decimal(amount), currency, estimate)
    assert ("(estimate)" in capsys.readouterr().out) is estimate  # said, not only stored
    assert main(["deals", "edit", str(path), "1", "--value", "$5 million"]) == 0
    value = loads(path.read_bytes()).deals[0].value
    assert value is not None and not value.estimate  # an exact amount typed over it


@pytest.mark.parametrize(
    ("sentence", "stated", "estimate"),
    [
        ("Uzbekistan ordered six drones from Kestrel Aero in a deal worth ~$90m.", "~$90m", True),
        ("Chile ordered two tugs from Halden Yards for ≈ €40 million.", "≈ €40 million", True),
        ("Chile ordered two tugs from Halden Yards for €40 million.", "€40 million", False),
        (
            "Chile ordered two tugs (~ 40 tonnes each) from Halden Yards for €40 million.",
            "€40 million",
            False,
        ),
    ],
)
def test_a_rough_figure_sign_makes_the_value_an_estimate(
    sentence: str, stated: str, estimate: bool
) -> None:
    """newcomer12 N12-16: "~$90m" was read as an exact $90m; the sign says the figure is
    rough, as "about" does, and *as stated* quotes it as written."""
    from briefdesk.extract import extract_text

    [deal] = extract_text(sentence).deals
    assert deal.value is not None
    assert (deal.value.as_stated, deal.value.estimate) == (stated, estimate)
