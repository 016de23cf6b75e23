"""Generate the built-in sample brief (``src/briefdesk/resources/samples/sample.brief``).

Everything in it is fictional: the people, the deal and both source texts were written for
BriefDesk. Evidence spans are located by searching their quotes, so editing an article here and
re-running the script keeps every span correct. Run: ``python resources/make_sample_brief.py``.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefdesk.model import (  # noqa: E402
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
from briefdesk.model.fileformat import dumps  # noqa: E402
from briefdesk.model.ids import sequential_ids  # noqa: E402

OUT = ROOT / "src" / "briefdesk" / "resources" / "samples" / "sample.brief"

WIRE_TEXT = """\
SANTIAGO, March 3 (Pacific Defence Wire) - Chile has agreed to buy 18 FA-50 Block 20 light \
combat aircraft from South Korea in a deal worth $1.1 billion, Defence Minister Marcela Fuentes \
said on Tuesday, as Santiago moves to replace its ageing fleet of F-5 fighters.

The government-to-government agreement was signed in Santiago by Fuentes and Lee Seo-yeon, \
Minister of South Korea's Defense Acquisition Program Administration (DAPA), during a two-day \
visit by a Korean delegation. The aircraft are built by Korea Aerospace Industries (KAI). \
Deliveries are expected to begin in 2028 and run through 2030.

"This is the largest modernisation of our air force in two decades," Fuentes told reporters at \
the Ministry of National Defence. She said the package included pilot training, spare parts and \
a maintenance centre at Cerrillos.

KAI chief executive Kim Dong-hyun said the sale was the company's first combat-aircraft order in \
South America and would "open a new market for Korean aerospace". Under the contract, ENAER, the \
Chilean state aircraft maker, will assemble parts of the rear fuselage locally.

The FA-50 beat offers from Sweden's Saab and Italy's Leonardo, according to two officials \
familiar with the tender. Argentina's defence ministry declined to comment.

Analysts said the purchase would give Chile a supersonic trainer that can also fly light attack \
missions, but warned that the financing terms had not been disclosed. Congress must still approve \
a supplementary budget of about 410 billion pesos for the first tranche.
"""

STATEMENT_TEXT = """\
Ministry of National Defence - Press release, 3 March 2026

Chile and the Republic of Korea sign agreement for FA-50 aircraft

The Minister of National Defence, Marcela Fuentes, and the Minister of the Defense Acquisition \
Program Administration of the Republic of Korea, Lee Seo-yeon, today signed a \
government-to-government agreement for the acquisition of eighteen (18) FA-50 Block 20 aircraft \
for the Chilean Air Force (FACh).

The agreement covers the aircraft, an integrated logistics support package for ten years, \
training for 24 pilots and 60 technicians, and the transfer of technology to the Empresa \
Nacional de Aeronáutica (ENAER).

The first two aircraft will arrive in Chile in the second half of 2028. The FACh will station \
the new squadron at Cerro Moreno Air Base in Antofagasta.

The Government will submit the financing of the first tranche to the National Congress in April.
"""


def span(source: Source, quote: str, occurrence: int = 1) -> Span:
    """Evidence for ``quote``: its ``occurrence``-th appearance in the source text."""
    start = -1
    for _ in range(occurrence):
        start = source.text.index(quote, start + 1)
    return Span(source_id=source.id, start=start, end=start + len(quote), quote=quote)


def build() -> Brief:
    with sequential_ids():
        wire = Source(
            kind="news",
            title="Chile to buy 18 Korean FA-50 jets in $1.1 billion deal",
            outlet="Pacific Defence Wire",
            author="Ana Morales",
            url="https://news.example.org/pdw/2026/03/03/chile-fa-50",
            published=dt.date(2026, 3, 3),
            accessed=dt.date(2026, 3, 4),
            language="en",
            text=WIRE_TEXT,
            reliability="B",
            credibility=2,
        )
        statement = Source(
            kind="official_statement",
            title="Chile and the Republic of Korea sign agreement for FA-50 aircraft",
            outlet="Ministry of National Defence (Chile)",
            url="https://www.example.gob/defensa/prensa/2026-03-03-fa50",
            published=dt.date(2026, 3, 3),
            accessed=dt.date(2026, 3, 4),
            language="en",
            text=STATEMENT_TEXT,
            reliability="A",
            credibility=1,
        )
        chile = Actor(
            type="state",
            name="Chile",
            country="CL",
            role="Buyer",
            stance="Modernising its air force; first Korean combat aircraft",
            evidence=[span(wire, "Chile has agreed to buy")],
        )
        korea = Actor(
            type="state",
            name="South Korea",
            aliases=["Republic of Korea"],
            country="KR",
            role="Seller (government-to-government)",
            stance="Expanding defence exports beyond Asia and Europe",
            evidence=[span(wire, "South Korea", 1), span(statement, "Republic of Korea", 1)],
        )
        kai = Actor(
            type="organization",
            name="Korea Aerospace Industries",
            aliases=["KAI"],
            country="KR",
            role="Manufacturer",
            affiliation="South Korea",
            evidence=[span(wire, "Korea Aerospace Industries (KAI)")],
        )
        dapa = Actor(
            type="organization",
            name="Defense Acquisition Program Administration",
            aliases=["DAPA"],
            country="KR",
            role="Korean procurement agency",
            affiliation="South Korea",
            evidence=[span(wire, "Defense Acquisition Program Administration (DAPA)")],
        )
        fuentes = Actor(
            type="person",
            name="Marcela Fuentes",
            aliases=["Fuentes"],
            role="Minister of National Defence",
            affiliation="Chile",
            country="CL",
            stance="Champion of the purchase",
            evidence=[span(wire, "Defence Minister Marcela Fuentes")],
        )
        lee = Actor(
            type="person",
            name="Lee Seo-yeon",
            role="Minister, Defense Acquisition Program Administration",
            affiliation="Defense Acquisition Program Administration",
            country="KR",
            evidence=[span(wire, "Lee Seo-yeon")],
        )
        kim = Actor(
            type="person",
            name="Kim Dong-hyun",
            role="Chief executive",
            affiliation="Korea Aerospace Industries",
            country="KR",
            evidence=[span(wire, "KAI chief executive Kim Dong-hyun")],
        )
        enaer = Actor(
            type="organization",
            name="Empresa Nacional de Aeronáutica",
            aliases=["ENAER"],
            country="CL",
            role="Local assembly partner",
            affiliation="Chile",
            evidence=[span(statement, "Empresa Nacional de Aeronáutica (ENAER)")],
        )
        lee = lee.model_copy(update={"affiliation_id": dapa.id})
        kim = kim.model_copy(update={"affiliation_id": kai.id})
        fuentes = fuentes.model_copy(update={"affiliation_id": chile.id})

        deal = Deal(
            kind="arms_sale",
            title="Chile's FA-50 purchase",
            parties=[
                DealParty(actor_id=chile.id, role="buyer"),
                DealParty(actor_id=korea.id, role="seller"),
                DealParty(actor_id=kai.id, role="seller"),
            ],
            items=[
                DealItem(
                    designation="FA-50 Block 20",
                    category="Light combat aircraft",
                    quantity=18,
                    evidence=[span(wire, "18 FA-50 Block 20 light combat aircraft")],
                ),
                DealItem(
                    designation="Integrated logistics support (10 years), training",
                    category="Support package",
                    evidence=[span(statement, "an integrated logistics support package for ten")],
                ),
            ],
            value=Money(
                amount=Decimal("1100000000"),
                currency="USD",
                as_stated="$1.1 billion",
                evidence=[span(wire, "$1.1 billion")],
            ),
            dates=DealDates(
                announced=dt.date(2026, 3, 3), signed=dt.date(2026, 3, 3), delivery="2028-2030"
            ),
            status="signed",
            note="First tranche needs 410 billion pesos more.",
            evidence=[span(statement, "today signed a")],
        )

        places = [
            Place(name="Santiago", country="CL", evidence=[span(wire, "Santiago", 1)]),
            Place(name="Cerrillos", country="CL", evidence=[span(wire, "Cerrillos")]),
            Place(
                name="Cerro Moreno Air Base, Antofagasta",
                country="CL",
                evidence=[span(statement, "Cerro Moreno Air Base in Antofagasta")],
            ),
        ]

        significance = Significance(
            judgments=[
                KeyJudgment(
                    statement="The sale will likely make the FA-50 the front-runner in other "
                    "South American light-fighter tenders.",
                    likelihood="likely",
                    confidence="moderate",
                    rationale="First Korean combat-aircraft sale in the region, won against "
                    "Swedish and Italian offers; local assembly offers an industrial model "
                    "neighbours have asked for.",
                    indicators=[
                        "Peru or Colombia invite KAI to a light-fighter tender",
                        "KAI opens a regional support office in Santiago",
                    ],
                    evidence=[
                        span(wire, "The FA-50 beat offers from Sweden's Saab and Italy's Leonardo"),
                        span(wire, "first combat-aircraft order in South America"),
                    ],
                ),
                KeyJudgment(
                    statement="Congress will very likely approve funding for the first tranche "
                    "in April.",
                    likelihood="very_likely",
                    confidence="moderate",
                    rationale="The government holds a working majority on defence votes and the "
                    "F-5 fleet is near the end of its life.",
                    indicators=["Budget committee schedules the supplementary vote"],
                    evidence=[span(statement, "submit the financing of the first tranche")],
                ),
                KeyJudgment(
                    statement="Argentina is unlikely to announce a matching fighter purchase "
                    "in 2026.",
                    likelihood="unlikely",
                    confidence="low",
                    rationale="Fiscal constraints; its defence ministry declined to comment.",
                    indicators=["Argentine officials visit KAI or Saab"],
                    evidence=[span(wire, "Argentina's defence ministry declined to comment")],
                ),
            ],
            implications=[
                Implication(
                    domain="Defence industry",
                    text="Korean suppliers gain a reference customer in South America; "
                    "European competitors lose a long-standing market.",
                ),
                Implication(
                    domain="Regional security",
                    text="Chile regains a modern light-attack capability by 2030.",
                ),
            ],
            outlook="Watch the April budget vote and any follow-on tender in Peru or Colombia.",
        )

        return Brief(
            id="sample-chile-fa50",
            created=dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC),
            modified=dt.datetime(2026, 3, 4, 11, 30, tzinfo=dt.UTC),
            header=Header(
                title="Chile buys 18 Korean FA-50 light combat jets for $1.1 billion",
                subject="Arms sale: South Korea to Chile",
                kind="information",
                status="draft",
                date=dt.date(2026, 3, 4),
                critical_date=dt.date(2026, 4, 15),
                critical_reason="Chilean Congress votes on first-tranche funding",
                to="Director, Americas Division",
                through="Head, Defence Exports Unit",
                **{
                    "from": Person(
                        name="Sam Okafor",
                        title="Desk Officer",
                        unit="Latin America Desk",
                        phone="+44 20 7946 0123",
                        email="sam.okafor@example.org",
                    )
                },
                cleared_by="R. Lindqvist, Deputy Head, Americas Division",
                file_number="LATAM/DEF/2026/014",
            ),
            marking=Marking(scheme="tlp", level="AMBER", caveats=""),
            bluf="Chile has signed a **$1.1 billion** government-to-government deal for "
            "18 South Korean FA-50 Block 20 light combat jets, Korea's first combat-aircraft "
            "sale in South America. Deliveries run 2028-2030; Congress must still fund the "
            "first tranche.",
            purpose="To inform the Director of the FA-50 sale and its likely effect on "
            "regional defence markets.",
            background="- Chile's F-5 fighters date from the 1970s and are due to retire by 2029.\n"
            "- The Chilean Air Force ran a light-fighter competition in 2025.\n"
            "- South Korea has sold FA-50s to Poland, Malaysia and the Philippines.",
            current_status="Defence Minister Marcela Fuentes and DAPA Minister Lee Seo-yeon "
            "signed the agreement in Santiago on 3 March. The package includes ten years of "
            "logistics support, training for 24 pilots and 60 technicians, and technology "
            "transfer to ENAER. The first two aircraft arrive in the second half of 2028.",
            considerations="1. Financing terms are undisclosed; a Korean export credit is "
            "*possible*.\n2. Local assembly at ENAER may become the model for neighbouring "
            "buyers.\n3. Our own industry lost the tender; expect questions from ministers.",
            options=[
                Option(
                    label="A. Note and monitor",
                    description="Track the April budget vote and follow-on tenders.",
                    pros=["No resource cost"],
                    cons=["No influence on follow-on tenders"],
                ),
                Option(
                    label="B. Engage Seoul on regional export policy",
                    description="Raise Korean export plans in the May defence dialogue.",
                    pros=["Early view of Korean intentions in the region"],
                    cons=["May be read as commercial lobbying"],
                ),
            ],
            recommendations=[
                Recommendation(
                    text="Note this brief and agree Option A, reviewing after the April vote.",
                    choices=["Agree", "Disagree", "Discuss"],
                    due_by=dt.date(2026, 3, 11),
                ),
            ],
            actors=[chile, korea, kai, dapa, fuentes, lee, kim, enaer],
            deals=[deal],
            places=places,
            significance=significance,
            sources=[wire, statement],
            notes="All names, texts and figures in this sample are fictional.",
        )


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(dumps(build()), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
