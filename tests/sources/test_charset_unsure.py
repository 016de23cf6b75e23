"""A short text that two code pages read equally well: read in its language's page, said to
be unsure with both named, and read again in the page the user chooses (``encoding=``).

charset-normalizer ties Windows-1250/-1257 with Windows-1252 on a sentence or two of
Hungarian, Czech, Romanian or Lithuanian; BriefDesk once read them as Windows-1252 ("szerzõdést")
with only "a guess" to warn.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.sources import ImportRefused, import_file_all
from briefdesk.sources.charset_letters import letter_fit
from briefdesk.sources.charset_pick import settle
from briefdesk.sources.decode import decode_bytes, guess_encoding, text_codec

HUNGARIAN = "A miniszter aláírta a szerződést a helikopterek beszerzéséről, 2 milliárd forintért."
CZECH = "Ministr podepsal smlouvu o nákupu vrtulníků; dodávky začnou příští rok, řekl mluvčí."
LITHUANIAN = "Ministras pasirašė sutartį dėl sraigtasparnių pirkimo už 200 milijonų eurų."
ROMANIAN = "Ministrul a semnat contractul pentru achiziţia elicopterelor în această săptămână."


@pytest.mark.parametrize(
    ("text", "codec"),
    [(HUNGARIAN, "cp1250"), (CZECH, "cp1250"), (LITHUANIAN, "cp1257"), (ROMANIAN, "cp1250")],
)
def test_a_tie_is_read_in_the_texts_language_and_named_as_unsure(text: str, codec: str) -> None:
    data = text.encode(codec)
    notes: list[str] = []
    assert decode_bytes(data, notes=notes) == text
    [note] = notes
    assert note.count("\n") == 0 and "unsure between" in note
    assert guess_encoding(data)[0] == codec
    rival = guess_encoding(data)[1]
    assert rival is not None and data.decode(rival) != text  # the rival really reads otherwise
    assert f"--encoding {rival}" in note


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a signé à Paris un accord très attendu.",
        "The naïve plan was signed at the café on Monday, officials said.",
        "Il ministro è arrivato a Roma e ha firmato l'accordo.",
        "Die Größe des Auftrags überraschte die Beobachter.",
    ],
)
def test_western_texts_are_not_called_unsure(text: str) -> None:
    notes: list[str] = []
    assert decode_bytes(text.encode("cp1252"), notes=notes) == text
    assert "unsure" not in notes[0] and "read as Windows-1252" in notes[0]


def test_accented_letters_of_one_language_fit() -> None:
    assert letter_fit(HUNGARIAN) == 1.0
    assert letter_fit(HUNGARIAN.replace("ő", "õ").replace("ű", "û") + " fûtés köszönõ") < 1.0
    assert letter_fit("plain ASCII") == 1.0
    assert settle(b"plain", "cp1252") == ("cp1252", None)
    assert settle(b"abc", "cp1251") == ("cp1251", None)  # only Latin pages are revisited


def test_the_chosen_encoding_is_read_as_told(tmp_path: Path) -> None:
    path = tmp_path / "hu.txt"
    path.write_bytes(HUNGARIAN.encode("cp1250") + b"\n")
    (asked,) = import_file_all(path, encoding="windows-1252")
    assert asked.source.text.startswith("A miniszter aláírta a szerzõdést")
    assert list(asked.warnings) == ["read as Windows-1252, as asked"]
    (again,) = import_file_all(path, encoding="cp1250")
    assert again.source.text.startswith(HUNGARIAN)
    assert "Import: read as Windows-1250, as asked" in again.source.notes


def test_a_chosen_encoding_overrides_a_page_label(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = f"<p>{CZECH}</p>" * 3
    page = f'<html><head><meta charset="windows-1252"><title>T</title></head><body><article>{body}'
    path.write_bytes((page + "</article></body></html>").encode("cp1250"))
    (read,) = import_file_all(path, encoding="cp1250")
    assert CZECH in read.source.text


def test_a_wrong_or_unknown_encoding_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "hu.txt"
    path.write_bytes(HUNGARIAN.encode("cp1250"))
    with pytest.raises(ImportRefused) as refused:
        import_file_all(path, encoding="utf-8")
    assert str(refused.value) == "hu.txt: is not text in UTF-8 (9 byte sequences are not UTF-8)"
    with pytest.raises(ImportRefused) as unknown:
        import_file_all(path, encoding="rot13")
    assert "unknown encoding 'rot13'" in str(unknown.value)
    assert "\n" not in str(unknown.value)
    assert text_codec("Windows-1250") == "cp1250" and text_codec(" latin2 ") == "iso8859-2"


def test_cli_import_and_add_source_take_an_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefdesk.cli.main import main

    path = tmp_path / "hu.txt"
    path.write_bytes(HUNGARIAN.encode("cp1250"))
    assert main(["import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "unsure between Windows-1250 and Windows-1252" in out and HUNGARIAN in out
    assert main(["import", str(path), "--encoding", "cp1252"]) == 0
    assert "szerzõdést" in capsys.readouterr().out
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    before = brief.read_bytes()
    assert main(["add-source", str(brief), str(path), "--encoding", "klingon"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--encoding: unknown encoding 'klingon'" in err
    assert brief.read_bytes() == before
    assert main(["add-source", str(brief), str(path), "--encoding", "windows-1250"]) == 0
    assert "warning: read as Windows-1250, as asked" in capsys.readouterr().out
    from briefdesk.model.fileformat import loads

    assert loads(brief.read_bytes()).sources[0].text == HUNGARIAN


def test_a_chosen_encoding_that_spoils_a_valid_utf8_file_is_said(tmp_path: Path) -> None:
    """newcomer7 F26: 'Gabrielius ЕЅemaitis' came back with only 'read as Windows-1251'."""
    from briefdesk.sources import import_file_all

    def notes(path: Path, encoding: str) -> str:
        return import_file_all(path, encoding=encoding)[0].source.notes

    path = tmp_path / "z.txt"
    path.write_text("Gabrielius Žemaitis said the deal was signed.\n", "utf-8")
    said = notes(path, "cp1251")
    assert "valid UTF-8, which reads 'Žemaitis' where this reads 'ЕЅemaitis'" in said
    assert "valid UTF-8" not in notes(path, "utf-8")
    plain = tmp_path / "a.txt"
    plain.write_text("plain ascii words\n", "utf-8")
    assert "valid UTF-8" not in notes(plain, "cp1251")
