"""newcomer8 F7 (the export's part): the Actors table printed "Meridian Development Bank (the
bank, The bank)" and "Ministry of National Defence (the ministry)": a description taken from the
name, twice by case. Aliases print only when they tell the reader something, each once."""

from __future__ import annotations

from pathlib import Path

from briefdesk.export.house import informative_aliases
from briefdesk.export.render import export_docx
from briefdesk.model import Actor, Brief, Header
from briefdesk.model.codes import ActorType
from tests.docx_text import docx_text


def test_descriptions_from_the_name_and_case_twins_are_left_out() -> None:
    bank = "Meridian Development Bank"
    assert informative_aliases(bank, ["the bank", "The bank", "MDB", "mdb", "Meridian"]) == ["MDB"]
    ministry = "Ministry of National Defence"
    assert informative_aliases(ministry, ["the ministry", "MoND", "the Defence Ministry"]) == [
        "MoND"
    ]
    assert informative_aliases("Aisha Hashmi", ["Hashmi", "the minister"]) == ["the minister"]


def test_the_actors_table_prints_no_generic_alias(tmp_path: Path) -> None:
    bank = Actor(
        name="Meridian Development Bank",
        type=ActorType.ORGANIZATION,
        aliases=["the bank", "The bank", "MDB"],
    )
    brief = Brief(header=Header(title="Loan"), actors=[bank])
    text = docx_text(export_docx(brief, "standard", tmp_path / "note.docx"))
    assert "Meridian Development Bank (MDB)" in text
    assert "the bank" not in text.lower()


def test_a_states_demonym_and_capital_are_not_printed_as_its_other_names(tmp_path: Path) -> None:
    """newcomer12 N12-13: "Egypt (Egyptian, Cairo)" in the actors table; a demonym or a capital
    is how the extractor matched the state, not another name a manager needs."""
    egypt = Actor(
        name="Egypt",
        type=ActorType.STATE,
        country="EG",
        aliases=["Egyptian", "Cairo", "Egyptians"],
    )
    kyrgyzstan = Actor(name="Kyrgyzstan", type=ActorType.STATE, aliases=["Kyrgyz Republic"])
    firm = Actor(name="Cairo Engineering", type=ActorType.ORGANIZATION, aliases=["CE", "Cairo"])
    brief = Brief(header=Header(title="Jets"), actors=[egypt, kyrgyzstan, firm])
    text = docx_text(export_docx(brief, "standard", tmp_path / "note.docx"))
    assert "Egyptian" not in text and "(Cairo" not in text
    assert "Kyrgyzstan (Kyrgyz Republic)" in text  # a real other name stays
    assert "Cairo Engineering (CE)" in text  # only a state's aids are left out
