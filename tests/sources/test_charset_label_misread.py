"""A single-byte charset label reads any bytes, so a wrong one shows only in the words
(newcomer10 N10-19: a Windows-1252 page labelled KOI8-R came in as "SociИtИ GИnИrale" and its
garbled names were offered as actors, with only a status-bar line about it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.sources.charset_symbols import is_misread_note, misread_words
from briefdesk.sources.decode import read_single_byte_label

FRENCH = (
    "La Société Générale et l'Agence Française de Développement financent le chantier naval "
    "de Ziguinchor, a annoncé le ministère à Dakar."
)
RUSSIAN = "Министерство обороны подписало контракт с компанией Ростех на поставку вертолётов."


def _page(charset: str, body: bytes) -> bytes:
    head = f'<html><head><meta charset="{charset}"><title>Dakar</title></head><body><p>'
    return head.encode("ascii") + body + b"</p></body></html>"


def test_a_latin_page_under_a_cyrillic_label_is_read_in_the_page_its_words_fit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "release.html"
    path.write_bytes(_page("koi8-r", FRENCH.encode("cp1252")))
    assert main(["import", "--json", str(path)]) == 0
    source = json.loads(capsys.readouterr().out)
    assert "Société Générale" in source["text"] and "SociИtИ" not in source["text"]
    said = " ".join(source["warnings"])
    assert "declared KOI8-R" in said and "read as Windows-1252 instead" in said


def test_a_right_cyrillic_label_is_kept_without_a_word() -> None:
    assert read_single_byte_label(RUSSIAN.encode("koi8_r"), "koi8_r") == (RUSSIAN, "")


def test_latin_brand_names_in_cyrillic_text_are_not_misread() -> None:
    text = "Компания Airbus и Ростех подписали соглашение о поставке A320neo в Москву."
    assert misread_words(text) == []


def test_a_mail_part_under_a_wrong_label_is_read_the_same_way() -> None:
    from briefdesk.sources.decode import decode_labelled

    warnings: list[str] = []
    text = decode_labelled(FRENCH.encode("cp1252"), "koi8-r", "the mail's text", warnings)
    assert text == FRENCH
    assert len(warnings) == 1 and is_misread_note(warnings[0]), warnings


def test_the_note_names_the_words_and_the_windows_way_to_choose() -> None:
    text, note = read_single_byte_label("ParИs and BerЛin signed".encode("koi8_r"), "koi8_r")
    assert "ParИs" not in text
    assert "“ParИs”" in note and "File → Add source in encoding…" in note
    assert "--encoding" in note  # and the command line's


def test_both_misread_notes_carry_the_marker_the_window_looks_for() -> None:
    assert is_misread_note(read_single_byte_label(FRENCH.encode("cp1252"), "koi8_r")[1])
    assert not is_misread_note("no character encoding declared and not UTF-8; read as X")
