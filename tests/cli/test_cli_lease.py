"""`deals add/edit` with a lease (round 22, newcomer21 N21-02): --buyer and --seller of a
lease are its lessee and lessor, --party refuses a buyer there, the brief is saved as format 5,
a kind change from an arms sale gives the sides the lease's words, --help lists the kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.codes import DealKind, PartyRole
from briefdesk.model.fileformat import loads


def _brief(tmp_path: Path) -> Path:
    path = tmp_path / "lease.brief"
    assert main(["new", str(path), "--title", "Lease"]) == 0
    for name in ("Calveran Air Force", "Aerolux Leasing", "Harwick Bank"):
        assert main(["actors", "add", str(path), name, "-t", "organization"]) == 0
    return path


def test_a_leases_buyer_and_seller_are_its_lessee_and_lessor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    args = ["deals", "add", str(path), "-k", "lease", "--item", "KT-400 transport aircraft"]
    args += ["-q", "2", "--value", "EUR 96 million", "--buyer", "1", "--seller", "2"]
    args += ["--note", "Term: five years. Option to buy both aircraft in 2031."]
    assert main(args) == 0
    deal = loads(path.read_bytes()).deals[0]
    assert deal.kind is DealKind.LEASE
    assert [p.role for p in deal.parties] == [PartyRole.LESSEE, PartyRole.LESSOR]
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 5
    capsys.readouterr()
    assert main(["deals", "list", str(path)]) == 0
    out = capsys.readouterr().out
    assert "lessee: Calveran Air Force (actor 1)" in out
    assert "lessor: Aerolux Leasing (actor 2)" in out
    assert "buyer" not in out and "seller" not in out


def test_a_buyer_in_a_lease_is_refused_with_the_leases_roles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    assert main(["deals", "add", str(path), "-k", "lease", "--item", "jets"]) == 0
    capsys.readouterr()
    assert main(["deals", "edit", str(path), "1", "--party", "1:buyer"]) == 1
    assert "a lease has no buyer; use one of: lessor, lessee, " in capsys.readouterr().err
    assert main(["deals", "edit", str(path), "1", "--party", "3:lender"]) == 0


def test_an_arms_sale_changed_to_a_lease_takes_lessee_and_lessor_and_undo_takes_it_back(
    tmp_path: Path,
) -> None:
    path = _brief(tmp_path)
    args = ["deals", "add", str(path), "-k", "arms_sale", "--item", "KT-400 aircraft"]
    assert main([*args, "--buyer", "1", "--seller", "2"]) == 0
    assert main(["deals", "edit", str(path), "1", "-k", "lease"]) == 0
    deal = loads(path.read_bytes()).deals[0]
    assert deal.kind is DealKind.LEASE
    assert [p.role.value for p in deal.parties] == ["lessee", "lessor"]
    assert main(["undo", str(path)]) == 0
    deal = loads(path.read_bytes()).deals[0]
    assert [p.role.value for p in deal.parties] == ["buyer", "seller"]
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 2


def test_help_lists_the_lease_with_its_roles(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["deals", "add", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "lease: lessor, lessee, signatory, guarantor, intermediary, lender, borrower" in text
    assert "a lease's lessee" in text and "contractor, lessor)" in text


def test_library_search_finds_a_lease_by_its_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)  # never a real team database
    desk = tmp_path / "desk"
    desk.mkdir()
    path = _brief(desk)
    args = ["deals", "add", str(path), "-k", "lease", "--item", "KT-400 transport aircraft"]
    assert main([*args, "--buyer", "1", "--seller", "2"]) == 0
    assert main(["library", "index", "--folder", str(desk)]) == 0
    capsys.readouterr()
    assert main(["library", "search", "Calveran", "--deal-kind", "lease", "--json"]) == 0
    assert [hit["title"] for hit in json.loads(capsys.readouterr().out)] == ["Lease"]
    assert main(["library", "search", "Calveran", "--deal-kind", "arms_sale", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
