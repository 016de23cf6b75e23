"""A rich, fictional arms-deal brief for export tests (deterministic ids and dates)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

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
from briefdesk.model.ids import sequential_ids

ARTICLE_1 = (
    "Karvonia has agreed to buy 24 Falcon-7 light fighter jets from Westmark Aerospace in a deal "
    "worth $1.6 billion, the Karvonian defence ministry said on Tuesday. Defence Minister Ilse "
    "Marrow signed the contract in Port Vell. Deliveries are due to start in 2028."
)
ARTICLE_2 = (
    "Officials in Daltria said the Falcon-7 sale to Karvonia would shift the regional air balance. "
    "Analysts expect Daltria to seek additional air-defence systems within a year."
)


def _span(source: Source, quote: str) -> Span:
    start = source.text.index(quote)
    return Span(source_id=source.id, start=start, end=start + len(quote), quote=quote)


def rich_brief() -> Brief:
    with sequential_ids():
        src1 = Source(
            title="Karvonia signs $1.6 billion jet deal",
            outlet="Harbour Times",
            author="J. Ostrander",
            url="https://example.org/karvonia-jets",
            published=dt.date(2026, 11, 17),
            accessed=dt.date(2026, 11, 18),
            language="en",
            text=ARTICLE_1,
            reliability="B",
            credibility=2,
        )
        src2 = Source(
            kind="official_statement",
            title="Daltrian foreign ministry briefing",
            outlet="Daltria MFA",
            published=dt.date(2026, 11, 19),
            language="en",
            text=ARTICLE_2,
            reliability="C",
            credibility=3,
        )
        karvonia = Actor(
            type=ActorType.STATE,
            name="Karvonia",
            country="FI",
            stance="Buyer; seeks air superiority",
            evidence=[_span(src1, "Karvonia has agreed to buy")],
        )
        westmark = Actor(
            type=ActorType.ORGANIZATION,
            name="Westmark Aerospace",
            aliases=["WMA"],
            role="Manufacturer",
            country="SE",
            stance="Seller",
        )
        marrow = Actor(
            type=ActorType.PERSON,
            name="Ilse Marrow",
            role="Defence Minister",
            affiliation_id=karvonia.id,
            country="FI",
            stance="Champion of the purchase",
            evidence=[_span(src1, "Defence Minister Ilse Marrow")],
        )
        daltria = Actor(
            type=ActorType.STATE,
            name="Daltria",
            country="EE",
            stance="Opposed; alarmed",
            evidence=[_span(src2, "Officials in Daltria")],
        )
        deal = Deal(
            kind=DealKind.ARMS_SALE,
            title="Falcon-7 fighter sale",
            parties=[
                DealParty(actor_id=karvonia.id, role=PartyRole.BUYER),
                DealParty(actor_id=westmark.id, role=PartyRole.SELLER),
            ],
            items=[
                DealItem(
                    designation="Falcon-7",
                    category="Light fighter aircraft",
                    quantity=24,
                    evidence=[_span(src1, "24 Falcon-7 light fighter jets")],
                )
            ],
            value=Money(
                amount=Decimal("1600000000"),
                currency="USD",
                as_stated="$1.6 billion",
                evidence=[_span(src1, "$1.6 billion")],
            ),
            dates=DealDates(
                announced=dt.date(2026, 11, 17), signed=dt.date(2026, 11, 17), delivery="from 2028"
            ),
            status=DealStatus.SIGNED,
            note="Financing terms were **not** disclosed.",
        )
        judgments = [
            KeyJudgment(
                statement="Daltria will seek new air-defence systems within 12 months",
                likelihood=Likelihood.LIKELY,
                confidence=Confidence.MODERATE,
                rationale="Daltrian officials framed the sale as a *threat*.",
                indicators=[
                    "Daltrian procurement tenders for air defence",
                    "High-level Daltrian visits to air-defence suppliers",
                ],
                evidence=[
                    _span(src2, "Analysts expect Daltria to seek additional air-defence systems")
                ],
            ),
            KeyJudgment(
                statement="Deliveries will begin on schedule in 2028",
                likelihood=Likelihood.ROUGHLY_EVEN_CHANCE,
                confidence=Confidence.LOW,
                indicators=["Westmark production-line announcements"],
                evidence=[_span(src1, "Deliveries are due to start in 2028")],
            ),
        ]
        return Brief(
            created=dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC),
            modified=dt.datetime(2026, 11, 20, 10, 30, tzinfo=dt.UTC),
            header=Header(
                title="Karvonia buys 24 Falcon-7 fighters from Westmark",
                subject="Regional arms transfer",
                kind=BriefKind.DECISION,
                date=dt.date(2026, 11, 20),
                critical_date=dt.date(2026, 11, 27),
                critical_reason="ministerial meeting",
                to="Director General, Policy",
                through="Head of Analysis",
                from_=Person(
                    name="A. Analyst",
                    title="Desk Officer",
                    unit="Regional Security",
                    phone="+1 555 0100",
                    email="a.analyst@example.org",
                ),
                cleared_by="B. Supervisor",
                file_number="BD-2026-0412",
            ),
            marking=Marking(scheme=MarkingScheme.TLP, level="AMBER"),
            bluf=(
                "Karvonia has signed a **USD 1.6 billion** deal for 24 Falcon-7 fighters "
                "from Westmark "
                "Aerospace. Daltria is *likely* to respond by buying air defence."
            ),
            purpose=(
                "To inform the Director General of the sale and seek a decision on outreach "
                "to Daltria."
            ),
            background=(
                "Karvonia has operated ageing fighters since the 1990s.\n\n"
                "- Previous tender collapsed in 2024\n- Budget rose 12% this year"
            ),
            current_status="The contract was signed on 17 November 2026 in Port Vell.",
            considerations=(
                "1. Regional stability\n2. Export-control obligations\n\n"
                "Other partners are watching."
            ),
            options=[
                Option(
                    label="Engage Daltria",
                    description="Offer a **confidence-building** dialogue.",
                    pros=["Reduces escalation risk"],
                    cons=["May be read as taking sides"],
                ),
                Option(
                    label="Monitor only",
                    description="No action beyond reporting.",
                    pros=["No cost"],
                    cons=["Cedes initiative"],
                ),
            ],
            recommendations=[
                Recommendation(
                    text="Approve outreach to Daltria (option 1).", due_by=dt.date(2026, 11, 27)
                )
            ],
            actors=[karvonia, westmark, marrow, daltria],
            deals=[deal],
            significance=Significance(
                judgments=judgments,
                implications=[
                    Implication(
                        domain="Regional security", text="Air balance shifts towards Karvonia."
                    )
                ],
                outlook="Expect Daltrian counter-moves in the first half of 2027.",
            ),
            sources=[src1, src2],
        )


@pytest.fixture
def brief() -> Brief:
    return rich_brief()


def build_template(
    path: Path, *paragraphs: str, header: str = "", table_rows: list[list[str]] | None = None
) -> Path:
    """A small .docx template written with python-docx, one paragraph per string."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table_rows:
        table = document.add_table(rows=0, cols=len(table_rows[0]))
        for cells in table_rows:
            row = table.add_row()
            for cell, text in zip(row.cells, cells, strict=True):
                cell.paragraphs[0].add_run(text)
    if header:
        document.sections[0].header.paragraphs[0].add_run(header)
    document.save(str(path))
    return path


@pytest.fixture
def make_template(tmp_path: Path) -> Callable[..., Path]:
    counter = iter(range(1, 1000))

    def make(*paragraphs: str, **kwargs: Any) -> Path:
        return build_template(tmp_path / f"template-{next(counter)}.docx", *paragraphs, **kwargs)

    return make
