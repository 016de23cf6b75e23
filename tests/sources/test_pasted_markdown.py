"""Pasted Markdown is read as the .md import reads it (newcomer20 N20-06); other pasted text is
not."""

from __future__ import annotations

import pytest

from briefdesk.sources.api import import_text
from briefdesk.sources.md_sniff import plainly_markdown

NOTES = (
    "# Zamunda 5G auction — my notes, 28 Nov 2026\n\n"
    "Spoke to the attaché this morning.\n\n"
    "| Winner | Price paid |\n| --- | --- |\n| Volta Mobile | US$62.5 million |\n\n"
    "- Total raised: US$62.5 million.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        NOTES,
        "## Briefing notes\n\nThe **Ministry** said so.\n",
        "# Notes\n\nSee [the release](https://example.org/r) for the figures.\n",
        "# Notes\n\nFirst part.\n\n## Second part\n\nMore.\n",
        "---\ntitle: Desk notes\nauthor: Ana Berg\n---\nThe ministry said so.\n",
    ],
)
def test_plainly_markdown(text: str) -> None:
    assert plainly_markdown(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zamunda buys tanks\n\nThe Ministry of Defence signed a contract on Monday.\n",
        "# 3 on the list of buyers, Zamunda signed on Monday.\n\nNothing else.\n",  # one mark
        "The ministry said:\n# not a heading at the top\n## nor this\n",  # heading not first
        "Price | Item\n--- | ---\n",  # a table alone, no heading: kept as text
    ],
)
def test_not_markdown(text: str) -> None:
    assert not plainly_markdown(text)


def test_pasted_markdown_title_has_no_hash_as_the_md_import() -> None:
    source = import_text(NOTES)
    assert source.title == "Zamunda 5G auction — my notes, 28 Nov 2026"
    assert not source.text.startswith("#")
    assert "\nVolta Mobile | US$62.5 million\n" in source.text  # the table's rows kept (N22-19)
    plain = import_text("Zamunda buys tanks\n\nThe #1 supplier, Orvane, signed on Monday.\n")
    assert "#1 supplier" in plain.text


def test_markdown_piped_in_is_read_as_the_md_import() -> None:
    """``briefdesk add-source BRIEF -`` with notes piped in: the same reader as a paste."""
    import io

    from briefdesk.sources.api import import_stream_all

    [found] = import_stream_all(io.BytesIO(NOTES.encode()))
    assert found.source.title == "Zamunda 5G auction — my notes, 28 Nov 2026"
    [plain] = import_stream_all(io.BytesIO(b"Zamunda buys tanks\n\nThe #1 supplier signed.\n"))
    assert "#1 supplier" in plain.source.text
