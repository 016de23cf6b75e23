"""N9-09: a newsletter's footer after "--" ("You are receiving Gulf Energy Brief because you
subscribed. Unsubscribe: …") stayed in the forwarded article, and extraction offered the
newsletter as an organisation. The signature or footer is left out, and the import says so."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from briefdesk.cli.main import main

ARTICLE = (
    "DOHA — QatarEnergy Trading will supply Poland's PolGaz Handel with 2 million tonnes of "
    "liquefied natural gas a year for 15 years, in a deal valued at about $9 billion, the "
    "companies said on Sunday."
)
FOOTER = (
    "You are receiving Gulf Energy Brief because you subscribed. "
    "Unsubscribe: https://gulfenergybrief.example/u"
)


def _mail(tmp_path: Path, body: str) -> Path:
    message = EmailMessage()
    message["From"] = '"Gulf Energy Brief" <newsletter@gulfenergybrief.example>'
    message["To"] = "desk@example.org"
    message["Subject"] = "Fwd: Qatar signs 15-year LNG supply deal with Poland"
    message["Date"] = "Mon, 23 Nov 2026 07:00:00 +0000"
    message.set_content(body)
    path = tmp_path / "newsletter.eml"
    path.write_bytes(bytes(message))
    return path


def _imported(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["import", "--json", str(path)]) == 0
    found = json.loads(capsys.readouterr().out)
    return found[0] if isinstance(found, list) else found


@pytest.mark.parametrize("dashes", ["--", "-- "])
def test_a_forwarded_article_loses_the_newsletter_footer(
    tmp_path: Path, dashes: str, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (
        "Good morning, our editor flagged this item.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Wire Desk <desk@wire.example>\n"
        "Date: Sun, 22 Nov 2026 10:00:00 +0000\n"
        "Subject: Qatar signs 15-year LNG supply deal with Poland\n\n"
        f"{ARTICLE}\n\n{dashes}\n{FOOTER}\n"
    )
    source = _imported(_mail(tmp_path, body), capsys)
    assert "Unsubscribe" not in str(source["text"]) and ARTICLE in str(source["text"])
    assert "signature or footer after '--' left out" in str(source["notes"])

    capsys.readouterr()
    assert main(["extract", str(_mail(tmp_path, body))]) == 0
    assert "Gulf Energy Brief" not in capsys.readouterr().out


def test_dashes_mid_text_are_no_footer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rest = "\n".join(f"Paragraph {n} of the report goes on about the deal." for n in range(20))
    body = f"{ARTICLE}\n\n--\n{rest}\n"
    source = _imported(_mail(tmp_path, body), capsys)
    assert "Paragraph 19" in str(source["text"])
    assert "left out" not in str(source["notes"])
