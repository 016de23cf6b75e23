"""newcomer21 N21-12 and N21-11: a page of one paragraph repeated 60,000 times was imported
as 111 characters with no word (the main-text reader keeps one copy of a run of identical
paragraphs), and an over-limit page was refused only after its whole extraction (40 s in
the window). Now the page's shown text meets the limit before the extraction, and copies the
extraction left out are said in the source's notes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefdesk.cli.main import main
from briefdesk.sources import ImportLimits, ImportRefused, import_file, import_file_all

SAID = (
    "The Harbour Authority said grain deliveries continued on schedule through the port this week."
)
OTHER = "Officials said a second berth would open for grain carriers before the end of the month."


def _page(tmp_path: Path, body: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(
        f"<html><head><title>Port wire</title></head><body>{body}</body></html>", encoding="utf-8"
    )
    return path


def _article(paragraphs: list[str]) -> str:
    inner = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return f"<article><h1>Port wire</h1>\n{inner}</article>"


def test_copies_left_out_are_said_with_how_much(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _page(tmp_path, _article([SAID, SAID, SAID, OTHER]))
    capsys.readouterr()
    assert main(["import", str(path), "--json"]) == 0
    source = json.loads(capsys.readouterr().out)
    assert source["text"].count("Harbour Authority") == 1  # what the reader kept
    said = f"2 more copies of a paragraph that the page repeats ({2 * len(SAID):,} characters)"
    assert any(said in w for w in source["warnings"]), source["warnings"]
    assert f"Import: repeated text left out: {said}" in source["notes"]


def test_repeats_the_source_keeps_and_repeated_furniture_are_not_said(tmp_path: Path) -> None:
    kept = _page(tmp_path, _article([SAID, OTHER, SAID, OTHER]), "kept.html")
    (imported,) = import_file_all(kept)
    assert imported.source.text.count("Harbour Authority") == 2
    assert not imported.warnings and "repeated" not in imported.source.notes
    box = (
        "<div class='newsletter'><p>Sign up for our morning newsletter to get the news "
        "from the port.</p></div>"
    )
    body = _article([SAID, OTHER, "The berth opened in 2019."])
    furniture = _page(tmp_path, f"{box}{body}{box}", "furniture.html")
    (page,) = import_file_all(furniture)
    assert "newsletter" not in page.source.text
    assert "repeated" not in page.source.notes


def test_over_limit_page_is_refused_before_the_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    def never(*_: Any, **__: Any) -> None:
        raise AssertionError("the slow extraction ran on an over-limit page")

    monkeypatch.setattr(trafilatura, "bare_extraction", never)
    path = _page(tmp_path, _article([SAID] * 40))  # about 3,700 characters shown
    with pytest.raises(ImportRefused, match="characters of text, over the limit of 2,000"):
        import_file(path, limits=ImportLimits(max_text_chars=2_000, isolate=False))


def test_a_page_under_the_limit_by_its_shown_text_is_read(tmp_path: Path) -> None:
    """Markup, scripts and styles do not count towards the limit: only the text shown."""
    script = "<script>var x = '" + "y" * 5_000 + "';</script><style>p{color:red}</style>"
    path = _page(tmp_path, script + _article([SAID, OTHER]))
    source = import_file(path, limits=ImportLimits(max_text_chars=2_000))
    assert "Harbour Authority" in source.text
