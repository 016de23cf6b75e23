"""N9-01: an amount a sanction froze, seized, blocked, confiscated or fined is not a deal.

The EU Council's freeze of "€38.5 million in assets" was drafted as an arms sale of rifles for
€38.5 million, titled "Rifles", with only the lawyer as actor and Checks silent. Through the
user's path: ``extract`` on one-sentence variants, ``draft`` then ``check`` on the article."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "sanctions_freeze.txt"

TAKEN = [
    "The Council of the EU froze €38.5 million in assets of a Serbian arms broker",
    "The US Treasury seized $12 million held by an Iranian drone supplier",
    "Britain blocked £20 million of property owned by a Russian arms dealer who sold missiles "
    "to Syria",
    "Swiss prosecutors confiscated CHF 5 million from a broker who arranged the sale of rifles "
    "to Sudan",
    "The EU fined Balkan Trident Logistics €2 million for selling rifles to Libya",
    "Italy impounded an estimated €9 million belonging to a dealer who shipped rifles to Libya",
    "Some €7 million in accounts of the broker that sold rifles to Libya was frozen",
    # C9-6: a thing seized, impounded, confiscated or forfeited with its worth, every word order
    "French authorities seized a yacht worth €80 million",
    "A yacht worth €80 million was seized by French authorities",
    "A US court ordered the forfeiture of a $300 million superyacht owned by Suleiman Kerimov",
    "Italian police impounded a superyacht worth €530 million linked to Vladimir Putin",
    "Germany confiscated a $100 million arms shipment bound for Iran",
    "A $100 million arms shipment bound for Iran was confiscated by Germany",
    "Canada seized an Antonov An-124 cargo plane valued at $120 million",
    "The $120 million cargo plane, impounded by Canada in 2022, will be forfeited",
    # the sanctioning authority is never a seller: a designation is no deal
    "The US Treasury designated 12 companies that supplied $80 million of drone parts to Russia",
]
DEALS = [  # the same verbs on a deal's own amount: still a deal (suspended)
    "Congress blocked a $2 billion arms sale to Turkey",
    "Germany froze the €500 million sale of tanks to Qatar",
    "Spain suspended a $300 million contract to sell 20 trucks to Israel",
]
STILL_DEALS = [  # a seizure or a "designated" elsewhere in the sentence leaves the deal alone
    "After Turkey seized the port, Egypt agreed to buy two frigates from Italy for $1 billion",
    "The contract for two frigates, designated the Durjoy class, is valued at $500 million",
]


def _extract(tmp_path: Path, sentence: str, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / "item.txt"
    path.write_text(f"BRUSSELS, 20 November 2026 — {sentence}, officials said.\n", "utf-8")
    capsys.readouterr()
    assert main(["extract", str(path)]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("sentence", TAKEN)
def test_sanctioned_money_is_no_deal(
    tmp_path: Path, sentence: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "Deals: none found" in _extract(tmp_path, sentence, capsys)


@pytest.mark.parametrize("sentence", STILL_DEALS)
def test_a_seizure_beside_a_deal_keeps_the_deal(
    tmp_path: Path, sentence: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _extract(tmp_path, sentence, capsys)
    assert "Deals: none found" not in out and "frigates" in out


@pytest.mark.parametrize("sentence", DEALS)
def test_a_frozen_deal_stays_a_deal(
    tmp_path: Path, sentence: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "suspended" in _extract(tmp_path, sentence, capsys)


def test_drafting_a_freeze_takes_its_targets_and_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "freeze.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(ARTICLE)]) == 0
    assert main(["draft", str(path)]) == 0
    brief = loads(path.read_bytes())
    assert brief.deals == []
    assert brief.header.title == "EU freezes assets of Serbian arms broker over Libya shipments"
    names = [actor.name for actor in brief.actors]
    assert "Dragan Vukotić" in names
    assert "Balkan Trident Logistics d.o.o." in names
    assert "Council of the European Union" in names
    assert brief.bluf == ""  # no deal: no sentence made up to read as fact
    capsys.readouterr()
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "error: the BLUF is empty" in out  # Checks no longer silent: "1 to fix"
    assert "0 to fix" not in out
