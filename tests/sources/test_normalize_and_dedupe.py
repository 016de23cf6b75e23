"""Text normalisation (offsets depend on it), kind guessing, and duplicate detection."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefdesk.model import Source
from briefdesk.model.codes import SourceKind
from briefdesk.sources import find_duplicate, import_text
from briefdesk.sources.extracted import Extracted
from briefdesk.sources.kind import guess_kind
from briefdesk.sources.normalize import dehyphenate, normalize_text

ARTICLE = (
    "Karvania has agreed to buy 24 JF-17C Block-III fighter jets in a deal worth $1.6 billion, "
    "the country's defence ministry said on Friday. The agreement covers the aircraft, spare "
    "parts, pilot training and a ten-year maintenance package. Deliveries are due to begin in "
    "2027 and to be completed by the end of 2029, according to a ministry statement. Analysts "
    "said the purchase would shift the regional balance of air power."
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("  spaced\t\tout \u00a0 words  ", "spaced out words"),
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),
        ("cafe\u0301", "café"),  # NFC
        ("in\u00advisible\u200b soft\ufeff hyphen", "invisible soft hyphen"),
        ("bell\x07 and\x00 nul", "bell and nul"),
        ("line\u2028sep\u2029para\x0cpage", "line\nsep\n\npara\n\npage"),
        ("ZWNJ in می\u200cخواهم stays", "ZWNJ in می\u200cخواهم stays"),
        # styled letters from social media and full-width Latin: the word they spell
        (
            "Admiral Tomás Errázuriz \U0001d412\U0001d41a\U0001d422\U0001d41d the",
            "Admiral Tomás Errázuriz Said the",
        ),
        (
            "\U0001d458\U0001d456\U0001d459\U0001d459\U0001d452\U0001d451 \U0001d7cf\U0001d7ce",
            "killed 10",
        ),
        ("K\uff19 \uff48\uff4f\uff57\uff49\uff54\uff5a\uff45\uff52", "K9 howitzer"),
        ("日本（東京）、２０２６年", "日本（東京）、2026年"),  # CJK punctuation stays full-width
        ("  \n  \n", ""),
    ],
)
def test_normalize_text(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean
    assert normalize_text(clean) == clean  # idempotent: stored text never shifts


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("the govern-\nment said", "the government said"),
        ("a state-owned firm; the state-\nowned yard", "a state-owned firm; the state-owned yard"),
        ("the government; the govern-\nment", "the government; the government"),
        ("the state and owned by them: state-\nowned", "the state and owned by them: state-owned"),
        ("Jean-\nPierre arrived", "Jean-\nPierre arrived"),  # names are left alone
        ("the 2026-\n27 budget", "the 2026-\n27 budget"),  # numbers too
        ("a dash -\nthen more", "a dash -\nthen more"),
    ],
)
def test_dehyphenate_only_line_break_hyphens(raw: str, clean: str) -> None:
    assert dehyphenate(raw) == clean


def test_offsets_into_imported_text_are_stable() -> None:
    source = import_text("  The  deal\r\nwas   signed  \n\n\n by the minister. ")
    start = source.text.index("signed")
    again = import_text(source.text)
    assert again.text == source.text
    assert again.text[start : start + 6] == "signed"
    assert again.content_hash == source.content_hash


def _extracted(**fields: object) -> Extracted:
    base: dict[str, object] = {"text": "", "format": "html"}
    return Extracted(**(base | fields))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "text", "kind"),
    [
        ({"url": "https://x.com/ministry/status/1"}, "A post.", SourceKind.SOCIAL),
        ({"url": "https://www.t.me/channel/5"}, "A post.", SourceKind.SOCIAL),
        (
            {},
            "PRESS RELEASE\nFor immediate release. The ministry...",
            SourceKind.OFFICIAL_STATEMENT,
        ),
        (
            {"url": "https://www.gov.uk/government/news/1"},
            "The minister said.",
            SourceKind.OFFICIAL_STATEMENT,
        ),
        (
            {"url": "https://www.defense.gouv.fr/a", "format": "pdf"},
            "Text.",
            SourceKind.GOVERNMENT_DOCUMENT,
        ),
        ({"format": "pdf"}, "Defence White Paper 2026\nAnnex A", SourceKind.GOVERNMENT_DOCUMENT),
        ({"hints": {"pagetype": "article"}}, "The deal was signed.", SourceKind.NEWS),
        ({}, "ISLAMABAD (Reuters) - The jets arrived.", SourceKind.NEWS),
        ({"outlet": "Herald", "published": dt.date(2026, 1, 1)}, "Text.", SourceKind.NEWS),
        ({"format": "pasted"}, "Some notes from a meeting.", SourceKind.OTHER),
    ],
)
def test_guess_kind(fields: dict[str, object], text: str, kind: SourceKind) -> None:
    assert guess_kind(_extracted(**fields), text) is kind


def test_same_text_is_a_duplicate() -> None:
    first = Source(text=ARTICLE, title="First")
    other = Source(text="Something else entirely about a naval exercise in the north.")
    again = Source(text=ARTICLE, title="Same text, other title")
    assert find_duplicate([other, first], again) is first


def test_near_identical_text_is_a_duplicate() -> None:
    first = Source(text=ARTICLE)
    reworded = ARTICLE.replace("said on Friday", "said on Friday (updated)").upper()
    syndicated = "By Staff Writer\n" + reworded + "\nCopyright 2026 Herald Wire."
    assert find_duplicate([first], Source(text=syndicated)) is first


def test_different_articles_are_not_duplicates() -> None:
    first = Source(text=ARTICLE)
    follow_up = (
        "Meridia's government criticised Karvania's purchase of fighter jets on Saturday, "
        "saying the deal would fuel an arms race. The foreign ministry summoned the Karvanian "
        "ambassador and asked for talks on confidence-building measures before the summer."
    )
    assert find_duplicate([first], Source(text=follow_up)) is None
    half = Source(text=ARTICLE[: len(ARTICLE) // 2])
    assert find_duplicate([first], half) is None


def test_a_source_is_not_its_own_duplicate() -> None:
    first = Source(text=ARTICLE)
    assert find_duplicate([first], first) is None
    assert find_duplicate([], first) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_normalize_is_idempotent(raw: str) -> None:
    """Stored text is normalised once; normalising it again must change nothing."""
    once = normalize_text(raw)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once and "\t" not in once and "\n\n\n" not in once
