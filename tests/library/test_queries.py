"""What the library answers: search, filters, dossiers, related briefs, judgments, reuse."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefdesk.library.api import HL_END, HL_START, SearchFilters
from briefdesk.library.sqlbase import SqlBase
from briefdesk.model import Actor, Marking, content_hash
from briefdesk.model.codes import ActorType, BriefKind, DealKind, Likelihood, MarkingScheme
from tests.library.factory import make_brief, write_brief


@pytest.fixture
def desk(lib: SqlBase, tmp_path: Path) -> SqlBase:
    """Four briefs about Pakistan's JF-17 sale and a minister, over a year."""
    for i, (day, item, kind) in enumerate(
        [
            ("2025-01-10", "JF-17 Block III", BriefKind.INFORMATION),
            ("2025-04-02", "JF-17 Block III", BriefKind.DECISION),
            ("2025-08-15", "K-8 trainer", BriefKind.INFORMATION),
            ("2025-11-30", "JF-17 Block III", BriefKind.DEAL_SHEET),
        ]
    ):
        b = make_brief(100 + i)
        b.header.title = f"Brief {i}: {item}"
        b.header.date = dt.date.fromisoformat(day)
        b.header.kind = kind
        b.actors[0].name, b.actors[0].country = "Pakistan", "PK"
        b.actors[1].name, b.actors[1].country = ["Nigeria", "Azerbaijan", "Iraq", "Nigeria"][i], ""
        b.actors[2].name, b.actors[2].aliases = (
            ("Aisha Hashmi", ["Hashmi"]) if i != 2 else ("Minister Hashmi", ["Aisha Hashmi"])
        )
        b.actors[2].country = "PK"
        b.deals[0].items[0].designation = item
        b.deals[0].kind = DealKind.ARMS_SALE if i != 2 else DealKind.LOAN
        b.significance.judgments[0].statement = f"Pakistan will deliver the {item} on time."
        b.significance.judgments[0].likelihood = [
            Likelihood.LIKELY,
            Likelihood.VERY_LIKELY,
            Likelihood.UNLIKELY,
            Likelihood.UNLIKELY,
        ][i]
        b.sources[0].text += " The squadron was inspected at Kamra."
        b.sources[0].content_hash = content_hash(b.sources[0].text)
        if i == 3:
            b.marking = Marking(scheme=MarkingScheme.TLP, level="CLEAR")
        write_brief(tmp_path / "desk", b)
    assert lib.index([tmp_path / "desk"]).added == 4
    return lib


def test_search_ranks_and_highlights(desk: SqlBase) -> None:
    hits = desk.search("Kamra squadron")
    assert len(hits) == 4
    assert all(h.field == "sources[0].text" for h in hits)
    marked = {f"{HL_START}{w}{HL_END}" for w in ("Kamra", "squadron")}
    assert all(any(m in h.snippet for m in marked) for h in hits)
    assert "[Kamra]" in desk.search("Kamra")[0].snippet_text()
    assert desk.search("") == [] and desk.search('" OR (') == []


def test_search_filters(desk: SqlBase) -> None:
    def ids(**kw: object) -> list[str]:
        return sorted(h.title for h in desk.search("Pakistan", SearchFilters(**kw)))  # type: ignore[arg-type]

    assert ids(date_from=dt.date(2025, 4, 1), date_to=dt.date(2025, 9, 1)) == [
        "Brief 1: JF-17 Block III",
        "Brief 2: K-8 trainer",
    ]
    assert ids(marking="TLP:CLEAR") == ["Brief 3: JF-17 Block III"]
    assert ids(kind="decision") == ["Brief 1: JF-17 Block III"]
    assert ids(actor="azerbaijan") == ["Brief 1: JF-17 Block III"]
    assert ids(deal_kind="loan") == ["Brief 2: K-8 trainer"]
    assert len(ids(country="pk")) == 4


def test_dossier_merges_names_and_aliases(desk: SqlBase) -> None:
    d = desk.dossier("Hashmi")
    assert d is not None
    assert d.type == "person" and len(d.briefs) == 4
    assert "Minister Hashmi" in d.aliases
    assert (d.first_seen, d.last_seen) == ("2025-01-10", "2025-11-30")
    p = desk.dossier("pakistan")
    assert p is not None and [x.role for x in p.deals] == ["seller"] * 4
    assert [j.likelihood for j in p.judgments][:2] == ["unlikely", "unlikely"]


def test_dossier_keeps_apart_a_clashing_country_and_type(lib: SqlBase, tmp_path: Path) -> None:
    a, b = make_brief(1), make_brief(2)
    a.actors[2] = Actor(id="act-p", name="Jordan", type=ActorType.STATE, country="JO")
    b.actors[2] = Actor(id="act-p", name="Jordan", type=ActorType.PERSON, country="")
    write_brief(tmp_path, a)
    write_brief(tmp_path, b)
    lib.index([tmp_path])
    d = lib.dossier("Jordan")
    assert d is not None and len(d.briefs) == 1
    lib.merge_actors("jordan", "Jordan")  # the same key: nothing to merge
    assert len(lib.dossier("Jordan").briefs) == 1  # type: ignore[union-attr]


def test_user_merge_and_undo(desk: SqlBase) -> None:
    assert len(desk.dossier("Nigeria").briefs) == 2  # type: ignore[union-attr]
    desk.merge_actors("Iraq", into="Nigeria")
    merged = desk.dossier("Nigeria")
    assert merged is not None and len(merged.briefs) == 3 and merged.merged_with == ["iraq"]
    desk.unmerge_actors("Iraq")
    assert len(desk.dossier("Nigeria").briefs) == 2  # type: ignore[union-attr]


def test_related_briefs(desk: SqlBase) -> None:
    related = desk.related(
        actors=["Aisha Hashmi", "Hashmi"], items=["JF-17 Block III"], exclude="brief-000103"
    )
    assert [r.brief.title for r in related][:2] == [
        "Brief 0: JF-17 Block III",
        "Brief 1: JF-17 Block III",
    ]
    assert related[0].score == 5 and "item: JF-17 Block III" in related[0].shared
    assert related[-1].brief.title == "Brief 2: K-8 trainer"
    assert desk.related() == []


def test_previous_judgments_on_the_same_deal(desk: SqlBase) -> None:
    prior = desk.previous_judgments(["item:jf-17 block iii"], exclude="brief-000103")
    assert [(p.brief.date, p.likelihood) for p in prior] == [
        ("2025-04-02", "very_likely"),
        ("2025-01-10", "likely"),
    ]
    assert "actor:pakistan" in prior[0].subjects


def test_gazetteer_and_outlet_grade(desk: SqlBase) -> None:
    names = {g.name: g for g in desk.gazetteer()}
    assert names["Aisha Hashmi"].aliases == ("Hashmi",)
    assert names["Pakistan"].country == "PK" and names["Pakistan"].type == "state"
    outlet = make_brief(103).sources[0].outlet
    grade = desk.outlet_grade(outlet.upper())
    assert grade is not None and grade.grade == "B2"
    assert desk.outlet_grade("Nobody's Gazette") is None


def test_find_actors(desk: SqlBase) -> None:
    assert desk.find_actors("hashmi")[0][1] in {"Aisha Hashmi", "Minister Hashmi"}
    assert desk.find_actors("") == []
    if desk.name == "postgresql":  # trigram matching forgives a misspelt name
        assert desk.find_actors("Aisha Hashmy")[0][0] == "aisha hashmi"


def test_a_changed_likelihood_needs_a_rationale(desk: SqlBase) -> None:
    from briefdesk.library.history import judgment_history, related_to_brief
    from briefdesk.review import likelihood_changes

    today = make_brief(200)
    today.header.date = dt.date(2025, 12, 15)
    today.deals[0].items[0].designation = "JF-17 Block III"
    kj = today.significance.judgments[0]
    kj.statement, kj.likelihood, kj.rationale = "Delivery will slip.", Likelihood.LIKELY, ""
    history = judgment_history(desk, today)
    assert [p.likelihood for p in history["kj-1"]][:2] == ["unlikely", "very_likely"]
    (finding,) = likelihood_changes(today, history)
    assert finding.path == "significance.judgments[0].rationale"
    assert "from 'unlikely' (Brief 3: JF-17 Block III, 2025-11-30) to 'likely'" in finding.message
    kj.rationale = "Pakistan's budget for the line was approved in March."
    assert likelihood_changes(today, history) == []
    assert related_to_brief(desk, today)[0].brief.title.startswith("Brief ")
    today.header.date = dt.date(2025, 6, 1)  # written before brief 3: brief 1 is the last
    assert [p.likelihood for p in judgment_history(desk, today)["kj-1"]][:1] == ["very_likely"]


def test_user_keeps_apart_what_the_dossier_joined(desk: SqlBase) -> None:
    assert "Minister Hashmi" in desk.dossier("Aisha Hashmi").aliases  # type: ignore[union-attr]
    desk.split_actors("Aisha Hashmi", "Minister Hashmi")
    apart = desk.dossier("Aisha Hashmi")
    assert apart is not None and len(apart.briefs) == 3
    assert apart.kept_apart == ["minister hashmi"] and "Minister Hashmi" not in apart.aliases
    desk.unmerge_actors("Aisha Hashmi")
    assert len(desk.dossier("Aisha Hashmi").briefs) == 4  # type: ignore[union-attr]


def test_a_merge_needs_both_actors_and_says_when_they_differ(desk: SqlBase) -> None:
    """newcomer7 F15: a merge into a name the library does not hold was accepted silently."""
    import pytest

    from briefdesk.library.api import LibraryError

    with pytest.raises(LibraryError, match="no actor matching 'Atlantis' in the library"):
        desk.merge_actors("Aisha Hashmi", "Atlantis")
    with pytest.raises(LibraryError, match="no actor matching 'Nobody Known'"):
        desk.merge_actors("Nobody Known", "Pakistan")
    note = desk.merge_actors("Aisha Hashmi", "Pakistan")
    assert note.startswith("note: Aisha Hashmi is a person") and "and Pakistan a state" in note
    desk.unmerge_actors("Aisha Hashmi")


def test_a_generic_body_without_a_country_is_not_joined_to_another_states(
    lib: SqlBase, tmp_path: Path
) -> None:
    """N10-30: Peru's "Ministry of Defence" (no country given) was listed under the UAE's."""
    a, b = make_brief(1), make_brief(2)
    a.actors[2] = Actor(id="act-m", name="Ministry of Defence", type=ActorType.ORGANIZATION)
    b.actors[2] = Actor(
        id="act-m", name="Ministry of Defence", type=ActorType.ORGANIZATION, country="AE"
    )
    write_brief(tmp_path, a)
    write_brief(tmp_path, b)
    lib.index([tmp_path])
    d = lib.dossier("Ministry of Defence")
    assert d is not None and d.country == "AE" and len(d.briefs) == 1
    c, e = make_brief(3), make_brief(4)  # a firm's name is its own: no country still joins
    c.actors[2] = Actor(id="act-f", name="Westmark Naval", type=ActorType.ORGANIZATION)
    e.actors[2] = Actor(
        id="act-f", name="Westmark Naval", type=ActorType.ORGANIZATION, country="KR"
    )
    write_brief(tmp_path, c)
    write_brief(tmp_path, e)
    lib.index([tmp_path])
    firm = lib.dossier("Westmark Naval")
    assert firm is not None and len(firm.briefs) == 2
