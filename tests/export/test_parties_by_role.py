"""A template prints any side of a deal by role (newcomer14 N14-19): ``parties_by_role`` knew
only the roles present, and the template check's probe deal had buyer/seller/lender/borrower,
so ``{{ d.parties_by_role.grantor }}`` was refused for every template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx

from briefdesk.export.checks import check_template
from briefdesk.export.context import build_context
from briefdesk.export.marking_context import is_unshown_warning
from briefdesk.export.render import export_docx
from briefdesk.model.brief import DealParty
from briefdesk.model.codes import DealKind, PartyRole
from briefdesk.samples import load_sample

MakeTemplate = Callable[..., Path]
LINE = "{% for d in deals %}Grantor {{ d.parties_by_role.grantor }}; payer "
LINE_END = "{{ d.parties_by_role.payer }}; target {{ d.parties_by_role.target }}{% endfor %}"


def _concession():  # type: ignore[no-untyped-def]
    brief = load_sample()
    deal = brief.deals[0]
    deal.kind = DealKind.CONCESSION
    first, second = (party.actor_id for party in deal.parties[:2])
    deal.parties = [
        DealParty(actor_id=first, role=PartyRole.GRANTOR),
        DealParty(actor_id=second, role=PartyRole.CONCESSIONAIRE),
    ]
    return brief


def test_every_role_of_the_model_is_a_key_empty_when_nobody_holds_it() -> None:
    brief = _concession()
    roles = build_context(brief)["deals"][0]["parties_by_role"]
    assert set(roles) == {role.value for role in PartyRole}  # derived from the enum
    names = {a.id: a.name for a in brief.actors}
    assert roles["grantor"] == names[brief.deals[0].parties[0].actor_id]
    assert roles["payer"] == roles["buyer"] == ""


def test_a_template_printing_a_grantor_and_a_payer_passes_the_check_and_prints_them(
    make_template: MakeTemplate, tmp_path: Path
) -> None:
    template = make_template(LINE + LINE_END)
    assert [str(p) for p in check_template(template) if not is_unshown_warning(p)] == []
    brief = _concession()
    grantor = next(a.name for a in brief.actors if a.id == brief.deals[0].parties[0].actor_id)
    out = export_docx(brief, template, tmp_path / "out.docx")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert f"Grantor {grantor}; payer ; target " in text


def test_a_side_of_several_takes_the_plural_verb_in_the_deal_sentence() -> None:
    """Round 20 (N19-02): "Harwick Bank and Tellmar Bank lend …", not "lends"."""
    from briefdesk.export.house import deal_sentence

    def sentence(lenders: list[str]) -> str:
        parties = [{"role": "lender", "name": n} for n in lenders]
        parties.append({"role": "borrower", "name": "Zambia"})
        return deal_sentence(
            {
                "kind": "loan",
                "kind_label": "Loan",
                "parties": parties,
                "parties_by_role": {"lender": " and ".join(lenders), "borrower": "Zambia"},
                "value": {"short": "USD 620m"},
            }
        )

    assert sentence(["Harwick Bank", "Tellmar Bank"]) == (
        "Loan: Harwick Bank and Tellmar Bank lend USD 620m to Zambia."
    )
    assert sentence(["Harwick Bank"]) == "Loan: Harwick Bank lends USD 620m to Zambia."
