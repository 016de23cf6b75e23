"""A page with no <title> and no heading is titled by its text, not its file name (N14-21)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.sources import ImportLimits, import_file

INLINE = ImportLimits(isolate=False)


@pytest.mark.parametrize(
    ("body", "encoding", "expected"),
    [
        (
            "<p>ルリタニア海軍は、巡視船12隻を購入すると発表した。</p>",
            "shift_jis",
            "ルリタニア海軍は、巡視船12隻を購入すると発表した",
        ),
        (
            "<p>Ruritania's navy will buy twelve patrol boats from Danubia Yards.</p>",
            "utf-8",
            "Ruritania's navy will buy twelve patrol boats from Danubia Yards",
        ),
    ],
)
def test_a_one_sentence_page_is_titled_by_its_sentence(
    tmp_path: Path, body: str, encoding: str, expected: str
) -> None:
    path = tmp_path / "sj.html"
    markup = f'<html><head><meta charset="{encoding}"></head><body>{body}</body></html>'
    path.write_bytes(markup.encode(encoding))
    source = import_file(path, limits=INLINE)
    assert source.title == expected
    assert "Title taken from the text's first line" in source.notes


def test_a_page_of_several_sentences_keeps_the_file_name_with_its_note(tmp_path: Path) -> None:
    path = tmp_path / "boats.html"
    path.write_text(
        "<html><body><p>Ruritania's navy will buy boats.</p><p>Deliveries start in 2027.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    source = import_file(path, limits=INLINE)
    assert source.title == "boats"
    assert "Title made from the file name" in source.notes
