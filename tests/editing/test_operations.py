"""The Qt-free editing operations: draft, set, remove a source."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.editing.draft import Defaults, DraftError, draft, pasted_title
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.setfield import SetError, parse_marking, set_field
from briefdesk.editing.sources import remove_source
from briefdesk.extract import extract_source
from briefdesk.model import Brief, Person
from briefdesk.model.codes import MarkingScheme
from briefdesk.sources import import_text

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "jf17_sale.txt"


def _drafted() -> Brief:
    source = import_text(ARTICLE.read_text("utf-8"))
    brief = Brief(sources=[source])
    edits = draft(brief, source.id, extract_source(source), Defaults(Person(name="A. Analyst")))
    return apply_edits(brief, edits)


def test_draft_takes_parties_by_key_and_leaves_host_states_out() -> None:
    brief = _drafted()
    assert [a.name for a in brief.actors] == [
        "Hikmet Hajiyev",
        "Khalil Hashmi",
        "Azerbaijan",
        "Pakistan",
    ]
    parties = {brief.actor(p.actor_id).name: p.role.value for p in brief.deals[0].parties}  # type: ignore[union-attr]
    assert parties == {"Azerbaijan": "buyer", "Pakistan": "seller"}
    assert brief.header.from_.name == "A. Analyst"
    assert brief.drafted == {"bluf": brief.bluf, "header.title": brief.header.title}


def test_draft_twice_adds_nothing() -> None:
    brief = _drafted()
    source = brief.sources[0]
    assert draft(brief, source.id, extract_source(source)) == []
    with pytest.raises(DraftError):
        draft(brief, "src-nope", extract_source(source))


def test_pasted_title_is_a_headline_or_nothing() -> None:
    assert pasted_title(ARTICLE.read_text("utf-8")) == ""


def test_markings_in_the_users_words() -> None:
    assert parse_marking("TLP:AMBER+STRICT").level == "AMBER+STRICT"
    uk = parse_marking("OFFICIAL-SENSITIVE UK EYES ONLY")
    assert (uk.scheme, uk.level, uk.caveats) == (
        MarkingScheme.UK,
        "OFFICIAL-SENSITIVE",
        "UK EYES ONLY",
    )
    assert parse_marking("none").scheme is MarkingScheme.NONE
    assert parse_marking("Company confidential").scheme is MarkingScheme.CUSTOM


def test_set_names_the_field_not_the_path() -> None:
    brief = _drafted()
    with pytest.raises(SetError, match=r"^critical date: 'soon'"):
        set_field(brief, "critical-date=soon")
    with pytest.raises(SetError, match="not an Admiralty grade"):
        set_field(brief, "source[1].grade=Z9")
    edits = set_field(brief, "kind=decision")
    assert apply_edits(brief, edits).header.kind.value == "decision"


def test_remove_source_counts_its_citations() -> None:
    brief = _drafted()
    edits, dropped = remove_source(brief, brief.sources[0].id)
    after = apply_edits(brief, edits)
    assert dropped > 0 and after.sources == []
    assert all(not a.evidence for a in after.actors)
