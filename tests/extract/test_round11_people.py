"""Round 11, people: a person's country in texts about several states (a bare government post
written in a paragraph about its side), and roles in shapes the retired sets taught. Made-up
articles and sentences (names no article holds), with negatives that must not change."""

from __future__ import annotations

import pytest

from tests.extract.people_of import people as _people

# A bare post in a paragraph that names one state, the state the whole text names most.
_PARAGRAPH_STATE = (
    "Zambia has agreed a $300 million loan with China for a new rail line, the two governments "
    "said on Monday.\n"
    "\n"
    "The loan will run for 20 years. Chinese banks have lent to Zambia before, and China is its "
    "largest creditor.\n"
    "\n"
    "Zambia's cabinet approved the terms last week. Finance Minister Chanda Mulenga-Phiri said "
    "the line would cut freight costs by a third.\n"
    "\n"
    "Zambia expects the first trains in 2029."
)
_PARAGRAPH_PLACE = (
    "Uruguay and South Korea signed a deal on Tuesday for two patrol ships, officials said.\n"
    "\n"
    "The ships will be built by a yard in Busan. Uruguay will pay in four instalments.\n"
    "\n"
    "Uruguay's navy has asked for new hulls since 2019. At the naval base in Montevideo, Defence "
    "Minister Rosario Etcheverry-Lanz said the ships would patrol the river mouth.\n"
    "\n"
    "Uruguay plans to order two more later."
)
# The paragraph names the other state (its capital and its name): the post may be that one's.
_OTHER_PARAGRAPH = (
    "Zambia has agreed a $300 million loan with China for a new rail line, the two governments "
    "said on Monday.\n"
    "\n"
    "Zambia's cabinet approved the terms last week, and Zambia will repay from copper sales.\n"
    "\n"
    "In Beijing, the loan was welcomed as a sign of friendship with China. Commerce Minister Wei "
    "Lanqing said more lending would follow.\n"
    "\n"
    "Zambia expects the first trains in 2029."
)
# The paragraph names the most-named state only inside a lender's name.
_STATE_IN_BODY = (
    "The Maldives has renegotiated a credit line with India for an airport, officials said.\n"
    "\n"
    "India and the Maldives signed the first agreement in 2022. India has since cut the amount.\n"
    "\n"
    "The works will be financed by the Export-Import Bank of India. Finance Minister Hassan "
    "Rasheed-Latheef said the revised loan was smaller.\n"
    "\n"
    "India remains a partner."
)
# A visitor signs in the other state's capital.
_SIGNED_ABROAD = (
    "Senegal will buy three patrol boats from Turkey, financed by a Turkish loan, two people "
    "said.\n"
    "\n"
    "Turkey's export bank approved the credit last week. Turkey has sold ships to West Africa "
    "before.\n"
    "\n"
    "The loan agreement was signed in Ankara on Friday by Finance Minister Moussa Diagne-Fall and "
    "the bank.\n"
    "\n"
    "Senegal's navy will receive the first boat in 2028."
)
# Two states named as often: no "most named" state.
_TIE = (
    "Zambia has agreed a loan with China for a new rail line, the two governments said.\n"
    "\n"
    "China and Zambia have worked together before.\n"
    "\n"
    "In Lusaka, Finance Minister Chanda Mulenga-Phiri said the line would cut costs.\n"
    "\n"
    "Work starts next year."
)
# Someone else in the sentence already speaks for the paragraph's state.
_VISITING = (
    "Chile and the Philippines signed a free trade agreement on Monday, officials said.\n"
    "\n"
    "Chile's exports of copper will enter the Philippines duty-free. Chile hopes to double sales.\n"
    "\n"
    "The agreement was signed in the presence of President Ramon Dizon-Arroyo and visiting "
    "Chilean President Matías Urrejola-Soto.\n"
    "\n"
    "Chile will host the next round."
)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (_PARAGRAPH_STATE, "Chanda Mulenga-Phiri", "ZM"),
        (_PARAGRAPH_PLACE, "Rosario Etcheverry-Lanz", "UY"),
        (_OTHER_PARAGRAPH, "Wei Lanqing", ""),
        (_STATE_IN_BODY, "Hassan Rasheed-Latheef", ""),
        (_SIGNED_ABROAD, "Moussa Diagne-Fall", ""),
        (_TIE, "Chanda Mulenga-Phiri", ""),
        (_VISITING, "Ramon Dizon-Arroyo", ""),
        # One block: its paragraph is the whole text, and its state only the most named.
        (
            "Lima may buy six trainers from a firm owned by the family of President Anselmo "
            "Varga-Ruiz's son-in-law.\n\nPeru has not said more.",
            "Anselmo Varga-Ruiz",
            "",
        ),
    ],
)
def test_bare_post_takes_its_paragraphs_state(text: str, name: str, country: str) -> None:
    assert _people(text)[name][2] == country


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # A place with an apostrophe ends an envoy's title.
        (
            "Norway's ambassador in Ou'ahila, Ingrid Tollefsen-Berg, and the minister signed "
            "the grant.",
            "Ingrid Tollefsen-Berg",
            "ambassador in Ou'ahila",
            "Norway",
        ),
        # "in <Place>" after a lower-case title with an article: where the person is.
        (
            "A deputy trade minister in Valdor, Ana Petrosyan-Reed, said exporters would use "
            "the port.",
            "Ana Petrosyan-Reed",
            "deputy trade minister",
            "",
        ),
        (
            "Our correspondent in Port Lenn, Mireille Okoro-Vance, will be filing overnight.",
            "Mireille Okoro-Vance",
            "correspondent",
            "",
        ),
        # A body the text names, capitalised before the title.
        (
            "The Tavira Commission approved the grant. The Commission will pay in May. The sum "
            "was confirmed by a Commission spokesperson, Joris Vermeulen-Dar, who said more may "
            "follow.",
            "Joris Vermeulen-Dar",
            "spokesperson",
            "Tavira Commission",
        ),
        # One title word after "a", right after a body is named: that body's.
        (
            "Tasman Quay Holdings said it would seek arbitration in Geneva. A spokesman, "
            "Marcus Tay Wei-Lun, said the consortium had investors.",
            "Marcus Tay Wei-Lun",
            "spokesman",
            "Tasman Quay Holdings",
        ),
        # Negatives: no body just named; a lower-case complement after "in"; a date, no title.
        (
            "Kenya will buy the ships. A spokesman, Marcus Tay Wei-Lun, said the deal was good.",
            "Marcus Tay Wei-Lun",
            "",
            "",
        ),
        (
            "A man in Port Lenn, Tomas Reyes-Lind, said the road was closed.",
            "Tomas Reyes-Lind",
            "",
            "",
        ),
        (
            "The contract was signed in Izmir on Friday by the navy's chief of staff, Rear "
            "Admiral Joseph Okafor-Lindh, and the yard's chairman.",
            "Joseph Okafor-Lindh",
            "chief of staff",
            "",
        ),
    ],
)
def test_title_before_a_comma_with_a_place_or_a_body(
    text: str, name: str, role: str, affiliation: str
) -> None:
    got = _people(text)[name]
    assert (got[0], got[1]) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # A people-moves line: "X becomes <office>" (a rank before the name is no office).
        (
            "PEOPLE\n- Rear Admiral Lucia Brandt-Oyelaran becomes Velmora's Chief of Navy on "
            "1 December.\n- Bekzod Tursunov-Hale becomes deputy minister of energy of Uzbekistan.",
            "Lucia Brandt-Oyelaran",
            "Chief of Navy",
            "",
        ),
        (
            "PEOPLE\n- Bekzod Tursunov-Hale becomes deputy minister of energy of Uzbekistan.",
            "Bekzod Tursunov-Hale",
            "deputy minister of energy",
            "Uzbekistan",
        ),
        (
            "Ana Lindqvist-Moro becomes chief executive of Harbourline on Monday, the company "
            "said.",
            "Ana Lindqvist-Moro",
            "chief executive",
            "Harbourline",
        ),
        # Negative: what someone becomes is no office unless it is a title.
        (
            "Marta Quiroga-Len becomes a problem for the party, Tomas Reyes-Lind said.",
            "Marta Quiroga-Len",
            "",
            "",
        ),
    ],
)
def test_people_moves_becomes(text: str, name: str, role: str, affiliation: str) -> None:
    got = _people(text)[name]
    assert got[0] == role
    if affiliation:
        assert got[1] == affiliation


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A written answer: "<Title> (<address form> <Name>):" - the address form is no role and
        # no part of the name; a one-letter word ("Ó") is part of the name.
        (
            "Minister for Fisheries (Deputy Ruairí Ó Ceallaigh-Byrne): I can confirm that my "
            "Department signed a contract on 6 October.",
            "Ruairí Ó Ceallaigh-Byrne",
            "Minister for Fisheries",
        ),
        (
            "Tánaiste and Minister for Fisheries (Deputy Eoin Mac Giolla Bhríde): My Department "
            "signed a contract.",
            "Eoin Mac Giolla Bhríde",
            "Tánaiste and Minister for Fisheries",
        ),
        (
            "The Minister of State for Defence (Baroness Tilda Marsh-Owen): The contract was "
            "signed in May.",
            "Tilda Marsh-Owen",
            "Minister of State for Defence",
        ),
        # Negative: the address form alone before a name stays as it was (a member's title in
        # some parliaments' answers).
        (
            "Deputy Ruairí Ó Ceallaigh-Byrne: The contract was terminated.",
            "Ruairí Ó Ceallaigh-Byrne",
            "Deputy",
        ),
    ],
)
def test_title_then_bracketed_name_with_an_address_form(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # An interview's opening line: "X has been <office> since ...".
        (
            "Apia, 20 November. Hon. Tavita Ioane-Reid has been Minister of Works, Transport and "
            "Infrastructure since 2023. He spoke to us in his office.",
            "Tavita Ioane-Reid",
            "Minister of Works, Transport and Infrastructure",
        ),
        # Occupations of ordinary people quoted in reports.
        (
            '"Now we can plan," said Henrik Solvang-Berg, skipper of the trawler Nordlys, which '
            "fished in May.",
            "Henrik Solvang-Berg",
            "skipper of the trawler Nordlys",
        ),
        (
            '"I will believe it when I see the train," said Jairo Benavides-Paz, a shopkeeper on '
            "Avenida Ciudad de Pasto.",
            "Jairo Benavides-Paz",
            "shopkeeper on Avenida Ciudad de Pasto",
        ),
        # Negatives: what someone has been is no office unless it is a title.
        (
            "Marta Quiroga-Len has been critical of the deal, Tomas Reyes-Lind said.",
            "Marta Quiroga-Len",
            "",
        ),
        ("Marta Quiroga-Len has been in office since 2021.", "Marta Quiroga-Len", ""),
    ],
)
def test_later_office_and_occupations(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


_INTERVIEW = (
    '"The Fund is not our boss" - Nepal\'s finance minister on the new IMF deal\n\n'
    "Days after the agreement with the Fund and with India, Finance Minister Sushila Rana-Thapa "
    "spoke to us.\n\nKER: What was agreed?\n\nRana-Thapa: A new arrangement."
)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # The post written with its state elsewhere (a headline, a later line), then with a name.
        (_INTERVIEW, "Sushila Rana-Thapa", "NP"),
        (
            '"Landowners first": Solomon Islands\' mines minister on nickel\n\nHonoured guests '
            "came. Hon. Tavita Maelanga-Reid has been Minister of Mines, Energy and Rural "
            "Electrification since 2024. Indonesia's smelter firm will buy the ore.",
            "Tavita Maelanga-Reid",
            "SB",
        ),
        # Negatives: two states write that post; two people hold it; another remit.
        (
            _INTERVIEW.replace("with India,", "with India's finance minister,"),
            "Sushila Rana-Thapa",
            "",
        ),
        (
            _INTERVIEW.replace("spoke to us", "and Finance Minister Arjun Khadka-Rai spoke to us"),
            "Sushila Rana-Thapa",
            "",
        ),
        (_INTERVIEW.replace("finance minister", "trade minister"), "Sushila Rana-Thapa", ""),
    ],
)
def test_post_written_with_its_state_elsewhere(text: str, name: str, country: str) -> None:
    assert _people(text)[name][2] == country
