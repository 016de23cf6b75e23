"""Round 20, people's roles on unseen text (issue 10): plain titles next to a name that the
chunk rules leave unread. Made-up sentences only, with negatives that must not change."""

from __future__ import annotations

import pytest

from tests.extract.people_of import people as _people


# --- a title before the comma, a style after it, an occupation next to the name -------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a title owned by a body, a state or "its", set off by a comma before the name
        (
            "Tavira Cells signed the supply deal. Tavira's purchasing chief, Oh Min-jun, called "
            "the supply close to its plants.",
            "Oh Min-jun",
            "purchasing chief",
        ),
        (
            "Cova Blue Capital, a small advisory firm, designed the fund; its managing partner, "
            "Edmilson Tavares Lobo, says it could grow.",
            "Edmilson Tavares Lobo",
            "managing partner",
        ),
        (
            "The Treasury designated Nuba Haulage Company and its owner, Idris Kamal Osman "
            "Wardi, on Tuesday.",
            "Idris Kamal Osman Wardi",
            "owner",
        ),
        (
            "The utility's head of generation, Teodoro Ulloa Pineda, told the committee the "
            "cracks were small.",
            "Teodoro Ulloa Pineda",
            "head of generation",
        ),
        # the function before a style or rank that the older rules took as the role
        (
            "Not everyone agrees. The Kessel town council's mayor, Councillor Anneli "
            "Shikwambi-Rooi, said the town needs houses first.",
            "Anneli Shikwambi-Rooi",
            "mayor",
        ),
        (
            "The Regional Union envoy, Ambassador Clarisse Agbodjan-Houde, left without "
            "speaking to the press.",
            "Clarisse Agbodjan-Houde",
            "envoy",
        ),
        (
            "The utility's head of generation, engineer Teodoro Ulloa Pineda, told the deputies "
            "that the cracks were small.",
            "Teodoro Ulloa Pineda",
            "head of generation",
        ),
        # an everyday occupation in the apposition after the name
        (
            '"A deeper river matters more," said Anselmo Ruiz Peralta, a partner at the '
            "consultancy Litoral Datos in Rosario.",
            "Anselmo Ruiz Peralta",
            "partner",
        ),
        (
            '"The ships wait," says Kalpokas Tari Molisa, a stevedore foreman who has worked on '
            "the wharf for years.",
            "Kalpokas Tari Molisa",
            "stevedore foreman",
        ),
        # an occupation right before the name
        (
            "At the fish plant on the waterfront, shift supervisor Johannes Nghipandulwa was more "
            "hopeful.",
            "Johannes Nghipandulwa",
            "shift supervisor",
        ),
        # a radio transcript: the presenter's line names a guest's function the same way
        (
            "HOST: Good morning. With me in the studio is shift supervisor Johannes Nghipandulwa, "
            "who has worked at the plant for ten years.\n"
            "NGHIPANDULWA: Thank you.\n",
            "Johannes Nghipandulwa",
            "shift supervisor",
        ),
    ],
)
def test_a_plain_title_next_to_the_name_is_read(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # what the older rules read stays as it was
        (
            "Kestrel Marine won the contract. Its chief executive, Jordi Amblas Puig, said work "
            "would start soon.",
            "Jordi Amblas Puig",
            "chief executive",
        ),
        # a fronted phrase before the comma is no function: the style stays the role
        (
            "Speaking in Kyiv, General Oleksandr Hrytsenko-Bilyk said the corridor was safe.",
            "Oleksandr Hrytsenko-Bilyk",
            "General",
        ),
        (
            "In the capital, Ambassador Clarisse Agbodjan-Houde met the foreign minister.",
            "Clarisse Agbodjan-Houde",
            "Ambassador",
        ),
        # a firm's word after "a" is no occupation ("a partner firm")
        (
            '"We will bid," said Anselmo Ruiz Peralta, a partner firm of the consortium.',
            "Anselmo Ruiz Peralta",
            "",
        ),
        # a verb before the occupation word is not part of it
        (
            '"The mine will open soon," said farmer Grace Mensah-Bediako.',
            "Grace Mensah-Bediako",
            "farmer",
        ),
        (
            '"It will open," the manager told farmer Grace Mensah-Bediako on Monday.',
            "Grace Mensah-Bediako",
            "farmer",
        ),
        # a signature block: the closing before the line break is no title
        (
            "We remain at your disposal.\n\nYours sincerely,\nMariana Lopes Vieira\n"
            "Lopes Vieira & Associados\n",
            "Mariana Lopes Vieira",
            "",
        ),
    ],
)
def test_what_is_no_plain_title_is_not_read(text: str, name: str, role: str) -> None:
    found = _people(text)
    assert name in found
    assert found[name][0] == role


def test_a_table_row_does_not_lend_its_neighbour_cell() -> None:
    text = (
        "Shareholders of the terminal company\n\n"
        "| Holder | Kind | Share |\n"
        "| --- | --- | --- |\n"
        "| Marisol Ibarra Ferraz | owner | 40% |\n"
        "| Puerto Sur SA | partner | 60% |\n"
    )
    found = _people(text)
    assert found.get("Marisol Ibarra Ferraz", ("",))[0] == ""
    assert "Puerto Sur SA" not in found


def test_the_body_before_a_possessive_title_is_the_affiliation() -> None:
    text = (
        "Tavira Cells signed the supply deal on Monday. Tavira Cells's purchasing chief, Oh "
        "Min-jun, called the supply close to its plants."
    )
    assert _people(text)["Oh Min-jun"][:2] == ("purchasing chief", "Tavira Cells")


# --- signature blocks under a sign-off or a style; ranks in another language -----------------
_NOTICE = (
    "Notice of award\n\n"
    "The contract was awarded to Astilleros Ribera SA.\n\n"
    "Licda. Marisela Obaldia Quintero\n"
    "Procurement Manager\n\n"
    "Atentamente,\n"
    "Capitán de Navío C.G. DEM Ezequiel Tomás Urrutia Solana\n"
    "Head of the Convening Unit\n\n"
    "By order of the Board\n"
    "Wambui Kisanga-Lema\n"
    "Company Secretary\n"
    "Arusha, 9 February 2027\n"
)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Marisela Obaldia Quintero", "Procurement Manager"),  # a style before the name
        ("Ezequiel Tomás Urrutia Solana", "Head"),  # a rank and a corps' letters; the unit cut
        ("Wambui Kisanga-Lema", "Company Secretary"),  # under "By order of the Board"
    ],
)
def test_a_signature_block_under_a_sign_off_or_a_style(name: str, role: str) -> None:
    assert _people(_NOTICE)[name][0] == role


def test_a_heading_pair_is_no_signature_block() -> None:
    text = (
        "Summit programme\n\n"
        "General Assembly Hall\n"
        "Opening Session Chair\n\n"
        "Delegates from Chile and Peru met in the hall on Monday.\n\n"
        "Yours faithfully,\n"
        "Procurement Review Panel\n"
        "Secretariat Office\n"
    )
    found = _people(text)
    assert not any("Assembly" in name or "Panel" in name for name in found)


def test_a_spanish_rank_stays_out_of_the_name() -> None:
    text = (
        "Aviso de adjudicación\n\n"
        "The tender was awarded to Astilleros Ribera SA.\n\n"
        "Responsable: Capitán de Navío Ezequiel Urrutia Solana, Director de Material Naval.\n"
    )
    assert _people(text) == {"Ezequiel Urrutia Solana": ("Director de Material Naval", "", "")}


# --- a writer's note at the foot of an article -----------------------------------------------
_FEATURE = (
    "Where the road ends\n\n"
    "By Kamala Thapa Gurung\n\n"
    "DAMAULI — From the ridge above the river you can see the scar where the access road "
    "ends. The Gandaki Power Company signed a loan for the dam last month.\n\n"
    "Kamala Thapa Gurung is the Chronicle's Gandaki Province correspondent.\n"
)


def test_a_writers_note_gives_the_outlets_title() -> None:
    assert _people(_FEATURE)["Kamala Thapa Gurung"][0] == "Gandaki Province correspondent"


@pytest.mark.parametrize(
    "note",
    [
        "Kamala Thapa Gurung is the Chronicle's guest this week.",  # no title word
        "Kamala Thapa Gurung is the Chronicle's correspondent and the author of two books.",
    ],
)
def test_a_note_without_a_plain_title_gives_none(note: str) -> None:
    text = _FEATURE.rsplit("\n\n", 1)[0] + "\n\n" + note + "\n"
    assert _people(text)["Kamala Thapa Gurung"][0] == ""


def test_a_transcript_label_with_a_dotted_capital_keeps_the_name_whole() -> None:
    # "İ" lower-cases to two characters: the name must still be read where it is written.
    text = (
        "RADIO GULF – EVENING HOUR\n\n"
        "HOST: Good evening. With me is Dr İlkay Demir-Sahin of the Ankara Energy Forum.\n\n"
        "DEMİR-SAHİN: Thank you.\n\n"
        "HOST: A short report now from our correspondent in Bushehr, Reza Moradi-Tabrizi.\n\n"
        "REZA MORADI-TABRIZI (CORRESPONDENT): Thank you. Here the talk is of tankers.\n\n"
        "HOST: Thank you both.\n"
    )
    found = _people(text)
    assert found["Reza Moradi-Tabrizi"][0] == "correspondent"
    assert not any(name.startswith("eza") or name.endswith(".") for name in found)


# --- minutes: a party in brackets is no post -------------------------------------------------
_MINUTES = (
    "LANDSTING\nCommittee on Fisheries and Mineral Resources\n\n"
    "MINUTES OF MEETING No. 2/2027\n\n"
    "Present:\n"
    "Navarana Kleist-Olsen, Chair (Inuit Ataqatigiit)\n"
    "Aputsiaq Petersen-Heilmann (Siumut)\n"
    "Kalista Motzfeldt-Berthelsen (Naleraq)\n"
    "Ms. Ivalo Lund-Rosing (Clerk to the Committee)\n"
    "Mr. Hans Egede-Larsen (Chairperson)\n"
    "Mr. Malik Kristiansen-Broberg (Clerk)\n\n"
    "Item 1. Agenda\nThe agenda was approved without changes.\n"
)


@pytest.mark.parametrize(
    ("name", "role", "body"),
    [
        ("Navarana Kleist-Olsen", "Chair", "Inuit Ataqatigiit"),
        ("Aputsiaq Petersen-Heilmann", "", "Siumut"),
        ("Kalista Motzfeldt-Berthelsen", "", "Naleraq"),
        # posts in brackets stay posts
        ("Ivalo Lund-Rosing", "Clerk to the Committee", ""),
        ("Hans Egede-Larsen", "Chairperson", ""),
        ("Malik Kristiansen-Broberg", "Clerk", ""),
    ],
)
def test_a_party_in_brackets_is_the_members_body(name: str, role: str, body: str) -> None:
    assert _people(_MINUTES)[name][:2] == (role, body)


def test_no_party_is_read_as_a_person() -> None:
    assert not any("Ataqatigiit" in name for name in _people(_MINUTES))


def test_an_inline_attendance_item_keeps_its_post_after_the_party() -> None:
    text = (
        "Standing Committee on Defence\n\nMinutes of the meeting of 14 January 2027\n\n"
        "Present: Mrs Ilse de Vries-Lindqvist (VVD), chair; Mr Younes El Amrani "
        "(GroenLinks-PvdA); Mrs Sanne Oosterwijk (D66).\n"
    )
    found = _people(text)
    assert found["Ilse de Vries-Lindqvist"][:2] == ("chair", "VVD")
    assert found["Sanne Oosterwijk"][:2] == ("", "D66")


# --- a capitalised title before the comma, a name with an initial after it ------------------
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Mongolia signed the loan on Monday. The Minister of Finance, B. Ganbold, said it "
            "was cheap.",
            "Minister of Finance",
        ),
        ("The Bank of Mongolia, B. Ganbold said, will lend.", ""),  # a body, no title
        ("The Ministry of Finance, B. Ganbold said, will lend.", ""),
    ],
)
def test_a_capital_title_before_an_initialled_name(text: str, role: str) -> None:
    assert _people(text)["B. Ganbold"][0] == role


# --- a capitalised title right before an honorific -------------------------------------------
def test_a_list_of_titled_people_gives_each_their_own_title() -> None:
    text = (
        '"The mission thanks Governor Dr. Ruwan Senanayake-Dias, Secretary to the Treasury Mr. '
        'Kasun Wijeratne Perera, and their teams," the Fund said.'
    )
    found = _people(text)
    assert found["Ruwan Senanayake-Dias"][0] == "Governor"
    assert found["Kasun Wijeratne Perera"][0] == "Secretary to the Treasury"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Minister of Energy and Minerals Dr. Khalid bin Saif Al Harthy told reporters in "
            "Muscat that acreage would be returned.",
            "Khalid bin Saif Al Harthy",
            "Minister of Energy and Minerals",
        ),
        # a sentence, not a title, before the honorific
        (
            "The deal is done. Mr. David Perera-Silva said it was good.",
            "David Perera-Silva",
            "",
        ),
        (
            "The bid went to Kandy Ports Holdings. Mr. David Perera-Silva said it was good.",
            "David Perera-Silva",
            "",
        ),
    ],
)
def test_a_capital_title_before_an_honorific(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


# --- a label's list of people between semicolons ---------------------------------------------
_AWARD = (
    "Final award in a concession dispute\n\n"
    "Tribunal: Professor Ingeborg Solvang-Aebi, President; Obiora Nwankwo-Eze SAN, arbitrator "
    "appointed by the Claimants; Maître Élodie Mavoungou-Tati, arbitrator appointed by the "
    "Respondent.\n"
    "Counsel: Harcourt Lindgren LLP (London) for the Claimants; Cabinet Mouanda & Associés "
    "(Brazzaville) for the Respondent.\n\n"
    "Counsel: Mr. Kiprotich Chemutai, SC, for the Applicant; Ms. Njeri Wambugu, Principal "
    "State Counsel, for the Respondent; Mr. Zhou Yiming for the Interested Party.\n\n"
    "The tribunal dismissed the claim in part.\n"
)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Ingeborg Solvang-Aebi", "President"),
        ("Obiora Nwankwo-Eze", "arbitrator appointed by the Claimants"),  # a post-nominal
        ("Élodie Mavoungou-Tati", "arbitrator appointed by the Respondent"),  # "Maître" left out
        ("Kiprotich Chemutai", "counsel"),  # "for the Applicant" is no post: the label's
        ("Njeri Wambugu", "Principal State Counsel"),
        ("Zhou Yiming", "counsel"),
    ],
)
def test_a_labels_list_gives_each_person_their_post(name: str, role: str) -> None:
    assert _people(_AWARD)[name][0] == role


def test_firms_in_a_counsel_list_are_no_people() -> None:
    found = _people(_AWARD)
    assert not any("Lindgren" in name or "Mouanda" in name for name in found)
    assert not any(name.startswith("Maître") for name in found)


# --- a designation entry's reasons -----------------------------------------------------------
_DESIGNATIONS = (
    "Council implementing regulation: persons added to the list\n\n"
    "A. Individuals\n\n"
    "1. Aloys NTAHOMVUKIYE\n"
    "Date of birth: 4.11.1969. Nationality: Burundian. Address: Bujumbura, Burundi.\n"
    "Reasons: Businessman who organises the transport of gold across the lake.\n\n"
    "2. Harriet NAKIMERA SSEBUNYA\n"
    "Date of birth: 27.7.1983. Nationality: Ugandan.\n"
    "Reasons: Managing director of Lakeside Bullion Refinery Ltd. Under her direction the "
    "refinery accepted gold with false certificates.\n\n"
    "3. Joseph KABUYE MUGISHA\n"
    "Date of birth: 2.2.1970. Nationality: Ugandan.\n"
    "Reasons: Provided trucks to the armed group in 2025 and 2026.\n"
)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Aloys Ntahomvukiye", "Businessman"),
        ("Harriet Nakimera Ssebunya", "Managing director"),
        ("Joseph Kabuye Mugisha", ""),  # the reasons open with a verb: no post
    ],
)
def test_a_listed_persons_reasons_give_the_post(name: str, role: str) -> None:
    found = _people(_DESIGNATIONS)
    assert found[name][0] == role
