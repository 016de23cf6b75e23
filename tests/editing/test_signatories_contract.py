"""A deal signed alike carries its partners in ``signatories`` (round 19): accepting it in the
window, drafting it and reading an old reading without the field (newcomer18 N18-02: the embassy
note's joint venture was drafted with no parties and a BLUF naming nobody)."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.editing.accept import add_deal, deal_title
from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract.results import (
    ActorSuggestion,
    DealSuggestion,
    Extraction,
    MoneySuggestion,
    Reason,
)
from briefdesk.model import Brief, Source
from briefdesk.model.codes import ActorType, DealStatus, PartyRole

TEXT = (
    "Japan's Torvik Gas Corporation signed a $1.3 billion joint venture agreement with the "
    "state-owned Lanh Hai Gas Corporation and Orvane Energy on 6 November to build a terminal.\n"
)
NAMES = ("Torvik Gas Corporation", "Lanh Hai Gas Corporation", "Orvane Energy")


def _at(words: str) -> list[tuple[int, int]]:
    start = TEXT.index(words)
    return [(start, start + len(words))]


def _reading(partners: int) -> tuple[DealSuggestion, Extraction]:
    actors = [ActorSuggestion(n, ActorType.ORGANIZATION, evidence=_at(n)) for n in NAMES]
    deal = DealSuggestion(
        kind="joint_venture",  # type: ignore[arg-type]
        item="terminal",
        value=MoneySuggestion(Decimal("1300000000"), "USD", "$1.3 billion"),
        status=DealStatus.SIGNED,
        evidence=_at(TEXT.strip()),
        signatories=list(NAMES[:partners]),
        signatory_keys=[a.key for a in actors[:partners]],
        why=[Reason("signatory.cue", "partners who signed it alike")] if partners else [],
    )
    return deal, Extraction(actors=actors, deals=[deal])


def _sides(brief: Brief) -> list[tuple[str, PartyRole]]:
    names = {a.id: a.name for a in brief.actors}
    return [(names[p.actor_id], p.role) for p in brief.deals[-1].parties]


def test_accepting_a_venture_adds_its_partners_as_signatories() -> None:
    deal, reading = _reading(3)
    brief = Brief(sources=[Source(text=TEXT)])
    add_deal(brief, deal, reading, brief.sources[0])
    assert _sides(brief) == [(name, PartyRole.SIGNATORY) for name in NAMES]
    assert all(a.evidence for a in brief.actors)  # the reading's own actors, with their words
    assert deal_title(deal) == "Terminal"
    assert deal_title(DealSuggestion(kind="mou", signatories=["A Co", "B Co"])) == (  # type: ignore[arg-type]
        "MoU between A Co and B Co"
    )


def test_the_draft_names_every_partner() -> None:
    _deal, reading = _reading(3)
    brief = Brief(sources=[Source(id="src-1", text=TEXT)])
    drafted = apply_edits(brief, draft(brief, "src-1", reading))
    assert _sides(drafted) == [(name, PartyRole.SIGNATORY) for name in NAMES]
    # Round 20 (N19-02): all three, the BLUF and the title alike.
    three = "Torvik Gas Corporation, Lanh Hai Gas Corporation and Orvane Energy"
    assert drafted.bluf.startswith(f"{three} have signed")
    assert drafted.header.title.startswith(f"Joint venture between {three}")


def test_a_reading_without_signatories_is_as_before() -> None:
    deal, reading = _reading(0)
    assert "signatories" not in deal.to_json() and deal.label == "terminal $1.3 billion"
    brief = Brief(sources=[Source(id="src-1", text=TEXT)])
    drafted = apply_edits(brief, draft(brief, "src-1", reading))
    assert drafted.deals[0].parties == []
    old = DealSuggestion(kind="joint_venture")  # type: ignore[arg-type]  # made before the field
    assert old.signatories == [] and old.signatory_keys == []
    assert _reading(2)[0].to_json()["signatories"] == list(NAMES[:2])
