"""Related briefs by a shared source, on both back ends (newcomer9 N9-05)."""

from __future__ import annotations

from pathlib import Path

from briefdesk.library.history import related_to_brief
from briefdesk.library.sqlbase import SqlBase
from briefdesk.model import content_hash
from tests.library.factory import make_brief, write_brief


def test_the_same_source_text_relates_two_briefs_that_share_nothing_else(
    lib: SqlBase, tmp_path: Path
) -> None:
    first = make_brief(1)
    write_brief(tmp_path / "desk", first)
    write_brief(tmp_path / "desk", make_brief(3))
    other = make_brief(2)
    other.actors, other.deals, other.places = [], [], []
    other.significance.judgments = []
    other.sources = [first.sources[0].model_copy(update={"title": "Renamed on import"})]
    assert lib.index([tmp_path / "desk"]).added == 2
    related = related_to_brief(lib, other)
    assert [r.brief.brief_id for r in related] == [first.id]
    assert related[0].shared == ("source: Renamed on import",) and related[0].score == 5
    # A different text of the same length is not the same article.
    other.sources[0].text = other.sources[0].text[::-1]
    assert related_to_brief(lib, other) == []


def test_the_same_article_with_other_line_breaks_is_the_same_source(
    lib: SqlBase, tmp_path: Path
) -> None:
    """newcomer10 N10-33: a release imported from .html and from .txt differed by one line
    break and was not "the same source"."""
    first = make_brief(1)
    write_brief(tmp_path / "desk", first)
    other = make_brief(2)
    other.actors, other.deals, other.places = [], [], []
    other.significance.judgments = []
    rewrapped = first.sources[0].text.replace(" ", "\n", 3) + "\n\n"
    other.sources = [first.sources[0].model_copy(update={"text": rewrapped})]
    assert lib.index([tmp_path / "desk"]).added == 1
    related = related_to_brief(lib, other)
    assert [r.brief.brief_id for r in related] == [first.id]
    assert related[0].score == 5


def test_a_text_that_opens_with_its_own_title_is_the_same_source(
    lib: SqlBase, tmp_path: Path
) -> None:
    """newcomer15 N15-26: a copied thread (no outlet) whose text opens with its title, as
    pasted text does, was never "the same source" — only its first line was compared away."""
    thread = "Thread by @desk_watcher — copied 21 Nov 2026"
    text = f"{thread}\n\n1/ Ruritania signed a contract for 40 armoured vehicles today.\n2/ More."
    first = make_brief(1)
    first.sources[0] = first.sources[0].model_copy(
        update={"title": thread, "outlet": "", "text": text, "content_hash": content_hash(text)}
    )
    write_brief(tmp_path / "desk", first)
    other = make_brief(2)
    other.actors, other.deals, other.places = [], [], []
    other.significance.judgments = []
    other.sources = [first.sources[0].model_copy()]
    assert lib.index([tmp_path / "desk"]).added == 1
    related = related_to_brief(lib, other)
    assert [r.brief.brief_id for r in related] == [first.id]
    assert related[0].shared == (f"source: {thread}",)
