"""`deals add/edit` with civil procurement and construction (newcomer13 N13-24): --buyer and
--seller of a works contract are its client and contractor, --party refuses a buyer there, the
brief is saved as format 4, undo takes the kind back, --help lists the kinds and roles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.codes import DealKind, PartyRole
from briefdesk.model.fileformat import loads


def _brief(tmp_path: Path) -> Path:
    path = tmp_path / "grid.brief"
    assert main(["new", str(path), "--title", "Grid"]) == 0
    for name in ("Ministry of Power", "Andes Grid Builders", "Bank of the Andes"):
        assert main(["actors", "add", str(path), name, "-t", "organization"]) == 0
    return path


def test_a_works_contracts_buyer_and_seller_are_its_client_and_contractor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    args = ["deals", "add", str(path), "-k", "construction", "--item", "330 kV line"]
    args += ["--value", "$400 million", "--buyer", "1", "--seller", "2", "--party", "3:lender"]
    assert main(args) == 0
    deal = loads(path.read_bytes()).deals[0]
    assert deal.kind is DealKind.CONSTRUCTION
    roles = [p.role for p in deal.parties]
    assert roles == [PartyRole.CLIENT, PartyRole.CONTRACTOR, PartyRole.LENDER]
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 4
    capsys.readouterr()
    assert main(["deals", "list", str(path)]) == 0
    out = capsys.readouterr().out
    assert "construction" in out
    assert "client: Ministry of Power (actor 1)" in out
    assert "contractor: Andes Grid Builders (actor 2)" in out


def test_a_buyer_in_a_works_contract_is_refused_and_a_purchase_keeps_buyer_and_seller(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    args = ["deals", "add", str(path), "-k", "construction", "--item", "dam"]
    args += ["--party", "2:contractor"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["deals", "edit", str(path), "1", "--party", "1:buyer"]) == 1
    assert (
        "a construction contract has no buyer; use one of: client, contractor, "
        in capsys.readouterr().err
    )
    sats = ["deals", "add", str(path), "-k", "procurement", "--item", "weather satellites"]
    assert main([*sats, "-q", "3", "--buyer", "1", "--seller", "3"]) == 0
    deal = loads(path.read_bytes()).deals[1]
    assert [p.role for p in deal.parties] == [PartyRole.BUYER, PartyRole.SELLER]
    capsys.readouterr()
    assert main(["deals", "edit", str(path), "2", "--party", "2:contractor"]) == 1
    assert "a procurement contract has no contractor" in capsys.readouterr().err


def test_undo_takes_a_kind_change_back_and_the_check_follows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    args = ["deals", "add", str(path), "-k", "construction", "--item", "substation"]
    assert main([*args, "--value", "$40 million", "--buyer", "1", "--seller", "2"]) == 0
    assert main(["deals", "edit", str(path), "1", "-k", "arms_sale"]) == 0
    # the sides take the new kind's words, as in the window (N18-03): the client is the buyer
    roles = {p.role.value for p in loads(path.read_bytes()).deals[0].parties}
    assert roles == {"buyer", "seller"}
    capsys.readouterr()
    main(["check", str(path)])
    assert "is a client" not in capsys.readouterr().out
    assert main(["undo", str(path)]) == 0
    deal = loads(path.read_bytes()).deals[0]
    assert deal.kind is DealKind.CONSTRUCTION
    assert {p.role.value for p in deal.parties} == {"client", "contractor"}
    capsys.readouterr()
    main(["check", str(path)])
    assert "is a buyer" not in capsys.readouterr().out


def test_help_lists_procurement_and_construction_with_their_roles(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["deals", "add", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "procurement, construction, lease, other" in text
    assert "acquisition, procurement: buyer, seller" in text
    assert "construction: client, contractor, signatory, guarantor, intermediary, lender" in text
    assert "a construction contract's client" in text and "imposing party, contractor" in text
