"""A page's author tag: a list of people split, one organisation's name kept whole (N13-18)."""

from __future__ import annotations

import pytest

from briefdesk.sources.from_html import extract_html

BODY = "The navy signed a contract with the shipyard on Monday for two patrol ships. " * 8


def _page(author: str) -> str:
    return (
        f'<html><head><meta name="author" content="{author}"><title>Readout</title></head>'
        f"<body><article><p>{BODY}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    "body",
    ["Foreign, Commonwealth and Development Office", "Ministry of Defence, Trade and Industry"],
)
def test_an_organisations_name_with_a_comma_and_and_is_kept_whole(body: str) -> None:
    assert extract_html(_page(body)).author == body


def test_a_list_of_people_is_still_a_list() -> None:
    assert extract_html(_page("Jane Doe, John Smith and Ann Lee")).author == (
        "Jane Doe; John Smith; Ann Lee"
    )
