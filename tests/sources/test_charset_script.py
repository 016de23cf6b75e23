"""Mislabelled pages read in their script's usual code page, with words kept in one script
(checker9 C9-15): Czech ISO-8859-2 was read as Vietnamese Windows-1258 ("Èeská ... øekla")
and Greek Windows-1253 as ISO-8859-7 ("’μυνας"), each with only "a guess" to warn."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.sources.charset_script import broken_words
from briefdesk.sources.decode import decode_bytes

CZECH = (
    "Ministerstvo obrany podepsalo smlouvu na 77 tanků Leopard za 34 miliard korun, "
    "řekla ministryně Černochová v Praze."
)
GREEK = (
    "Η Ελλάδα υπέγραψε σύμβαση για 20 F-35 αξίας 8,6 δισ. δολαρίων, δήλωσε το υπουργείο "
    "Άμυνας στην Αθήνα."
)


def _page(title: str, body: str, codec: str) -> bytes:
    html = (
        '<!doctype html><html><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p>"
        "</article></body></html>"
    )
    return html.encode(codec)


def _import(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["import", str(path), "--json"]) == 0
    printed: dict[str, object] = json.loads(capsys.readouterr().out)
    return printed


def test_czech_latin2_labelled_utf8_is_read_as_czech(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "czech.html"
    path.write_bytes(_page("Česká armáda kupuje tanky", CZECH, "iso8859_2"))
    printed = _import(path, capsys)
    assert CZECH in str(printed["text"])
    assert printed["title"] == "Česká armáda kupuje tanky"
    warnings = " ".join(str(w) for w in printed.get("warnings", []))  # type: ignore[attr-defined]
    assert "1258" not in warnings and "declared UTF-8 but is not" in warnings


def test_greek_1253_keeps_its_capital_alpha_with_tonos(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "greek.html"
    path.write_bytes(_page("Greek deal", GREEK, "cp1253"))
    printed = _import(path, capsys)
    assert "υπουργείο Άμυνας" in str(printed["text"])
    assert "’μυνας" not in str(printed["text"])


def _cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: a precomposed letter where the page has one, else
    a base letter and combining tone marks."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        for i, mark in enumerate(marks):
            head = unicodedata.normalize("NFC", base + mark)
            rest = "".join(marks[:i] + marks[i + 1 :])
            try:
                out += head.encode("cp1258") + rest.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            out += (base + "".join(marks)).encode("cp1258")
    return out


def test_a_rare_page_kept_for_its_language_is_said_to_be_unsure(tmp_path: Path) -> None:
    text = "Bộ Quốc phòng Việt Nam đã ký hợp đồng mua máy bay và tàu chiến mới cho hải quân."
    notes: list[str] = []
    decoded = decode_bytes(_cp1258(text), notes=notes)
    assert unicodedata.normalize("NFC", decoded) == text
    [note] = notes
    assert "unsure between Windows-1258 and" in note and "--encoding" in note


def test_words_broken_by_a_sign_or_a_second_script_are_counted() -> None:
    assert broken_words("το υπουργείο ’μυνας", "GREEK") == 1
    assert broken_words("Poland’s “framework” deal", "LATIN") == 0
    assert broken_words("ministryn\u0301 Èeská", "LATIN") == 1
    assert broken_words("Pol¶ka", "LATIN") == 1
    assert broken_words("Москва и Нью-Дели", "CYRILLIC") == 0
