"""Legacy text files with no declared encoding: read right where it can be told, and said.

Short texts are where charset-normalizer alone ranked a DOS or Mac code page first
("Le café a coûté €1.6 milliard." came in as "Le cafķ a co¹tķ Ć1.6 milliard.").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.sources import ImportRefused, import_file_all
from briefdesk.sources.decode import decode_bytes, encoding_name


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Le café a coûté €1.6 milliard.", "cp1252"),
        (
            "The café cost €1.6 billion in total, officials said on Monday in the capital.\n"
            "It was signed by the minister.",
            "cp1252",
        ),
        ("“We have signed,” the minister said — adding that the jets arrive in 2027.", "cp1252"),
        ("Déclaration conjointe\n\nLes deux ministres ont signé l'accord à Paris.", "cp1252"),
        ("Größe", "cp1252"),
        ("Minister podpisał umowę na zakup śmigłowców za 1,5 mld zł.", "cp1250"),
        (
            "Ministr obrany podepsal smlouvu na nákup vrtulníků za 2 miliardy korun, řekl mluvčí.",
            "cp1250",
        ),
        ("Министр обороны подписал контракт на поставку вертолётов.", "cp1251"),
        ("Ο υπουργός άμυνας υπέγραψε σύμβαση για την αγορά ελικοπτέρων.", "cp1253"),
        (
            "Bakan, Türkiye için 2 milyar liralık helikopter sözleşmesini imzaladığını söyledi.",
            "cp1254",
        ),
        ("国防部长签署了购买六架直升机的合同。交付将于明年开始，发言人说。", "gbk"),
    ],
)
def test_short_legacy_text_is_read_right_and_the_guess_is_said(text: str, codec: str) -> None:
    notes: list[str] = []
    assert decode_bytes(text.encode(codec), notes=notes) == text
    assert len(notes) == 1
    assert "no character encoding declared" in notes[0]
    assert text.encode(codec).decode(_named_codec(notes[0])) == text


def _named_codec(note: str) -> str:
    name = note.split("read as ", 1)[1].split(" (", 1)[0]
    return {"Windows-1252": "cp1252", "Windows-1250": "cp1250", "Windows-1251": "cp1251"}.get(
        name, name.replace("Windows-", "cp")
    )


def test_encoding_names_are_the_ones_users_know() -> None:
    assert encoding_name("cp1252") == "Windows-1252"
    assert encoding_name("windows-1250") == "Windows-1250"
    assert encoding_name("gbk") == "GBK"


def test_utf8_and_bom_files_carry_no_guess(tmp_path: Path) -> None:
    for name, data in (
        ("a.txt", "Le café a coûté €1.6 milliard.\n".encode()),
        ("b.txt", "Le café a coûté €1.6 milliard.\n".encode("utf-16")),
        ("c.txt", b"Plain ASCII only.\n"),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        (imported,) = import_file_all(path)
        assert not [w for w in imported.warnings if "encoding" in w], name


def test_an_undeclared_legacy_file_says_so_in_its_import_warnings(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes("Le café a coûté €1.6 milliard.\n".encode("cp1252"))
    (imported,) = import_file_all(path)
    assert imported.source.text == "Le café a coûté €1.6 milliard."
    assert imported.warnings == (
        "no character encoding declared and not UTF-8; read as Windows-1252 "
        "(a guess: check accented letters and currency signs)",
    )
    assert "Import: no character encoding declared" in imported.source.notes


def test_a_page_with_a_declared_charset_is_not_called_a_guess(tmp_path: Path) -> None:
    body = "<p>Le ministre a signé l'accord à Paris pour 1,6 milliard d'euros, selon le texte.</p>"
    declared = tmp_path / "declared.html"
    declared.write_bytes(
        f'<html><head><meta charset="windows-1252"><title>Accord signé</title></head>'
        f"<body><article>{body * 3}</article></body></html>".encode("cp1252")
    )
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_bytes(
        f"<html><head><title>Accord signé</title></head>"
        f"<body><article>{body * 3}</article></body></html>".encode("cp1252")
    )
    (page,) = import_file_all(declared)
    assert "signé l'accord à Paris" in page.source.text
    assert not [w for w in page.warnings if "encoding" in w]
    (guessed,) = import_file_all(undeclared)
    assert "signé l'accord à Paris" in guessed.source.text
    assert [w for w in guessed.warnings if "read as Windows-1252" in w]


def test_a_tie_is_read_by_its_language_and_still_reported() -> None:
    """Hungarian 'ő' is 'õ' in Windows-1252: on a short text the two code pages tie; the
    text's language settles it, and the note still names both (tests/sources/
    test_charset_unsure.py has the rest)."""
    text = "A miniszter aláírta a szerződést."
    notes: list[str] = []
    assert decode_bytes(text.encode("cp1250"), notes=notes) == text
    assert notes and "unsure between Windows-1250 and Windows-1252" in notes[0]


def test_latin9_euro_and_mac_roman_letters_are_told_apart_from_windows_1252() -> None:
    """ISO-8859-15 keeps € at 0xA4 ("¤" in Windows-1252); Mac OS Roman keeps accented letters
    where Windows-1252 has dashes and bullets ("na•ve")."""
    euro = "Un prêt de 450 millions € au Sénégal a été signé à Dakar."
    notes: list[str] = []
    assert decode_bytes(euro.encode("iso8859_15"), notes=notes) == euro
    assert "read as ISO-8859-15" in notes[0]
    mac = "Größe and naïve café résumé, the minister said on Monday in Reykjavík."
    notes = []
    assert decode_bytes(mac.encode("mac_roman"), notes=notes) == mac
    assert "read as Mac OS Roman" in notes[0]
    typographic = "The minister’s “deal” – worth €3bn – was signed… don’t worry."
    assert decode_bytes(typographic.encode("cp1252")) == typographic


def test_utf8_cut_in_a_character_is_read_as_utf8_and_the_damage_counted() -> None:
    text = "Le café coûte €3 à Paris, dit le ministre des finances."
    notes: list[str] = []
    decoded = decode_bytes(text.encode()[:-3] + b"\xc3", notes=notes)
    assert decoded == text[:-3] + "\ufffd"
    assert notes == ["not valid UTF-8: 1 damaged or cut character, shown as \ufffd"]


def test_a_page_that_says_utf8_but_is_not_is_told_so() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Le café coûte €3.</p></body></html>'
    notes: list[str] = []
    assert "Le café coûte €3." in decode_bytes(page.encode("cp1252"), html=True, notes=notes)
    assert notes[0].startswith("declared UTF-8 but is not; read as Windows-1252 (a guess")


def test_utf16_without_a_bom_is_read_and_named_alone(tmp_path: Path) -> None:
    """UTF-16 with no byte-order mark (some exporters write it): English in it is valid UTF-8
    too, NULs and all, and was refused as garbled; accented text named Windows-1252 as a
    rival, which reads its zero bytes as control codes."""
    for number, text in enumerate(
        (
            "The Ministry of Defence signed the contract on Monday in Warsaw for 48 tanks.\n"
            "Deliveries start next year, the ministry said in a statement.\n",
            "Le ministre a signé un accord de 12 millions d'euros à Dakar.\n",
        )
    ):
        for codec, name in (("utf-16-le", "UTF-16-LE"), ("utf-16-be", "UTF-16-BE")):
            path = tmp_path / f"note{number}-{codec}.txt"
            path.write_bytes(text.encode(codec))
            (imported,) = import_file_all(path)
            assert imported.source.text.split() == text.split()
            notes = [w for w in imported.warnings if "read as" in w]
            assert len(notes) == 1 and f"read as {name}" in notes[0], notes
            assert "unsure" not in notes[0] and "1252" not in notes[0]


def test_binary_bytes_that_happen_to_be_valid_utf8_are_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"abc\x00\x01\x02def" * 100)
    with pytest.raises(ImportRefused, match=r"^blob\.txt: .*binary"):
        import_file_all(path)
