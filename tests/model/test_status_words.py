"""A deal's status in the words of its kind (newcomer14 N14-37: a sanctions listing printed
"(signed)", a concession "in delivery"): the model's words, the CLI, the exports and the
window all say "adopted", "granted", "disbursed" where the kind has its own word, while the
file keeps the one scale."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefdesk.cli.main import main
from briefdesk.editing.entities import deal_status
from briefdesk.editing.records import RecordError
from briefdesk.export.render import export_docx
from briefdesk.model import Actor, Brief, Deal, DealItem, DealParty, Header
from briefdesk.model.codes import ActorType, DealKind, DealStatus, PartyRole
from briefdesk.model.fileformat import loads
from briefdesk.model.status_words import (
    status_choices,
    status_for_words,
    status_label,
    status_words,
)
from tests.docx_text import docx_text


@pytest.mark.parametrize(
    ("kind", "status", "words"),
    [
        (DealKind.SANCTIONS, DealStatus.SIGNED, "adopted"),
        (DealKind.SANCTIONS, DealStatus.IN_DELIVERY, "in force"),
        (DealKind.SANCTIONS, DealStatus.CANCELLED, "lifted"),
        (DealKind.CONCESSION, DealStatus.SIGNED, "granted"),
        (DealKind.CONCESSION, DealStatus.CANCELLED, "revoked"),
        (DealKind.AWARD, DealStatus.SIGNED, "issued"),
        (DealKind.LOAN, DealStatus.DELIVERED, "disbursed"),
        (DealKind.CONSTRUCTION, DealStatus.IN_DELIVERY, "under construction"),
        (DealKind.CONSTRUCTION, DealStatus.APPROVED, "awarded"),
        (DealKind.PROCUREMENT, DealStatus.APPROVED, "awarded"),
        (DealKind.ARMS_SALE, DealStatus.IN_DELIVERY, "in delivery"),
        (DealKind.ARMS_SALE, DealStatus.SIGNED, "signed"),
        ("", DealStatus.SUSPENDED, "suspended"),  # no kind chosen yet: the scale's words
    ],
)
def test_words_per_kind(kind: Any, status: DealStatus, words: str) -> None:
    assert status_words(kind, status) == words


def test_every_kind_offers_every_status_once_with_distinct_words() -> None:
    for kind in DealKind:
        choices = status_choices(kind)
        assert [s for _w, s in choices] == list(DealStatus)
        assert len({w for w, _s in choices}) == len(DealStatus), kind
    assert status_label(DealKind.SANCTIONS, "signed") == "Adopted"
    assert status_words(DealKind.SANCTIONS, "ratified") == "ratified"  # a newer library's row


def test_the_kinds_words_are_read_back_and_the_scales_still_work() -> None:
    assert status_for_words(DealKind.SANCTIONS, "In force") is DealStatus.IN_DELIVERY
    assert status_for_words(DealKind.ARMS_SALE, "adopted") is None
    assert deal_status("adopted", DealKind.SANCTIONS) is DealStatus.SIGNED
    assert deal_status("signed", DealKind.SANCTIONS) is DealStatus.SIGNED
    assert deal_status("awarded", DealKind.CONSTRUCTION) is DealStatus.APPROVED  # N15-18
    with pytest.raises(RecordError, match="adopted, in force"):
        deal_status("enacted", DealKind.SANCTIONS)
    with pytest.raises(RecordError, match="use one of: reported"):
        deal_status("adopted")


def _brief() -> Brief:
    eu = Actor(name="European Union", type=ActorType.INTERNATIONAL_ORGANIZATION)
    target = Actor(name="BelKali Trade LLC", type=ActorType.ORGANIZATION)
    state = Actor(name="Kazakhstan", type=ActorType.STATE, country="KZ")
    miner = Actor(name="Orbit Mining Ltd", type=ActorType.ORGANIZATION)
    sanctions = Deal(
        kind=DealKind.SANCTIONS,
        title="asset freeze",
        items=[DealItem(designation="asset freeze")],
        parties=[
            DealParty(actor_id=eu.id, role=PartyRole.IMPOSING_PARTY),
            DealParty(actor_id=target.id, role=PartyRole.TARGET),
        ],
        status=DealStatus.SIGNED,
    )
    concession = Deal(
        kind=DealKind.CONCESSION,
        title="copper licence",
        items=[DealItem(designation="copper licence")],
        parties=[
            DealParty(actor_id=state.id, role=PartyRole.GRANTOR),
            DealParty(actor_id=miner.id, role=PartyRole.CONCESSIONAIRE),
        ],
        status=DealStatus.CANCELLED,
    )
    return Brief(
        header=Header(title="Listings"), actors=[eu, target, state, miner],
        deals=[sanctions, concession],
    )  # fmt: skip


@pytest.mark.parametrize("template", ["standard", "bluf", "deal-sheet"])
def test_every_template_prints_the_kinds_status_words(template: str, tmp_path: Path) -> None:
    text = " ".join(docx_text(export_docx(_brief(), template, tmp_path / "n.docx")).split())
    assert "dopted" in text and "evoked" in text
    assert "(signed)" not in text and "Signed" not in text


def test_the_cli_takes_and_prints_the_kinds_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.brief"
    assert main(["new", str(path), "--title", "Listing"]) == 0
    for name, kind in (
        ("European Union", "international_organization"),
        ("BelKali", "organization"),
    ):
        assert main(["actors", "add", str(path), name, "-t", kind]) == 0
    args = ["deals", "add", str(path), "-k", "sanctions", "--item", "asset freeze", "-s", "adopted"]
    assert main([*args, "--party", "1:imposing party", "--party", "2:target"]) == 0
    assert loads(path.read_bytes()).deals[0].status is DealStatus.SIGNED
    assert main(["deals", "edit", str(path), "1", "-s", "lifted"]) == 0
    assert loads(path.read_bytes()).deals[0].status is DealStatus.CANCELLED
    capsys.readouterr()
    assert main(["deals", "list", str(path)]) == 0
    assert "sanctions, lifted" in capsys.readouterr().out
    assert main(["deals", "edit", str(path), "1", "-s", "enacted"]) == 1
    assert "adopted, in force" in capsys.readouterr().err
