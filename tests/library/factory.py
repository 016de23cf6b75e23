"""Generated briefs for the library's tests and benchmark: a desk's year of writing, repeatable."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from briefdesk.model import (
    Actor,
    Brief,
    Deal,
    DealItem,
    DealParty,
    Header,
    KeyJudgment,
    Marking,
    Money,
    Place,
    Significance,
    Source,
)
from briefdesk.model.codes import (
    ActorType,
    DealKind,
    Likelihood,
    MarkingScheme,
    PartyRole,
)
from briefdesk.model.fileformat import dumps

STATES = [
    ("Pakistan", "PK"),
    ("China", "CN"),
    ("Nigeria", "NG"),
    ("Argentina", "AR"),
    ("Azerbaijan", "AZ"),
    ("Iraq", "IQ"),
    ("Myanmar", "MM"),
    ("Egypt", "EG"),
]
PEOPLE = [
    ("Aisha Hashmi", "Defence Minister", "PK"),
    ("Li Wei", "Trade envoy", "CN"),
    ("Bola Adeyemi", "Chief of Air Staff", "NG"),
    ("Jorge Ruiz", "Procurement head", "AR"),
]
ITEMS = ["JF-17 Block III", "K-8 trainer", "VT-4 tank", "Y-8 transport", "CH-4 drone"]
OUTLETS = ["Dawn", "Reuters", "Janes", "Premium Times", "Xinhua"]
WORDS = [
    "ministry",
    "officials",
    "said",
    "the",
    "agreement",
    "would",
    "strengthen",
    "cooperation",
    "across",
    "defence",
    "industry",
    "training",
    "maintenance",
    "spare",
    "parts",
    "financing",
    "delivery",
    "schedule",
    "squadron",
]


def make_brief(i: int, *, marking: Marking | None = None, words: int = 120) -> Brief:
    """Brief number ``i``: two states, a person, an arms deal, a judgment and one source."""
    rng = random.Random(i)
    seller, buyer = rng.sample(STATES, 2)
    person = rng.choice(PEOPLE)
    item = rng.choice(ITEMS)
    outlet = rng.choice(OUTLETS)
    day = dt.date(2025, 1, 1) + dt.timedelta(days=i % 365)
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    article = f"{buyer[0]} will buy {item} aircraft from {seller[0]}. {text}"
    a_seller = Actor(id="act-s", type=ActorType.STATE, name=seller[0], country=seller[1])
    a_buyer = Actor(id="act-b", type=ActorType.STATE, name=buyer[0], country=buyer[1])
    a_person = Actor(
        id="act-p",
        name=person[0],
        role=person[1],
        country=person[2],
        aliases=[person[0].split()[-1]],
    )
    deal = Deal(
        id="deal-1",
        kind=DealKind.ARMS_SALE,
        title=f"{item} for {buyer[0]}",
        parties=[
            DealParty(actor_id="act-s", role=PartyRole.SELLER),
            DealParty(actor_id="act-b", role=PartyRole.BUYER),
        ],
        items=[DealItem(designation=item, quantity=rng.randint(2, 40))],
        value=Money(amount=Decimal(rng.randint(1, 90)) * 10**8, currency="USD"),
    )
    likelihood = rng.choice(list(Likelihood))
    return Brief(
        id=f"brief-{i:06d}",
        header=Header(title=f"{buyer[0]} to buy {item} from {seller[0]} ({i})", date=day),
        marking=marking or Marking(scheme=MarkingScheme.TLP, level=rng.choice(["GREEN", "AMBER"])),
        bluf=f"{buyer[0]} is set to buy {item} from {seller[0]}; {person[0]} leads talks.",
        background=text,
        actors=[a_seller, a_buyer, a_person],
        deals=[deal],
        places=[Place(id="plc-1", name=f"{buyer[0]} capital", country=buyer[1])],
        significance=Significance(
            judgments=[
                KeyJudgment(
                    id="kj-1",
                    statement=f"{buyer[0]} will take delivery of the {item} within a year.",
                    likelihood=likelihood,
                    rationale="Budget approved." if i % 2 else "",
                )
            ]
        ),
        sources=[
            Source(
                id="src-1",
                outlet=outlet,
                title=f"{outlet} report {i}",
                text=article,
                reliability="B",
                credibility=2,
                published=day,
            )
        ],
    )


def write_brief(folder: Path, brief: Brief, name: str | None = None) -> Path:
    path = folder / (name or f"{brief.id}.brief")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(brief), encoding="utf-8")
    return path


def write_many(folder: Path, count: int, start: int = 0) -> list[Path]:
    return [
        write_brief(folder / f"y{(start + i) // 1000:02d}", make_brief(start + i))
        for i in range(count)
    ]
