"""Round 18, people's roles and affiliations (issue 10): compound titles with "General", a
body's short form ("the Directorate") read as the body named in full before it, and firm
titles whose head alone is no title ("managing partner"). Made-up sentences only, with
negatives that must not change."""

from __future__ import annotations

import pytest

from tests.extract.people_of import people as _people


# --- compound titles: "General" after these heads is part of the office, not a rank --------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Director General Maarja Tammik said the radars were late.",
            "Maarja Tammik",
            "Director General",
        ),
        (
            "Secretary General Lina Osei of the Bureau said no more.",
            "Lina Osei",
            "Secretary General",
        ),
        (
            "Inspector General Hana Kovacs opened the hearing on Monday.",
            "Hana Kovacs",
            "Inspector General",
        ),
        ("Velmora Attorney General Ruth Mbeki filed the case.", "Ruth Mbeki", "Attorney General"),
    ],
)
def test_general_after_an_office_head_is_part_of_the_office(
    text: str, name: str, role: str
) -> None:
    assert _people(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a rank after a function that takes no "General" is still dropped
        (
            "Chief of Defence Staff General Musa Bello said the jets would come.",
            "Musa Bello",
            "Chief of Defence Staff",
        ),
        ("Army Chief General Tan Wei met the envoy.", "Tan Wei", "Army Chief"),
    ],
)
def test_a_rank_after_another_function_is_still_dropped(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


# --- "the Directorate": the body named in full before ----------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role", "body"),
    [
        (
            "Estonia's Defence Materiel Directorate signed a contract for 12 radars on Monday. "
            "The Directorate's Director General Maarja Tammik said the radars would arrive.",
            "Maarja Tammik",
            "Director General",
            "Defence Materiel Directorate",
        ),
        (
            "Velmora's Coastal Works Authority awarded the dredging deal to Harlan Marine. "
            "The Authority's chief executive Pavel Hrubec said work starts in May.",
            "Pavel Hrubec",
            "chief executive",
            "Coastal Works Authority",
        ),
        (
            'Norvik signed with the Defence Procurement Agency. "It is a good day," said '
            "Ilse Brandt, the Agency's director general.",
            "Ilse Brandt",
            "director general",
            "Defence Procurement Agency",
        ),
    ],
)
def test_a_short_form_body_is_the_body_named_before(
    text: str, name: str, role: str, body: str
) -> None:
    got = _people(text)[name]
    assert got[:2] == (role, body)


def test_the_short_form_gives_the_body_s_state() -> None:
    text = (
        "Estonia's Defence Materiel Directorate signed a contract for 12 radars on Monday. "
        "The Directorate's Director General Maarja Tammik said the radars would arrive."
    )
    assert _people(text)["Maarja Tammik"][2] == "EE"


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        # no body with that head named before: the short form stays as written
        (
            "The Directorate's Director General Mira Tamm said the radars were late.",
            "Mira Tamm",
            "The Directorate",
        ),
        # another head word: not that body
        (
            "Velmora's Coastal Works Authority awarded the deal. The Agency's chief executive "
            "Pavel Hrubec said work starts in May.",
            "Pavel Hrubec",
            "",
        ),
    ],
)
def test_a_short_form_without_its_body_stays_as_written(text: str, name: str, body: str) -> None:
    assert _people(text)[name][1] != "Coastal Works Authority"
    if body:
        assert _people(text)[name][1] == body


# --- the unit after a capitalised title's comma ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"Volumes have grown," said Darnell Obi-Reyes, Vice President, Mechanical at Prairie '
            "Rail.",
            "Darnell Obi-Reyes",
            "Vice President, Mechanical",
        ),
        (
            '"It fits our mandate," said Konstantin Varga-Eliot, NIB Vice President, Investment '
            "Solutions.",
            "Konstantin Varga-Eliot",
            "Vice President, Investment Solutions",
        ),
        (
            "For Electricidade do Norte, E.P.\nEng. Celso Mabunda Tembe\nDirector, Procurement "
            "Management Unit\n",
            "Celso Mabunda Tembe",
            "Director, Procurement Management Unit",
        ),
        (
            "Officer responsible for disclosure: Park Min-ho, Director, Investor Relations Team\n",
            "Park Min-ho",
            "Director, Investor Relations Team",
        ),
        (
            "For further information: Julien Thibault-Banks, Vice President, Finance, "
            "ir@prairierail.example\n",
            "Julien Thibault-Banks",
            "Vice President, Finance",
        ),
    ],
)
def test_a_unit_after_the_title_s_comma_is_part_of_the_title(
    text: str, name: str, role: str
) -> None:
    assert _people(text)[name][0] == role


def test_the_body_after_the_unit_is_the_affiliation() -> None:
    text = (
        '"Volumes have grown," said Darnell Obi-Reyes, Vice President, Mechanical at Prairie Rail.'
    )
    assert _people(text)["Darnell Obi-Reyes"][1] == "Prairie Rail"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a company, a place, a ministry after the comma: no unit
        (
            "Ana Silveira, Director, Acme Holdings, said the deal was good.",
            "Ana Silveira",
            "Director",
        ),
        (
            '"We agree," said Tomas Brandt, Managing Director, Lisbon.',
            "Tomas Brandt",
            "Managing Director",
        ),
        (
            "The meeting was chaired by Deepa Rana, Joint Secretary, Ministry of Finance.",
            "Deepa Rana",
            "Joint Secretary",
        ),
        # a company named after the title, then the clause goes on
        (
            "Maria Lopes, Chief Executive, Harbour Lines, said the ferries were late.",
            "Maria Lopes",
            "Chief Executive",
        ),
    ],
)
def test_no_unit_when_the_comma_opens_a_body_a_place_or_a_clause(
    text: str, name: str, role: str
) -> None:
    assert _people(text)[name][0] == role


# --- two-word firm titles whose last word alone is no title ---------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role", "body"),
    [
        (
            "Brenton Capital managing partner Ilse Varga said the fund had closed.",
            "Ilse Varga",
            "managing partner",
            "Brenton Capital",
        ),
        (
            "Tomas Holub, managing partner of Ostrava Partners, said the deal was done.",
            "Tomas Holub",
            "managing partner",
            "Ostrava Partners",
        ),
        (
            "Ostrava Partners' founding partner Karel Novak signed the letter.",
            "Karel Novak",
            "founding partner",
            "Ostrava Partners",
        ),
        (
            "Mira Holm, general counsel of Tarsk Shipping, said the claim was late.",
            "Mira Holm",
            "general counsel",
            "Tarsk Shipping",
        ),
    ],
)
def test_a_two_word_firm_title_is_a_role(text: str, name: str, role: str, body: str) -> None:
    assert _people(text)[name][:2] == (role, body)


def test_a_partner_alone_is_still_a_company() -> None:
    from briefdesk.extract import extract_text

    actors = {
        a.name: a.type.value for a in extract_text("Our partner, Sinotrans, declined.").actors
    }
    assert actors.get("Sinotrans") == "organization"


def test_a_partner_alone_before_a_name_is_no_role() -> None:
    text = "The bank and its partner Ilse Varga said the fund had closed."
    assert _people(text).get("Ilse Varga", ("",))[0] != "partner"


# --- a bare post of the ministry named just before ------------------------------------------
def test_a_bare_post_takes_the_ministry_named_just_before_and_its_state() -> None:
    text = (
        "Kenya's Ministry of Defence confirmed the purchase of four patrol boats from Turkey. "
        "Principal Secretary Joseph Kamau said the boats would be delivered next year."
    )
    assert _people(text)["Joseph Kamau"] == ("Principal Secretary", "Ministry of Defence", "KE")


def test_a_post_whose_remit_is_the_ministry_s_takes_it() -> None:
    text = (
        "Zambia's Ministry of Mines approved the licence on Friday. "
        "Deputy Mines Minister Grace Phiri said the licence runs for ten years."
    )
    assert _people(text)["Grace Phiri"][1:] == ("Ministry of Mines", "ZM")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # another remit: not that ministry's post
        (
            "Kenya's Ministry of Defence confirmed the purchase of four patrol boats from Turkey. "
            "Minister of Minerals Amina Mwakyusa said the deal was fair.",
            "Amina Mwakyusa",
        ),
        # the ministry is in another paragraph
        (
            "Ghana's Ministry of Finance signed the loan. The agreement was welcomed.\n\n"
            "Deputy Minister Kofi Mensah said the rate was low.",
            "Kofi Mensah",
        ),
        # two ministries named: which one is not said
        (
            "Kenya's Ministry of Energy and Uganda's Ministry of Finance met. "
            "Deputy Minister Ana Lind said talks went well.",
            "Ana Lind",
        ),
    ],
)
def test_no_ministry_when_the_post_or_the_text_does_not_tie_them(text: str, name: str) -> None:
    assert _people(text)[name][1] not in {"Ministry of Defence", "Ministry of Finance"}
    assert _people(text)[name][1] != "Ministry of Energy"


# --- an attendance list on the heading's own line --------------------------------------------
_MINUTES = (
    "Minutes of the 14th meeting of the Committee on Water Resources\n\n"
    "Members present: Hon. Mira Lamsal (Chairperson); Hon. Dorje Tamang; Hon. Sita Kumari Rai; "
    "and six other members.\n"
    "Also present: Ram Prasad Khanal (Secretary, Ministry of Energy); Gita Shah\n\n"
    "Hon. Tamang asked whether the developer had experience.\n"
)


def test_members_present_on_one_line_are_members() -> None:
    got = _people(_MINUTES)
    assert got["Mira Lamsal"][0] == "Chairperson"
    assert got["Dorje Tamang"][0] == "member"
    assert got["Sita Kumari Rai"][0] == "member"


def test_a_bracketed_post_and_body_in_an_inline_list() -> None:
    assert _people(_MINUTES)["Ram Prasad Khanal"][:2] == ("Secretary", "Ministry of Energy")


def test_a_party_in_brackets_is_no_post_and_present_alone_gives_no_member() -> None:
    text = (
        "Present: Mrs Ada Visser (VVD), chair; Mr Younes Bakr (GroenLinks-PvdA); "
        "Mr Gert Hoek (CDA); and Mrs Lies Veen, State Secretary for Defence.\n"
    )
    got = _people(text)
    assert got["Younes Bakr"][:2] == ("", "GroenLinks-PvdA")
    assert got["Gert Hoek"][0] == ""
    assert _people(_MINUTES)["Gita Shah"][0] == ""


# --- a transcript label's bracket that gives the host's function ---------------------------
_TRANSCRIPT = (
    "BAY RADIO — THE MORNING HOUR\nBroadcast Thursday 6 May 2027\n\n"
    "TAMA NGATA-WILLS (HOST): Welcome back. With me is Grace Pak, chief executive of Tui "
    "Launch Ltd.\n\nGRACE PAK (TUI LAUNCH): We signed for six launches.\n\n"
    "HOST: That is a lot of money.\n\nPAK: It is.\n\nSINA ROA (PRESENTER): And now the weather.\n"
)


def test_a_host_s_bracket_is_the_role_not_the_body() -> None:
    got = _people(_TRANSCRIPT)
    assert got["Tama Ngata-Wills"][:2] == ("host", "")
    assert got["Sina Roa"][:2] == ("presenter", "")


def test_a_body_in_a_speaker_s_bracket_stays_the_body() -> None:
    assert _people(_TRANSCRIPT)["Grace Pak"][1] == "TUI LAUNCH"


# --- "<place>-based": where one works is neither the body nor part of the title ------------
@pytest.mark.parametrize(
    ("text", "name", "role", "body"),
    [
        (
            "Johannesburg-based analyst Thandiwe Mokoena said prices would rise.",
            "Thandiwe Mokoena",
            "analyst",
            "",
        ),
        (
            '"Demand is weak," said Tran Minh Hoa, a Hanoi-based energy analyst at Mekong '
            "Capital Research.",
            "Tran Minh Hoa",
            "energy analyst",
            "Mekong Capital Research",
        ),
        # unchanged: a body before the title, "the new" before it
        (
            "Orsk Group chief executive Li Wen said no.",
            "Li Wen",
            "chief executive",
            "Orsk Group",
        ),
    ],
)
def test_a_based_place_is_no_body_and_no_title(text: str, name: str, role: str, body: str) -> None:
    assert _people(text)[name][:2] == (role, body)
