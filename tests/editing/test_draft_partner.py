"""Round 20: a venture's partner the deal's sentence names only as "its Japanese partner" is
drafted as the one Japanese company the text names; any doubt leaves the deal as read."""

from __future__ import annotations

from briefdesk.editing.draft import draft
from briefdesk.editing.draft_partner import with_named_partner
from briefdesk.editing.edits import apply_edits
from briefdesk.extract.results import ActorSuggestion, DealSuggestion, Extraction
from briefdesk.model import Brief, Source
from briefdesk.model.codes import PartyRole

TEXT = (
    "Halong Shipbuilding and Tsurumi Heavy Industries of Japan have talked since March.\n\n"
    "Halong Shipbuilding signed a joint venture agreement with its Japanese partner on "
    "Tuesday to build patrol vessels.\n"
)
SENTENCE = TEXT[TEXT.index("Halong Shipbuilding signed") :].strip()


def _at(words: str, after: int = 0) -> list[tuple[int, int]]:
    start = TEXT.index(words, after)
    return [(start, start + len(words))]


def _org(name: str, country: str, after: int = 0) -> ActorSuggestion:
    return ActorSuggestion(name, "organization", country=country, evidence=_at(name, after))  # type: ignore[arg-type]


def _reading(*extra: ActorSuggestion, kind: str = "joint_venture") -> Extraction:
    second = TEXT.index(SENTENCE)
    actors = [
        _org("Halong Shipbuilding", "VN", second),
        _org("Tsurumi Heavy Industries", "JP"),
        *extra,
    ]
    deal = DealSuggestion(
        kind=kind,  # type: ignore[arg-type]
        item="patrol vessels",
        status="signed",  # type: ignore[arg-type]
        evidence=_at(SENTENCE),
    )
    return Extraction(actors=actors, deals=[deal])


def test_the_only_japanese_company_is_the_japanese_partner() -> None:
    brief = Brief(sources=[Source(id="src-1", text=TEXT)])
    drafted = apply_edits(brief, draft(brief, "src-1", _reading()))
    names = {a.id: a.name for a in drafted.actors}
    parties = [(names[p.actor_id], p.role) for p in drafted.deals[0].parties]
    assert parties == [
        ("Halong Shipbuilding", PartyRole.SIGNATORY),
        ("Tsurumi Heavy Industries", PartyRole.SIGNATORY),
    ]
    assert drafted.bluf.startswith(
        "Halong Shipbuilding and Tsurumi Heavy Industries have signed a joint-venture agreement"
    )
    assert drafted.header.title.startswith(
        "Joint venture between Halong Shipbuilding and Tsurumi Heavy Industries"
    )


def test_two_japanese_companies_leave_the_partner_unnamed() -> None:
    reading = _reading(ActorSuggestion("Kaito Gas", "organization", country="JP"))  # type: ignore[arg-type]
    deal = reading.deals[0]
    assert with_named_partner(deal, reading, TEXT) is deal


def test_a_deal_not_signed_alike_or_already_with_partners_is_left_alone() -> None:
    reading = _reading(kind="arms_sale")
    assert with_named_partner(reading.deals[0], reading, TEXT) is reading.deals[0]
    reading = _reading()
    named = with_named_partner(reading.deals[0], reading, TEXT)
    assert named is not None and named.signatories == [
        "Halong Shipbuilding",
        "Tsurumi Heavy Industries",
    ]
    assert with_named_partner(named, reading, TEXT) is named


def test_a_partner_named_in_apposition_wins_over_countries() -> None:
    text = (
        "Sentosa Energi signed a memorandum of understanding with its Korean partner on "
        "Wednesday to build a battery plant.\n\n"
        "The Korean partner, Daeil Chemical, will supply cells.\n"
    )
    start = text.index("Sentosa")
    actors = [
        ActorSuggestion(
            "Sentosa Energi", "organization", country="ID", evidence=[(start, start + 14)]
        ),  # type: ignore[arg-type]
        ActorSuggestion("Daeil Chemical", "organization"),  # type: ignore[arg-type]
        ActorSuggestion("Hanra Steel", "organization", country="KR"),  # type: ignore[arg-type]
    ]
    first = text.split("\n")[0]
    deal = DealSuggestion(kind="mou", evidence=[(0, len(first))])  # type: ignore[arg-type]
    named = with_named_partner(deal, Extraction(actors=actors, deals=[deal]), text)
    assert named is not None and named.signatories == ["Sentosa Energi", "Daeil Chemical"]
