"""C9-16: an Outlook footer (a rule of underscores, then "CONFIDENTIALITY NOTICE: …") or a
notice block with no line above it stayed in the article text with no word. It is left out,
and the import says so; a rule before a forwarded mail's "From:" header is not a footer."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from briefdesk.cli.main import main

ARTICLE = (
    "Japan will buy four radar systems from Lockheed Martin for up to $1.2 billion, the "
    "defence ministry said."
)
NOTICE = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be "
    "privileged. If you are not the intended recipient please delete it. Example Ministry, "
    "1 Main St, Tokyo."
)


def _imported(tmp_path: Path, body: str, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    message = EmailMessage()
    message["From"] = "Analyst <a@example.org>"
    message["To"] = "desk@example.gov"
    message["Subject"] = "Japan radar buy"
    message["Date"] = "Tue, 3 Mar 2026 10:00:00 +0000"
    message.set_content(body)
    path = tmp_path / "radar.eml"
    path.write_bytes(bytes(message))
    capsys.readouterr()
    assert main(["import", "--json", str(path)]) == 0
    found = json.loads(capsys.readouterr().out)
    return found[0] if isinstance(found, list) else found


@pytest.mark.parametrize("rule", ["________________________________\n", "\n"])
def test_a_closing_notice_is_left_out_and_said(
    tmp_path: Path, rule: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _imported(tmp_path, f"{ARTICLE}\n\n{rule}{NOTICE}\n", capsys)
    assert str(source["text"]).strip() == ARTICLE
    assert "closing notice left out" in " ".join(map(str, source["warnings"]))  # type: ignore[call-overload]


def test_an_article_mentioning_confidential_talks_keeps_its_last_paragraph(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last = "The talks were confidential, officials said, and no price was given."
    source = _imported(tmp_path, f"{ARTICLE}\n\n{last}\n", capsys)
    assert last in str(source["text"])
    assert not source["warnings"]
