"""Round 20 (newcomer19 N19-19): a drafted public body or place with no country takes the
source's only state, and only then; the draft's summary says which rule gave it."""

from __future__ import annotations

from briefdesk.editing.draft import draft, summary
from briefdesk.editing.draft_home import home_state, public_body, wide_place
from briefdesk.editing.edits import apply_edits
from briefdesk.extract.results import ActorSuggestion, Extraction, PlaceSuggestion, Reason
from briefdesk.model import Actor, Brief, Source
from briefdesk.model.codes import ActorType

TEXT = (
    "The Ministry of Energy in Lusaka said the Orvane Hydro works on the Kafue River and "
    "Lake Mweru would start in June, Zambia's minister said.\n"
)


def _at(words: str) -> list[tuple[int, int]]:
    start = TEXT.index(words)
    return [(start, start + len(words))]


def _reading(*, foreign: bool = False) -> Extraction:
    actors = [
        ActorSuggestion("Ministry of Energy", "organization", evidence=_at("Ministry of Energy")),  # type: ignore[arg-type]
        ActorSuggestion("Orvane Hydro", "organization", evidence=_at("Orvane Hydro")),  # type: ignore[arg-type]
        ActorSuggestion("Zambia", "state", country="ZM", evidence=_at("Zambia")),  # type: ignore[arg-type]
    ]
    if foreign:  # the contractor's country is named: two states, nobody's is obvious
        actors[1] = ActorSuggestion(
            "Orvane Hydro",
            "organization",  # type: ignore[arg-type]
            country="NO",
            evidence=_at("Orvane Hydro"),
        )
    places = [
        PlaceSuggestion("Lusaka", country="ZM", evidence=_at("Lusaka")),
        PlaceSuggestion("Kafue River", evidence=_at("Kafue River")),
        PlaceSuggestion("Lake Mweru", evidence=_at("Lake Mweru")),
    ]
    return Extraction(actors=actors, places=places)


def _drafted(reading: Extraction) -> tuple[Brief, Brief]:
    brief = Brief(sources=[Source(id="src-1", text=TEXT)])
    edits = draft(brief, "src-1", reading)
    after = apply_edits(brief, edits)
    return brief, after


def test_the_only_state_is_given_to_bodies_and_places_with_none() -> None:
    reading = _reading()
    assert home_state(Brief(), reading) == "ZM"
    brief = Brief(
        sources=[Source(id="src-1", text=TEXT)],
    )
    from briefdesk.editing.draft_home import give_home_state

    work = brief.model_copy(deep=True)
    work.actors += [
        Actor(name="Ministry of Energy", type=ActorType.ORGANIZATION),
        Actor(name="Orvane Hydro", type=ActorType.ORGANIZATION),
    ]
    given = give_home_state(brief, work, reading)
    assert given == ["Ministry of Energy"]  # a company may be foreign: left without
    assert [a.country for a in work.actors] == ["ZM", ""]


def test_places_take_it_through_the_draft_and_the_summary_says_the_rule() -> None:
    brief, after = _drafted(_reading())
    countries = {p.name: p.country for p in after.places}
    # A lake three states share is wider than one: it keeps no country.
    assert countries == {"Lusaka": "ZM", "Kafue River": "ZM", "Lake Mweru": ""}
    # The lead names the ministry and the company: both drafted, the ministry given Zambia.
    assert {a.name: a.country for a in after.actors} == {
        "Ministry of Energy": "ZM",
        "Orvane Hydro": "",
    }
    said = summary(brief, after, ["actors", "places"], _reading())
    assert "Zambia as the country of Ministry of Energy, Kafue River (the only state the " in said


def test_two_states_give_nobody_a_country() -> None:
    reading = _reading(foreign=True)
    assert home_state(Brief(), reading) == ""
    brief, after = _drafted(reading)
    assert {p.name: p.country for p in after.places}["Kafue River"] == ""
    assert "only state" not in summary(brief, after, ["places"], reading)


def test_a_brief_with_another_state_already_gives_none() -> None:
    other = Brief(actors=[Actor(name="Norway", type=ActorType.STATE, country="NO")])
    assert home_state(other, _reading()) == ""


def test_a_country_no_state_or_place_names_is_not_taken() -> None:
    """A person's guessed country alone is no state the source names."""
    reading = Extraction(
        actors=[ActorSuggestion("Mwila Banda", "person", country="ZM")],  # type: ignore[arg-type]
        places=[PlaceSuggestion("Kafue River")],
    )
    assert home_state(Brief(), reading) == ""


def test_a_country_only_a_place_resolves_to_is_not_taken() -> None:
    """A foreign city ("the Dublin-based lessor") in a story about a state the registry does not
    know gives the dateline's town no country (newcomer21 N21-03); named as a state, or as the
    dateline's town, the country is the source's."""
    reading = Extraction(
        actors=[ActorSuggestion("Veltran Air Force", "organization")],  # type: ignore[arg-type]
        places=[PlaceSuggestion("Dublin", country="IE"), PlaceSuggestion("Porto Alvar")],
    )
    assert home_state(Brief(), reading) == ""
    with_state = Extraction(
        actors=[*reading.actors, ActorSuggestion("Ireland", "state", country="IE")],  # type: ignore[arg-type]
        places=reading.places,
    )
    assert home_state(Brief(), with_state) == "IE"
    dateline = [Reason("dateline", "the dateline's town")]
    from_dateline = Extraction(
        actors=reading.actors,
        places=[PlaceSuggestion("Dublin", country="IE", why=dateline), reading.places[1]],
    )
    assert home_state(Brief(), from_dateline) == "IE"


def test_the_word_lists() -> None:
    assert public_body("Ministry of Energy") and public_body("Rural Roads Authority")
    assert not public_body("Orvane Hydro") and not public_body("Harwick Bank")
    assert wide_place("Gulf of Guinea") and wide_place("West Africa")
    assert not wide_place("Kafue River") and not wide_place("Lusaka")
