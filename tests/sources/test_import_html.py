"""A saved news page full of boilerplate comes out as the article, whole and clean."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest

from briefdesk.model.codes import SourceKind
from briefdesk.sources import ImportLimits, ImportRefused, import_file, import_text

ARTICLE_SENTENCES = [
    "KARVANIA CITY — Karvania has agreed to buy 24 JF-17C Block-III fighter jets in a deal worth "
    "$1.6 billion, the country's defence ministry said on Friday, in the largest arms purchase in "
    "its history.",
    "covers the aircraft, spare parts, pilot training and a ten-year maintenance package.",
    "Deliveries are due to begin in 2027 and to be completed by the end of 2029",
    "“This deal gives our air force the modern multi-role capability it has lacked for two "
    "decades,” Mr Avelar told reporters at the signing ceremony.",
    "Neighbouring Meridia, which operates an ageing fleet of interceptors, has yet to comment",
    "a state-backed export credit covering 70 per cent of the value",
    "while public debt stands at 84 per cent of gross domestic product.",
    "The ministry said parliament would be asked to approve the first tranche of payments before "
    "the summer recess.",
]
BOILERPLATE = [
    "cookies",  # cookie banner
    "Accept all",
    "Subscribe for",  # navigation
    "Opinion",
    "Advertisement",  # inline ads
    "Refinance your mortgage",
    "Luxury watches",
    "Read more",  # related links, inline and at the end
    "Meridia boosts defence budget",
    "Related stories",
    "Export credit agencies back record",
    "jetfan77",  # comments
    "First comment",
    "dataLayer",  # scripts and styles
    "renderAd",
    "cookie-banner",
    "Morning Briefing",  # newsletter box
    "All rights reserved",  # footer
    "Share on social",
    "pixel.tracker",  # tracking pixel
]


@pytest.fixture
def news_page(data_dir: Path) -> Path:
    return data_dir / "news_article.html"


def test_article_text_is_complete_and_in_order(news_page: Path) -> None:
    source = import_file(news_page)
    positions = [source.text.find(sentence) for sentence in ARTICLE_SENTENCES]
    assert -1 not in positions, [
        s for s, p in zip(ARTICLE_SENTENCES, positions, strict=True) if p < 0
    ]
    assert positions == sorted(positions)
    assert source.text.count("\n\n") == 7  # eight paragraphs, one blank line between each


@pytest.mark.parametrize("junk", BOILERPLATE)
def test_boilerplate_is_gone(news_page: Path, junk: str, inline: ImportLimits) -> None:
    assert junk not in import_file(news_page, limits=inline).text


def test_metadata(news_page: Path) -> None:
    source = import_file(news_page)
    assert source.title == "Karvania agrees $1.6 billion deal for 24 JF-17 fighters"
    assert source.outlet == "The Meridian Herald"
    assert source.author == "Amira Seltzer"
    assert source.published == dt.date(2026, 3, 14)
    assert source.url == "https://www.meridianherald.example/world/2026/03/14/karvania-jf17-deal"
    assert source.language == "en-GB"
    assert source.kind is SourceKind.NEWS
    assert source.filename == "news_article.html"
    assert source.accessed == dt.date.today()
    assert source.grade == "F6"
    assert source.content_hash.startswith("sha256:")


def test_no_network_is_attempted(
    news_page: Path, inline: ImportLimits, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page links remote CSS, fonts, scripts, images and a pixel: nothing is fetched."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access during an import")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    extra = (
        "<html><head><link rel=stylesheet href='http://evil.example/a.css'>"
        "<style>@import url('http://evil.example/b.css');</style></head><body>"
        "<iframe src='http://evil.example/frame'></iframe><img src='http://evil.example/x.png'>"
        "<p>One paragraph of pasted article text that is long enough to keep.</p></body></html>"
    )
    assert import_file(news_page, limits=inline).title
    assert "pasted article text" in import_text(extra, limits=inline).text
    assert import_text("https://evil.example/article", limits=inline).text
    assert attempts == []


def test_the_guard_refuses_network_inside_an_import() -> None:
    from briefdesk.sources import netguard

    with netguard.no_network(), pytest.raises(netguard.NetworkBlocked):
        socket.getaddrinfo("localhost", 80)
    socket.getaddrinfo("localhost", 80)  # outside an import the app may use the network


def test_the_isolated_worker_refuses_network() -> None:
    from briefdesk.sources import sandbox

    with pytest.raises(ImportRefused, match="tried to reach the network"):
        sandbox.run_job(socket.getaddrinfo, ("localhost", 80), ImportLimits(), "probe")


def test_pasted_html_is_read_like_a_page(news_page: Path) -> None:
    markup = news_page.read_text(encoding="utf-8")
    source = import_text(markup, outlet="Herald (print edition)")
    assert source.text == import_file(news_page).text
    assert source.outlet == "Herald (print edition)"  # what the user typed wins
    assert source.author == "Amira Seltzer"
    assert source.filename == ""


def test_html_in_a_legacy_encoding(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='windows-1252'><title>Déclaration du ministère</title></head>"
        "<body><article><p>Le ministère a confirmé la livraison des frégates à l'été.</p>"
        "<p>« Nous respectons nos engagements », a déclaré la porte-parole.</p></article>"
        "</body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1252"))
    source = import_file(path)
    assert "Le ministère a confirmé la livraison des frégates à l'été." in source.text
    assert "« Nous respectons nos engagements »" in source.text


def test_page_with_only_scripts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body></body></html>")
    with pytest.raises(ImportRefused, match=r"^empty\.html: .*no (readable )?text"):
        import_file(path)


def test_government_press_release_keeps_lists_and_tables(data_dir: Path) -> None:
    source = import_file(data_dir / "press_release.html")
    assert source.kind is SourceKind.OFFICIAL_STATEMENT
    assert source.title == "Contract signed for twelve patrol vessels"
    assert source.url == "https://www.mod.gov.xk/news/2026/02/patrol-vessels"
    assert source.published == dt.date(2026, 2, 9)
    assert (
        "The contract includes:\n\n- twelve vessels of the new coastal class;\n"
        "- a training package for crews and engineers;\n"
        "- spare parts for the first five years of service.\n\n"
        "Item | Quantity | Delivery\nPatrol vessel | 12 | 2027 to 2030\nTraining package | 1 | 2027"
        "\n\nThe Minister said the vessels would strengthen maritime security"
    ) in source.text
    for junk in (
        "Skip to main content",
        "Cookie settings",
        "About the Ministry",
        "Frigate programme update",
        "Open Government Licence",
        "|---",
    ):
        assert junk not in source.text
