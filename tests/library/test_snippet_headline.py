"""A source whose text opens with its own headline shows the headline once in a search snippet
(newcomer14 N14-25: "[Nordvik] Defence wins … [Nordvik] Defence wins …")."""

from __future__ import annotations

from pathlib import Path

from briefdesk.library.sqlbase import SqlBase
from briefdesk.model import content_hash
from tests.library.factory import make_brief, write_brief

HEADLINE = "Danubia Yards wins Ruritanian patrol boat order"


def _index(lib: SqlBase, tmp_path: Path, title: str, text: str) -> None:
    brief = make_brief(400, words=5)
    brief.sources[0].title = title
    brief.sources[0].text = text
    brief.sources[0].content_hash = content_hash(text)
    write_brief(tmp_path / "shelf", brief)
    assert lib.index([tmp_path / "shelf"]).added == 1


def test_the_headline_the_text_opens_with_is_not_repeated(lib: SqlBase, tmp_path: Path) -> None:
    _index(lib, tmp_path, HEADLINE, f"{HEADLINE}\n\nLINZ — Danubia Yards signed for 12 boats.")
    hit = next(h for h in lib.search("Danubia") if h.field == "sources[0].text")
    assert hit.snippet_text().count("wins Ruritanian") == 1


def test_a_title_the_text_does_not_open_with_is_still_searchable(
    lib: SqlBase, tmp_path: Path
) -> None:
    _index(lib, tmp_path, "Zendaquarry report", "LINZ — Danubia Yards signed for 12 boats.")
    assert [h.field for h in lib.search("Zendaquarry")] == ["sources[0].text"]
