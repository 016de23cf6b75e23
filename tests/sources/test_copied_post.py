"""A hand-copied thread's copy note is metadata, not its title (newcomer14 N14-35)."""

from __future__ import annotations

from pathlib import Path

from briefdesk.model.codes import SourceKind
from briefdesk.sources import ImportLimits, import_file
from briefdesk.sources.copied_post import copied_post

INLINE = ImportLimits(isolate=False)
THREAD = (
    "Copied from X (formerly Twitter), thread by @ruritania_watch (Anna Keller, navy analyst), "
    "20 Nov 2026\n\n"
    "🧵 1/3 Ruritania's navy just ordered 12 patrol boats from Danubia Yards. More below.\n\n"
    "2/3 Deliveries start in 2027.\n"
)


def test_the_copy_note_gives_author_outlet_and_the_first_post_the_title(tmp_path: Path) -> None:
    path = tmp_path / "thread.md"
    path.write_text(THREAD, encoding="utf-8")
    source = import_file(path, limits=INLINE)
    assert source.kind is SourceKind.SOCIAL
    assert source.title == "Ruritania's navy just ordered 12 patrol boats from Danubia Yards"
    assert source.author == "Anna Keller (@ruritania_watch)"
    assert source.outlet == "X"
    assert "Title taken from the first post" in source.notes


def test_front_matter_title_stays_over_the_copy_note(tmp_path: Path) -> None:
    path = tmp_path / "thread.md"
    path.write_text('---\ntitle: "Boats thread"\n---\n' + THREAD, encoding="utf-8")
    source = import_file(path, limits=INLINE)
    assert source.title == "Boats thread"
    assert source.author == "Anna Keller (@ruritania_watch)"


def test_text_without_a_copy_note_is_left_alone() -> None:
    assert copied_post("Copied from the ministry's website\n\nThe navy ordered boats.\n") is None
    assert copied_post("Ruritania orders boats\n\nCopied from X by @someone\n") is None
