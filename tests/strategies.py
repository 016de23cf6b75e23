"""Hypothesis strategies that build any valid brief, including evidence spans into its sources."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from briefdesk.model import (
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
    TLP_LEVELS,
    UK_LEVELS,
    ActorType,
    BriefKind,
    BriefStatus,
    Confidence,
    DealKind,
    DealStatus,
    Likelihood,
    PartyRole,
    SourceKind,
)

# Any Unicode except lone surrogates, which UTF-8 cannot carry.
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
long_texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
names = texts.filter(lambda s: len(s) >= 1)
_times = st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2200, 12, 31), timezones=st.just(dt.UTC))
dates = st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
countries = st.sampled_from(["", "PK", "AZ", "CN", "CL", "KR", "FR", "NG", "BR"])
currencies = st.sampled_from(["USD", "EUR", "PKR", "GBP", "JPY", "INR", "CNY"])
amounts = st.decimals(
    min_value=0, max_value=10**15, allow_nan=False, allow_infinity=False, places=6
)

markings = st.one_of(
    st.builds(Marking, scheme=st.just("none"), level=st.just(""), caveats=texts),
    st.builds(Marking, scheme=st.just("tlp"), level=st.sampled_from(TLP_LEVELS), caveats=texts),
    st.builds(Marking, scheme=st.just("uk"), level=st.sampled_from(UK_LEVELS), caveats=texts),
    st.builds(Marking, scheme=st.just("custom"), level=names.filter(str.strip), caveats=texts),
)

headers = st.builds(
    Header,
    title=texts,
    subject=texts,
    kind=st.sampled_from(BriefKind),
    status=st.sampled_from(BriefStatus),
    date=dates,
    critical_date=dates,
    critical_reason=texts,
    to=texts,
    through=texts,
    from_=st.builds(Person, name=texts, title=texts, unit=texts, phone=texts, email=texts),
    cleared_by=texts,
    file_number=texts,
)


@st.composite
def sources(draw: st.DrawFn, index: int) -> Source:
    return Source(
        id=f"src-{index}",
        kind=draw(st.sampled_from(SourceKind)),
        title=draw(texts),
        outlet=draw(texts),
        author=draw(texts),
        url=draw(st.sampled_from(["", "https://example.org/a", "http://news.example/x?y=1"])),
        published=draw(dates),
        accessed=draw(dates),
        text=draw(long_texts),
        reliability=draw(st.sampled_from("ABCDEF")),
        credibility=draw(st.integers(1, 6)),
        notes=draw(texts),
    )


@st.composite
def evidence(draw: st.DrawFn, pool: list[Source]) -> list[Span]:
    if not pool:
        return []
    spans = []
    for _ in range(draw(st.integers(0, 2))):
        source = draw(st.sampled_from(pool))
        start = draw(st.integers(0, len(source.text)))
        end = draw(st.integers(start, len(source.text)))
        spans.append(Span(source_id=source.id, start=start, end=end, quote=source.text[start:end]))
    return spans


@st.composite
def briefs(draw: st.DrawFn) -> Brief:
    pool = [draw(sources(i)) for i in range(draw(st.integers(0, 3)))]
    actors = [
        Actor(
            id=f"act-{i}",
            type=draw(st.sampled_from(ActorType)),
            name=draw(names),
            aliases=draw(st.lists(texts, max_size=2)),
            role=draw(texts),
            affiliation=draw(texts),
            country=draw(countries),
            stance=draw(texts),
            note=draw(texts),
            evidence=draw(evidence(pool)),
        )
        for i in range(draw(st.integers(0, 4)))
    ]
    actor_ids = [a.id for a in actors]
    deals = [
        Deal(
            id=f"deal-{i}",
            kind=draw(st.sampled_from(DealKind)),
            title=draw(texts),
            parties=[
                DealParty(actor_id=actor_id, role=draw(st.sampled_from(PartyRole)))
                for actor_id in draw(st.lists(st.sampled_from(actor_ids), max_size=3))
            ]
            if actor_ids
            else [],
            items=[
                DealItem(
                    designation=draw(texts),
                    category=draw(texts),
                    quantity=draw(st.none() | st.integers(0, 10**6)),
                    evidence=draw(evidence(pool)),
                )
                for _ in range(draw(st.integers(0, 2)))
            ],
            value=draw(
                st.none()
                | st.builds(
                    Money,
                    amount=amounts,
                    currency=currencies,
                    as_stated=texts,
                    estimate=st.booleans(),
                    evidence=evidence(pool),
                )
            ),
            dates=DealDates(announced=draw(dates), signed=draw(dates), delivery=draw(texts)),
            status=draw(st.sampled_from(DealStatus)),
            note=draw(texts),
            evidence=draw(evidence(pool)),
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    judgments = [
        KeyJudgment(
            id=f"kj-{i}",
            statement=draw(texts),
            likelihood=draw(st.none() | st.sampled_from(Likelihood)),
            confidence=draw(st.none() | st.sampled_from(Confidence)),
            rationale=draw(texts),
            indicators=draw(st.lists(texts, max_size=2)),
            evidence=draw(evidence(pool)),
        )
        for i in range(draw(st.integers(0, 3)))
    ]
    return Brief(
        id="brief-1",
        created=draw(_times),
        modified=draw(_times),
        header=draw(headers),
        marking=draw(markings),
        bluf=draw(long_texts),
        purpose=draw(texts),
        background=draw(long_texts),
        current_status=draw(texts),
        considerations=draw(texts),
        options=[
            Option(
                id=f"opt-{i}",
                label=draw(texts),
                description=draw(texts),
                pros=draw(st.lists(texts, max_size=2)),
                cons=draw(st.lists(texts, max_size=2)),
            )
            for i in range(draw(st.integers(0, 2)))
        ],
        recommendations=[
            Recommendation(
                id=f"rec-{i}",
                text=draw(texts),
                choices=draw(st.lists(texts, max_size=3)),
                due_by=draw(dates),
            )
            for i in range(draw(st.integers(0, 2)))
        ],
        actors=actors,
        deals=deals,
        places=[
            Place(
                id=f"plc-{i}",
                name=draw(names),
                country=draw(countries),
                evidence=draw(evidence(pool)),
            )
            for i in range(draw(st.integers(0, 2)))
        ],
        significance=Significance(
            judgments=judgments,
            implications=draw(
                st.lists(st.builds(Implication, domain=texts, text=texts), max_size=2)
            ),
            outlook=draw(texts),
        ),
        sources=pool,
        notes=draw(texts),
    )
