"""Editorial checks: each finding names the field path the window jumps to."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.model import (
    Actor,
    Brief,
    Deal,
    DealParty,
    Header,
    KeyJudgment,
    Money,
    Source,
    Span,
)
from briefdesk.model.codes import BriefKind, Confidence, DealKind, Likelihood, PartyRole
from briefdesk.review import Severity, bluf_line_count, review_brief
from briefdesk.samples import load_sample


def _paths(brief: Brief, template: str | None = None) -> dict[str, str]:
    return {f.path: f.message for f in review_brief(brief, template)}


def test_empty_bluf_and_title_are_errors_first() -> None:
    findings = review_brief(Brief())
    assert findings[0].severity is Severity.ERROR
    paths = _paths(Brief())
    assert paths["bluf"] == "the BLUF is empty"
    assert "header.title" in paths


def test_bluf_over_four_lines() -> None:
    long = " ".join(["The sale of fighter aircraft marks a shift in regional defence ties."] * 7)
    assert bluf_line_count(long) > 4
    paths = _paths(Brief(bluf=long))
    assert "keep it to 4" in paths["bluf"]
    assert "bluf" not in _paths(Brief(bluf="One short line."))


def test_judgment_without_likelihood_confidence_or_evidence() -> None:
    brief = Brief(significance={"judgments": [KeyJudgment(statement="The sale goes ahead.")]})
    paths = _paths(brief)
    assert paths["significance.judgments[0].likelihood"] == "judgment 1 has no likelihood"
    assert "significance.judgments[0].confidence" in paths
    assert paths["significance.judgments[0].evidence"] == "judgment 1 cites no source"


def test_likelihood_and_confidence_in_one_sentence() -> None:
    brief = Brief(
        bluf="The deal will likely close. We have moderate confidence in this.",
        significance={
            "judgments": [
                KeyJudgment(
                    statement="It is very likely, with high confidence, that they start soon.",
                    likelihood=Likelihood.VERY_LIKELY,
                    confidence=Confidence.HIGH,
                )
            ]
        },
    )
    paths = _paths(brief)
    assert "bluf" not in paths  # two separate sentences are fine
    assert "one sentence" in paths["significance.judgments[0].statement"]
    # The message alone says where the sentence is (the Checks panel shows no paths).
    assert paths["significance.judgments[0].statement"].startswith("judgment 1:")


def test_deal_without_value_or_parties() -> None:
    brief = Brief(deals=[Deal(title="Jets")])
    paths = _paths(brief)
    assert paths["deals[0].value"] == "Jets has no value"
    assert paths["deals[0].parties"] == "Jets names no parties"
    complete = Deal(
        title="Jets",
        value=Money(amount=Decimal("1600000000"), currency="USD"),
        parties=[DealParty(actor_id="act-1", role=PartyRole.BUYER)],
    )
    buyer = Actor(id="act-1", name="Azerbaijan")  # a party is one of the brief's actors
    assert not any(p.startswith("deals") for p in _paths(Brief(actors=[buyer], deals=[complete])))


def test_a_buyer_in_a_loan_is_pointed_out() -> None:
    """newcomer12 N12-10: a party added to a loan stayed "buyer" and no check said so."""
    minister = Actor(name="Claire Dumontet")
    bank = Actor(name="Banque Sorel")
    loan = Deal(
        title="Rafale financing loan",
        kind=DealKind.LOAN,
        value=Money(amount=Decimal("1000000000"), currency="EUR"),
        parties=[
            DealParty(actor_id=bank.id, role=PartyRole.LENDER),
            DealParty(actor_id=minister.id, role=PartyRole.BUYER),
        ],
    )
    paths = _paths(Brief(actors=[minister, bank], deals=[loan]))
    assert paths["deals[0].parties[1].role"] == (
        "Rafale financing loan: Claire Dumontet is a buyer, but a loan's parties are lender "
        "and borrower"
    )
    assert "deals[0].parties[0].role" not in paths
    sale = loan.model_copy(update={"kind": DealKind.ARMS_SALE})
    assert not any("role" in p for p in _paths(Brief(actors=[minister, bank], deals=[sale])))


def test_ungraded_sources() -> None:
    brief = Brief(
        sources=[
            Source(title="Wire", text="x"),
            Source(title="Graded", text="y", reliability="B", credibility=2),
        ]
    )
    paths = _paths(brief)
    assert paths["sources[0].reliability"] == "Wire is not graded: give it a grade, e.g. B2"
    assert "sources[1].reliability" not in paths


def test_template_needs() -> None:
    assert "deals" in _paths(Brief(), "deal-sheet")
    decision = Brief(header=Header(kind=BriefKind.DECISION))
    assert "recommendations" in _paths(decision, "standard")
    assert "header.to" in _paths(Brief(), "bluf")


def test_the_sample_brief_is_ready() -> None:
    errors = [f for f in review_brief(load_sample(), "standard") if f.severity is Severity.ERROR]
    assert errors == []


def test_spans_do_not_matter_to_review() -> None:
    span = Span(source_id="src-1", start=0, end=1, quote="x")
    judgment = KeyJudgment(
        statement="Fine.", likelihood=Likelihood.LIKELY, confidence=Confidence.LOW, evidence=[span]
    )
    paths = _paths(Brief(significance={"judgments": [judgment]}))
    assert not any(p.startswith("significance") for p in paths)


def test_a_critical_date_before_the_briefs_date_is_flagged() -> None:
    import datetime as dt

    brief = load_sample()
    brief.header.date = dt.date(2026, 11, 30)
    brief.header.critical_date = dt.date(2024, 4, 10)
    assert _paths(brief)["header.critical_date"] == (
        "the critical date 2024-04-10 is before the brief's date"
    )
    brief.header.critical_date = dt.date(2026, 12, 4)
    assert "header.critical_date" not in _paths(brief)
    brief.header.date = None
    brief.header.critical_date = dt.date.today() - dt.timedelta(days=1)
    assert _paths(brief)["header.critical_date"].endswith("is before today")


def test_a_from_email_that_is_not_an_address_is_flagged() -> None:
    """Settings refuses a bad author address; one typed in the header or set by a command
    (``set from-email=``) is caught by the checks the window, ``check`` and export share."""
    bad = Brief(header=Header(title="T", **{"from": {"name": "Sam", "email": "sam.okafor@"}}))
    message = _paths(bad)["header.from.email"]
    assert message.startswith("the From email 'sam.okafor@' is not an email address: ")
    for fine in ("sam.okafor@desk.example.org", ""):
        good = Brief(header=Header(title="T", **{"from": {"name": "Sam", "email": fine}}))
        assert "header.from.email" not in _paths(good)


def test_a_party_role_that_does_not_fit_a_new_kind_names_its_sides() -> None:
    """newcomer12 N12-17: an award's payee filed as "intermediary" printed as a broker."""
    state = Actor(name="Kyrgyzstan")
    miner = Actor(name="Tethys Gold Mining Ltd")
    award = Deal(
        title="ICSID award",
        kind=DealKind.CONCESSION,
        value=Money(amount=Decimal("125000000"), currency="USD"),
        parties=[
            DealParty(actor_id=state.id, role=PartyRole.GRANTOR),
            DealParty(actor_id=miner.id, role=PartyRole.BUYER),
        ],
    )
    paths = _paths(Brief(actors=[state, miner], deals=[award]))
    assert paths["deals[0].parties[1].role"] == (
        "ICSID award: Tethys Gold Mining Ltd is a buyer, but a concession's parties are grantor "
        "and concessionaire"
    )
    sanctions = award.model_copy(
        update={
            "kind": DealKind.SANCTIONS,
            "parties": [DealParty(actor_id=miner.id, role=PartyRole.INTERMEDIARY)],
        }
    )
    paths = _paths(Brief(actors=[state, miner], deals=[sanctions]))
    assert paths["deals[0].parties[0].role"].endswith(
        "is an intermediary, but a sanctions measure's parties are imposing party and target"
    )


def test_a_buyer_in_a_construction_contract_is_told_its_sides() -> None:
    """newcomer13 N13-24: a works contract's sides are its client and contractor."""
    ministry = Actor(name="Ministry of Power")
    builder = Actor(name="Andes Grid Builders")
    line = Deal(
        title="330 kV transmission line",
        kind=DealKind.CONSTRUCTION,
        value=Money(amount=Decimal("400000000"), currency="USD"),
        parties=[
            DealParty(actor_id=ministry.id, role=PartyRole.BUYER),
            DealParty(actor_id=builder.id, role=PartyRole.CONTRACTOR),
        ],
    )
    paths = _paths(Brief(actors=[ministry, builder], deals=[line]))
    assert paths["deals[0].parties[0].role"] == (
        "330 kV transmission line: Ministry of Power is a buyer, but a construction contract's "
        "parties are client and contractor"
    )
    assert "deals[0].parties[1].role" not in paths


def test_the_missing_memo_for_line_is_named_as_the_header_tab_names_it() -> None:
    """newcomer24 N24-20: the Export dialog spoke of a “Memo for” line the Header tab never
    shows; it names the To field (and the CLI's ``set to=``)."""
    from briefdesk.model import Brief

    found = [f for f in review_brief(Brief(), "bluf", spelling=False) if f.path == "header.to"]
    assert len(found) == 1
    assert "fill To on the Header tab" in found[0].message and "set to=" in found[0].message
