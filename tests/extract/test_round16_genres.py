"""Deal sides and roles in non-news documents (round 16, r16-genres): made-up fragments in
several wordings, with negatives. A notice's labelled fields keep their meaning under markup
(bold, a two-cell table row, a dash) and outrank a verb cue elsewhere for the deal the notice
prices."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.label_markup import blank_label_markup
from briefdesk.sources.api import import_file

_PROSE = (
    "\nKofi Mensah Construction Ltd will import asphalt plant from the Czech Republic for "
    "the works.\n"
)
_FIELDS = {
    "bold, colon inside": (
        "**Contracting authority:** Ministry of Roads and Highways\n"
        "**Awarded to:** Kofi Mensah Construction Ltd\n"
        "**Contract value:** GHS 84 million\n"
    ),
    "bold, colon outside": (
        "__Contracting authority__: Ministry of Roads and Highways\n"
        "**Awarded to**: Kofi Mensah Construction Ltd\n"
        "* **Contract value**: GHS 84 million\n"
    ),
    "table rows": (
        "| Field | Value |\n|---|---|\n"
        "| **Contracting authority** | Ministry of Roads and Highways |\n"
        "| Awarded to | Kofi Mensah Construction Ltd |\n"
        "| Contract value | GHS 84 million |\n"
    ),
    "dashes": (
        "Contracting authority — Ministry of Roads and Highways\n"
        "Awarded to — Kofi Mensah Construction Ltd\n"
        "Contract value — GHS 84 million\n"
    ),
}


def _notice(fields: str) -> str:
    return f"# Notice of Contract Award\n\n{fields}{_PROSE}"


def _priced(text: str) -> tuple[str, str]:
    deal = next(d for d in extract_text(text).deals if d.value)
    return deal.buyer, deal.seller


@pytest.mark.parametrize("shape", sorted(_FIELDS))
def test_a_notice_s_fields_in_markup_outrank_a_verb_cue(shape: str) -> None:
    text = _notice(_FIELDS[shape])
    assert _priced(text) == ("Ministry of Roads and Highways", "Kofi Mensah Construction Ltd")


def test_the_same_notice_imported_as_markdown(tmp_path: Path) -> None:
    for shape, fields in _FIELDS.items():
        path = tmp_path / "notice.md"
        path.write_text(_notice(fields), encoding="utf-8")
        text = import_file(path).text
        assert _priced(text) == (
            "Ministry of Roads and Highways",
            "Kofi Mensah Construction Ltd",
        ), shape


def test_a_verb_cue_keeps_its_sides_when_the_notice_prices_nothing() -> None:
    # The fields name the award; the one priced deal is the import, told by its verb.
    text = (
        "Awarded to: Kofi Mensah Construction Ltd\n\n"
        "Kofi Mensah Construction Ltd will buy asphalt plant from Brnoprojekt a.s. for "
        "$4 million.\n"
    )
    assert _priced(text) == ("Kofi Mensah Construction Ltd", "Brnoprojekt a.s.")


def test_markup_is_blanked_at_the_same_length_with_the_label_first() -> None:
    for fields in _FIELDS.values():
        blanked = blank_label_markup(fields)
        assert len(blanked) == len(fields)
        assert "Awarded to:" in blanked and "*" not in blanked and "__" not in blanked
        line = next(x for x in blanked.splitlines() if "Kofi" in x)
        assert line.startswith("Awarded to:")
        assert line.index("Kofi") == fields.splitlines()[blanked.splitlines().index(line)].index(
            "Kofi"
        )


def test_lines_that_are_no_field_in_markup_stay() -> None:
    for line in (
        "Lot 1 — Mansa to Chembe section (62 km)",  # a lot heading, no known label
        "| Title | Supply of 12 launchers |",  # a two-cell row deal_form_items reads
        "| Lot | Winner | Price |",  # a wider table
        "Awarded to: Kofi Mensah Construction Ltd",  # no markup
        "* The minister said: the road will open in May",  # a bullet, no emphasis
        "Ghana — a country of 33 million people",
    ):
        assert blank_label_markup(line) == line, line


def _people(text: str) -> dict[str, tuple[str, str]]:
    return {
        a.name: (a.role or "", a.country or "")
        for a in extract_text(text).actors
        if a.type.value == "person"
    }


def test_a_signatory_under_a_state_s_for_line_is_its_official() -> None:
    text = (
        "Done at Accra, 22 April 2027.\n\n"
        "For the Republic of Ghana\nAma Serwaa Boateng\n"
        "Minister for Foreign Affairs and Regional Integration\n\n"
        "For and on behalf of the Togolese Republic\nKodjo Mensavi Apedo\n"
        "Minister of Foreign Affairs, African Integration and Togolese Abroad\n\n"
        "For the Government of Kenya\nWanjiku Otieno Mwangi\nCabinet Secretary for Trade\n"
    )
    people = _people(text)
    assert people["Ama Serwaa Boateng"] == (
        "Minister for Foreign Affairs and Regional Integration",
        "GH",
    )
    assert people["Kodjo Mensavi Apedo"] == ("Minister of Foreign Affairs", "TG")
    assert people["Wanjiku Otieno Mwangi"][1] == "KE"


def test_a_for_line_that_names_no_state_admits_no_unknown_name() -> None:
    for above in ("For Immediate Release", "For further information:", "For the Committee"):
        text = f"The talks ended on Friday.\n\n{above}\nKodjo Mensavi Apedo\nSenior Adviser\n"
        assert "Kodjo Mensavi Apedo" not in _people(text), above


_CALL = (
    "Tarvik Shipyards ASA — Third-quarter 2027 results call (excerpt)\n\n"
    "Operator: Welcome to the call. With us is Ingrid Solvang, Chief Executive Officer.\n\n"
    "Ingrid Solvang — Chief Executive Officer: Thank you. We also agreed to buy the Bergen "
    "repair dock from Fjordlinje Holding for 400 million kroner.\n\n"
    "Operator: The next question is from Per Aune of Nordbank Markets.\n\n"
    "Per Aune: Any news on the coast guard ships?\n\n"
    "Ingrid Solvang — Chief Executive Officer: We bid in June and will say nothing until "
    "the Norwegian Coast Guard announces a result.\n"
)


def test_a_call_s_we_is_the_speaker_s_company_not_a_body_that_announces_later() -> None:
    deal = next(d for d in extract_text(_CALL).deals if d.value)
    assert (deal.buyer, deal.seller) == ("Tarvik Shipyards ASA", "Fjordlinje Holding")


def test_a_release_s_we_is_still_the_body_that_announces() -> None:
    text = (
        "Tarvik Shipyards ASA today announced its third-quarter results.\n\n"
        "In a separate transaction, we have agreed to buy the Bergen repair dock from "
        "Fjordlinje Holding for 400 million kroner.\n"
    )
    deal = next(d for d in extract_text(text).deals if d.value)
    assert (deal.buyer, deal.seller) == ("Tarvik Shipyards ASA", "Fjordlinje Holding")
