"""A date written without its year takes the year its words point to (newcomer6 F2).

Made-up sentences only; the article is dated 14 October 2026 throughout.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefdesk.extract import extract_text

PUBLISHED = dt.date(2026, 10, 14)


def _resolved(text: str) -> dict[str, tuple[str | None, list[str]]]:
    return {
        d.text: (d.resolved_text, [r.text for r in d.why])
        for d in extract_text(text, published=PUBLISHED).dates
    }


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("The committee must approve it by 1 December.", "1 December", "2026-12-01"),
        ("Deliveries begin on 15 January.", "15 January", "2027-01-15"),
        ("The first boat will be handed over on 2 February.", "2 February", "2027-02-02"),
        ("The contract was signed on 3 March.", "3 March", "2026-03-03"),
        ("The loan was approved on 20 November by the board.", "20 November", "2025-11-20"),
        ("On 20 November the board approved the loan.", "20 November", "2025-11-20"),
        ("A review is due in December.", "December", "2026-12"),
        ("The tender is scheduled for January.", "January", "2027-01"),
        ("The ministry issued the permits in December.", "December", "2025-12"),
        ("Shares rose the most since November.", "November", "2025-11"),
        ("The ministers will meet on Friday.", "Friday", "2026-10-16"),
        ("The minister spoke on Wednesday.", "Wednesday", "2026-10-14"),
        ("The deal was announced on Monday.", "Monday", "2026-10-12"),
    ],
)
def test_the_year_follows_tense_and_cue(sentence: str, date: str, expected: str) -> None:
    assert _resolved(sentence)[date][0] == expected


def test_why_names_the_year_chosen_and_the_word_that_chose_it() -> None:
    found = _resolved(
        "The committee must approve it by 1 December. The contract was signed on 3 March."
    )
    assert any("2026" in w and "'by' points ahead" in w for w in found["1 December"][1])
    assert any("2026" in w and "'signed' points back" in w for w in found["3 March"][1])


def test_with_no_tense_a_day_more_than_a_month_ahead_is_last_years() -> None:
    resolved, why = _resolved("Talks in Oslo, 30 December.")["30 December"]
    assert resolved == "2025-12-30"
    assert any("more than a month after" in w for w in why)


def test_a_stated_year_is_kept_whatever_the_tense() -> None:
    assert _resolved("Deliveries begin on 15 January 2026.")["15 January 2026"][0] == "2026-01-15"


@pytest.mark.parametrize(
    "text",
    [
        "MANILA, Oct 13 (MNW) - The navy will acquire two frigates next year.",
        "Oslo, Norway, 13 October – The ministry will sign the contract in spring.",
        "Some heading\nNAIROBI, Oct. 13 — Kenya will buy six patrol boats.",
    ],
)
def test_a_datelines_day_is_on_or_before_the_article_whatever_the_tense(text: str) -> None:
    """A dateline gives the day the story was filed: a future tense after it ("will acquire")
    does not push it a year ahead of the article's date (14 October 2026)."""
    found = _resolved(text)
    stated = next(iter(found))
    assert found[stated][0] == "2026-10-13"
    assert any("dateline" in w for w in found[stated][1])


def test_a_date_after_a_comma_inside_a_sentence_is_no_dateline() -> None:
    found = _resolved("The navy said on Monday it will take the ships by 13 October - or later.")
    assert found["13 October"][0] == "2027-10-13"
