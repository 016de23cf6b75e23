"""The one place a guessed code page is picked (sources/charset_pick.py): its three checks
(letters, script, symbols) weigh readings of the bytes that the scorer rates once each."""

from __future__ import annotations

import pytest

from briefdesk.sources import charset_reading
from briefdesk.sources.charset_pick import choose, rank
from briefdesk.sources.charset_reading import Readings

HUNGARIAN = "A miniszter aláírta a szerződést a helikopterek beszerzéséről, 2 milliárd forintért."
CZECH = "Česká armáda koupí tanků; řekla mluvčí ministerstva obrany v úterý."
POLISH = "Polśka kupi śmigłowce; źródło w ministerstwie powiedziało, że umowa będzie podpisana."
GREEK = "Το υπουργείο Άμυνας της Ελλάδας υπέγραψε τη σύμβαση για τα Άλφα."


@pytest.mark.parametrize(
    ("text", "codec", "first", "page", "rival"),
    [
        # letters: Hungarian "ő, ű" read in Windows-1252 are "õ, û"; 1252 stays named
        (HUNGARIAN, "cp1250", "cp1252", "cp1250", "cp1252"),
        # script: a rare page (Vietnamese 1258) gives way to Czech's usual page
        (CZECH, "iso8859_2", "cp1258", "cp1250", None),
        # script: Greek ISO-8859-7 reads 0xA2 as "’", Windows-1253 as "Ά"
        (GREEK, "cp1253", "iso8859_7", "cp1253", None),
        # letters then script: Latin-2 bytes ranked as Windows-1250 are read as Latin-2
        (POLISH, "iso8859_2", "cp1250", "iso8859_2", None),
    ],
)
def test_each_check_revisits_the_first_guess(
    text: str, codec: str, first: str, page: str, rival: str | None
) -> None:
    data = text.encode(codec)
    chosen = choose(data, first, "cp1252")
    assert (chosen.page, chosen.rival, chosen.text) == (page, rival, text)
    assert rank(Readings(data), first) == (page, rival)  # what guess_encoding reports


def test_symbols_check_replaces_a_page_that_puts_signs_inside_words() -> None:
    data = POLISH.encode("iso8859_2")
    assert "Pol¶ka" in data.decode("cp1250")
    # No first guess: only the symbols check revisits the fallback, and names it as rival.
    chosen = choose(data, None, "cp1250")
    assert (chosen.page, chosen.rival, chosen.text) == ("iso8859_2", "cp1250", POLISH)


def test_plain_ascii_and_a_clear_guess_stay() -> None:
    assert choose(b"plain text", "ascii", "cp1252").page == "ascii"
    chosen = choose("Le café coûte 2 €.".encode("cp1252"), "cp1252", "cp1252")
    assert (chosen.page, chosen.rival, chosen.text) == ("cp1252", None, "Le café coûte 2 €.")


def test_a_page_is_decoded_once_whatever_its_alias() -> None:
    readings = Readings(CZECH.encode("iso8859_2"))
    assert readings.of("iso8859_2") is readings.of("ISO-8859-2") is readings.of("latin2")
    assert readings.of("cp1252") is not None
    assert Readings(b"\x81\x8d").of("cp1252") is None  # bytes the page leaves unassigned


def test_each_reading_is_rated_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The letters and script checks both weigh letter fit and broken words of the Latin
    pages: the scorer works each out once per page, not once per check."""
    rated: list[str] = []
    real_fit, real_broken = charset_reading.letter_fit, charset_reading.broken_words

    def fit(text: str) -> float:
        rated.append("fit:" + text)
        return real_fit(text)

    def broken(text: str, script: str) -> int:
        rated.append(f"broken:{script}:{text}")
        return real_broken(text, script)

    monkeypatch.setattr(charset_reading, "letter_fit", fit)
    monkeypatch.setattr(charset_reading, "broken_words", broken)
    data = HUNGARIAN.encode("cp1250")
    assert choose(data, "cp1252", "cp1252").page == "cp1250"
    assert rated and len(rated) == len(set(rated))
