"""A grant is printed with its own party words, donor and recipient, never a loan's borrower and
lender (newcomer16 N16-09: "Qalmora (borrower); Nordmark (lender)" made a manager ask about
repayment); and kinds that seldom have a price (an MoU, sanctions, a concession) get no "has
no value"."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.export.context import build_context
from briefdesk.export.render import export_docx, export_markdown
from briefdesk.library.api import BriefRef, DealRef
from briefdesk.library.render import DealLine
from briefdesk.model import Actor, Brief, Deal, DealParty, Header, Money
from briefdesk.model.codes import ActorType, DealKind, PartyRole, party_words, role_words
from briefdesk.review import review_brief
from briefdesk.summary import summarize
from tests.docx_text import docx_text


def _brief(kind: DealKind = DealKind.GRANT) -> Brief:
    donor = Actor(name="Velmora", type=ActorType.STATE)
    recipient = Actor(name="Ostrava Port Authority", type=ActorType.ORGANIZATION)
    deal = Deal(
        kind=kind,
        title="Harbour rebuilding",
        value=Money(amount=Decimal("300000000"), currency="NOK"),
        parties=[
            DealParty(actor_id=recipient.id, role=PartyRole.BORROWER),
            DealParty(actor_id=donor.id, role=PartyRole.LENDER),
        ],
    )
    return Brief(header=Header(title="Harbour grant"), actors=[donor, recipient], deals=[deal])


def test_the_kinds_own_words() -> None:
    assert role_words(PartyRole.LENDER, DealKind.GRANT) == "Donor"
    assert role_words(PartyRole.BORROWER, "grant") == "Recipient"
    assert role_words(PartyRole.LENDER, DealKind.LOAN) == "Lender"
    assert role_words(PartyRole.LENDER) == "Lender"
    assert party_words("borrower", "grant") == "recipient"
    assert party_words("newer_role", "grant") == "newer role"  # a newer brief's, as stored


def test_the_context_and_every_built_in_template_say_donor_and_recipient(tmp_path: Path) -> None:
    deal = build_context(_brief())["deals"][0]
    assert [p["role_label"] for p in deal["parties"]] == ["Recipient", "Donor"]
    assert deal["parties_text"] == "Ostrava Port Authority (recipient); Velmora (donor)"
    assert deal["sentence"].startswith("Grant: Velmora grants NOK 300 million to Ostrava")
    for template in ("standard", "bluf", "deal-sheet"):
        text = docx_text(export_docx(_brief(), template, tmp_path / f"{template}.docx"))
        md = export_markdown(_brief(), tmp_path / f"{template}.md", template=template)
        said = md.read_text("utf-8")
        for words in (text, said):
            assert "borrower" not in words.lower() and "lender" not in words.lower(), template
            assert "lends" not in words, template
        assert "donor" in text.lower() or "grants" in text, template


def test_a_loan_keeps_its_lender_and_borrower(tmp_path: Path) -> None:
    deal = build_context(_brief(DealKind.LOAN))["deals"][0]
    assert deal["parties_text"] == "Ostrava Port Authority (borrower); Velmora (lender)"
    assert "lends NOK 300 million" in deal["sentence"]


def test_show_and_the_library_line_use_the_grants_words() -> None:
    shown = summarize(_brief())
    assert "recipient: Ostrava Port Authority; donor: Velmora" in shown
    assert "borrower" not in shown
    ref = BriefRef(brief_id="b1", path="b.brief", title="t", date="2026-01-01")
    line = DealLine(DealRef(ref, "d1", "Harbour", "grant", "approved", "lender", "", ""), (ref,))
    assert line.text.startswith("donor · Harbour")


@pytest.mark.parametrize(
    ("kind", "warned"),
    [
        (DealKind.MOU, False),
        (DealKind.SANCTIONS, False),
        (DealKind.TRADE_AGREEMENT, False),
        (DealKind.CONCESSION, False),  # a licence is granted, seldom priced (N17-14)
        (DealKind.GRANT, True),
        (DealKind.ARMS_SALE, True),
    ],
)
def test_has_no_value_only_for_kinds_that_usually_have_one(kind: DealKind, warned: bool) -> None:
    brief = _brief(kind)
    brief.deals[0].value = None
    said = [f.message for f in review_brief(brief, spelling=False)]
    assert ("Harbour rebuilding has no value" in said) is warned
