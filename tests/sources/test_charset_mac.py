"""Mac OS Roman text and short Hungarian ISO-8859-2 under a Western label (N15-42, round 16):
read in the page that spells the language, or said; never silently wrong."""

from __future__ import annotations

import pytest

from briefdesk.sources.charset_mac import foreign_letters, reads_as_mac_roman
from briefdesk.sources.decode import _guess, read_single_byte_label

GERMAN = "Der Minister unterzeichnete für Österreich einen Vertrag über 300 Mio. Euro."
FRENCH = "Les négociations sur le prix des frégates ont été très longues, précise-t-on."
HUNGARIAN = "A miniszter aláírta a szerződést a helikopterek beszerzéséről, 2 milliárd forintért."


@pytest.mark.parametrize("text", [GERMAN, FRENCH])
def test_mac_roman_is_read_as_mac_roman(text: str) -> None:
    data = text.encode("mac_roman")
    assert reads_as_mac_roman(data)
    assert _guess(data) == "mac_roman"
    read, note = read_single_byte_label(data, "cp1252", "iso-8859-1")
    assert read == text and "Mac OS Roman" in note and "iso-8859-1" in note


@pytest.mark.parametrize(
    "text",
    [
        GERMAN,  # Windows-1252 itself
        "Officials said the 2021–2024 plan isn’t final — “not yet”, they said.",
        "Prime Minister Andrej Babiš met the délégation in Prague.",
    ],
)
def test_windows_text_is_not_taken_for_mac_roman(text: str) -> None:
    data = text.encode("cp1252")
    assert not reads_as_mac_roman(data)
    assert read_single_byte_label(data, "cp1252", "iso-8859-1")[0] == text


def test_short_hungarian_under_a_western_label_is_read_in_its_page_and_said() -> None:
    data = HUNGARIAN.encode("iso8859_2")
    read, note = read_single_byte_label(data, "cp1252", "iso-8859-1")
    assert "szerződést" in read and "szerzõdést" in note
    assert "iso-8859-1" in note


def test_foreign_letters_only_for_a_language_windows_cannot_spell() -> None:
    assert foreign_letters(HUNGARIAN.replace("ő", "õ")) == ["õ"]
    assert foreign_letters(HUNGARIAN) == []
    # A French name in a German text is no alarm: German is all in Windows-1252.
    assert foreign_letters("Der Minister traf in Berlin den Kollegen Noël und sprach lange.") == []
