"""The deal-frame reader (issue 10, round 7): a deal's sides from the verb or noun of its
value's clause, with the lexicon as data (``data/deal_frame_verbs.txt``, ``deal_frame_nouns.txt``).

Made-up sentences and names: paraphrases per verb family (active, passive, nominal; states,
ministries, companies, subsidiaries), the clause boundaries (relative clauses, appositions,
brackets, reported speech) and the sentences that must not change.
"""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_frames import frame_votes
from briefdesk.extract.frame_clause import area_of
from briefdesk.extract.frame_lexicon import noun_frames, pick, verb_frames
from briefdesk.extract.text import Sentence
from tests.extract.deal_rows import deals


def _sides(text: str) -> tuple[str, str]:
    rows = deals(text)
    return (rows[0][0], rows[0][1]) if rows else ("", "")


# --- The lexicon -----------------------------------------------------------------------------
def test_every_form_of_a_verb_has_its_frame() -> None:
    verbs = verb_frames()
    for form in ("award", "awarded", "awards", "awarding"):
        frame = pick(verbs[form], "other", False)
        assert frame is not None
        assert frame.active == {"subj": "buyer", "obj": "seller", "to": "seller"}
        assert frame.passive["by"] == "buyer"
    assert pick(verbs["sold"], "arms_sale", False).active["to"] == "buyer"  # type: ignore[union-attr]


def test_order_frames_need_a_contract_word() -> None:
    verbs = verb_frames()
    assert pick(verbs["won"], "other", False) is None  # "won praise": no deal frame
    won = pick(verbs["won"], "other", True)
    assert won is not None and won.active["from"] == "buyer"
    received = pick(verbs["received"], "other", False)
    assert received is not None and received.active["subj"] == "buyer"  # "received jets from"
    received = pick(verbs["received"], "other", True)
    assert received is not None and received.active["subj"] == "seller"  # "received an order"


def test_money_and_goods_frames_keep_to_their_kinds() -> None:
    verbs, nouns = verb_frames(), noun_frames()
    assert pick(verbs["extended"], "loan", False) is not None
    assert pick(verbs["extended"], "arms_sale", False) is None  # "extended the contract"
    assert pick(verbs["build"], "loan", False) is None
    assert pick(nouns["loan"], "loan", False) is not None
    assert pick(nouns["loan"], "arms_sale", False) is None


# --- Clause boundaries -----------------------------------------------------------------------
def test_relative_clauses_appositions_and_brackets_are_holes() -> None:
    text = "Kestrel Marine Ltd (KML), which builds ferries, won a $45 million contract."
    area = area_of(text, 0, len(text), text.index("$"))
    holes = [text[s:e] for s, e in area.holes]
    assert "(KML)" in holes and ", which builds ferries" in holes
    text = "Tonga Power, the state utility, chose Kestrel Marine Ltd for a $45 million wharf."
    area = area_of(text, 0, len(text), text.index("$"))
    assert [text[s:e] for s, e in area.holes] == [", the state utility"]


def test_a_value_in_a_relative_clause_reads_that_clause() -> None:
    text = "Kenya said on Monday that Baykar, which won a $80 million order, would open a plant."
    area = area_of(text, 0, len(text), text.index("$"))
    assert text[area.start : area.end].startswith(", which won a $80 million order")
    assert area.subject == area.start


def test_a_semicolon_or_while_ends_the_clause() -> None:
    text = "Peru will buy jets for $2 billion; Chile will sell ships to Ecuador."
    area = area_of(text, 0, len(text), text.index("$"))
    assert text[area.start : area.end] == "Peru will buy jets for $2 billion"
    text = "Peru sold ships to Chile, while Ecuador will buy jets worth $2 billion from Spain."
    area = area_of(text, 0, len(text), text.index("$"))
    assert text[area.start : area.end].startswith("Ecuador will buy")


def test_votes_come_from_the_verbs_own_clause() -> None:
    text = (
        "Ghana Ports Authority, which runs Tema, awarded Meridian Dredging Ltd a $90 million "
        "contract."
    )
    mentions = [
        (0, 21, "org:gpa"),
        (text.index("Tema"), text.index("Tema") + 4, "place:tema"),
        (text.index("Meridian"), text.index(" a $"), "org:meridian"),
    ]
    votes = frame_votes(text, Sentence(0, len(text), text), mentions, text.index("$"), "other")
    assert {(v.role, v.key) for v in votes} == {("buyer", "org:gpa"), ("seller", "org:meridian")}


# --- Sides filled from the frame (each a paraphrase the older rules left half empty) ---------
@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # subject across a relative clause; object of "awarded"
            "Ghana Ports Authority, which runs Tema, awarded Meridian Dredging Ltd a $90 "
            "million contract.",
            "Ghana Ports Authority",
            "Meridian Dredging Ltd",
        ),
        (  # subject across an apposition
            "Ghana Ports Authority, the state port operator, has awarded Meridian Dredging Ltd "
            "a $90 million contract.",
            "Ghana Ports Authority",
            "Meridian Dredging Ltd",
        ),
        (  # "won a contract from": the winner sells, across a bracket and a relative clause
            "Kestrel Marine Ltd (KML), which builds ferries, won a $45 million contract from the "
            "Kingdom of Tonga.",
            "Tonga",
            "Kestrel Marine Ltd",
        ),
        (  # "received an order from": the one who receives an order sells
            "Baykar Makina AS, which builds drones, received an $80 million order from Kenya.",
            "Kenya",
            "Baykar Makina AS",
        ),
        (  # a body of a state as the subject ("the navy of Peru")
            "The navy of Peru has tapped Astilleros Vigo SA for a $300 million frigate contract.",
            "Peru",
            "Astilleros Vigo SA",
        ),
        (  # "engaged X": the client and its contractor
            "Tonga Power engaged Kestrel Marine Ltd under a $45 million contract.",
            "Tonga",
            "Kestrel Marine Ltd",
        ),
        (  # "gave X a contract": X supplies (not a gift to X)
            "The Kingdom of Tonga gave Kestrel Marine Ltd a $45 million contract for a wharf.",
            "Tonga",
            "Kestrel Marine Ltd",
        ),
        (  # "The Philippine Navy awarded X a contract"
            "The Philippine Navy awarded Hanwha Ocean Co Ltd a $1.2 billion contract for two "
            "frigates.",
            "Philippine Navy",
            "Hanwha Ocean Co Ltd",
        ),
    ],
)
def test_frames_fill_the_sides(text: str, buyer: str, seller: str) -> None:
    assert _sides(text) == (buyer, seller), deals(text)


def test_a_filled_side_says_it_was_read_from_a_frame() -> None:
    text = (
        "Ghana Ports Authority, which runs Tema, awarded Meridian Dredging Ltd a $90 million "
        "contract."
    )
    why = [r.text for r in extract_text(text).deals[0].why if r.rule.startswith("seller")]
    assert why == ["seller: frame: object of 'awarded'"]


# --- Paraphrases the older rules already read: the frames must agree, not move them ---------
@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        ("Peru will buy 24 Gripen fighters from Saab AB for $2.5 billion.", "Peru", "Saab AB"),
        ("Saab AB will sell 24 Gripen fighters to Peru for $2.5 billion.", "Peru", "Saab AB"),
        (
            "The sale of 24 Gripen fighters to Peru by Saab AB is worth $2.5 billion.",
            "Peru",
            "Saab AB",
        ),
        (
            "Peru's $2.5 billion purchase of 24 Gripen fighters from Saab AB was approved.",
            "Peru",
            "Saab AB",
        ),
        (
            "Mongolia will borrow $300 million from the Asian Development Bank for roads.",
            "Mongolia",
            "Asian Development Bank",
        ),
        (
            "The Asian Development Bank extended a $300 million loan to Mongolia.",
            "Mongolia",
            "Asian Development Bank",
        ),
        (
            "Rheinmetall AG has received a €300 million order from Hungary for ammunition.",
            "Hungary",
            "Rheinmetall AG",
        ),
        (
            "Rheinmetall AG will supply Hungary with ammunition worth €300 million.",
            "Hungary",
            "Rheinmetall AG",
        ),
        (
            "Baykar Makina AS has been chosen by Kenya for an $80 million drone contract.",
            "Kenya",
            "Baykar Makina AS",
        ),
        (
            "Dangote Refinery Ltd will buy $2 billion of crude from NNPC Ltd.",
            "Dangote Refinery Ltd",
            "NNPC Ltd",
        ),
        (
            "Hyundai Rotem Co sold Poland tanks worth $6.5 billion.",
            "Poland",
            "Hyundai Rotem Co",
        ),
    ],
)
def test_frames_agree_with_the_older_rules(text: str, buyer: str, seller: str) -> None:
    assert _sides(text) == (buyer, seller), deals(text)


# --- Negatives: what must not be taken as a side ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # reported speech: the official's department ships nothing
            "A State Department official said the two firms had shipped fuel worth about "
            "US$33 million to Myanmar.",
            "Myanmar",
            "",
        ),
        (  # "won" with no contract word is no deal verb
            "Kestrel Marine Ltd won praise for a $45 million ferry it delivered to Tonga.",
            "Tonga",
            "Kestrel Marine Ltd",
        ),
        (  # a party in an apposition describes; it is no side
            "Kestrel Marine Ltd, a unit of Harbour Holdings Ltd, received a $45 million order "
            "from Tonga Power.",
            "Tonga Power",
            "Kestrel Marine Ltd",
        ),
    ],
)
def test_frames_leave_these_alone(text: str, buyer: str, seller: str) -> None:
    assert _sides(text) == (buyer, seller), deals(text)


# --- "with X": the side not yet named ("signed a loan with X") -------------------------------
def test_with_names_the_side_not_yet_named() -> None:
    text = (
        "The Eurasian Development Bank signed a $90 million loan with Tajikistan's Ministry of "
        "Finance."
    )
    assert _sides(text) == ("Ministry of Finance", "Eurasian Development Bank"), deals(text)


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # ", and the Netherlands has signed ... with Namibia" is another clause
            "The European Investment Bank has offered a €500 million loan for the first phase, "
            "and the Netherlands has signed a memorandum with Namibia.",
            "",
            "European Investment Bank",
        ),
        (  # "with X's unit": the unit is the side, not its owner
            "Wologisi Mining Company Inc signed a $1.6 billion agreement with Kestrel Resources "
            "Plc's Liberian unit.",
            "",
            "Wologisi Mining Company Inc",
        ),
    ],
)
def test_with_stays_in_its_clause_and_its_owner(text: str, buyer: str, seller: str) -> None:
    assert _sides(text) == (buyer, seller), deals(text)


# --- A preposition another verb governs is no deal slot --------------------------------------
@pytest.mark.parametrize(
    ("text", "slot_party"),
    [
        # "signed by": the signing body neither lends nor borrows
        (
            "Financing: an export credit of €168 million, signed by the Economic Relations "
            "Division.",
            "org:erd",
        ),
        # "to finance buses for San José": "for" belongs to "finance", not to "credit"
        (
            "The bank signed a US$150 million credit line to finance electric buses for Costa "
            "Rica.",
            "state:CR",
        ),
        # "according to a filing by X": a source, another clause
        (
            "The $90 million loan was extended to Sekong Power, according to a filing by Siam "
            "Hydro.",
            "org:siam",
        ),
    ],
)
def test_a_phrase_of_another_verb_gives_no_role(text: str, slot_party: str) -> None:
    name = {"org:erd": "Economic Relations Division", "state:CR": "Costa Rica"}.get(
        slot_party, "Siam Hydro"
    )
    at = text.index(name)
    mentions = [(at, at + len(name), slot_party)]
    kind = "loan"
    votes = frame_votes(
        text,
        Sentence(0, len(text), text),
        mentions,
        text.index("$") if "$" in text else text.index("€"),
        kind,
    )
    assert votes == [], votes


def test_a_finance_minister_is_no_verb() -> None:
    text = "Dominica's finance minister said China has given Roseau a grant of EC$27 million."
    at = text.index("Dominica")
    mentions = [(at, at + 8, "state:DM")]
    votes = frame_votes(text, Sentence(0, len(text), text), mentions, text.index("EC$"), "grant")
    assert votes == [], votes


# --- A side the older rules put the other way round is turned ---------------------------------
def test_an_order_won_by_a_yard_turns_the_navy_into_the_buyer() -> None:
    text = "A $1.2 billion order from the Philippine Navy was won by Hanwha Ocean Co Ltd."
    assert _sides(text) == ("Philippine Navy", "Hanwha Ocean Co Ltd"), deals(text)


def test_an_envoy_to_a_state_is_no_possessed_party() -> None:
    text = (
        "China's ambassador to Dominica, Lin Xiaodong, has given Roseau a grant of EC$27 million "
        "for the hospital, Dominica's finance minister said."
    )
    at = text.index("Dominica")
    mentions = [(0, 5, "state:CN"), (at, at + 8, "state:DM")]
    votes = frame_votes(text, Sentence(0, len(text), text), mentions, text.index("EC$"), "grant")
    assert all(v.key != "state:DM" or v.role != "seller" for v in votes), votes


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # "go to X under a contract": X receives the ships, it is no contractor
            "The ships, first built for Norway, will go to Ghana under a $140 million contract.",
            "Ghana",
            "",
        ),
        (  # political support is no money: the loan is the ADB's
            "With support from Australia, Fiji signed a $40 million loan with the ADB.",
            "Fiji",
            "ADB",
        ),
    ],
)
def test_go_needs_a_contract_as_its_subject_and_support_is_no_lender(
    text: str, buyer: str, seller: str
) -> None:
    assert _sides(text)[1] == seller, deals(text)


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # the possessor of a loan lends, unless the lender is named after "from"
            "Kenya's $500 million loan from the World Bank was approved on Thursday.",
            "Kenya",
            "World Bank",
        ),
        (
            "The World Bank's $500 million loan to Kenya was approved on Thursday.",
            "Kenya",
            "World Bank",
        ),
        ("Saab AB's $2 billion sale of jets to Peru was approved.", "Peru", "Saab AB"),
    ],
)
def test_a_possessor_takes_the_side_the_phrase_leaves(text: str, buyer: str, seller: str) -> None:
    assert _sides(text) == (buyer, seller), deals(text)
