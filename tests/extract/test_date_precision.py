"""Year-only and month-only dates keep their precision in the text shown and in JSON."""

from __future__ import annotations

import datetime as dt

from briefdesk.extract import extract_text

PUBLISHED = dt.date(2026, 11, 2)
TEXT = (
    "The deal was signed on 12 March 2026; deliveries start in 2027, the first boat is due "
    "in March 2028 and training begins next year."
)


def test_resolved_text_has_the_precision_of_the_words() -> None:
    found = {
        d.text: (d.resolved_text, d.precision)
        for d in extract_text(TEXT, published=PUBLISHED).dates
    }
    assert found["2027"] == ("2027", "year")
    assert found["March 2028"] == ("2028-03", "month")
    assert found["next year"] == ("2027", "year")
    assert found["12 March 2026"] == ("2026-03-12", "day")


def test_json_keeps_the_string_and_resolves_only_as_far_as_stated() -> None:
    rows = {
        r["text"]: r for r in extract_text(TEXT, published=PUBLISHED).to_json()["dates_resolved"]
    }
    assert rows["2027"]["resolved"] == "2027"
    assert rows["March 2028"]["resolved"] == "2028-03"
    assert rows["12 March 2026"]["resolved"] == "2026-03-12"
    assert "2027" in extract_text(TEXT, published=PUBLISHED).to_json()["dates"]


def test_resolved_stays_a_date_for_the_gui_and_the_label_invents_no_day() -> None:
    dates = {d.text: d for d in extract_text(TEXT, published=PUBLISHED).dates}
    assert dates["2027"].resolved == dt.date(2027, 1, 1)  # compared with deal dates by the GUI
    assert dates["2027"].label == "2027"
    assert dates["March 2028"].label == "March 2028 (2028-03)"
    assert "01-01" not in dates["next year"].label


def test_unresolved_date_has_no_resolved_text() -> None:
    [date] = extract_text("They met on Tuesday.").dates
    assert (date.resolved_text, date.label) == (None, "Tuesday")


def test_a_date_said_again_is_one_suggestion_with_every_mention_as_evidence() -> None:
    text = (
        "Egypt signed the contract on Tuesday. Deliveries start in 2027. "
        "The ministry said on Tuesday that deliveries start in 2027."
    )
    dates = extract_text(text, published=PUBLISHED).dates
    assert [d.text for d in dates] == ["Tuesday", "2027"]
    assert [len(d.evidence) for d in dates] == [2, 2]
    assert all(text[a:b] == d.text for d in dates for a, b in d.evidence)
    assert len({d.key for d in dates}) == len(dates)
