"""actors, places, deals: the window's Actors and Deals pages in a terminal.

Real CLI runs on a brief in a temporary folder (BRIEFDESK_HOME from tests/conftest.py); every
change is read back from the file, every refusal is one line with the file byte for byte as it was.
"""

from __future__ import annotations

import json
import shlex
from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.cli.main import SUBCOMMANDS, build_parser, main, wants_gui
from briefdesk.model.codes import ActorType, DealKind, DealStatus, PartyRole
from briefdesk.model.fileformat import loads
from tests.docx_text import docx_text
from tests.lock_holder import hold_lock

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "jf17_sale.txt"


def _brief(tmp_path: Path) -> Path:
    path = tmp_path / "jets.brief"
    assert main(["new", str(path), "--title", "JF-17 jets for Azerbaijan"]) == 0
    assert main(["add-source", str(path), str(ARTICLE), "--grade", "B2"]) == 0
    return path


def _with_states(tmp_path: Path) -> Path:
    path = _brief(tmp_path)
    assert main(["actors", "add", str(path), "Pakistan", "--type", "state", "--country", "PK"]) == 0
    assert main(["actors", "add", str(path), "Azerbaijan", "-t", "state", "--country", "az"]) == 0
    return path


def test_actors_add_list_edit_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _brief(tmp_path)
    args = ["actors", "add", str(path), "Pakistan Aeronautical Complex", "--type", "organisation"]
    args += ["--country", "Pakistan", "--alias", "PAC", "--role", "maker of the JF-17"]
    args += ["--cite", "1:JF-17C Block-III fighter jets"]
    capsys.readouterr()
    assert main(args) == 0
    assert capsys.readouterr().out == (
        "added actor 1: Pakistan Aeronautical Complex — maker of the JF-17 "
        "(organization, Pakistan)\n"
    )
    [actor] = loads(path.read_bytes()).actors
    assert actor.type is ActorType.ORGANIZATION and actor.country == "PK"
    assert actor.aliases == ["PAC"] and actor.evidence[0].quote == "JF-17C Block-III fighter jets"

    hashmi = ["actors", "add", str(path), "Khalil Hashmi", "-t", "person", "--role", "Ambassador"]
    assert main([*hashmi, "--affiliation", "Government of Pakistan"]) == 0
    assert main(["actors", "edit", str(path), "PAC", "--role", "manufacturer", "--no-aliases"]) == 0
    assert (
        "changed actor 1: Pakistan Aeronautical Complex — manufacturer" in capsys.readouterr().out
    )
    edited = loads(path.read_bytes()).actors[0]
    assert (edited.role, edited.aliases, edited.country) == ("manufacturer", [], "PK")  # only those

    assert main(["actors", "list", str(path)]) == 0
    listed = capsys.readouterr().out
    assert "1. Pakistan Aeronautical Complex — manufacturer (organization, Pakistan)" in listed
    assert "2. Khalil Hashmi — Ambassador, Government of Pakistan (person)" in listed
    assert "cites src-" in listed
    assert main(["actors", "list", str(path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["number"], r["name"], r["type"]) for r in rows] == [
        (1, "Pakistan Aeronautical Complex", "organization"),
        (2, "Khalil Hashmi", "person"),
    ]
    assert main(["actors", "remove", str(path), "1"]) == 0
    assert "removed actor 1: Pakistan Aeronautical Complex" in capsys.readouterr().out
    assert [a.name for a in loads(path.read_bytes()).actors] == ["Khalil Hashmi"]


def test_places_add_list_edit_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _brief(tmp_path)
    capsys.readouterr()
    assert (
        main(["places", "add", str(path), "Beijing", "--country", "cn", "--cite", "1:Beijing"]) == 0
    )
    assert capsys.readouterr().out == "added place 1: Beijing (China)\n"
    assert main(["places", "add", str(path), "Kamra"]) == 0
    assert main(["places", "edit", str(path), "2", "--country", "PK", "--note", "PAC site"]) == 0
    places = loads(path.read_bytes()).places
    assert [(p.name, p.country, p.note) for p in places] == [
        ("Beijing", "CN", ""),
        ("Kamra", "PK", "PAC site"),
    ]
    assert places[0].evidence[0].quote == "Beijing"
    capsys.readouterr()
    assert main(["places", "list", str(path)]) == 0
    assert "2. Kamra (Pakistan)\n   note: PAC site\n" in capsys.readouterr().out
    assert main(["places", "list", str(path), "--json"]) == 0
    assert [r["country"] for r in json.loads(capsys.readouterr().out)] == ["CN", "PK"]
    assert main(["places", "edit", str(path), "1", "--uncite", "1", "--country", "none"]) == 0
    assert main(["places", "remove", str(path), "2"]) == 0
    [place] = loads(path.read_bytes()).places
    assert (place.name, place.country, place.evidence) == ("Beijing", "", [])


def test_a_deal_names_its_parties_by_name_or_number_and_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _with_states(tmp_path)
    args = ["deals", "add", str(path), "--kind", "arms sale", "--item", "JF-17C Block-III jets"]
    args += ["-q", "40", "--value", "$1.6 billion", "--seller", "1", "--buyer", "azerbaijan"]
    args += ["--status", "signed", "--date", "2026-02-01", "--cite", "1:Valued at $1.6 billion"]
    capsys.readouterr()
    assert main(args) == 0
    assert capsys.readouterr().out == (
        "added deal 1: JF-17C Block-III jets — arms sale, $1.6 billion, signed\n"
    )
    brief = loads(path.read_bytes())
    [deal] = brief.deals
    pakistan, azerbaijan = brief.actors
    assert {(p.actor_id, p.role) for p in deal.parties} == {
        (pakistan.id, PartyRole.SELLER),
        (azerbaijan.id, PartyRole.BUYER),
    }
    assert (deal.kind, deal.status) == (DealKind.ARMS_SALE, DealStatus.SIGNED)
    assert deal.value is not None and deal.value.amount == Decimal("1600000000")
    assert (deal.value.currency, deal.value.as_stated) == ("USD", "$1.6 billion")
    assert deal.items[0].quantity == 40 and str(deal.dates.announced) == "2026-02-01"

    assert main(["deals", "list", str(path)]) == 0
    listed = capsys.readouterr().out
    assert "   buyer: Azerbaijan (actor 2)\n   seller: Pakistan (actor 1)\n" in listed
    assert "   item: 40 × JF-17C Block-III jets\n" in listed
    assert main(["deals", "list", str(path), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert {(p["name"], p["role"]) for p in row["parties"]} == {
        ("Pakistan", "seller"),
        ("Azerbaijan", "buyer"),
    }
    assert row["value"] == {
        "amount": "1600000000",
        "currency": "USD",
        "as_stated": "$1.6 billion",
        "estimate": False,
        # The words typed are the article's: cited where they stand (newcomer8 F21).
        "evidence": [row["value"]["evidence"][0]],
    }
    assert row["value"]["evidence"][0]["quote"] == "$1.6 billion"
    out = tmp_path / "jets.docx"
    assert main(["export", str(path), "-t", "standard", "-o", str(out)]) == 0
    text = docx_text(out)
    assert "JF-17C Block-III jets" in text and "Azerbaijan" in text


def test_deal_edit_changes_only_what_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _with_states(tmp_path)
    assert main(["actors", "add", str(path), "PAC", "-t", "organization", "--country", "PK"]) == 0
    args = ["deals", "add", str(path), "-k", "arms_sale", "--item", "JF-17C", "--buyer", "2"]
    assert main([*args, "--seller", "Pakistan", "--title", "Jets"]) == 0
    edit = ["deals", "edit", str(path), "1", "--value", "420000000 EUR", "--seller", "PAC"]
    assert main([*edit, "--quantity", "20", "--category", "fighter", "--signed", "2026-03-01"]) == 0
    brief = loads(path.read_bytes())
    deal = brief.deals[0]
    names = {p.role: brief.actor(p.actor_id).name for p in deal.parties}  # type: ignore[union-attr]
    assert names == {PartyRole.BUYER: "Azerbaijan", PartyRole.SELLER: "PAC"}  # seller replaced
    assert deal.value is not None and (deal.value.amount, deal.value.currency) == (
        Decimal("420000000"),
        "EUR",
    )
    item = deal.items[0]
    assert (item.designation, item.quantity, item.category) == ("JF-17C", 20, "fighter")
    assert (deal.title, deal.kind, str(deal.dates.signed)) == (
        "Jets",
        DealKind.ARMS_SALE,
        "2026-03-01",
    )

    assert (
        main(["deals", "edit", str(path), "1", "--unparty", "Azerbaijan", "--party", "3:guarantor"])
        == 0
    )
    assert main(["deals", "edit", str(path), "1", "--value", "€420 million", "-k", "loan"]) == 0
    deal = loads(path.read_bytes()).deals[0]
    # the kind's words for the sides, as in the window (N18-03): a sale's seller is a lender
    assert {p.role for p in deal.parties} == {PartyRole.LENDER, PartyRole.GUARANTOR}
    # "€420 million" is not in the article: a typed value, not the source's words (F21).
    assert deal.value is not None and deal.value.as_stated == ""
    assert deal.value.amount == Decimal("420000000") and deal.kind is DealKind.LOAN
    assert main(["deals", "edit", str(path), "1", "--value", "none"]) == 0
    assert loads(path.read_bytes()).deals[0].value is None
    capsys.readouterr()
    assert main(["deals", "remove", str(path), "1"]) == 0
    assert capsys.readouterr().out.startswith("removed deal 1: Jets — loan")
    assert loads(path.read_bytes()).deals == []


def test_removing_an_actor_a_deal_names_is_refused_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _with_states(tmp_path)
    args = ["deals", "add", str(path), "-k", "arms_sale", "--item", "JF-17C", "--buyer", "2"]
    assert main([*args, "--seller", "1"]) == 0
    before = path.read_bytes()
    capsys.readouterr()
    assert main(["actors", "remove", str(path), "Azerbaijan"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "briefdesk actors: nothing saved: actor 2 “Azerbaijan” is a party to deal "
        "1 “JF-17C”; take it out there first (deals edit N --unparty 2) "
        "or remove it with --force, which takes it out of those deals\n"
    )
    assert path.read_bytes() == before
    assert main(["actors", "remove", str(path), "2", "--force"]) == 0
    brief = loads(path.read_bytes())
    assert [a.name for a in brief.actors] == ["Pakistan"]
    assert [p.role for p in brief.deals[0].parties] == [PartyRole.SELLER]
    assert main(["validate", str(path)]) == 0


BAD = [
    (
        "actors add '{b}' X --type company",
        "type 'company' is not allowed; use one of: person, organization, state, "
        "international_organization",
    ),
    (
        "actors add '{b}' X -t person --country XX",
        "country 'XX' is not an ISO 3166-1 alpha-2 code (e.g. PK, AZ) or a country's name",
    ),
    (
        "actors add '{b}' pakistan -t state",
        "the brief already has actor 1 'Pakistan' (change it with actors edit)",
    ),
    (
        "actors add '{b}' '  ' -t person",
        "the actor's name is empty",
    ),
    (
        "actors edit '{b}' 7 --role x",
        "no actor 7: the brief has 2 actors (numbers 1–2, as `actors list` shows)",
    ),
    (
        "actors add '{b}' X -t person --cite '1:no such words'",
        "cite '1:no such words': the words 'no such words' are not in the text of source",
    ),
    (
        "places add '{b}' Atlantis --country Narnia",
        "country 'Narnia' is not an ISO 3166-1 alpha-2 code",
    ),
    (
        "deals add '{b}' -k sale --item x",
        "kind 'sale' is not allowed; use one of: arms_sale, trade_agreement, loan, "
        "grant, mou, licensed_production, joint_venture, energy_supply, concession, "
        "acquisition, award, sanctions, procurement, construction, lease, other",
    ),
    (
        "deals add '{b}' -k loan --item x -s done",
        "status 'done' is not allowed; use one of: reported, proposed, approved, "
        "signed, disbursing, disbursed, suspended, cancelled (or the scale's own: reported, "
        "proposed, approved, signed, in_delivery, delivered, suspended, cancelled)",
    ),
    (
        "deals add '{b}' -k arms_sale --item x -s done",
        "status 'done' is not allowed; use one of: reported, proposed, approved, "
        "signed, in_delivery, delivered, suspended, cancelled",
    ),
    (
        "deals add '{b}' -k loan --item x --value '420 XYZ'",
        "value '420 XYZ': 'XYZ' is not an ISO 4217 currency code",
    ),
    (
        "deals add '{b}' -k loan --item x --value 'a lot'",
        "value 'a lot' is not an amount with its currency (e.g. '€420 million', 'about $1.6 "
        "billion', '90 billion yen' or '420000000 EUR')",
    ),
    (
        "deals add '{b}' -k loan --item x -q forty",
        "quantity 'forty' is not a whole number (e.g. 40)",
    ),
    (
        "deals add '{b}' -k loan --item x --signed March",
        "signed date 'March' is not a date like 2026-03-14",
    ),
    (
        "deals add '{b}' -k loan --item x --buyer Turkey",
        "party 'Turkey' is not an actor of the brief (1. Pakistan; 2. Azerbaijan); see actors add",
    ),
    (
        "deals add '{b}' -k loan --item x --party 1:owner",
        "party role 'owner' is not allowed; use one of: buyer, seller, lender, "
        "borrower, signatory, guarantor, intermediary, grantor, concessionaire, payer, "
        "payee, imposing_party, target",
    ),
    (
        "deals add '{b}' -k award --item x --party Pakistan:buyer",
        "party 'Pakistan:buyer': an award has no buyer; use one of: payer, payee, signatory, "
        "guarantor, intermediary",
    ),
    (
        "deals add '{b}' -k loan --item x --party Pakistan",
        "party 'Pakistan' is not NAME:ROLE (e.g. 'Pakistan:seller')",
    ),
]


@pytest.mark.parametrize(("args", "message"), BAD)
def test_a_bad_value_is_one_line_naming_the_field_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: str, message: str
) -> None:
    path = _with_states(tmp_path)
    before = path.read_bytes()
    capsys.readouterr()
    assert main([a.replace("{b}", str(path)) for a in shlex.split(args)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"briefdesk {args.split()[0]}: nothing saved: {message}")
    assert captured.err.count("\n") == 1
    assert path.read_bytes() == before


def test_writers_wait_for_the_window_then_say_busy_and_readers_still_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _with_states(tmp_path)
    before = path.read_bytes()
    holder = hold_lock(path)
    try:
        capsys.readouterr()
        assert main(["places", "add", str(path), "Baku"]) == 1
        assert capsys.readouterr().err == (
            f"briefdesk places: {path}: busy (open in another BriefDesk or command), "
            "nothing saved\n"
        )
        assert main(["deals", "add", str(path), "-k", "loan", "--item", "x", "--buyer", "1"]) == 1
        assert "busy" in capsys.readouterr().err
        assert path.read_bytes() == before
        assert main(["actors", "list", str(path)]) == 0
        assert "2. Azerbaijan (state, Azerbaijan)" in capsys.readouterr().out
    finally:
        holder.kill()
        holder.wait()


def test_the_groups_are_commands_not_files_for_the_window() -> None:
    for name in ("actors", "places", "deals"):
        assert name in SUBCOMMANDS and not wants_gui([name, "list", "b.brief"])
    assert {"actors", "places", "deals"} <= set(build_parser().format_help().split())


def test_a_state_added_by_hand_gets_its_country(tmp_path: Path) -> None:
    """newcomer7 F25: 'actors add Egypt --type state' left the export's Country cell empty."""
    from briefdesk.store import open_brief

    brief = tmp_path / "c.brief"
    assert main(["new", str(brief)]) == 0
    assert main(["actors", "add", str(brief), "Egypt", "--type", "state"]) == 0
    assert main(["actors", "add", str(brief), "Ruritania", "--type", "state"]) == 0
    assert main(["actors", "add", str(brief), "Egypt Air", "--type", "organization"]) == 0
    countries = [a.country for a in open_brief(brief).brief.actors]
    assert countries == ["EG", "", ""]
