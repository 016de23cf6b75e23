"""Spelling without Qt: en-GB/en-US dictionaries, word lists, brief names, review findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk import spelling
from briefdesk.model import Actor, Brief, Deal, DealItem, Place, Source
from briefdesk.review import review_brief
from briefdesk.spelling.checker import SpellChecker, words_in
from briefdesk.spelling.dictionaries import SpellingUnavailable, find_dictionary


def _need(language: str) -> None:
    try:
        find_dictionary(language)
    except SpellingUnavailable as exc:
        print(f"spelling tests need the Hunspell dictionary: {exc}")
        pytest.fail(f"{exc} (scripts/setup installs hunspell-en-gb and hunspell-en-us)")


@pytest.fixture
def gb(tmp_path: Path) -> SpellChecker:
    _need("en-GB")
    return SpellChecker("en-GB", tmp_path / "personal.txt", None)


def test_misspelt_words_are_found_with_their_offsets(gb: SpellChecker) -> None:
    text = "Teh recieved aggrement was signed."
    found = [(m.word, m.start, m.end) for m in gb.misspellings(text)]
    assert found == [("Teh", 0, 3), ("recieved", 4, 12), ("aggrement", 13, 22)]


def test_suggestions_offer_the_intended_word_first(gb: SpellChecker) -> None:
    assert gb.suggest("recieved")[0] == "received"
    assert gb.suggest("Teh")[0] == "The"
    assert "agreement" in gb.suggest("aggrement")[:3]


def test_british_spellings_pass_in_en_gb_but_not_in_en_us(gb: SpellChecker, tmp_path: Path) -> None:
    _need("en-US")
    british = "The defence organisation ran a programme in the centre; its colour changed."
    assert gb.misspellings(british) == []
    us = SpellChecker("en-US", tmp_path / "personal.txt", None)
    assert {m.word for m in us.misspellings(british)} >= {"defence", "organisation", "programme"}


def test_acronyms_designations_numbers_and_addresses_are_not_checked(gb: SpellChecker) -> None:
    text = "NATO and the MoD ordered JF-17C jets (FA-50) for $1.6bn; see www.example.com or a@b.org"
    assert gb.misspellings(text) == []
    assert [w for _s, _e, w in words_in("don’t stop")] == ["don’t", "stop"]


def test_personal_dictionary_is_a_file_and_is_honoured(gb: SpellChecker, tmp_path: Path) -> None:
    assert not gb.known("Grukhov")
    gb.add("Grukhov")
    assert gb.known("Grukhov")
    assert (tmp_path / "personal.txt").read_text() == "Grukhov\n"
    again = SpellChecker("en-GB", tmp_path / "personal.txt", None)
    assert again.known("Grukhov")


def test_team_dictionary_is_honoured_and_a_missing_one_is_reported(tmp_path: Path) -> None:
    _need("en-GB")
    team = tmp_path / "team.dic"
    team.write_text("2\nKalvenia/S\nOrbatron\n", encoding="utf-8")
    checker = SpellChecker("en-GB", tmp_path / "personal.txt", team)
    assert checker.known("Kalvenia") and checker.known("Orbatron")
    assert checker.problems == []
    gone = SpellChecker("en-GB", None, tmp_path / "nowhere.txt")
    assert gone.problems == [f"team dictionary {tmp_path / 'nowhere.txt'} does not exist"]


def test_ignore_lasts_for_the_session(gb: SpellChecker) -> None:
    gb.ignore("Wakandan")
    assert gb.known("Wakandan")


def _brief() -> Brief:
    return Brief(
        bluf="Kharzani will buy Zorblax rotors; teh deal is recieved well in Qomtar.",
        actors=[Actor(name="Yusuf Kharzani", aliases=["Kharzani"])],
        places=[Place(name="Qomtar")],
        deals=[Deal(items=[DealItem(designation="Zorblax rotors")])],
        sources=[Source(title="Wire", text="The Vlorimak consortium said so.")],
        background="The Vlorimak consortium agreed.",
    )


def test_review_lists_misspelt_words_per_field_but_never_brief_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _need("en-GB")
    monkeypatch.setattr(spelling, "LOAD_IN_REVIEW", True)
    findings = [f for f in review_brief(_brief()) if "dictionary" in f.message]
    assert [(f.path, f.message) for f in findings] == [
        ("bluf", "BLUF: 'teh' is not in the en-GB dictionary"),
        ("bluf", "BLUF: 'recieved' is not in the en-GB dictionary"),
    ]
    assert (findings[1].start, findings[1].end) == (46, 54)  # type: ignore[attr-defined]


def test_review_follows_the_settings_language_and_team_list(tmp_path: Path) -> None:
    _need("en-US")
    from briefdesk.settings import Settings, save_settings

    team = tmp_path / "team.txt"
    team.write_text("recieved\n", encoding="utf-8")
    save_settings(Settings(spelling_language="en-US", spelling_team_dictionary=str(team)))
    brief = Brief(bluf="The organisation recieved it.")
    messages = [f.message for f in review_brief(brief) if "dictionary" in f.message]
    assert messages == ["BLUF: 'organisation' is not in the en-US dictionary"]


def test_source_words_vouch_whatever_their_case(monkeypatch: pytest.MonkeyPatch) -> None:
    """N11-21: a release's all-caps headline vouches for the word in the brief's prose."""
    _need("en-GB")
    monkeypatch.setattr(spelling, "LOAD_IN_REVIEW", True)
    brief = Brief(
        sources=[Source(title="t", text="GOVERNMENT SIGNS LOAN WITH KORVA ZEXIMBANK\n\nText.")],
        bluf="The loan from Korva Zeximbank was signed; the Qwixlorp terms are unknown.",
    )
    findings = [f.message for f in review_brief(brief) if "dictionary" in f.message]
    assert findings == ["BLUF: 'Qwixlorp' is not in the en-GB dictionary"]


def test_bn_and_m_after_a_number_are_house_style(gb: SpellChecker) -> None:
    """newcomer13 N13-34: "PHP 28 bn, about USD 480 m" flagged 'bn' as misspelt."""
    text = "NOK 2.4 bn, about EUR 205 m; 1.2tn in all. The bn word alone is wrong."
    assert [m.word for m in gb.misspellings(text)] == ["bn"]
    assert gb.misspellings(text)[0].start == text.index("The bn") + 4
