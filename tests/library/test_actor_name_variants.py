"""One buyer under two names across briefs is one actor in related briefs and dossiers
(newcomer14 N14-24): "Estonian Centre for Defence Investment (ECDI)" in a tender notice's brief,
"Centre for Defence Investment, Estonia" in a press release's. Names are made up or generic."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.library.name_variants import name_variants
from briefdesk.library.sqlbase import SqlBase
from briefdesk.model.codes import ActorType
from tests.library.factory import make_brief, write_brief

NOTICE_NAME = "Estonian Centre for Defence Investment (ECDI)"
RELEASE_NAME = "Centre for Defence Investment, Estonia"


def _shelf(lib: SqlBase, tmp_path: Path, names: list[str]) -> SqlBase:
    for i, name in enumerate(names):
        brief = make_brief(500 + i, words=5)
        brief.header.title = f"Brief {i}"
        actor = brief.actors[1]
        actor.name, actor.aliases = name, []
        actor.type, actor.country = ActorType.ORGANIZATION, "EE"
        write_brief(tmp_path / "shelf", brief)
    assert lib.index([tmp_path / "shelf"]).added == len(names)
    return lib


def test_two_names_of_one_body_share_a_dossier_and_relate_their_briefs(
    lib: SqlBase, tmp_path: Path
) -> None:
    shelf = _shelf(lib, tmp_path, [NOTICE_NAME, RELEASE_NAME])
    dossier = shelf.dossier(RELEASE_NAME)
    assert dossier is not None
    assert sorted(b.title for b in dossier.briefs) == ["Brief 0", "Brief 1"]
    assert NOTICE_NAME in dossier.aliases
    related = shelf.related(actors=[RELEASE_NAME], exclude="brief-000501")
    assert [r.brief.title for r in related] == ["Brief 0"]
    assert f"actor: {RELEASE_NAME}" in related[0].shared


def test_the_same_words_of_two_states_stay_two_bodies(lib: SqlBase, tmp_path: Path) -> None:
    shelf = _shelf(lib, tmp_path, ["Latvian Centre for Defence Investment", RELEASE_NAME])
    dossier = shelf.dossier(RELEASE_NAME)
    assert dossier is not None and [b.title for b in dossier.briefs] == ["Brief 1"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            NOTICE_NAME,
            ["estonian centre for defence investment", "centre for defence investment @ee"],
        ),
        (RELEASE_NAME, ["centre for defence investment @ee"]),
        ("the Latvian Ministry of Defence", ["ministry of defence @lv"]),
        ("Nordvik Defence AS", []),
        ("Hanseong Battery Materials Co., Ltd", []),
        ("Estonia", []),
    ],
)
def test_name_variants(name: str, expected: list[str]) -> None:
    assert name_variants(name) == expected
