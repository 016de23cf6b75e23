"""Round 22: a lease or charter is drafted, accepted and made from a selection as a deal of
the lease kind, its lessee and lessor named so (newcomer21 N21-02: the export said Buyer and
Seller for a lease). Made-up sentences only."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.editing.accept import accept_deal, deal_title
from briefdesk.editing.deal_act import as_lease, lease_kind, own_act
from briefdesk.editing.deal_from_text import deal_from_selection
from briefdesk.editing.deal_sentence import deal_sentence
from briefdesk.editing.draft import brief_title, draft
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.lease_terms import lease_term, with_term
from briefdesk.extract.results import DealSuggestion, Extraction, MoneySuggestion
from briefdesk.model import Brief, Source
from briefdesk.model.codes import DealKind, PartyRole

LEASE = (
    "Velmora leases jets\n\n"
    "The Velmoran Navy has signed a deal to lease three Corvid C-9 patrol jets from Brightwing "
    "Leasing for eight years, with an option to buy them in 2034. The deal is worth EUR 75 "
    "million.\n"
)
SALE = "The Velmoran Navy bought three Corvid C-9 patrol jets from Brightwing Leasing.\n"


def _deal(text: str, words: str, kind: str, **fields: object) -> DealSuggestion:
    start = text.index(words)
    return DealSuggestion(
        kind=kind,  # type: ignore[arg-type]
        item="Corvid C-9 patrol jets",
        quantity=3,
        buyer="Velmoran Navy",
        seller="Brightwing Leasing",
        value=MoneySuggestion(Decimal("75000000"), "EUR", "EUR 75 million"),
        status="signed",  # type: ignore[arg-type]
        evidence=[(start, start + len(words))],
        **fields,  # type: ignore[arg-type]
    )


def _lease(kind: str) -> DealSuggestion:
    return _deal(LEASE, LEASE.split("\n")[2].split(". ")[0], kind)


def _sides(brief: Brief, index: int = 0) -> dict[str, str]:
    names = {a.id: a.name for a in brief.actors}
    return {names[p.actor_id]: p.role.value for p in brief.deals[index].parties}


def test_a_lease_read_as_an_arms_sale_is_drafted_as_a_lease_with_lessee_and_lessor() -> None:
    brief = Brief(sources=[Source(id="src-1", text=LEASE)])
    drafted = apply_edits(brief, draft(brief, "src-1", Extraction(deals=[_lease("arms_sale")])))
    assert drafted.deals[0].kind is DealKind.LEASE
    assert _sides(drafted) == {"Velmoran Navy": "lessee", "Brightwing Leasing": "lessor"}
    assert drafted.header.title == (
        "Velmoran Navy to lease Corvid C-9 patrol jets from Brightwing Leasing"
    )
    assert "has signed a deal to lease three" in drafted.bluf
    assert drafted.deals[0].note == "Term: eight years. Option to buy them in 2034."


def test_a_lease_the_extraction_kinds_lease_is_drafted_and_accepted_with_its_own_sides() -> None:
    brief = Brief(sources=[Source(id="src-1", text=LEASE)])
    drafted = apply_edits(brief, draft(brief, "src-1", Extraction(deals=[_lease("lease")])))
    assert drafted.deals[0].kind is DealKind.LEASE
    assert _sides(drafted) == {"Velmoran Navy": "lessee", "Brightwing Leasing": "lessor"}
    accepted = Brief(sources=[Source(id="src-1", text=LEASE)])
    extraction = Extraction(deals=[_lease("lease")])
    deal = accept_deal(accepted, extraction.deals[0], extraction, accepted.sources[0])
    assert [p.role for p in deal.parties] == [PartyRole.LESSEE, PartyRole.LESSOR]


def test_a_sale_from_a_leasing_company_stays_a_sale() -> None:
    deal = _deal(SALE, SALE.strip(), "arms_sale")
    assert as_lease(deal, SALE) is deal
    brief = Brief(sources=[Source(id="src-1", text=SALE)])
    drafted = apply_edits(brief, draft(brief, "src-1", Extraction(deals=[deal])))
    assert drafted.deals[0].kind is DealKind.ARMS_SALE
    assert _sides(drafted) == {"Velmoran Navy": "buyer", "Brightwing Leasing": "seller"}


def test_a_concession_lease_and_a_loan_keep_their_kinds() -> None:
    text = "Korvia signed a 25-year lease for the Delta 4 block with Maren Oil.\n"
    concession = _deal(text, text.strip(), "concession")
    assert as_lease(concession, text) is concession
    loan = _deal(LEASE, LEASE.split("\n")[2].split(". ")[0], "loan")
    assert as_lease(loan, LEASE) is loan


def test_a_lease_kind_speaks_of_leasing_even_without_the_words() -> None:
    bare = _deal("x", "x", "lease")
    bare.evidence = []
    assert own_act(bare, "") == "lease"
    assert deal_sentence(bare) == (
        "The Velmoran Navy has signed a deal to lease three Corvid C-9 patrol jets from "
        "Brightwing Leasing for EUR 75 million."
    )
    text = "Kestova Grain has chartered two bulk carriers from Ostmar Shipping.\n"
    assert own_act(_deal(text, text.strip(), "lease"), text) == "charter"
    lessor_only = DealSuggestion(kind="lease", seller="Ostmar Shipping", item="bulk carriers")  # type: ignore[arg-type]
    assert brief_title(lessor_only, act="lease") == "Ostmar Shipping to lease out bulk carriers"
    assert deal_title(DealSuggestion(kind="lease", buyer="Kestova Grain")) == (  # type: ignore[arg-type]
        "Lease by Kestova Grain"
    )
    assert deal_title(DealSuggestion(kind="lease", seller="Ostmar Shipping")) == (  # type: ignore[arg-type]
        "Lease from Ostmar Shipping"
    )


def test_a_selected_lease_is_a_lease_and_a_selected_sale_is_not() -> None:
    assert lease_kind(DealKind.ARMS_SALE, "will lease three patrol jets from X") is DealKind.LEASE
    assert lease_kind(DealKind.ARMS_SALE, "will buy three patrol jets from X") is DealKind.ARMS_SALE
    assert lease_kind(DealKind.CONCESSION, "a lease of the Delta 4 block") is DealKind.CONCESSION
    sentence = (
        "The Velmoran Navy will lease three Corvid C-9 patrol jets from Brightwing Leasing for "
        "eight years."
    )
    text = f"Made up\n\n{sentence}\n"
    source = Source(title="Made up", text=text)
    brief = Brief(sources=[source])
    start = text.index(sentence)
    made = deal_from_selection(brief, source, start, start + len(sentence))
    assert made.deal.kind is DealKind.LEASE
    names = {a.id: a.name for a in made.new_actors}
    roles = {names[p.actor_id]: p.role.value for p in made.deal.parties}
    assert roles == {"Velmoran Navy": "lessee", "Brightwing Leasing": "lessor"}
    assert made.deal.note == "Term: eight years."


def test_a_term_is_read_from_the_lease_words_and_nothing_else() -> None:
    assert lease_term("leases two transports from X for five years") == "Term: five years."
    assert lease_term("signed a 12-year bareboat charter for the tanker") == "Term: 12 years."
    assert lease_term("chartered four bulk carriers for 18 months") == "Term: 18 months."
    assert lease_term("will lease the hangar for a year") == "Term: one year."
    assert lease_term("leased a 25-year-old ship with an option to buy it") == ""
    assert lease_term("bought two jets for five years of service") == ""
    assert with_term("Term: two years.", "leased for five years") == "Term: two years."
