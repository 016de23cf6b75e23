"""A Markdown note's YAML front matter is its metadata, not its text (newcomer14 N14-39)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefdesk.sources import ImportLimits, import_file
from briefdesk.sources.front_matter import split_front_matter

INLINE = ImportLimits(isolate=False)
NOTE = (
    "---\n"
    'title: "Ruritania orders patrol boats"\n'
    "author: A. Keller\n"
    "date: 2026-11-20T08:00:00+01:00\n"
    "tags: [navy, ruritania]\n"
    "source: https://news.example.org/ruritania-boats\n"
    "---\n\n"
    "Ruritania's navy ordered 12 patrol boats from Danubia Yards on Monday.\n"
)


@pytest.mark.parametrize("name", ["note.md", "note.txt"])
def test_front_matter_fills_the_source_and_leaves_the_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(NOTE, encoding="utf-8")
    source = import_file(path, limits=INLINE)
    assert source.title == "Ruritania orders patrol boats"
    assert source.author == "A. Keller"
    assert source.published == dt.date(2026, 11, 20)
    assert source.url == "https://news.example.org/ruritania-boats"
    assert source.text.startswith("Ruritania's navy ordered")
    assert "title:" not in source.text and "tags" not in source.text
    assert "Front matter left out of the text" in source.notes


def test_a_list_of_authors_is_joined() -> None:
    found = split_front_matter("---\nauthors:\n  - A. Keller\n  - O. Haddad\n---\nText.\n")
    assert found is not None and found.author == "A. Keller, O. Haddad"
    assert found.text == "Text.\n"


@pytest.mark.parametrize(
    "text",
    [
        "---\n\nA horizontal rule first, then a paragraph.\n\n---\n\nMore.\n",
        "Some text.\n---\ntitle: x\n---\n",  # not at the very start
        "---\ntitle: never closed\n\nThe text.\n",
    ],
)
def test_no_front_matter_is_taken_from_text_that_has_none(text: str) -> None:
    assert split_front_matter(text) is None
