"""Round 23, people's roles on unseen writers (issue 10): a function around a rank or an
honorific, and the verb an apposition reader took for a title. Made-up sentences only; every
positive fails at round23-start, every negative passes at both."""

from __future__ import annotations

import pytest

from tests.extract.people_of import people


# --- a function written around an honorific or a rank ----------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (  # a lower-case title with a capitalised remit, then an honorific
            "The loan will depend on the design, according to the vice minister of Finance, "
            "Dra. Marisol Ortega Villalba. She gave no amount.",
            "Marisol Ortega Villalba",
            "vice minister of Finance",
        ),
        (  # a capitalised title right before "Hon."
            "His Samoan counterpart, Minister for Transport Hon. Lefiti Aumua Sapolu, said the "
            "idea had no budget.",
            "Lefiti Aumua Sapolu",
            "Minister for Transport",
        ),
        (  # an owner's head with a capitalised remit inside it
            "Norvale's head of Asia Pacific sales, Dario Benedetti, called Vietnam a key market.",
            "Dario Benedetti",
            "head of Asia Pacific sales",
        ),
        (  # a rank before a name with a joined particle, the function after it
            "The order was confirmed by Brigadier General Khaled Nasser al-Hamdan, Tarsa's "
            "director general. No value was given.",
            "Khaled Nasser al-Hamdan",
            "director general",
        ),
        (  # a rank before a name with a joined particle, no function: the whole rank
            "Brigadier General Khaled Nasser al-Hamdan told reporters the radars had arrived.",
            "Khaled Nasser al-Hamdan",
            "Brigadier General",
        ),
        (  # the verb after the name is no apposition even with a title word in it
            '"We will not sell," Kelmar\'s managing director, Rohan Prakash Mehra, said on an '
            "analyst call.",
            "Rohan Prakash Mehra",
            "managing director",
        ),
    ],
)
def test_function_around_an_honorific_or_rank(text: str, name: str, role: str) -> None:
    found = people(text)
    assert name in found, found
    assert found[name][0].lower().startswith(role.lower()), found[name]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (  # a lower-case noun phrase with "of", no title head: no role
            "The rest of Europe, Dr. Amara Lindqvist-Osei said, had moved on.",
            "Amara Lindqvist-Osei",
            "",
        ),
        (  # "the end of March, Hon. X": no head before "of"
            "At the end of March, Hon. Tevita Maka Lolohea opened the wharf.",
            "Tevita Maka Lolohea",
            "",
        ),
    ],
)
def test_no_function_read_from_a_near_miss(text: str, name: str, role: str) -> None:
    found = people(text)
    assert name in found, found
    assert found[name][0] == role, found[name]


def test_said_after_a_title_is_no_role() -> None:
    found = people("Aurelio Benn Castro, said on an analyst call that prices would rise.")
    assert not any(role.startswith("said") for role, _aff, _c in found.values()), found


# --- a Gulf style before a name; credit lines -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The fund is run by the family of its chairman Sheikh Hamad bin Rashid Al Mansoori, "
            "and has agreed to buy a stake.",
            "Hamad bin Rashid Al Mansoori",
            "chairman",
        ),
        (
            "The miner is backed by Sheikha Latifa bint Saeed Al Qasimi, three months after the "
            "licence was revoked.",
            "Latifa bint Saeed Al Qasimi",
            "",
        ),
    ],
)
def test_sheikh_named_without_a_speech_verb(text: str, name: str, role: str) -> None:
    found = people(text)
    assert name in found, found
    assert found[name][0] == role, found[name]


@pytest.mark.parametrize(
    "text",
    [
        "The office is on Sheikh Rashid Bin Saeed Road in Dubai, the agent said.",
        "The ship docked at Sheikh Khalifa Bin Zayed Port, the operator said.",
        "Sheikh Faisal said the talks would go on.",  # two words: left to the other rules
    ],
)
def test_things_named_after_a_ruler_are_no_people(text: str) -> None:
    found = people(text)
    assert not any(n.endswith(("Road", "Port")) for n in found), found


def test_activity_credit_gives_no_role_a_noun_credit_does() -> None:
    found = people("The port will reopen in May.\n\nText: Ilse Marten-Kask\nEditor: Toomas Rebane")
    assert found["Ilse Marten-Kask"][0] == "", found
    assert found["Toomas Rebane"][0] == "editor", found


def test_lower_case_edited_by_names_the_editor() -> None:
    found = people(
        "The port will reopen in May.\n\n(Compiled by Chipo Dube; edited by Tafara Ncube)"
    )
    assert "Tafara Ncube" in found, found


# --- a transcript's host who says their own name ----------------------------------------------
_SHOW = (
    "HARBOUR TV - EVENING BUSINESS\n\n"
    "{label}: Good evening and welcome. I'm Mirela Kostadinova-Vale. Tonight: the new port.\n\n"
    "PETROV: Thank you. The port opens in May.\n\n"
    "{label}: And the cost?\n\n"
    "PETROV: About 300 million euros.\n"
)


def test_host_label_names_the_host_who_introduces_herself() -> None:
    found = people(_SHOW.format(label="HOST"))
    assert found["Mirela Kostadinova-Vale"][0] == "host", found


def test_surname_label_names_the_host_without_a_role() -> None:
    found = people(_SHOW.format(label="KOSTADINOVA-VALE"))
    assert found["Mirela Kostadinova-Vale"][0] == "", found


@pytest.mark.parametrize(
    "text",
    [  # not a transcript; a guest's label that is neither a host's function nor the surname
        "Good evening and welcome. I'm Mirela Kostadinova-Vale, and this is the news.",
        _SHOW.format(label="GUEST"),
    ],
)
def test_self_introduction_outside_a_host_turn_is_not_read(text: str) -> None:
    found = people(text)
    assert found.get("Mirela Kostadinova-Vale", ("", "", ""))[0] == "", found


# --- a company's short name read as a person --------------------------------------------------
def test_company_short_name_is_no_person() -> None:
    text = (
        "Marlin Teluk Perkasa Tbk has won an order for two tugs. Marlin Teluk confirmed the "
        "order on Monday, and Marlin Teluk said delivery would take two years."
    )
    assert "Marlin Teluk" not in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a body named after a person ends in no legal form
            "The Kofi Annan Peacekeeping Training Centre hosted the talks. Kofi Annan said in "
            "1999 that peace needed money.",
            "Kofi Annan",
        ),
        (  # a person with a role stays a person, even named like a firm
            "Jan Verbeek Holding BV won the dredging order. Its founder, Jan Verbeek, said the "
            "yard was full.",
            "Jan Verbeek",
        ),
    ],
)
def test_person_named_like_a_body_stays_a_person(text: str, name: str) -> None:
    assert name in people(text)
