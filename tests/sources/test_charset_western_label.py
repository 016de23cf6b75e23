"""Text in a Central-European or Turkish page under a server's default "iso-8859-1" label
(newcomer15 N15-42): read in the page its letters spell, both pages named; never garbled
silently."""

from __future__ import annotations

import json
import quopri
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.sources.charset_symbols import is_misread_note, misread_words
from briefdesk.sources.decode import decode_labelled, read_single_byte_label

POLISH = (
    "Minister Obrony Narodowej Władysław Kosiniak-Kamysz podpisał w Łodzi umowę na zakup 96 "
    "śmigłowców Apache za 12 mld dolarów. Dostawy rozpoczną się w 2028 roku."
)
TURKISH = (
    "Savunma Sanayii Başkanı Haluk Görgün, Kızılelma insansız savaş uçağının ihracatı için "
    "Endonezya ile anlaşma imzalandığını açıkladı."
)


def _page(body: bytes) -> bytes:
    head = b'<html><head><meta charset="iso-8859-1"><title>Kizilelma</title></head><body><p>'
    return head + body + b"</p></body></html>"


def test_turkish_under_a_latin1_label_is_read_as_turkish_and_both_pages_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tr.html"
    path.write_bytes(_page(TURKISH.encode("iso8859_9")))
    assert main(["import", "--json", str(path)]) == 0
    source = json.loads(capsys.readouterr().out)
    assert "Başkanı Haluk Görgün, Kızılelma" in source["text"]
    said = [w for w in source["warnings"] if "iso-8859-1" in w]
    assert len(said) == 1 and "Windows-1254" in said[0] and "Baþkaný" in said[0], said
    assert is_misread_note(said[0])  # the window shows it in a box, not only the status bar


def test_polish_in_a_mail_part_labelled_latin1_is_read_as_latin2() -> None:
    data = quopri.decodestring(quopri.encodestring(POLISH.encode("iso8859_2")))
    warnings: list[str] = []
    text = decode_labelled(data, "iso-8859-1", "the text/plain part", warnings)
    assert text == POLISH
    assert len(warnings) == 1 and "ISO-8859-2" in warnings[0] and "iso-8859-1" in warnings[0]


def test_a_superscript_between_letters_is_a_misread_sign() -> None:
    garbled = POLISH.encode("iso8859_2").decode("cp1252")
    assert "W³adys³aw" in misread_words(garbled)
    assert misread_words("an area of 12 km² and H2O at 20 °C") == []


def test_a_western_story_with_names_of_several_languages_keeps_its_label_quietly() -> None:
    text = "Søren Müller met João Gonçalves and Françoise Lévêque in Reykjavík and Málaga."
    assert read_single_byte_label(text.encode("cp1252"), "cp1252", "iso-8859-1") == (text, "")


def test_a_french_page_under_latin1_keeps_its_label_quietly() -> None:
    text = "La Société Générale finance le chantier naval, a annoncé le ministère à Dakar."
    assert read_single_byte_label(text.encode("cp1252"), "cp1252", "iso-8859-1") == (text, "")


def test_greek_under_latin1_is_never_silent() -> None:
    greek = "Ο υπουργός άμυνας υπέγραψε σύμβαση για την αγορά ελικοπτέρων αξίας 2 δισ. ευρώ."
    _, note = read_single_byte_label(greek.encode("cp1253"), "cp1252", "iso-8859-1")
    assert is_misread_note(note) and "no one language" in note


def test_a_latin9_euro_under_latin1_is_read_as_the_euro() -> None:
    text = "Un prêt de 450 millions € au Sénégal a été signé à Dakar."
    read, note = read_single_byte_label(text.encode("iso8859_15"), "cp1252", "iso-8859-1")
    assert read == text and "ISO-8859-15" in note
