"""Round 9, people and roles: honorifics of many regions written with a stop ("Eng.", "Ir.",
"Amb.", "Mhe.", "Smt.", "Atty."), short forms inside names ("Ts.", "Sta."), with the title
before them kept as the role. Made-up sentences, with negatives that must not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _people(text: str) -> dict[str, str]:
    return {a.name: a.role for a in extract_text(text).actors if a.type.value == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Roads will be rebuilt, said Works Minister Eng. Kwabena Asare-Boadu on Monday.",
            "Kwabena Asare-Boadu",
            "Works Minister",
        ),
        (
            "It was signed by Datuk Ir. Faizal Omar Rahmat, vice-president of Kinabalu Gas.",
            "Faizal Omar Rahmat",
            "vice-president",
        ),
        (
            "The note came from Amb. Grace Wairimu Njoroge, Principal Secretary for Trade.",
            "Grace Wairimu Njoroge",
            "Principal Secretary for Trade",
        ),
        (
            "The lease was defended by Mhe. Zuberi Hamisi Mwinyi, Minister of Lands, on Friday.",
            "Zuberi Hamisi Mwinyi",
            "Minister of Lands",
        ),
        (
            "The visit was hosted by Smt. Lakshmi Narayanan Pillai, Minister of Commerce.",
            "Lakshmi Narayanan Pillai",
            "Minister of Commerce",
        ),
        (
            "It is void, said Atty. Renato Bautista Cruz, the agency's chief legal counsel.",
            "Renato Bautista Cruz",
            "chief legal counsel",
        ),
        (
            "The hydropower deal was signed by Lyonpo Tshering Wangdi Dorji, Minister for Trade.",
            "Tshering Wangdi Dorji",
            "Minister for Trade",
        ),
    ],
)
def test_an_honorific_with_a_stop_is_no_part_of_the_name(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert people.get(name) == role, people
    assert not {"Eng", "Ir", "Amb", "Mhe", "Smt", "Atty"} & set(people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The governor, Kh. Narantsetseg, read the statement on Monday.", "Kh. Narantsetseg"),
        ("The mayor, Ts. Batbold, opened the mine road.", "Ts. Batbold"),
        ("The column was written by Lorna Sta. Maria in Cebu.", "Lorna Sta. Maria"),
    ],
)
def test_short_forms_inside_a_name_keep_it_whole(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "Mr." still ends a run: a ministry's department before it keeps apart.
        (
            "Director General of Mineral and Coal Mr. Budi Santoso Hartono said the permit was "
            "signed.",
            "Budi Santoso Hartono",
            "",
        ),
        # "the Most Hon." between a title and a name: the title is still the role.
        (
            "Prime Minister the Most Hon. Delroy Campbell-Reid opened the port on Monday.",
            "Delroy Campbell-Reid",
            "Prime Minister",
        ),
    ],
)
def test_common_honorifics_behave_as_before(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert name in people, people
    if role:
        assert people[name] == role


def test_a_sentence_still_ends_after_an_abbreviated_state() -> None:
    people = _people("The envoy flew to the U.S. Mr. Obiora said so.")
    assert "Obiora" in people


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.type.value for a in extract_text(text).actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The watchdog Bumi Lestari said the tailings were unsafe.", "Bumi Lestari"),
        (
            "The fishermen's association Kystfiske Samband said the quota was low.",
            "Kystfiske Samband",
        ),
        (
            "Qinghe Power Overseas said in a statement that it would appeal.",
            "Qinghe Power Overseas",
        ),
        ("Tasman Ridge Resources withdrew its bid on Friday.", "Tasman Ridge Resources"),
        ("Analysts at Cedar Policy Lab called it a gamble.", "Cedar Policy Lab"),
        ("Ostrava Steel Ventures said its plant would close.", "Ostrava Steel Ventures"),
    ],
)
def test_bodies_read_as_bodies_not_people(text: str, name: str) -> None:
    assert _kinds(text).get(name) != "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A terminal will be built on the Rio Verde, the ministry said.", "Rio Verde"),
        ("The buyer took two tankers, Laut Biru and Laut Hijau, for $30 million.", "Laut Hijau"),
        ("The navy sent the frigates Hassan Rahmani and Omar Khalil to the strait.", "Omar Khalil"),
        ("The satellite will fly on a Vega C rocket next year.", "Vega C"),
        ("The hull was laid at the Cam Ranh yard in May.", "Cam Ranh"),
        (
            "A ground station will be built at Tan Binh Tech Park near the city.",
            "Tan Binh Tech Park",
        ),
        ("Water will reach 200,000 residents of San Pedro Norte by 2028.", "San Pedro Norte"),
    ],
)
def test_things_and_places_are_no_people(text: str, name: str) -> None:
    assert _kinds(text).get(name) != "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Lima said its board would meet on Monday.", "Ana Lima"),  # a given name
        ("Maria Fernanda Espinosa said it was a good day.", "Maria Fernanda Espinosa"),
        (
            "The company's chairman, Jorge Resende Costa, said its plan stands.",
            "Jorge Resende Costa",
        ),
        ("The analyst Tomasz Wiśniewski-Hale said the yard was full.", "Tomasz Wiśniewski-Hale"),
    ],
)
def test_people_stay_people(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "person"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Space Minister Aroha Tane-Whitmore said the launch deal was signed.",
            "Aroha Tane-Whitmore",
            "Space Minister",
        ),
        (
            "Maritime Minister Juma Bakari Said opened the port on Monday.",
            "Juma Bakari Said",
            "Maritime Minister",
        ),
        (
            "Greek Shipping Minister Nikos Vlachos-Petrou said owners would comply.",
            "Nikos Vlachos-Petrou",
            "Shipping Minister",
        ),
        (
            "Transitional President Mamadou Keita Sow has promised elections.",
            "Mamadou Keita Sow",
            "Transitional President",
        ),
        (
            "Aviation Minister Liliane Mbeki-Tshabalala said the airport would reopen.",
            "Liliane Mbeki-Tshabalala",
            "Aviation Minister",
        ),
    ],
)
def test_a_remit_before_a_title_stays_in_the_role(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


def test_a_remit_word_alone_still_names_a_body() -> None:
    kinds = _kinds("The Space Agency said the launch slipped. The Maritime Authority agreed.")
    assert kinds.get("Space Agency") == "organization"
    assert kinds.get("Maritime Authority") == "organization"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Senior Colonel Tran Quoc Hung, deputy commander of the coast guard, signed it.",
            "Tran Quoc Hung",
            "deputy commander of the coast guard",
        ),
        (
            "Brigadier (Rtd) Amina Wanjiku Otieno, the managing director, opened the yard.",
            "Amina Wanjiku Otieno",
            "managing director",
        ),
    ],
)
def test_a_graded_or_retired_rank_gives_way_to_the_function(
    text: str, name: str, role: str
) -> None:
    assert _people(text).get(name) == role


def test_a_rank_alone_is_still_the_role() -> None:
    assert _people("Senior Colonel Tran Quoc Hung inspected the ship.") == {
        "Tran Quoc Hung": "Senior Colonel"
    }


def _countries(text: str) -> dict[str, str]:
    return {a.name: a.country for a in extract_text(text).actors if a.type.value == "person"}


_LEAD_TEXT = (
    "Zambia has signed a $300 million loan with Asian lenders for a new bridge over the Zambezi, "
    "the finance ministry said on Tuesday, after two years of talks in Lusaka.\n\n"
    "Finance Minister Chanda Mwila-Banda said the loan would be repaid over 40 years. "
    "Japan's ambassador, Kenji Morita-Sato, said the bridge would open in 2029. "
    "Zambia has borrowed for bridges before. Zambia's last bridge loan was repaid early.\n\n"
    "Opposition MP Mutale Chileshe-Phiri called the loan costly. "
    "Transport Minister Bwalya Kunda told reporters in Japan the works start in June."
)


def test_a_bare_government_post_takes_the_state_of_the_lead() -> None:
    countries = _countries(_LEAD_TEXT)
    assert countries.get("Chanda Mwila-Banda") == "ZM"
    assert countries.get("Mutale Chileshe-Phiri") == "ZM"


def test_the_lead_state_is_not_given_where_another_state_is_in_the_sentence() -> None:
    countries = _countries(_LEAD_TEXT)
    assert countries.get("Kenji Morita-Sato") == "JP"  # said of Japan, not of the lead
    assert countries.get("Bwalya Kunda") != "ZM"  # "in Japan" in the sentence: not the lead's


def test_no_lead_state_when_the_lead_names_two() -> None:
    text = _LEAD_TEXT.replace("Zambia has signed", "Zambia and Malawi have signed")
    assert _countries(text).get("Chanda Mwila-Banda") == ""


def test_a_bodys_post_takes_no_state_from_the_lead() -> None:
    text = _LEAD_TEXT + " AfDB Vice President Lars Ekholm-Berg welcomed the deal."
    assert _countries(text).get("Lars Ekholm-Berg") == ""


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Harbour Weekly · 4 March 2026 · Interview by Ioana Petrescu-Vlad\n\nThe port grew.",
            {"Ioana Petrescu-Vlad"},
        ),
        (
            "Live blog by Sione Latu-Fifita in Nuku'alofa and Mere Tanoa in Suva\n\nThe storm hit.",
            {"Sione Latu-Fifita", "Mere Tanoa"},
        ),
        (
            "Issue 12 · 2 May 2026 · By Divya Raman-Chua, Singapore\n\nThe list grew.",
            {"Divya Raman-Chua"},
        ),
        (
            "By Hassan Jaber al-Tamimi and Park Soo-jin\n\nIraq will buy radars.",
            {"Hassan Jaber al-Tamimi", "Park Soo-jin"},
        ),
        ("The aid arrived. Additional reporting by Losa Vaai-Tuilagi.", {"Losa Vaai-Tuilagi"}),
    ],
)
def test_more_shapes_of_bylines_name_people(text: str, names: set[str]) -> None:
    assert names <= set(_people(text))


def test_a_byline_keeps_an_initial_at_its_end() -> None:
    people = _people("Reporting by Anna Kowalski and John F. Smith\n\nIt rained.")
    assert {"Anna Kowalski", "John F. Smith"} <= set(people)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            'Senator Benigno "Ninoy" Dela Cruz-Santos proposed a subsidy.',
            'Benigno "Ninoy" Dela Cruz-Santos',
            "Senator",
        ),
        (
            "The bill was opposed by MP Ahmed “Ahmadey” Shareef on Monday.",
            "Ahmed “Ahmadey” Shareef",
            "MP",
        ),
    ],
)
def test_a_nickname_in_quotes_stays_inside_the_name(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


def test_a_quoted_word_between_other_words_joins_nothing() -> None:
    people = _people('He said "Yes" Tuesday. The tanker "Sea Spirit" reached Lagos.')
    assert not any('"' in name for name in people)


def _roles_and_bodies(text: str) -> dict[str, tuple[str, str]]:
    return {
        a.name: (a.role, a.affiliation)
        for a in extract_text(text).actors
        if a.type.value == "person"
    }


def test_a_plural_owner_before_an_apposed_title_is_the_affiliation() -> None:
    people = _roles_and_bodies(
        "Wu Mei Lin, Harbour Cables' head of subsea projects, said the route was surveyed."
    )
    assert people.get("Wu Mei Lin") == ("head of subsea projects", "Harbour Cables")


def test_a_verb_after_the_comma_is_no_title() -> None:
    people = _roles_and_bodies(
        "The envoy, Zhou Lei, met Fiji Prime Minister Sitiveni Rabuka-Tora on the sidelines."
    )
    assert not people.get("Zhou Lei", ("", ""))[0].startswith("met ")
