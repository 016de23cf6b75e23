"""An amount the drafted BLUF took from a deal is flagged once the deal's value is corrected:
the BLUF once kept "$1.6 billion" beside a deal corrected to USD 1.8 billion, Checks silent."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model import Brief, Deal, Money
from briefdesk.model.fileformat import loads
from briefdesk.review import review_brief

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "jf17_sale.txt"


def _bluf_findings(brief: Brief) -> list[str]:
    return [f.message for f in review_brief(brief, spelling=False) if f.path == "bluf"]


def test_a_corrected_deal_value_flags_the_drafted_bluf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "jets.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(ARTICLE)]) == 0
    assert main(["draft", str(path)]) == 0
    brief = loads(path.read_bytes())
    deal = brief.deals[0]
    assert deal.value is not None
    said = deal.value.as_stated
    assert said and said in brief.bluf  # the draft names the deal's amount as the source says it
    assert not any("no deal has that value" in m for m in _bluf_findings(brief))

    new_amount = deal.value.amount + Decimal("200000000")
    assert main(["deals", "edit", str(path), "1", "--value", f"{new_amount} USD"]) == 0
    capsys.readouterr()
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert f"the BLUF says “{said}”, drafted from a deal, but no deal has that value now" in out

    # The analyst rewrites the BLUF with the new figure: the finding goes.
    rewritten = loads(path.read_bytes()).bluf.replace(said, "$1.8 billion")
    assert main(["set", str(path), f"bluf={rewritten}"]) == 0
    assert not any("no deal has that value" in m for m in _bluf_findings(loads(path.read_bytes())))


def test_amounts_the_analyst_wrote_are_not_checked() -> None:
    deal = Deal(title="Jets", value=Money(amount=Decimal("1800000000"), currency="USD"))
    own = Brief(bluf="Last year's $900 million sale fell through.", deals=[deal])
    assert _bluf_findings(own) == []  # nothing drafted: the analyst's figures are theirs
    drafted = "Pakistan will sell JF-17 jets to Azerbaijan for $1.6 billion."
    kept = Brief(bluf=drafted, drafted={"bluf": drafted}, deals=[deal])
    assert len([m for m in _bluf_findings(kept) if "“$1.6 billion”" in m]) == 1
    removed = Brief(bluf=drafted, drafted={"bluf": drafted}, deals=[])
    assert any("“$1.6 billion”" in m for m in _bluf_findings(removed))
    same = deal.model_copy(update={"value": Money(amount=Decimal("1.6e9"), currency="USD")})
    assert _bluf_findings(Brief(bluf=drafted, drafted={"bluf": drafted}, deals=[same])) == [
        "the BLUF is still BriefDesk's draft: check it against the source"
    ]
