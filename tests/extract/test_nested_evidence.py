"""A state is not highlighted inside a company's name (newcomer6 F20). Made-up sentences."""

from __future__ import annotations

from briefdesk.extract import extract_text
from briefdesk.extract.nested_evidence import drop_nested
from briefdesk.extract.results import ActorSuggestion
from briefdesk.model.codes import ActorType

TEXT = (
    "The World Bank has approved a $300 million loan to Ghana, the bank said. Ghana's finance "
    "minister welcomed it. The project will be carried out by the Ghana Grid Company."
)


def test_the_state_cites_no_word_inside_the_companys_name() -> None:
    actors = {a.name: a for a in extract_text(TEXT).actors}
    company = actors["Ghana Grid Company"].evidence[0]
    for start, end in actors["Ghana"].evidence:
        assert not (company[0] <= start and end <= company[1])
    assert len(actors["Ghana"].evidence) == 2  # "loan to Ghana", "Ghana's finance minister"


def test_an_actor_keeps_a_nested_span_when_it_has_nothing_else() -> None:
    only = ActorSuggestion("Ghana", ActorType.STATE, evidence=[(10, 15)])
    company = ActorSuggestion("Ghana Grid Company", ActorType.ORGANIZATION, evidence=[(10, 28)])
    drop_nested([only, company])
    assert only.evidence == [(10, 15)]


def test_the_same_actors_shorter_form_is_kept() -> None:
    firm = ActorSuggestion("Hanwha Aerospace", ActorType.ORGANIZATION, evidence=[(0, 16), (40, 46)])
    drop_nested([firm])
    assert firm.evidence == [(0, 16), (40, 46)]
