"""The guessed kind: a statement is a text that calls itself one, not a story that quotes one.

The handed s5a page (a news story whose last line mentions "the ministry's spokesperson") was
imported as an official statement; the kind is reported speech read as self-description.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.model.codes import SourceKind
from briefdesk.sources import ImportLimits, import_file

INLINE = ImportLimits(isolate=False)


def _kind(tmp_path: Path, text: str, name: str = "article.txt") -> SourceKind:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return import_file(path, limits=INLINE).kind


@pytest.mark.parametrize(
    "reported",
    [
        "The tanks replace T-72s, the ministry's spokesperson added.",
        "The ministry said in a statement on Tuesday that the deal was signed.",
        "A statement from the prime minister's office welcomed the deal.",
        "Both governments issued a joint statement after the talks.",
        "Seoul released a press release praising the deal.",
        "According to the communiqué, deliveries start in 2027.",
    ],
)
def test_a_news_story_quoting_a_statement_stays_news(tmp_path: Path, reported: str) -> None:
    story = (
        "Poland signs K2 tank deal\n\n"
        f"WARSAW — Poland's defence ministry signed a deal for 180 K2 tanks. {reported}\n\n"
        f"{reported}\n"
    )
    assert _kind(tmp_path, story) is SourceKind.NEWS


def test_reported_speech_on_short_wrapped_lines_stays_news(tmp_path: Path) -> None:
    # Hard-wrapped plain text: every line is short enough to look like a heading.
    story = (
        "WARSAW — Poland's defence ministry said\n"
        "in a statement on Tuesday it had signed a\n"
        "framework agreement for 180 K2 tanks; a\n"
        "spokesperson added that deliveries begin in 2027.\n"
    )
    assert _kind(tmp_path, story) is SourceKind.NEWS


@pytest.mark.parametrize(
    "heading",
    [
        "FOR IMMEDIATE RELEASE",
        "Ministry of National Defence - Press release, 3 March 2026",
        "Joint statement on the frigate programme",
        "Statement by the Minister of Defence on the tank contract",
        "Readout of the Defence Minister's call with her Korean counterpart",
        "Office of the Spokesperson",
    ],
)
def test_a_text_that_calls_itself_a_statement_is_one(tmp_path: Path, heading: str) -> None:
    text = f"{heading}\n\nThe ministry today signed a framework agreement for 180 K2 tanks.\n"
    assert _kind(tmp_path, text) is SourceKind.OFFICIAL_STATEMENT


def test_the_title_alone_can_say_it(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Press release: tank contract signed</title></head><body>"
        "<article><p>The ministry today signed a framework agreement for 180 K2 tanks, "
        "the largest order in its history, and deliveries begin in 2027.</p></article>"
        "</body></html>"
    )
    assert _kind(tmp_path, page, "release.html") is SourceKind.OFFICIAL_STATEMENT


RELEASE_BODY = (
    "<p>The Ministry of Ports announces that the state shipping line today signed a "
    "ten-year charter with Halden Tankers.</p>"
    "<p>The charter starts in March 2027.</p>"
    "<p>Issued by: Press Office, Ministry of Ports</p><p>Contact: press@ports.example</p>"
)


def test_the_same_release_is_an_official_statement_from_html_and_docx_alike(
    tmp_path: Path,
) -> None:
    """newcomer24 N24-18: a ministry's page with its site name and date, and no "PRESS
    RELEASE" line, was read as news; its own "Issued by:" line says what it is."""
    page = (
        "<html><head><title>Charter signed | Ministry of Ports</title>"
        '<meta property="og:site_name" content="Ministry of Ports">'
        '<meta property="article:published_time" content="2026-12-01T10:00:00Z"></head>'
        f"<body><article><h1>Charter signed</h1>{RELEASE_BODY}</article></body></html>"
    )
    path = tmp_path / "release.html"
    path.write_text(page, encoding="utf-8")
    assert import_file(path, limits=INLINE).kind is SourceKind.OFFICIAL_STATEMENT
    plain = RELEASE_BODY.replace("<p>", "").replace("</p>", "\n\n")
    assert _kind(tmp_path, "Charter signed\n\n" + plain) is SourceKind.OFFICIAL_STATEMENT


def test_a_story_that_mentions_who_issued_something_stays_news(tmp_path: Path) -> None:
    story = (
        "Charter signed\n\nOSLO — The ministry said a charter was signed. The permit was "
        "issued by the port authority in May.\n"
    )
    assert _kind(tmp_path, story) is SourceKind.NEWS


@pytest.mark.parametrize(
    ("site", "outlet"),
    [
        ("Harbour Post ![](http://127.0.0.1:9/p.png) [more](javascript:alert(1))", "Harbour Post"),
        ("<b>Harbour Post</b>", "Harbour Post"),
        ("https://harbour.example/news", ""),
        ("Harbour Post: Business", "Harbour Post: Business"),  # a plain name is kept
    ],
)
def test_a_site_name_loses_markup_and_addresses(site: str, outlet: str) -> None:
    """newcomer24 N24-16: a page's junk site name was kept whole as the source's outlet."""
    from briefdesk.sources.outlet_name import cited_outlet

    assert cited_outlet(site) == outlet
