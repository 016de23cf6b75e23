"""newcomer8 F6: a deal of the catch-all kind "other" (a port concession) was described in the
memo as "Other: Kaveri Ports Ltd buys goods from Sri Lanka Ports Authority for …", and the note's
Deals table said "Other: …". The built-ins now name it by its title and invent no "buys goods"."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from briefdesk.export.house import deal_sentence
from briefdesk.export.render import export_docx, render_markdown
from briefdesk.model import Actor, Brief, Deal, DealParty, Header, Money
from briefdesk.model.codes import ActorType, DealKind, DealStatus, PartyRole
from tests.docx_text import docx_text

TITLE = "Trincomalee east terminal concession"


def _brief(title: str = TITLE) -> Brief:
    kaveri = Actor(name="Kaveri Ports Ltd", type=ActorType.ORGANIZATION)
    slpa = Actor(name="Sri Lanka Ports Authority", type=ActorType.ORGANIZATION)
    deal = Deal(
        kind=DealKind.OTHER,
        title=title,
        parties=[
            DealParty(actor_id=kaveri.id, role=PartyRole.BUYER),
            DealParty(actor_id=slpa.id, role=PartyRole.SELLER),
        ],
        value=Money(amount=Decimal("1100000000"), currency="USD", as_stated="$1.1 billion"),
        status=DealStatus.APPROVED,
    )
    return Brief(header=Header(title="Sri Lanka port"), actors=[kaveri, slpa], deals=[deal])


def test_the_memo_names_the_concession_and_invents_no_goods(tmp_path: Path) -> None:
    text = docx_text(export_docx(_brief(), "bluf", tmp_path / "memo.docx"))
    assert "buys goods" not in text and "Other:" not in text
    assert f"{TITLE}: Kaveri Ports Ltd (buyer); Sri Lanka Ports Authority (seller)" in text
    assert "USD 1.1 billion (approved)" in text


def test_the_note_and_the_preview_do_not_say_other(tmp_path: Path) -> None:
    text = docx_text(export_docx(_brief(), "standard", tmp_path / "note.docx"))
    assert "Other:" not in text and TITLE in text
    markdown = render_markdown(_brief(), "standard")
    assert "Other:" not in markdown and f"**{TITLE}**" in markdown
    from briefdesk.export.preview import render_html

    html = render_html(_brief(), "standard")
    assert "Other:" not in html and TITLE in html


def test_an_untitled_other_deal_is_a_deal(tmp_path: Path) -> None:
    import docx

    out = export_docx(_brief(""), "deal-sheet", tmp_path / "sheet.docx")
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert "Deal" in headings and "Other" not in headings


def test_an_arms_sale_with_no_items_buys_no_goods() -> None:
    deal = {
        "kind": "arms_sale",
        "kind_label": "Arms sale",
        "parties_by_role": {"buyer": "Chile", "seller": "South Korea"},
        "parties_text": "Chile (buyer); South Korea (seller)",
        "items_text": "",
        "value": {"short": "USD 1.1 billion"},
        "status_line": "Signed 3 March 2026",
    }
    sentence = deal_sentence(deal)
    assert "goods" not in sentence
    assert sentence == (
        "Arms sale: Chile (buyer); South Korea (seller), worth USD 1.1 billion"
        " (signed 3 March 2026)."
    )
    deal["items_text"] = "18 × FA-50"
    assert deal_sentence(deal).startswith("Arms sale: Chile buys 18 × FA-50 from South Korea for")
