"""A bulleted judgment is the writer's own (newcomer13 N13-33): the list marker ("• ", "- ",
"* ", "1. ", "(a) ") is stripped before the estimative test and left out of the citation."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text

JUDGMENT = "We judge it likely that the first shipment will slip beyond 2029."


def _text(marker: str) -> str:
    return (
        "Key points\n"
        f"{marker}The agency has granted a mining licence to a consortium of two firms.\n"
        f"{marker}{JUDGMENT}\n\n"
        "The site is remote.\n"
    )


@pytest.mark.parametrize("marker", ["• ", "- ", "* ", "1. ", "(a) ", "– "])
def test_a_bulleted_judgment_is_the_first_candidate(marker: str) -> None:
    text = _text(marker)
    found = extract_text(text).significance
    assert found, marker
    first = found[0]
    assert first.sentence == JUDGMENT
    start, end = first.evidence[0]
    assert text[start:end] == JUDGMENT  # the marker is not cited


@pytest.mark.parametrize(
    "line",
    [
        "- Officials said they judge the delay likely to last until 2029.",  # not the writer's
        "• The plant will process ore from the deposit from next year.",  # no judgment at all
    ],
)
def test_a_bullet_that_is_no_judgment_of_the_writer_is_not_offered(line: str) -> None:
    text = f"Key points\n{line}\n\nThe site is remote.\n"
    assert extract_text(text).significance == []
