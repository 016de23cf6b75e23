"""Kinds a first-time user met on invented documents in round 18 (newcomer18 N18-04, ...), each
with made-up sentences in several wordings and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.date_names import date_lead, is_date_name


def _actors(text: str) -> dict[str, tuple[str, str]]:
    return {a.name: (a.type, a.affiliation) for a in extract_text(text).actors}


# N18-04: a date (day and month, month and day, month and year, a weekday) before a title or a
# body is never an actor, a deal side or an affiliation.
@pytest.mark.parametrize(
    ("text", "person", "affiliation"),
    [
        ("On 16 October Defence Minister Rui Albergaria signed the lease.", "Rui Albergaria", ""),
        ("On October 16 Defence Minister Rui Albergaria signed the lease.", "Rui Albergaria", ""),
        ("In March 2025 Finance Minister John Mbeki approved the budget.", "John Mbeki", ""),
        ("By 12 June Interior Minister Paolo Rossi had resigned.", "Paolo Rossi", ""),
        ("On 4 March Kenya's Defence Minister Aden Duale signed.", "Aden Duale", "Kenya"),
        ("On 3 May Acme Corp chief executive John Smith resigned.", "John Smith", "Acme Corp"),
        ("On 16 October Acme Corp Chairman John Smith resigned.", "John Smith", "Acme Corp"),
    ],
)
def test_a_date_before_a_title_is_no_body(text: str, person: str, affiliation: str) -> None:
    actors = _actors(text)
    assert actors[person] == ("person", affiliation)
    assert not [name for name in actors if any(ch.isdigit() for ch in name)]
    assert not [name for name in actors if name.split()[0] in {"March", "May", "October"}]


def test_a_date_is_never_a_deal_side() -> None:
    text = (
        "On 16 October Defence Minister Rui Albergaria and Acme Shipyards signed a "
        "€310 million contract for two frigates."
    )
    for deal in extract_text(text).deals:
        assert "October" not in deal.buyer and "October" not in deal.seller


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Acme Corp Chairman John Smith resigned.", "Acme Corp"),  # no date: the body stays
        ("Kenya's Defence Minister Aden Duale signed.", "Kenya"),
        ("Theresa May's spokesman John Smith said.", "Theresa May"),  # a name, not a month
    ],
)
def test_a_body_without_a_date_is_kept(text: str, body: str) -> None:
    assert body in _actors(text)


def test_date_shapes() -> None:
    text = "On 3 May Acme Corp, and October 16 Defence"
    assert date_lead(text, 3, "3 May Acme Corp") == len("3 May ")
    assert date_lead(text, 5, "May Acme Corp") == len("May ")  # "3 " stands before the run
    assert date_lead(text, 32, "16 Defence") == len("16 ")  # "October " before it
    assert date_lead("x", 0, "May Acme Corp") == 0  # no day before: "May" may be a name
    assert date_lead("x", 0, "2030 World Cup Committee") == 0  # a year alone leads no cut
    assert is_date_name("x", 0, "16 October") and is_date_name("x", 0, "2025")
    assert is_date_name("x", 0, "Friday") and not is_date_name("x", 0, "Acme Corp")


def _deal(text: str, as_stated: str):  # type: ignore[no-untyped-def]
    return next(d for d in extract_text(text).deals if d.value and d.value.as_stated == as_stated)


# N18-02: a headline's amount told again in the lead as "a $X joint venture (agreement)" is a
# joint venture, whatever the headline's words said; its partners are no buyer or seller.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Japanese firm commits $1.3 billion to LNG terminal\n\nJapan's Kaito Gas Corporation "
            "signed a $1.3 billion joint venture agreement with the state-owned Song Hau Gas "
            "Corporation on 6 November to build and run an LNG import terminal at Cai Mep.",
            "$1.3 billion",
        ),
        (
            "Steelmaker to invest $500 million in pellet plant\n\nAcme Steel formed a "
            "$500 million joint venture with Baltic Ore Ltd to build a pellet plant in Gdansk.",
            "$500 million",
        ),
    ],
)
def test_a_restated_joint_venture_names_the_kind(text: str, value: str) -> None:
    deal = _deal(text, value)
    assert (deal.kind, deal.buyer, deal.seller) == ("joint_venture", "", "")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (  # money lent to a venture: a loan
            "Bank to lend $500 million for LNG terminal\n\nAcme Bank signed a $500 million "
            "loan to the joint venture that will run the terminal.",
            "loan",
        ),
        (  # a venture partner named, the amount not called a venture
            "Acme commits $500 million to pellet plant\n\nAcme Steel will invest $500 million "
            "in the plant, which its joint venture partner Baltic Ore Ltd will run.",
            "other",
        ),
    ],
)
def test_a_venture_near_the_amount_is_not_its_kind(text: str, kind: str) -> None:
    assert _deal(text, "$500 million").kind == kind


def _places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


# N18-11: the word for what a site handles ("LNG terminal") or what a licence allows
# ("Investment licence", capitalised where a table cell begins) is no place.
@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("Japanese firm commits $1.3 billion to LNG terminal", "LNG"),
        ("Acme will run the new LNG import terminal at Cai Mep.", "LNG"),
        ("Project | Status\nSolar park | Investment licence granted 2 Oct", "Investment"),
        ("Project | Status\nCopper block | Exploration licence granted in May", "Exploration"),
    ],
)
def test_a_site_kind_word_is_no_place(text: str, not_place: str) -> None:
    assert not_place not in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Acme will run the new LNG import terminal at Cai Mep.", "Cai Mep"),
        ("The Hope mine and the Victory field reopened.", "Hope"),  # a name, not a kind
        ("Helios Verde won an exploration licence near Reading.", "Reading"),  # known town
    ],
)
def test_a_site_name_stays_a_place(text: str, place: str) -> None:
    assert place in _places(text)


# N18-01: "the cancellation on 14 October of the EUR1.9 billion programme" stops that deal; a
# stop's noun with no deal after it states nothing.
@pytest.mark.parametrize(
    "text",
    [
        "The lease follows the cancellation on 14 October of the €1.9 billion Meridian "
        "programme, under which Corvalis Naval Systems was to build four frigates.",
        "Ankara announced the termination last year of the €1.9 billion contract under which "
        "Tusk Motors was to supply 200 trucks.",
    ],
)
def test_a_dated_cancellation_of_the_deal_cancels_it(text: str) -> None:
    assert _deal(text, "€1.9 billion").status == "cancelled"


def test_a_cancellation_clause_naming_no_deal_is_no_stop() -> None:
    text = (
        "Questions over the cancellation policy in the €1.9 billion contract with Tusk Motors, "
        "which was signed in May, remain."
    )
    assert _deal(text, "€1.9 billion").status != "cancelled"


# N18-01: goods said elsewhere with another count ("two Dutch frigates" leased) are not the
# goods of a deal that counts its own ("four frigates" to be built).
def test_goods_with_another_count_do_not_name_the_item() -> None:
    text = (
        "Portugal leases two Dutch frigates\n\nThe lease follows the cancellation of the "
        "€1.9 billion Meridian programme, under which Corvalis Naval Systems was to build four "
        "frigates at Viana do Castelo."
    )
    deal = _deal(text, "€1.9 billion")
    assert (deal.item, deal.quantity) == ("frigates", 4)


def test_goods_with_the_same_count_name_the_item() -> None:
    text = "Navy to buy four Dutch frigates\n\nThe navy will pay €1.9 billion for four frigates."
    assert _deal(text, "€1.9 billion").item == "Dutch frigates"


# N18-01: a price whose sides are only a guess takes the sides of the unpriced deal of the same
# goods told just before; other goods, or another count, keep their own reading.
@pytest.mark.parametrize(
    ("text", "value", "buyer", "seller"),
    [
        (
            "Portugal has chosen to lease two frigates from the Netherlands. On 16 October "
            "Defence Minister Rui Albergaria and the Dutch State Secretary for Defence, Pieter "
            "van Oordt, signed a €310 million lease of two M-class frigates, which the Royal "
            "Netherlands Navy is retiring.",
            "€310 million",
            "Portugal",
            "Netherlands",
        ),
        (
            "Kenya has agreed to lease three helicopters from Italy. On Tuesday Defence "
            "Secretary Aden Duale and the Italian Defence Minister, Guido Crosetto, signed a "
            "$90 million lease of three AW139 helicopters, which the Italian Army is retiring.",
            "$90 million",
            "Kenya",
            "Italy",
        ),
    ],
)
def test_a_guessed_price_takes_the_sides_of_the_same_goods(
    text: str, value: str, buyer: str, seller: str
) -> None:
    deal = _deal(text, value)
    assert (deal.buyer, deal.seller) == (buyer, seller)


def test_goods_of_another_count_keep_their_own_sides() -> None:
    text = (
        "Portugal has chosen to lease two frigates from the Netherlands. On Friday Defence "
        "Minister Rui Albergaria and the Dutch State Secretary for Defence, Pieter van Oordt, "
        "signed a €310 million lease of four M-class frigates, which the Royal Netherlands Navy "
        "is retiring."
    )
    deal = _deal(text, "€310 million")
    assert (deal.buyer, deal.seller) != ("Portugal", "Netherlands")


# N18-08: a short form of a body named in full gives that body as a person's affiliation.
@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Uganda Railways Corporation awarded the contract to the Turkish builder Yaprak "
            "Insaat. Yaprak's chairman, Mehmet Yaprak, said work would start in January.",
            "Mehmet Yaprak",
            "Yaprak Insaat",
        ),
        (
            "Kaito Gas Corporation signed with Song Hau Gas Corporation. Song Hau chairman "
            "Nguyen Van Phuc signed for the Vietnamese side.",
            "Nguyen Van Phuc",
            "Song Hau Gas Corporation",
        ),
        (
            "The navy cancelled its order with Corvalis Naval Systems. Corvalis chief executive "
            "Tomas Ekdahl called it a blow.",
            "Tomas Ekdahl",
            "Corvalis Naval Systems",
        ),
    ],
)
def test_a_short_form_affiliation_is_the_full_body(text: str, person: str, body: str) -> None:
    assert _actors(text)[person] == ("person", body)


def test_a_short_form_two_bodies_share_is_left_alone() -> None:
    from briefdesk.extract.affiliation_forms import full_affiliations
    from briefdesk.extract.results import ActorSuggestion

    actors = [
        ActorSuggestion("Gulf Bank", "organization"),  # type: ignore[arg-type]
        ActorSuggestion("Gulf Fund", "organization"),  # type: ignore[arg-type]
        ActorSuggestion("Kenya", "state"),  # type: ignore[arg-type]
        ActorSuggestion("Ali Omar", "person", affiliation="Gulf"),  # type: ignore[arg-type]
        ActorSuggestion("Jo Kim", "person", affiliation="Kenya"),  # type: ignore[arg-type]
        ActorSuggestion("Al Sim", "person", affiliation="Acme"),  # type: ignore[arg-type]
    ]
    full_affiliations(actors)
    assert [a.affiliation for a in actors[3:]] == ["Gulf", "Kenya", "Acme"]
    actors[1].name = "Delta Fund"
    full_affiliations(actors)
    assert actors[3].affiliation == "Gulf Bank"


# N18-02, N18-09: the works a deal is signed to build, or that a works contract's next sentence
# works on, are its item when it names no goods.
@pytest.mark.parametrize(
    ("text", "value", "item"),
    [
        (
            "Japanese firm commits $1.3 billion to LNG terminal\n\nKaito Gas Corporation signed "
            "a $1.3 billion joint venture agreement with Song Hau Gas Corporation to build and "
            "run a liquefied natural gas import terminal at Cai Mep.",
            "$1.3 billion",
            "liquefied natural gas import terminal",
        ),
        (
            "The money will pay for a $1.05 billion construction contract that Uganda Railways "
            "Corporation awarded in September to the Turkish builder Yaprak Insaat. Its chairman "
            "said work on the 273-kilometre line would start in January.",
            "$1.05 billion",
            "273-kilometre line",
        ),
    ],
)
def test_the_works_built_are_the_item(text: str, value: str, item: str) -> None:
    assert _deal(text, value).item == item


@pytest.mark.parametrize(
    ("text", "value", "item"),
    [
        (  # goods of its own: kept
            "Acme Rail signed a $300 million contract to supply 20 locomotives to build up the "
            "fleet of the new line.",
            "$300 million",
            "locomotives",
        ),
        (  # no works contract: the next sentence's works are not this deal's item
            "Chile signed a $300 million deal with Hanwol Motors. Work on the new line stopped "
            "in May.",
            "$300 million",
            "",
        ),
        (
            "Kenya Ports Authority signed a $300 million loan with Apex Bank. Work on the new "
            "terminal stopped in May.",
            "$300 million",
            "",
        ),
    ],
)
def test_goods_or_other_works_are_not_the_built_item(text: str, value: str, item: str) -> None:
    assert _deal(text, value).item == item


def test_a_state_as_affiliation_is_not_a_body_named_after_it() -> None:
    text = (
        "The Trinidad and Tobago Heritage and Stabilisation Fund lost money. Trinidad and "
        "Tobago's finance minister, Colm Imbert, said so."
    )
    actors = _actors(text)
    assert actors["Colm Imbert"][1] != "Trinidad and Tobago Heritage and Stabilisation Fund"
