"""A link pasted instead of the article is said, not made a source (newcomer8 F23)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from briefdesk.sources.pasted_link import LINK_ADVICE, only_a_link


def test_a_pasted_link_is_no_source(window: Any, prompt_log: Any) -> None:
    link = "https://www.example-news.com/world/2026/11/24/chile-helicopters-venturi"
    QGuiApplication.clipboard().setText(f"  {link}\n")
    window.act_paste_source.trigger()
    assert prompt_log.errors == [f"A link, not an article | {LINK_ADVICE}"]
    assert window.doc.brief.sources == []
    window.add_source_text(link)  # dropped as text: the same
    assert len(prompt_log.errors) == 2 and window.doc.brief.sources == []


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("https://news.example/a?b=1", "https://news.example/a?b=1"),
        ("www.example.org/story", "www.example.org/story"),
        ("Read https://news.example/a now", ""),  # words around it: text to import
        ("Chile buys jets.", ""),
        ("", ""),
    ],
)
def test_only_a_link(text: str, link: str) -> None:
    assert only_a_link(text) == link
