"""Accepting dates in the window: no silent overwrite, no bare year bullets (N14-11, N14-12)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefdesk.extract.results import DateSuggestion
from briefdesk.gui.suggestions import Suggestion
from briefdesk.model import Deal, DealDates, Source, Span

TEXT = (
    "Published: 3 May 2026\n"
    "Procedure | Negotiated procedure (Directive 2009/81/EC, Art. 28)\n"
    "Date of award decision | 28 April 2026\n"
    "Duration | Deliveries 2027–2029\n"
    "Latvia may join under an option clause valid until 31 December 2027.\n"
)


def _date(words: str, day: dt.date, precision: str = "day") -> Suggestion:
    start = TEXT.index(words)
    raw = DateSuggestion(words, day, precision, [(start, start + len(words))])
    span = Span(source_id="src-1", start=start, end=start + len(words), quote=words)
    return Suggestion("dates", raw.label, "src-1", [span], raw, name=words)


def _window(window: Any) -> Any:
    window.doc.insert_record("sources", Source(id="src-1", title="Notice", text=TEXT))
    window.doc.insert_record("deals", Deal(title="Launchers"))
    window.editor.lists["deals"].select_row(0)
    return window


def test_entering_every_date_fills_the_right_fields_and_overwrites_nothing(window: Any) -> None:
    window = _window(window)
    for words, day, precision in [
        ("3 May 2026", dt.date(2026, 5, 3), "day"),
        ("2009", dt.date(2009, 1, 1), "year"),
        ("28 April 2026", dt.date(2026, 4, 28), "day"),
        ("2027", dt.date(2027, 1, 1), "year"),
        ("2029", dt.date(2029, 1, 1), "year"),
        ("31 December 2027", dt.date(2027, 12, 31), "day"),
    ]:
        window.accept_suggestions([_date(words, day, precision)])
    dates = window.doc.brief.deals[0].dates
    assert dates == DealDates(
        announced=dt.date(2026, 5, 3), signed=dt.date(2026, 4, 28), delivery="2027–2029"
    )
    status = window.doc.brief.current_status
    assert "- 2009" not in status and "Directive" not in status
    assert status == "- Latvia may join under an option clause valid until 31 December 2027."
    assert "deadline" in window.statusBar().currentMessage()


def test_a_date_already_set_is_kept_and_the_status_line_says_so(window: Any) -> None:
    window = _window(window)
    window.doc.set_value("deals[0].dates.signed", dt.date(2026, 4, 1))
    window.accept_suggestions([_date("28 April 2026", dt.date(2026, 4, 28))])
    assert window.doc.brief.deals[0].dates.signed == dt.date(2026, 4, 1)
    message = window.statusBar().currentMessage()
    assert "kept as 1 April 2026" in message and "28 April 2026 not used" in message


def test_a_legal_act_number_is_not_added_and_said(window: Any) -> None:
    window = _window(window)
    window.accept_suggestions([_date("2009", dt.date(2009, 1, 1), "year")])
    assert window.doc.brief.current_status == ""
    assert "Directive 2009/81/EC" in window.statusBar().currentMessage()
