"""Web pages, mail and encodings: the article the reader sees, in the right characters."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.sources import ImportLimits, ImportRefused, import_file, import_file_all

INLINE = ImportLimits(isolate=False)
ARTICLE = (
    "<p>Poland's defence ministry said on Tuesday it had signed a contract with Hyundai Rotem "
    "for 180 K2 tanks worth $6.5 billion, the largest order in its history.</p>"
    "<p>Deputy minister Pawel Bejda said the first deliveries would begin in 2027, earlier "
    "than planned, and that part of the order would be built in Poland.</p>"
)


def page(tmp_path: Path, body: str, head: str = "", name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{head}</head>"
        f"<body>{body}</body></html>",
        encoding="utf-8",
    )
    return path


def test_live_blog_keeps_title_and_update_times_in_page_order(tmp_path: Path) -> None:
    updates = [
        ("16:20", "Contract signed in Ankara."),
        ("15:05", "Ministers arrive."),
        ("13:40", "Talks resume at noon."),
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Live: Ankara signs jet deal",
        "coverageStartTime": "2026-05-04T09:00:00Z",
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": text[:12], "articleBody": text}
            for _, text in updates
        ],
    }
    posts = "".join(
        f"<div class='live-post'><time datetime='2026-05-04T{t}:00Z'>{t}</time><p>{text}</p></div>"
        for t, text in updates
    )
    head = f"<title>Ankara live</title><script type='application/ld+json'>{json.dumps(ld)}</script>"
    source = import_file(
        page(tmp_path, f"<h1>Live: Ankara signs jet deal</h1>{posts}", head), limits=INLINE
    )
    assert source.title == "Live: Ankara signs jet deal"
    assert source.text.split("\n\n") == [
        "Live: Ankara signs jet deal",
        "16:20 — Contract signed in Ankara.",
        "15:05 — Ministers arrive.",
        "13:40 — Talks resume at noon.",
    ]
    assert str(source.published) == "2026-05-04"


def test_canonical_metadata_wins_over_a_nested_item(tmp_path: Path) -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": "Poland signs K2 deal",
                "datePublished": "2026-03-03",
                "author": {"@type": "Person", "name": "A. Nowak"},
                "hasPart": {
                    "@type": "NewsArticle",
                    "headline": "Related: jets for Romania",
                    "datePublished": "2025-01-01",
                },
            },
        ],
    }
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    source = import_file(page(tmp_path, f"<article>{ARTICLE}</article>", head), limits=INLINE)
    assert source.title == "Poland signs K2 deal"
    assert str(source.published) == "2026-03-03"
    assert source.author == "A. Nowak"


def test_paywall_copy_is_not_article_text_and_is_reported(tmp_path: Path) -> None:
    body = (
        f"<article><h1>Poland signs K2 deal</h1>{ARTICLE}"
        "<div class='paywall-prompt'><p>Subscribe to continue reading.</p>"
        "<p>Already a subscriber? Sign in</p><button>Subscribe for just $1</button></div>"
        "</article>"
    )
    [imported] = import_file_all(page(tmp_path, body), limits=INLINE)
    text = imported.source.text
    assert "Hyundai Rotem" in text
    assert "Subscribe" not in text and "subscriber" not in text
    assert any("truncated" in w for w in imported.warnings)
    assert "Import: looks truncated" in imported.source.notes


@pytest.mark.parametrize("depth", [300, 3000])
def test_html_nested_past_the_parser_limit_keeps_its_text(tmp_path: Path, depth: int) -> None:
    deep = "<div>" * depth + ARTICLE * 3 + "</div>" * depth
    source = import_file(page(tmp_path, deep + "<p>The end of the article.</p>"), limits=INLINE)
    assert "Hyundai Rotem" in source.text
    assert "Pawel Bejda" in source.text


@pytest.mark.parametrize("label", ["iso-8859-1", "latin1", "us-ascii", "ISO_8859-1"])
def test_single_byte_labels_mean_windows_1252(tmp_path: Path, label: str) -> None:
    html = (
        f"<html><head><meta charset='{label}'><title>K2</title></head><body>"
        "<p>WARSAW \u2014 Poland\u2019s ministry signed a \u201cframework agreement\u201d "
        "with Hyundai Rotem for 180 K2 tanks worth $6.5 billion on Tuesday.</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp1252"))
    text = import_file(path, limits=INLINE).text
    assert "WARSAW \u2014 Poland\u2019s" in text and "\u201cframework agreement\u201d" in text


def test_valid_utf8_wins_over_a_single_byte_label(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(
        "<html><head><meta charset='iso-8859-1'></head><body><p>Kraków’s plant will build "
        "the tanks, the ministry said on Tuesday in Warsaw.</p></body></html>".encode()
    )
    assert "Kraków’s plant" in import_file(path, limits=INLINE).text


def mail(
    subject: str = "Press release", sender: str = "Press <press@mod.example.gov>"
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "desk@example.org"
    message["Subject"] = subject
    message["Date"] = "Tue, 03 Mar 2026 09:15:00 +0100"
    return message


def test_stub_plain_part_beside_html_gives_the_html_article(tmp_path: Path) -> None:
    message = mail("Digest")
    message.set_content("View this e-mail in your browser: https://news.example/d\n")
    message.add_alternative(f"<html><body>{ARTICLE}</body></html>", subtype="html")
    path = tmp_path / "digest.eml"
    path.write_bytes(bytes(message))
    assert "Hyundai Rotem" in import_file(path, limits=INLINE).text


def test_forwarded_messages_become_sources_with_their_own_headers(tmp_path: Path) -> None:
    outer = mail("Fwd: two releases", "Alex <alex@example.org>")
    outer.set_content("FYI - two releases attached.\n\nAlex\n")
    for n, (subject, body) in enumerate(
        [
            ("Poland signs K2 contract", "Poland signed for 180 K2 tanks worth $6.5 billion."),
            ("Romania picks Piranha", "Romania selected the Piranha 5 for its brigades."),
        ]
    ):
        inner = mail(subject, f"Ministry {n} <press{n}@mod.example.gov>")
        inner.set_content(body + "\n")
        outer.add_attachment(inner)
    path = tmp_path / "fwd.eml"
    path.write_bytes(bytes(outer))
    found = import_file_all(path, limits=INLINE)
    assert [i.source.title for i in found] == ["Poland signs K2 contract", "Romania picks Piranha"]
    assert found[0].source.author == "Ministry 0"
    assert str(found[0].source.published) == "2026-03-03"
    assert "FYI - two releases attached." in found[0].source.notes
    assert "one of 2 articles in this message" in found[1].warnings


def test_add_source_adds_every_forwarded_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outer = mail("Fwd: releases", "Alex <alex@example.org>")
    outer.set_content("FYI\n")
    for subject in ("Poland signs K2 contract for 180 tanks", "Romania picks the Piranha 5"):
        inner = mail(subject)
        inner.set_content(f"{subject}, the ministry said on Tuesday in a statement.\n")
        outer.add_attachment(inner)
    path = tmp_path / "fwd.eml"
    path.write_bytes(bytes(outer))
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    assert main(["add-source", str(brief), str(path)]) == 0
    assert "2 added" in capsys.readouterr().out
    assert main(["import", str(path), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [s["title"] for s in shown] == [
        "Poland signs K2 contract for 180 tanks",
        "Romania picks the Piranha 5",
    ]
    assert all("one of 2 articles in this message" in s["warnings"] for s in shown)
    assert main(["import", str(path)]) == 0
    assert "note: Cover note from Alex" in capsys.readouterr().out


def test_a_flood_of_attached_articles_is_capped(tmp_path: Path) -> None:
    outer = mail("Fwd: everything", "Alex <alex@example.org>")
    outer.set_content("FYI\n")
    for n in range(30):
        outer.add_attachment(
            f"Release {n}: the ministry signed contract {n} on Tuesday.\n".encode(),
            maintype="text",
            subtype="plain",
            filename=f"release{n}.txt",
        )
    path = tmp_path / "flood.eml"
    path.write_bytes(bytes(outer))
    found = import_file_all(path, limits=INLINE)
    assert len(found) == 20
    assert any("10 more attachment(s) not read" in w for w in found[0].warnings)


def test_winmail_dat_is_named(tmp_path: Path) -> None:
    message = mail()
    message.set_content("")
    message.add_attachment(
        b"\x78\x9f\x3e\x22junk", maintype="application", subtype="ms-tnef", filename="winmail.dat"
    )
    path = tmp_path / "tnef.eml"
    path.write_bytes(bytes(message))
    with pytest.raises(ImportRefused, match=r"winmail\.dat"):
        import_file(path, limits=INLINE)


def test_mail_with_mojibake_and_wrong_labels_is_repaired_or_reported(tmp_path: Path) -> None:
    message = mail()
    # UTF-8 text decoded once as cp1252 and sent again as UTF-8: classic mojibake.
    garbled = "Poland’s agreement with Hyundai Rotem covers 180 K2 tanks — built in Kraków."
    message.set_content(garbled.encode("utf-8").decode("cp1252", errors="replace") + "\n")
    path = tmp_path / "moji.eml"
    path.write_bytes(bytes(message))
    [imported] = import_file_all(path, limits=INLINE)
    assert "Poland’s agreement" in imported.source.text
    assert "tanks — built in Kraków." in imported.source.text
    assert imported.warnings


def test_unknown_charset_is_a_plain_warning(tmp_path: Path) -> None:
    raw = (
        b"From: a@example.org\r\nTo: b@example.org\r\nSubject: Odd\r\n"
        b"Date: Tue, 03 Mar 2026 09:15:00 +0100\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=rot-13\r\n\r\n"
        + "The ministry signed the contract for 180 tanks in Kraków on Tuesday.\r\n".encode(
            "cp1252"
        )
    )
    path = tmp_path / "odd.eml"
    path.write_bytes(raw)
    [imported] = import_file_all(path, limits=INLINE)
    assert "180 tanks in Kraków" in imported.source.text
    assert any("unknown charset 'rot-13'" in w for w in imported.warnings)
    assert not any("LookupError" in w for w in imported.warnings)


def test_mostly_undecodable_mail_is_refused(tmp_path: Path) -> None:
    raw = (
        b"From: a@example.org\r\nSubject: Bad\r\nDate: Tue, 03 Mar 2026 09:15:00 +0100\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + "\ufffd".encode() * 50
        + b" the ministry said\r\n"
    )
    path = tmp_path / "bad.eml"
    path.write_bytes(raw)
    with pytest.raises(ImportRefused, match=r"garbled|could not be decoded"):
        import_file(path, limits=INLINE)


def test_outlook_msg_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "message.msg"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    with pytest.raises(ImportRefused) as caught:
        import_file(path, limits=INLINE)
    assert "Outlook .msg: in Outlook use File > Save As > .eml" in str(caught.value)


def test_html_with_a_codec_that_is_not_a_text_encoding(tmp_path: Path) -> None:
    path = tmp_path / "rot.html"
    path.write_bytes(
        b"<html><head><meta charset='rot-13'></head><body><p>The ministry in Krak\xf3w "
        b"signed the contract for 180 tanks on Tuesday, officials said.</p></body></html>"
    )
    assert "Kraków" in import_file(path, limits=INLINE).text


def test_a_library_surprise_is_a_plain_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefdesk.sources import worker

    def broken(*args: object) -> object:
        raise TypeError("'NoneType' object is not subscriptable <object at 0x7f>")

    monkeypatch.setattr(worker, "extract_bytes", broken)
    with pytest.raises(ImportRefused) as caught:
        import_file(Path(__file__), limits=INLINE)
    message = str(caught.value)
    assert "TypeError" not in message and "0x7f" not in message and "could not be read" in message
