"""Shape of the hand-written gold files (corpus, fresh, and fresh-2 to fresh-25 splits).

The gold is written blind, before the extractor ever reads the article, so these checks never
run the extractor: they only catch typing slips (a misspelt name, a kind the model lacks, a buyer
that is not an actor) that would silently lower a benchmark figure.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.extract.gazetteer import gazetteer
from briefdesk.model.codes import ActorType, DealKind, DealStatus

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
GOLDS = [
    *sorted((DATA / "corpus").glob("*.gold.json")),
    *sorted((DATA / "fresh").glob("*.gold.json")),
    *sorted((DATA / "fresh2").glob("*.gold.json")),
    *sorted((DATA / "fresh3").glob("*.gold.json")),
    *sorted((DATA / "fresh4").glob("*.gold.json")),
    *sorted((DATA / "fresh5").glob("*.gold.json")),
    *sorted((DATA / "fresh6").glob("*.gold.json")),
    *sorted((DATA / "fresh7").glob("*.gold.json")),
    *sorted((DATA / "fresh8").glob("*.gold.json")),
    *sorted((DATA / "fresh9").glob("*.gold.json")),
    *sorted((DATA / "fresh10").glob("*.gold.json")),
    *sorted((DATA / "fresh11").glob("*.gold.json")),
    *sorted((DATA / "fresh12").glob("*.gold.json")),
    *sorted((DATA / "fresh13").glob("*.gold.json")),
    *sorted((DATA / "fresh14").glob("*.gold.json")),
    *sorted((DATA / "fresh15").glob("*.gold.json")),
    *sorted((DATA / "fresh16").glob("*.gold.json")),
    *sorted((DATA / "fresh17").glob("*.gold.json")),
    *sorted((DATA / "fresh18").glob("*.gold.json")),
    *sorted((DATA / "fresh19").glob("*.gold.json")),
    *sorted((DATA / "fresh20").glob("*.gold.json")),
    *sorted((DATA / "fresh21").glob("*.gold.json")),
    *sorted((DATA / "fresh22").glob("*.gold.json")),
    *sorted((DATA / "fresh23").glob("*.gold.json")),
    *sorted((DATA / "fresh24").glob("*.gold.json")),
    *sorted((DATA / "fresh25").glob("*.gold.json")),
    *sorted((DATA / "agreement").glob("*.gold.json")),
    *sorted((DATA / "agreement23").glob("*.gold.json")),
]
STATUSES = {s.value for s in DealStatus} | {"agreed"}  # "agreed" scores as "approved"
ACTOR_KEYS = {"name", "type", "role", "affiliation", "aliases"}
DEAL_KEYS = {"kind", "item", "quantity", "value", "buyer", "seller", "status"}
PARTY_KEYS = {"borrower", "lender", "concessionaire", "grantor"}
STATE_NAMES = gazetteer().names  # registry data only; the extractor itself never runs here
# Second annotators' gold folders and the set whose texts they annotated.
_SECOND_GOLD_TEXTS = {"agreement": DATA / "fresh6", "agreement23": DATA / "fresh23"}


def _text_of(gold: Path) -> str:
    """The article beside its gold; a second annotator's gold reads its set's text (agreement/:
    fresh-6; agreement23/: fresh-23)."""
    name = gold.name.replace(".gold.json", ".txt")
    folder = _SECOND_GOLD_TEXTS.get(gold.parent.name, gold.parent)
    return (folder / name).read_text(encoding="utf-8")


def _flat(text: str) -> str:
    """Lower case with every run of whitespace (no-break spaces, wrapped lines) as one space."""
    return " ".join(text.lower().split())


def test_corpus_and_fresh_sizes() -> None:
    assert len(list((DATA / "corpus").glob("*.txt"))) >= 80
    assert len(list((DATA / "fresh").glob("F*.txt"))) >= 20
    for path in (DATA / "fresh").glob("*.txt"):
        assert path.name[0] == "F" and path.name[1:3].isdigit(), path.name
    assert len(list((DATA / "fresh2").glob("G*.txt"))) >= 40
    for path in (DATA / "fresh2").glob("*.txt"):
        assert path.name[0] == "G" and path.name[1:3].isdigit() and path.name[3] == "_", path.name


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_well_formed(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = _flat(_text_of(gold_path))
    assert {"published", "actors", "deals", "places", "dates"} <= gold.keys()
    date.fromisoformat(gold["published"])
    names: set[str] = set()
    for actor in gold["actors"]:
        assert set(actor) <= ACTOR_KEYS and {"name", "type"} <= set(actor), actor
        ActorType(actor["type"])
        assert actor["name"] not in names, f"duplicate actor {actor['name']}"
        names.add(actor["name"])
        names.update(actor.get("aliases", []))
        # A state carries a name from the world registry ("Saudi Arabia" for "Saudi"), and
        # may carry the registry's other names for it as aliases; every other name and alias
        # is as the text writes it.
        stated = [*actor.get("aliases", [])]
        if actor["type"] == "state":
            code = STATE_NAMES.get(actor["name"], "")
            assert code, f"state {actor['name']!r} is not a registry name"
            stated = [f for f in stated if STATE_NAMES.get(f) != code]
        else:
            stated.append(actor["name"])
        for form in stated:
            assert _flat(form) in text, f"{form!r} not in the text"
    for deal in gold["deals"]:
        assert set(deal) <= DEAL_KEYS | PARTY_KEYS and set(deal) >= DEAL_KEYS, deal
        DealKind(deal["kind"])
        assert deal["status"] in STATUSES, deal["status"]
        assert deal["quantity"] is None or isinstance(deal["quantity"], int)
        if deal["value"] is not None:
            assert Decimal(deal["value"]["amount"]) > 0
            assert len(deal["value"]["currency"]) == 3 and deal["value"]["currency"].isupper()
            assert _flat(deal["value"]["as_stated"]) in text, deal["value"]["as_stated"]
        for role in ("buyer", "seller", *PARTY_KEYS):
            party = deal.get(role, "")
            assert party == "" or party in names, f"{role} {party!r} is not a gold actor"
    for item in [*gold["places"], *gold["dates"]]:
        assert _flat(item) in text, f"{item!r} not in the text"
