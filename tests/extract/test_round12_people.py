"""Round 12, people: a person's country and role from general mechanisms (an official text's
letterhead, ...). Made-up texts and sentences (names no article holds), with negatives that must
not change."""

from __future__ import annotations

import pytest

from tests.extract.people_of import people as _people

# --- the letterhead of an official text names the state its bare officials serve -------------

_RELEASE = (
    "THE REPUBLIC OF GHANA\n"
    "MINISTRY OF ROADS AND HIGHWAYS\n"
    "\n"
    "PRESS RELEASE\n"
    "\n"
    "Accra, 4 May 2026\n"
    "\n"
    "The Ministry wishes to inform the public that a loan agreement has today been signed with a "
    "Korean lender for the Tema–Akosombo road, at a ceremony attended by Korean officials.\n"
    "\n"
    "The agreement was signed by the Minister of Roads and Highways, Hon. Kwame Asante-Boateng, "
    "and by the bank's vice president, Kim Jae-won.\n"
    "\n"
    '"This road will carry our cocoa to the port," said Deputy Minister Efua Mensah-Larbi.\n'
)
_HANSARD = (
    "PARLIAMENT OF THE REPUBLIC OF VANUATU\n"
    "DAILY HANSARD\n"
    "TUESDAY, 3RD MARCH, 2026\n"
    "\n"
    "MINISTERIAL STATEMENT\n"
    "\n"
    "Port Vila wharf contract with an Australian builder\n"
    "\n"
    "Minister of Infrastructure Jotham Lini-Kalo told the House that the contract had been "
    "suspended while engineers assess storm damage to the wharf. Australia has offered to pay "
    "for the assessment.\n"
)
_GOVERNMENT_LINE = (
    "Government of the Republic of Moldova | Press Service\n"
    "\n"
    "Chisinau, 16 January 2026 – The Republic of Moldova and the Federal Republic of Germany "
    "today signed an agreement for a grant of 45 million euros for school roofs and boilers, "
    "the government said in a statement issued after the ceremony.\n"
    "\n"
    '"Every leu we save on heat is a leu for teachers," said Prime Minister Ion Vrabie-Cojocaru, '
    "who received the German delegation.\n"
)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (_RELEASE, "Kwame Asante-Boateng", "GH"),
        (_RELEASE, "Efua Mensah-Larbi", "GH"),
        (_HANSARD, "Jotham Lini-Kalo", "VU"),
        (_GOVERNMENT_LINE, "Ion Vrabie-Cojocaru", "MD"),
    ],
)
def test_bare_post_takes_the_letterheads_state(text: str, name: str, country: str) -> None:
    assert _people(text)[name][2] == country


# A joint statement: both sides' officials are bare. A body's post is the body's. A news
# outlet's masthead is no government's. A visitor is the other side's.
_JOINT = (
    "THE REPUBLIC OF GHANA\n"
    "MINISTRY OF FOREIGN AFFAIRS\n"
    "\n"
    "JOINT STATEMENT\n"
    "\n"
    "The two foreign ministers met in Accra on Monday and agreed to open a shipping line between "
    "their ports, the ministry said in a statement issued after the talks.\n"
    "\n"
    "Foreign Minister Ama Owusu-Ansah and Foreign Minister Ibrahima Ndiaye-Sall signed it.\n"
)
_BODY_POST = (
    "MINISTRY OF NATIONAL DEFENCE – REPUBLIC OF URUGUAY\n"
    "Press Office\n"
    "\n"
    "The Ministry of National Defence today signed a contract with the Brazilian manufacturer "
    "Aeronaves Serra Alta S.A. for six training aircraft, to be delivered from 2028 onwards.\n"
    "\n"
    "The contract was signed by the Vice President of Markets of Aeronaves Serra Alta, Joaquim "
    "Teles-Barreto.\n"
)
_MASTHEAD = (
    "THE HARBOUR GAZETTE | Lagos | Monday 4 May 2026\n"
    "\n"
    "Nigeria and Ghana are in talks on a gas pipeline extension along the coast, officials of "
    "both governments said on Monday, and a decision is expected by the end of the year.\n"
    "\n"
    "Energy Minister Kofi Boateng-Mensah said the talks were going well.\n"
)
_VISITOR = (
    "REPUBLIC OF KENYA\n"
    "MINISTRY OF TRADE\n"
    "\n"
    "Nairobi, 2 June 2026 – The Ministry of Trade hosted a business forum on exports of tea and "
    "flowers, with buyers from across the Gulf, the ministry said in a statement.\n"
    "\n"
    "The forum was opened by the visiting Trade Minister Khalid Al-Harthy-Said.\n"
)


# Short lines of news with no heading apart from them: no letterhead.
_NO_HEADING = (
    "Cambodian government spokesman Pen Vannak said the firm was not involved.\n"
    "Government spokesman Sok Chanthy-Roeun said talks would resume.\n"
    "\n"
    "Talks will resume next week.\n"
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_NO_HEADING, "Sok Chanthy-Roeun"),
        (_JOINT, "Ama Owusu-Ansah"),
        (_JOINT, "Ibrahima Ndiaye-Sall"),
        (_BODY_POST, "Joaquim Teles-Barreto"),
        (_MASTHEAD, "Kofi Boateng-Mensah"),
        (_VISITOR, "Khalid Al-Harthy-Said"),
    ],
)
def test_no_letterhead_state(text: str, name: str) -> None:
    role, _affiliation, country = _people(text)[name]
    assert role
    assert country not in {"GH", "UY", "NG", "KE", "KH"}


# --- a state's possessive owns the title set off by a comma before the name -----------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "China's special envoy for Pacific affairs, Liu Wenbo, met the leaders.",
            "Liu Wenbo",
            "special envoy for Pacific affairs",
            "CN",
        ),
        (
            "The vote was held in May.\nEcuador's ambassador to the UN, Sofia Maldonado-Reyes, "
            "opened the debate.",
            "Sofia Maldonado-Reyes",
            "ambassador to the UN",
            "EC",
        ),
        (
            "The grant was signed by Mauritania's coast guard chief, Colonel Ahmed Ould "
            "Sidi-Baba, on Monday.",
            "Ahmed Ould Sidi-Baba",
            "coast guard chief",
            "MR",
        ),
        (
            "The deal was signed by Colonel Ahmed Ould Sidi-Baba.\nKenya's navy commander, Major "
            "General Joseph Otieno-Kamau, said the ships were ready.",
            "Joseph Otieno-Kamau",
            "navy commander",
            "KE",
        ),
    ],
)
def test_state_possessive_title_before_comma(text: str, name: str, role: str, country: str) -> None:
    assert _people(text)[name][0] == role
    assert _people(text)[name][2] == country


def test_company_possessive_title_gives_no_state() -> None:
    text = (
        "Talks resumed in Nairobi on Monday. Tullow's exploration chief, Dr. Amina "
        "Wekesa-Odhiambo, said the wells were dry."
    )
    assert _people(text)["Amina Wekesa-Odhiambo"][2] == ""


# --- a company's legal form that only one state writes gives its people that state ---------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The patrol boats will be built by Perdana Teluk Marine Sdn Bhd. Its managing "
            "director, Lim Chee Wah, said work would start in March.",
            "Lim Chee Wah",
            "MY",
        ),
        (
            "Kestrel Radio Networks Oyj won the contract. Kestrel Radio Networks Oyj chief "
            "executive Aino Lehtinen-Koski said the radios would ship in May.",
            "Aino Lehtinen-Koski",
            "FI",
        ),
        (
            "Aoba Orbital Launch K.K. will carry the satellite, said Daichi Morikawa, chief "
            "executive of Aoba Orbital Launch K.K.",
            "Daichi Morikawa",
            "JP",
        ),
    ],
)
def test_legal_form_gives_the_state(text: str, name: str, country: str) -> None:
    assert _people(text)[name][2] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Harbour Lines Ltd won the contract, said Daniel Okafor-Reid, chief executive of "
            "Harbour Lines Ltd.",
            "Daniel Okafor-Reid",
        ),
        (
            "Marmara Denizcilik AS will build the ships, said Selin Aksoy-Demir, chief executive "
            "of Marmara Denizcilik AS.",
            "Selin Aksoy-Demir",
        ),
    ],
)
def test_shared_legal_form_gives_no_state(text: str, name: str) -> None:
    assert _people(text)[name][2] == ""


# --- a visitor is not the host's; a counterpart is the other side of the meeting -----------

_VISIT_BLOCK = (
    "Vietnam has agreed to buy two patrol ships from Spain, the Vietnamese defence ministry said "
    "on Monday.\n"
    "\n"
    "The ships will be built in Ferrol and delivered in 2028. Vietnam has bought from Spain "
    "before.\n"
    "\n"
    "Defence Minister Ana Ruiz-Salas, on a visit to Hanoi, said the deal would create 800 jobs "
    "in Vietnam's partner yards.\n"
    "\n"
    "Vietnam will pay in four instalments.\n"
)
_VISIT_DATELINE = (
    "HANOI, May 4 (Reuters) - Vietnam will buy two patrol ships from a Spanish yard, officials "
    "said on Monday.\n"
    "\n"
    '"This is a good day for both navies," Defence Minister Ana Ruiz-Salas, on an official '
    "visit to Hanoi, told reporters.\n"
    "\n"
    '"We need the ships," Defence Minister Tran Van Hoa said.\n'
)


@pytest.mark.parametrize("text", [_VISIT_BLOCK, _VISIT_DATELINE])
def test_a_visitor_does_not_take_the_hosts_state(text: str) -> None:
    assert _people(text)["Ana Ruiz-Salas"][2] != "VN"


def test_the_host_still_takes_the_dateline_state() -> None:
    assert _people(_VISIT_DATELINE)["Tran Van Hoa"][2] == "VN"


_COUNTERPART_TWO = (
    "Vietnam and Indonesia agreed on Tuesday to settle their sea border, officials said.\n"
    "\n"
    "Foreign Minister Nguyen Thi Lan met her Indonesian counterpart, Retno Wulandari-Sari, in "
    "Jakarta.\n"
    "\n"
    "The two ministers will meet again next year.\n"
)
_COUNTERPART_THREE = _COUNTERPART_TWO.replace(
    "Vietnam and Indonesia", "Vietnam, Malaysia and Indonesia"
)


def test_counterpart_in_a_two_state_text_is_the_other_side() -> None:
    found = _people(_COUNTERPART_TWO)
    assert found["Retno Wulandari-Sari"][2] == "ID"
    assert found["Nguyen Thi Lan"][2] == "VN"


def test_counterpart_in_a_three_state_text_gives_no_state() -> None:
    assert _people(_COUNTERPART_THREE)["Nguyen Thi Lan"][2] == ""


# --- a hard-wrapped line (a PDF, a narrow page) that breaks inside a person's name ---------

_WRAPPED = (
    "The loan was approved on Monday by the board of the regional development bank in its\n"
    "meeting at the headquarters. The Minister of Finance and Planning, Hon. Tiwonge\n"
    "Banda-Mhango, welcomed the approval and said the money would reach the districts.\n"
    "The Minister of Water, Lands and Housing, Rosa Elvira\n"
    "Quispe-Mamani, said the first tender would be launched in the first half of 2027.\n"
    "The signing took place in the presence of the Governor of the Northern Region, Colonel\n"
    "Fode Kouyate-Sylla.\n"
)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Tiwonge Banda-Mhango", "Minister of Finance and Planning"),
        ("Rosa Elvira Quispe-Mamani", "Minister of Water, Lands and Housing"),
    ],
)
def test_a_name_broken_across_lines_is_one_name(name: str, role: str) -> None:
    found = _people(_WRAPPED)
    assert found[name][0] == role
    assert "Rosa Elvira" not in found


def test_a_contact_label_under_a_name_is_no_surname() -> None:
    text = (
        "For more information, please contact the press office of the ministry, Ayumi\n"
        "Phone: +81 3 5555 0101\n"
        "Email: press@example.invalid\n"
    )
    assert not any("Phone" in name for name in _people(text))


# --- a signatory takes the state the text says they signed for -------------------------------

_SIGNED = (
    "The exchange of notes was signed in Dushanbe on Monday. Ambassador Hiroshi Takeda-Ono "
    "signed for Japan.\n"
    "R. K. Shrestha-Thapa, the finance secretary, signed the financing agreements on behalf of "
    "the Government of Nepal.\n"
    "Minister of the Armed Forces Ndeye Fatou Sarr-Ba signed for Dakar; chief executive Kerem "
    "Aydin-Oglu signed for the yard.\n"
)


@pytest.mark.parametrize(
    ("name", "country"),
    [("Hiroshi Takeda-Ono", "JP"), ("R. K. Shrestha-Thapa", "NP"), ("Ndeye Fatou Sarr-Ba", "SN")],
)
def test_signatory_takes_the_side_signed_for(name: str, country: str) -> None:
    assert _people(_SIGNED)[name][2] == country


def test_signing_for_a_company_gives_no_state() -> None:
    assert _people(_SIGNED)["Kerem Aydin-Oglu"][2] == ""
