"""Mac OS Roman text (an old Mac export) is read as Mac OS Roman, and every encoding the import
offers as a second guess is one it then reads (newcomer12 N12-22: "€45" became "Ř45" in Mac OS
Central European, and the suggested ISO-8859-2 was refused with "0 byte sequences are not")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefdesk.sources import ImportRefused, import_file_all
from briefdesk.sources.decode import decode_bytes

WESTERN = (
    "Café Société’s chairman Jérôme Dufrêne said Côte d’Ivoire’s ministry signed the "
    "€45 million deal."
)


def test_mac_roman_text_is_read_as_mac_roman_and_the_doubt_is_said() -> None:
    notes: list[str] = []
    assert decode_bytes(WESTERN.encode("mac_roman"), notes=notes) == WESTERN
    [note] = notes
    assert "unsure between Mac OS Roman and Mac OS Central European" in note


def test_the_suggested_second_guess_is_read_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "macroman.txt"
    path.write_bytes(WESTERN.encode("mac_roman"))
    (first,) = import_file_all(path)
    assert first.source.text.strip() == WESTERN
    [suggested] = re.findall(r"--encoding (\S+)\)", " ".join(first.warnings))
    (again,) = import_file_all(path, encoding=suggested)
    assert again.source.text.strip() == WESTERN.encode("mac_roman").decode(suggested)


def test_a_refused_choice_names_the_bytes_it_cannot_read(tmp_path: Path) -> None:
    path = tmp_path / "macroman.txt"
    path.write_bytes(WESTERN.encode("mac_roman"))
    with pytest.raises(ImportRefused) as refused:
        import_file_all(path, encoding="iso8859-2")
    said = str(refused.value)
    assert "0 byte" not in said
    assert "read as control codes, the first 0x8E at byte 3" in said
