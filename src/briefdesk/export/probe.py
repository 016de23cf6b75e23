"""Two briefs for dry-running a template: one with every field filled, one with nothing.

Template checks render both, so a tag that only fails on an empty list or only on a filled-in
value is found before a user's real brief hits it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from briefdesk.model.brief import (
    Actor,
    Brief,
    Deal,
    DealDates,
    DealItem,
    DealParty,
    Header,
    Implication,
    KeyJudgment,
    Marking,
    Money,
    Option,
    Person,
    Place,
    Recommendation,
    Significance,
    Source,
    Span,
)
from briefdesk.model.codes import (
    ActorType,
    BriefKind,
    Confidence,
    DealKind,
    DealStatus,
    Likelihood,
    MarkingScheme,
    PartyRole,
)

_TEXT = "Probe source text: Alpha sold 12 gliders to Beta for $1.5 million."
_PROSE = (
    "Probe paragraph with **bold** and *italic*.\n\n- a bullet\n- another\n\n1. first\n2. second"
)
_DAY = dt.date(2026, 1, 15)
_STAMP = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)


def full_brief() -> Brief:
    """A brief in which every field and every list has at least one entry."""
    span = Span(source_id="src-probe", start=19, end=24, quote=_TEXT[19:24])
    actors = [
        Actor(
            id=f"act-{t.value}",
            type=t,
            name=f"Probe {t.value}",
            aliases=["Alias"],
            role="Role",
            affiliation="Free text",
            country="FR",
            stance="Stance",
            note=_PROSE,
            evidence=[span],
        )
        for t in ActorType
    ]
    actors[0].affiliation_id = actors[1].id
    return Brief(
        id="brief-probe",
        created=_STAMP,
        modified=_STAMP,
        header=Header(
            title="Probe title",
            subject="Probe subject",
            kind=BriefKind.DECISION,
            date=_DAY,
            critical_date=_DAY,
            critical_reason="Reason",
            to="To",
            through="Through",
            from_=Person(name="Name", title="Title", unit="Unit", phone="1", email="a@b.c"),
            cleared_by="Cleared",
            file_number="F-1",
        ),
        marking=Marking(scheme=MarkingScheme.TLP, level="AMBER", caveats="Caveat"),
        bluf=_PROSE,
        purpose=_PROSE,
        background=_PROSE,
        current_status=_PROSE,
        considerations=_PROSE,
        notes=_PROSE,
        options=[
            Option(id="opt-probe", label="Option", description=_PROSE, pros=["Pro"], cons=["Con"])
        ],
        recommendations=[Recommendation(id="rec-probe", text=_PROSE, due_by=_DAY)],
        actors=actors,
        deals=[
            Deal(
                id="deal-probe",
                kind=DealKind.ARMS_SALE,
                title="Probe deal",
                parties=[
                    DealParty(actor_id=a.id, role=r)
                    for a, r in zip(actors, PartyRole, strict=False)
                ],
                items=[
                    DealItem(
                        designation="Glider", category="Aircraft", quantity=12, evidence=[span]
                    )
                ],
                value=Money(
                    amount=Decimal("1500000"),
                    currency="USD",
                    as_stated="$1.5 million",
                    estimate=True,
                    evidence=[span],
                ),
                dates=DealDates(announced=_DAY, signed=_DAY, delivery="2027"),
                status=DealStatus.SIGNED,
                note=_PROSE,
                evidence=[span],
            )
        ],
        places=[Place(id="plc-probe", name="Place", country="FR", note=_PROSE, evidence=[span])],
        significance=Significance(
            judgments=[
                KeyJudgment(
                    id="kj-probe",
                    statement="Statement",
                    likelihood=Likelihood.LIKELY,
                    confidence=Confidence.MODERATE,
                    rationale=_PROSE,
                    indicators=["Indicator"],
                    evidence=[span],
                )
            ],
            implications=[Implication(domain="Domain", text=_PROSE)],
            outlook=_PROSE,
        ),
        sources=[
            Source(
                id="src-probe",
                title="Probe",
                outlet="Outlet",
                author="Author",
                url="https://example.org/",
                published=_DAY,
                accessed=_DAY,
                language="en",
                text=_TEXT,
                reliability="B",
                credibility=2,
                notes=_PROSE,
            )
        ],
    )


def minimal_brief() -> Brief:
    """A brief with every optional field empty and every list empty."""
    return Brief(id="brief-empty", created=_STAMP, modified=_STAMP)
