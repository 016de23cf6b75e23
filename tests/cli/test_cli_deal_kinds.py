"""`deals add/edit` with the kinds beyond sales (newcomer12 N12-17): --buyer/--seller take the
kind's own sides, --party refuses a role the kind has not, --help lists kinds and roles."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.codes import DealKind, PartyRole
from briefdesk.model.fileformat import loads


def _brief(tmp_path: Path) -> Path:
    path = tmp_path / "award.brief"
    assert main(["new", str(path), "--title", "Award"]) == 0
    for name, kind in (("Kyrgyzstan", "state"), ("Tethys Gold Mining Ltd", "organization")):
        assert main(["actors", "add", str(path), name, "-t", kind]) == 0
    return path


def test_buyer_and_seller_are_the_kinds_own_sides(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    args = ["deals", "add", str(path), "-k", "award", "--item", "ICSID award"]
    args += ["--value", "$125 million", "--seller", "1", "--buyer", "2"]
    assert main(args) == 0
    deal = loads(path.read_bytes()).deals[0]
    assert deal.kind is DealKind.AWARD
    assert [p.role for p in deal.parties] == [PartyRole.PAYEE, PartyRole.PAYER]
    capsys.readouterr()
    assert main(["deals", "list", str(path)]) == 0
    out = capsys.readouterr().out
    assert "payer: Kyrgyzstan (actor 1)" in out and "payee: Tethys Gold Mining Ltd" in out


def test_a_named_role_of_a_new_kind_is_kept_and_a_misfit_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    args = ["deals", "add", str(path), "-k", "sanctions", "--item", "asset freeze"]
    args += ["--party", "1:imposing party", "--party", "2:target"]
    assert main(args) == 0
    deal = loads(path.read_bytes()).deals[0]
    assert [p.role for p in deal.parties] == [PartyRole.IMPOSING_PARTY, PartyRole.TARGET]
    capsys.readouterr()
    assert main(["deals", "edit", str(path), "1", "--party", "2:seller"]) == 1
    assert (
        "a sanctions measure has no seller; use one of: imposing_party, target"
        in capsys.readouterr().err
    )
    # Changing the kind and the parties together is judged against the new kind.
    edit = ["deals", "edit", str(path), "1", "-k", "concession", "--buyer", "2", "--seller", "1"]
    assert main(edit) == 0
    deal = loads(path.read_bytes()).deals[0]
    roles = {p.role for p in deal.parties}
    assert {PartyRole.CONCESSIONAIRE, PartyRole.GRANTOR} <= roles


def test_help_lists_the_kinds_and_their_roles(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["deals", "edit", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for kind in ("concession", "acquisition", "award", "sanctions"):
        assert kind in text
    assert "concession: grantor, concessionaire" in text
    assert "award: payer, payee" in text
    assert "sanctions: imposing_party, target" in text


def test_a_deal_between_two_signatories_is_retitled_when_its_sides_are_set(
    tmp_path: Path,
) -> None:
    """newcomer20 N20-02: "Deal between A and B" (a drafted, item-less deal) stayed in the
    export after buyer and seller were set; `deals edit` now retitles it as the window's Role
    field does."""
    from briefdesk.model import Actor, Brief, Deal, DealParty
    from briefdesk.model.fileformat import dumps

    agency = Actor(name="Zamundan Space Agency")
    firm = Actor(name="Arvelle Launch Services")
    title = "Deal between Arvelle Launch Services and Zamundan Space Agency"
    parties = [DealParty(actor_id=a.id, role=PartyRole.SIGNATORY) for a in (firm, agency)]
    path = tmp_path / "launch.brief"
    brief = Brief(actors=[agency, firm], deals=[Deal(title=title, parties=parties)])
    path.write_text(dumps(brief), encoding="utf-8")
    edit = ["deals", "edit", str(path), "1", "-k", "procurement", "--unparty", "1"]
    assert main([*edit, "--unparty", "2", "--buyer", "1", "--seller", "2"]) == 0
    deal = loads(path.read_bytes()).deals[0]
    assert {p.role for p in deal.parties} == {PartyRole.BUYER, PartyRole.SELLER}
    assert deal.title == "Procurement by Zamundan Space Agency"
    # a title the user wrote stays
    assert main(["deals", "edit", str(path), "1", "--title", "Launch contract"]) == 0
    assert main(["deals", "edit", str(path), "1", "--unparty", "2", "--seller", "2"]) == 0
    assert loads(path.read_bytes()).deals[0].title == "Launch contract"
