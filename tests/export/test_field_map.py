"""The field map: each built-in prints exactly the brief fields docs/templates.md says it prints.

Every field of the model gets a unique marker; the table in docs/templates.md ("Field map") says
for each built-in where the field is printed or "—" for not printed. A new model field with no
row here fails, so a field no template prints is a visible decision, not an accident.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.export.registry import BUILTIN_IDS
from briefdesk.export.render import render_docx_bytes
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
)
from briefdesk.model.codes import (
    ActorType,
    BriefKind,
    BriefStatus,
    Confidence,
    DealKind,
    DealStatus,
    Likelihood,
    MarkingScheme,
    PartyRole,
    SourceKind,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "templates.md"


def _m(name: str) -> str:
    return f"Zq{name}Zq"


# field path in docs/templates.md → the text that shows it was printed
EXPECTED: dict[str, str] = {
    "header.title": _m("title"),
    "header.subject": _m("subject"),
    "header.kind": "for decision",
    "header.status": "final",
    "header.date": "11 January 2031",
    "header.critical_date": "12 January 2031",
    "header.critical_reason": _m("reason"),
    "header.to": _m("to"),
    "header.through": _m("through"),
    "header.from.name": _m("fromname"),
    "header.from.title": _m("fromtitle"),
    "header.from.unit": _m("fromunit"),
    "header.from.phone": _m("phone"),
    "header.from.email": _m("email"),
    "header.cleared_by": _m("cleared"),
    "header.file_number": _m("file"),
    "marking": f"TLP:RED {_m('caveat')}",
    "bluf": _m("bluf"),
    "purpose": _m("purpose"),
    "background": _m("background"),
    "current_status": _m("current"),
    "considerations": _m("considerations"),
    "notes": _m("notes"),
    "options[].label": _m("optlabel"),
    "options[].description": _m("optdesc"),
    "options[].pros": _m("pro"),
    "options[].cons": _m("con"),
    "recommendations[].text": _m("rectext"),
    "recommendations[].choices": _m("choice"),
    "recommendations[].due_by": "13 January 2031",
    "actors[].type": "international organisation",
    "actors[].name": _m("actorname"),
    "actors[].aliases": _m("alias"),
    "actors[].role": _m("actorrole"),
    "actors[].affiliation": _m("affiliation"),
    "actors[].country": "new zealand",
    "actors[].stance": _m("stance"),
    "actors[].note": _m("actornote"),
    "deals[].kind": "licensed production",
    "deals[].title": _m("dealtitle"),
    "deals[].parties[].role": "guarantor",
    "deals[].items[].designation": _m("designation"),
    "deals[].items[].category": _m("category"),
    "deals[].items[].quantity": "77 ×",
    "deals[].value.amount": "987",
    "deals[].value.currency": "chf",
    "deals[].value.as_stated": _m("stated"),
    "deals[].value.estimate": "estimate",
    "deals[].dates.announced": "14 January 2031",
    "deals[].dates.signed": "15 January 2031",
    "deals[].dates.delivery": _m("delivery"),
    "deals[].status": "in delivery",
    "deals[].note": _m("dealnote"),
    "places[].name": _m("place"),
    "places[].country": "iceland",
    "places[].note": _m("placenote"),
    "judgments[].statement": _m("statement"),
    "judgments[].likelihood": "roughly even chance (45",
    "judgments[].confidence": "high confidence",
    "judgments[].rationale": _m("rationale"),
    "judgments[].indicators": _m("indicator"),
    "implications[].domain": _m("domain"),
    "implications[].text": _m("implication"),
    "outlook": _m("outlook"),
    "sources[].kind": "social",
    "sources[].title": _m("srctitle"),
    "sources[].outlet": _m("outlet"),
    "sources[].author": _m("author"),
    "sources[].url": "https://zqurl.example/path",
    "sources[].published": "16 January 2031",
    "sources[].accessed": "17 January 2031",
    "sources[].language": _m("lang"),
    "sources[].filename": "zqfilename",
    "sources[].text": _m("sourcetext"),
    "sources[].grade": "grade c3",
    "sources[].notes": _m("srcnotes"),
}


def marker_brief() -> Brief:
    """A brief with one of everything, every value unique and findable."""
    day = dt.date(2031, 1, 11)
    international = Actor(
        id="act-1",
        type=ActorType.INTERNATIONAL_ORGANIZATION,
        name=_m("actorname"),
        aliases=[_m("alias")],
        role=_m("actorrole"),
        affiliation=_m("affiliation"),
        country="NZ",
        stance=_m("stance"),
        note=_m("actornote"),
    )
    return Brief(
        header=Header(
            title=_m("title"),
            subject=_m("subject"),
            kind=BriefKind.DECISION,
            status=BriefStatus.FINAL,
            date=day,
            critical_date=day + dt.timedelta(days=1),
            critical_reason=_m("reason"),
            to=_m("to"),
            through=_m("through"),
            from_=Person(
                name=_m("fromname"),
                title=_m("fromtitle"),
                unit=_m("fromunit"),
                phone=_m("phone"),
                email=_m("email"),
            ),
            cleared_by=_m("cleared"),
            file_number=_m("file"),
        ),
        marking=Marking(scheme=MarkingScheme.TLP, level="RED", caveats=_m("caveat")),
        bluf=_m("bluf"),
        purpose=_m("purpose"),
        background=_m("background"),
        current_status=_m("current"),
        considerations=_m("considerations"),
        notes=_m("notes"),
        options=[
            Option(
                label=_m("optlabel"), description=_m("optdesc"), pros=[_m("pro")], cons=[_m("con")]
            )
        ],
        recommendations=[
            Recommendation(
                text=_m("rectext"), choices=[_m("choice")], due_by=day + dt.timedelta(days=2)
            )
        ],
        actors=[international],
        deals=[
            Deal(
                kind=DealKind.LICENSED_PRODUCTION,
                title=_m("dealtitle"),
                parties=[DealParty(actor_id="act-1", role=PartyRole.GUARANTOR)],
                items=[
                    DealItem(designation=_m("designation"), category=_m("category"), quantity=77)
                ],
                value=Money(
                    amount=Decimal("987654321"),
                    currency="CHF",
                    as_stated=_m("stated"),
                    estimate=True,
                ),
                dates=DealDates(
                    announced=day + dt.timedelta(days=3),
                    signed=day + dt.timedelta(days=4),
                    delivery=_m("delivery"),
                ),
                status=DealStatus.IN_DELIVERY,
                note=_m("dealnote"),
            )
        ],
        places=[Place(name=_m("place"), country="IS", note=_m("placenote"))],
        significance=Significance(
            judgments=[
                KeyJudgment(
                    statement=_m("statement"),
                    likelihood=Likelihood.ROUGHLY_EVEN_CHANCE,
                    confidence=Confidence.HIGH,
                    rationale=_m("rationale"),
                    indicators=[_m("indicator")],
                )
            ],
            implications=[Implication(domain=_m("domain"), text=_m("implication"))],
            outlook=_m("outlook"),
        ),
        sources=[
            Source(
                kind=SourceKind.SOCIAL,
                title=_m("srctitle"),
                outlet=_m("outlet"),
                author=_m("author"),
                url="https://zqurl.example/path",
                published=day + dt.timedelta(days=5),
                accessed=day + dt.timedelta(days=6),
                language=_m("lang"),
                filename="zqfilename.txt",
                # the value's words are the source's: only a source's words are "stated as"
                text=f"{_m('sourcetext')} {_m('stated')}",
                reliability="C",
                credibility=3,
                notes=_m("srcnotes"),
            )
        ],
    )


def field_map() -> dict[str, dict[str, bool]]:
    """The "Field map" table of docs/templates.md: field → {template id: printed?}."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Field map", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, dict[str, bool]] = {}
    for line in section.splitlines():
        match = re.match(r"^\| `([^`]+)` \|(.*)\|\s*$", line)
        if match:
            cells = [c.strip() for c in match.group(2).split("|")]
            rows[match.group(1)] = {
                t: cell not in ("—", "") for t, cell in zip(BUILTIN_IDS, cells, strict=True)
            }
    return rows


def printed_text(data: bytes) -> str:
    """Everything a reader sees: text of body, headers, footers, and link addresses."""
    chunks = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name):
                xml = archive.read(name).decode("utf-8")
                for paragraph in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
                    chunks.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", paragraph)))
            elif name.endswith(".rels") and name.startswith("word/"):
                chunks += re.findall(r'Target="(https?://[^"]+)"', archive.read(name).decode())
    return "\n".join(chunks).replace("\u00a0", " ").replace("\u2060", "").replace("&amp;", "&")


def test_every_model_field_has_a_row_in_the_field_map() -> None:
    assert set(field_map()) == set(EXPECTED)


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_builtin_prints_exactly_what_its_field_map_promises(template_id: str) -> None:
    text = printed_text(render_docx_bytes(marker_brief(), template_id)).lower()
    wrong = []
    for field, columns in field_map().items():
        shown = EXPECTED[field].lower() in text
        if shown != columns[template_id]:
            wrong.append(f"{field}: {'printed' if shown else 'missing'}")
    assert wrong == []
