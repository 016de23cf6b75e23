"""The draft writes into the brief only what the reading is sure of (newcomer16 N16-02): a person
whose role is another person, or whose country a rule only inferred and the words do not bear
out, stays a suggestion; the checks flag such a person once in the brief."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.actor_review import actor_findings
from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.suggested import from_extraction, in_brief
from briefdesk.extract.results import (
    ActorSuggestion,
    DealSuggestion,
    Extraction,
    MoneySuggestion,
    Reason,
)
from briefdesk.model import Actor, Brief, Source, Span
from briefdesk.model.codes import ActorType

TEXT = (
    "Ostravia buys Turkish-made radars\n\n"
    "KARST, May 4 (Harbour Wire) - The measures impose a travel ban on Gen. Ivo Brandt, chairman "
    "of the state-owned Dornish Defence Works.\n\n"
    "The government of Ostravia signed a 200 million euro contract to buy six radars from "
    "Turkish manufacturer Aselsan, Ostravia's Defence Minister Pavel Rusk told reporters. "
    "Turkish Defence Minister Yusuf Demir welcomed the order.\n"
)


def _at(words: str, text: str = TEXT) -> list[tuple[int, int]]:
    start = text.index(words)
    return [(start, start + len(words))]


def _person(name: str, role: str, affiliation: str, country: str, rule: str) -> ActorSuggestion:
    why = [Reason("person.title-before-name", "title")] + ([Reason(rule, "x")] if rule else [])
    return ActorSuggestion(
        name, "person", role=role, affiliation=affiliation, country=country,  # type: ignore[arg-type]
        evidence=_at(name), why=why,
    )  # fmt: skip


def _reading() -> Extraction:
    brandt = _person(
        "Ivo Brandt", "chairman", "Dornish Defence Works", "TR", "person.country-of-body"
    )
    rusk = _person("Pavel Rusk", "Defence Minister", "Ostravia", "TR", "person.country-lead")
    demir = _person("Yusuf Demir", "Defence Minister", "", "TR", "person.country-lead")
    firm = _person("Aselsan", "Defence Minister Pavel Rusk", "Ostravia", "", "")
    buyer = ActorSuggestion("Ostravia", "organization", evidence=_at("Ostravia"))  # type: ignore[arg-type]
    seller = ActorSuggestion("Turkey", "state", country="TR", evidence=_at("Turkish"))  # type: ignore[arg-type]
    money = MoneySuggestion(Decimal("200000000"), "EUR", "200 million euro", _at("200 million"))
    deal = DealSuggestion(
        kind="arms_sale", item="radars", quantity=6, value=money,  # type: ignore[arg-type]
        buyer=buyer.name, seller=seller.name, buyer_key=buyer.key, seller_key=seller.key,
        evidence=_at("The government of Ostravia signed"), status="signed",  # type: ignore[arg-type]
        why=[Reason("buyer.cue", "subject"), Reason("seller.cue", "from")],
    )  # fmt: skip
    return Extraction(actors=[brandt, rusk, demir, firm, buyer, seller], deals=[deal])


def _drafted() -> tuple[Brief, Source, Extraction]:
    source = Source(title="Ostravia buys Turkish-made radars", text=TEXT)
    brief = Brief(sources=[source])
    reading = _reading()
    return apply_edits(brief, draft(brief, source.id, reading)), source, reading


def test_guessed_countries_and_a_role_that_is_a_person_stay_suggestions() -> None:
    brief, source, reading = _drafted()
    by_name = {a.name: a for a in brief.actors}
    # Inferred and not borne out: the lead's one state, a state-owned body's "home" state.
    assert "Pavel Rusk" not in by_name and "Ivo Brandt" not in by_name
    assert "Aselsan" not in by_name  # a company read as a person whose role is the minister
    # Inferred, but the clause says it: "Turkish Defence Minister Yusuf Demir".
    assert by_name["Yusuf Demir"].country == "TR"
    # The buyer takes no country from a person the draft left out (it took Turkey's once).
    assert by_name["Ostravia"].country == ""
    left = {s.name for s in from_extraction(reading, source) if not in_brief(brief, s)}
    assert {"Pavel Rusk", "Ivo Brandt", "Aselsan"} <= left  # still offered, to decide


def test_a_country_the_words_give_stays_drafted() -> None:
    text = "Singapore-based Lionbridge Pte Ltd said its managing director, Tan Kok Wei, resigned."
    person = ActorSuggestion(
        "Tan Kok Wei", "person", role="managing director", affiliation="Lionbridge Pte Ltd",  # type: ignore[arg-type]
        country="SG", evidence=_at("Tan Kok Wei", text),
        why=[Reason("person.country-of-body", "Lionbridge Pte Ltd")],
    )  # fmt: skip
    plain = ActorSuggestion(
        "Ana Silva", "person", role="Minister", affiliation="Portugal", country="PT",  # type: ignore[arg-type]
        evidence=[(0, 3)],
    )  # fmt: skip
    source = Source(title="t", text=text)
    brief = Brief(sources=[source])
    drafted = apply_edits(brief, draft(brief, source.id, Extraction(actors=[person, plain])))
    assert {a.name: a.country for a in drafted.actors} == {"Tan Kok Wei": "SG", "Ana Silva": "PT"}


def _brief_with(role: str, country: str, words: str, text: str = TEXT) -> Brief:
    source = Source(title="t", text=text)
    start = text.index(words)
    span = Span(source_id=source.id, start=start, end=start + len(words), quote=words)
    person = Actor(name=words, type=ActorType.PERSON, role=role, country=country, evidence=[span])
    minister = Actor(name="Pavel Rusk", type=ActorType.PERSON, role="Defence Minister")
    return Brief(sources=[source], actors=[person, minister])


def test_checks_flag_a_person_whose_role_is_another_person() -> None:
    brief = _brief_with("Defence Minister Pavel Rusk", "", "Aselsan")
    said = [(f.path, f.message) for f in actor_findings(brief)]
    assert said == [
        (
            "actors[0].role",
            "Aselsan: the role 'Defence Minister Pavel Rusk' holds another person's name "
            "(Pavel Rusk): is Aselsan a person, and is this their role?",
        )
    ]
    assert not actor_findings(_brief_with("Defence Minister", "", "Aselsan"))


def test_checks_flag_a_country_the_words_give_to_another_owner() -> None:
    brief = _brief_with("Defence Minister", "TR", "Pavel Rusk")
    brief.actors.pop()  # only the minister himself
    said = [(f.path, f.message) for f in actor_findings(brief)]
    assert said == [
        (
            "actors[0].country",
            "Pavel Rusk: country Turkey, but the sources make them Ostravia's, and nothing "
            "said of them names Turkey: check it",
        )
    ]
    # The clause names the state: no finding; nor for a company's post, nor a bare minister.
    assert not actor_findings(_brief_with("Defence Minister", "TR", "Yusuf Demir"))
    firm = "Ostravia's chief executive Pavel Rusk said."
    assert not actor_findings(_brief_with("chief executive", "TR", "Pavel Rusk", firm))
    bare = "Defence Minister Pavel Rusk said."
    assert not actor_findings(_brief_with("Defence Minister", "TR", "Pavel Rusk", bare))
