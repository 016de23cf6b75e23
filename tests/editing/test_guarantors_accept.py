"""Accepting a loan whose reading names a guarantor adds it with role guarantor (round 20,
newcomer20 N20-09: Exportia was only an actor suggestion, in no deal)."""

from __future__ import annotations

from briefdesk.editing.accept import add_deal
from briefdesk.extract import extract_text
from briefdesk.model import Brief, Source
from briefdesk.model.codes import PartyRole

TEXT = (
    "Exportia, Ruritania's export-credit agency, has guaranteed 85 per cent of a US$160 million "
    "loan that Banque Lorient will make to the Ministry of Finance.\n"
)


def _roles(text: str) -> dict[str, PartyRole]:
    reading = extract_text(text)
    loan = next(d for d in reading.deals if d.kind == "loan")
    brief = Brief(sources=[Source(text=text)])
    add_deal(brief, loan, reading, brief.sources[0])
    names = {a.id: a.name for a in brief.actors}
    return {names[p.actor_id]: p.role for p in brief.deals[-1].parties}


def test_accepting_a_guaranteed_loan_adds_its_guarantor() -> None:
    assert _roles(TEXT) == {
        "Exportia": PartyRole.GUARANTOR,
        "Banque Lorient": PartyRole.LENDER,
        "Ministry of Finance": PartyRole.BORROWER,
    }


def test_a_loan_without_a_guarantor_has_none() -> None:
    text = "Banque Lorient will lend US$160 million to the Ministry of Finance.\n"
    assert PartyRole.GUARANTOR not in _roles(text).values()
