"""House style: a supplied source title is never cited as if it were the outlet's headline."""

from __future__ import annotations

from briefdesk.export.house import citation


def test_an_outlets_headline_is_quoted() -> None:
    text = citation("Reuters", "Poland buys tanks", "", "3 March 2026", "News", 1)
    assert text == "Reuters, “Poland buys tanks”, 3 March 2026"


def test_a_supplied_title_in_brackets_is_printed_as_supplied_not_quoted() -> None:
    text = citation("Test Outlet", "[Pakistan to sell jets to Azerbaijan]", "", "", "News", 1)
    assert text == "Test Outlet, [Pakistan to sell jets to Azerbaijan]"
    assert "“" not in text


def test_quotes_inside_a_title_turn_single() -> None:
    """newcomer13 N13-20: a title holding quotes printed straight quotes nested in curly ones."""
    text = citation("", 'Interview: "We will buy more"', "", "", "News", 1)
    assert text == "“Interview: ‘We will buy more’”"
