"""An option's Pros and Cons end as sentences in every output (newcomer7 F25: "Cons: Irritates
Paris" had no full stop in the decision note)."""

from __future__ import annotations

import pytest

from briefdesk.export.filters import full_stop_filter
from briefdesk.export.markdown import render_markdown
from briefdesk.export.preview import render_html
from briefdesk.model import Brief


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("Irritates Paris", "Irritates Paris."),
        ("Costs little.", "Costs little."),
        ("Will it hold?", "Will it hold?"),
        ("", ""),
        (None, ""),
    ],
)
def test_full_stop(text: object, out: str) -> None:
    assert full_stop_filter(text) == out


def test_markdown_and_preview_end_pros_and_cons_with_a_full_stop(brief: Brief) -> None:
    markdown = render_markdown(brief)
    assert "Pros: Reduces escalation risk. Cons: May be read as taking sides." in markdown
    assert "Pros: Reduces escalation risk. Cons: May be read as taking sides." in render_html(brief)
