"""New deal from selection respects what the user decided and never makes a date a body
(newcomer18 N18-04: a dismissed "16 October" was added as an organisation and a seller, and a
minister's row in the export read "Defence Minister, 16 October"); Checks flag a date as an
actor or an affiliation."""

from __future__ import annotations

from briefdesk.editing.deal_from_text import deal_from_selection
from briefdesk.extract import extract_text
from briefdesk.extract.date_names import is_whole_date
from briefdesk.extract.never import NeverSuggest
from briefdesk.model import Actor, Brief, Source
from briefdesk.model.codes import ActorType
from briefdesk.review import review_brief

LEASE = (
    "Portland leases two frigates from Norvia. On 16 October Defence Minister Tomas Varela and "
    "the Norvian State Secretary for Defence, Erik Landvik, signed a €310 million lease of two "
    "Q-class frigates."
)
CONTRACT = (
    "The Portland Ministry of Defence signed a €310 million contract with Brask Naval AB for "
    "two Q-class frigates."
)


def _new_names(
    text: str, *, dismissed: tuple[str, ...] = (), never: tuple[str, ...] = ()
) -> set[str]:
    source = Source(id="src-1", text=text, dismissed=list(dismissed))
    brief = Brief(sources=[source])
    start = text.find("On 16") if "On 16" in text else 0
    made = deal_from_selection(
        brief,
        source,
        start,
        len(text),
        extraction=extract_text(text),
        never=[NeverSuggest(p) for p in never],
    )
    return {a.name for a in made.new_actors}


def test_a_date_is_never_added_as_a_body() -> None:
    names = _new_names(LEASE)
    # (round 23: Norvia's State Secretary signs for Norvia, the side; he is no side himself)
    assert "16 October" not in names and "Norvian" in names and "Erik Landvik" not in names


def test_a_dismissed_or_never_suggested_body_is_not_added() -> None:
    assert "Brask Naval AB" in _new_names(CONTRACT)  # the positive: read and added
    assert "Brask Naval AB" not in _new_names(
        CONTRACT, dismissed=("actor:organization:brask naval ab",)
    )
    assert "Brask Naval AB" not in _new_names(CONTRACT, never=("Brask*",))


def test_date_names() -> None:
    for name in ("16 October", "October 16", "21 Sep", "Monday", "October 2026"):
        assert is_whole_date(name), name
    for name in ("May", "March Capital", "Kaito Gas", "", "Mid-2027 Holdings"):
        assert not is_whole_date(name), name


def test_one_module_holds_date_names() -> None:
    """Round 19: the whole-name test moved beside the span tests; a date the span test calls a
    date when it is the whole text is one the whole-name test calls a date too."""
    import importlib.util

    from briefdesk.extract.date_names import is_date_name

    assert importlib.util.find_spec("briefdesk.date_names") is None
    for name in ("16 October", "October 16", "Monday", "October 2026", "Friday"):
        assert is_date_name(name, 0, name) and is_whole_date(name), name
    assert not is_date_name("Acme Corp", 0, "Acme Corp") and not is_whole_date("Acme Corp")


def test_checks_flag_a_date_as_an_actor_or_an_affiliation() -> None:
    brief = Brief(
        actors=[
            Actor(name="16 October", type=ActorType.ORGANIZATION),
            Actor(
                name="Tomas Varela",
                type=ActorType.PERSON,
                role="Defence Minister",
                affiliation="16 October",
            ),
            Actor(name="Brask Naval AB", type=ActorType.ORGANIZATION),
        ]
    )
    found = [str(f) for f in review_brief(brief, spelling=False)]
    assert any(f.startswith("actors[0].name: actor '16 October' is a date") for f in found)
    assert any(f.startswith("actors[1].affiliation:") for f in found)
    assert not any(f.startswith("actors[2]") for f in found)
