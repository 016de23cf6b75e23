"""N9-10: a Latin-2 page labelled UTF-8 read as "Pol¶ka" (0xB6 is "ś" in ISO-8859-2, "¶" in
Windows-1250) with no word of garbling, and the hint offered Windows-1252. A sign inside a word
is a sure sign of a wrong code page: a page that reads the bytes without one is taken, and
when none does, the import says so with the words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main

POLISH = "Polśka kupi czołgi. Minister powiedział we wtorek, że Polska kupi 180 czołgów K2."


def _import(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["import", "--json", str(path)]) == 0
    found = json.loads(capsys.readouterr().out)
    return found[0] if isinstance(found, list) else found


def test_latin2_page_labelled_utf8_reads_its_letters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Test</title></head><body><article>'
        f"<h1>Polśka kupi czołgi</h1><p>{POLISH}</p></article></body></html>"
    )
    path = tmp_path / "latin2.html"
    path.write_bytes(page.encode("iso-8859-2"))
    source = _import(path, capsys)
    assert source["title"] == "Polśka kupi czołgi"
    assert "¶" not in str(source["text"])
    assert "read as ISO-8859-2" in str(source["notes"])  # and the other reading is named


def test_latin2_text_file_without_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin2.txt"
    path.write_bytes(f"Polśka kupi czołgi\n\n{POLISH}\n".encode("iso-8859-2"))
    source = _import(path, capsys)
    assert "Polśka" in str(source["text"]) and "¶" not in str(source["text"])


def test_signs_inside_words_in_every_reading_are_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "odd.txt"  # 0xA4 is "¤" or "€" in every Latin page: never a letter
    path.write_bytes(b"Pol\xa4ka kupi czo\xb3gi i kupi\xa4 180 czo\xb3g\xf3w od Korei.\n")
    notes = str(_import(path, capsys)["notes"])
    assert "some words look misread" in notes and "--encoding" in notes


def test_windows_1252_text_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Poland’s “framework agreement” — €6.5 billion, café.\n".encode("cp1252"))
    source = _import(path, capsys)
    assert "Poland’s “framework agreement” — €6.5 billion" in str(source["text"])
    assert "look misread" not in str(source["notes"])
