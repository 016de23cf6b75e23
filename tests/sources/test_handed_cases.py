"""Every handed case (../shared/cases/sources and the Word DTD case) gives its right result.

The files are copied into tests/data/sources/cases; each kind also has tests with inputs
built in the test (test_word_faithful, test_pdf_faithful, test_web_and_mail_faithful).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.sources import ImportLimits, ImportRefused, import_file, import_file_all
from briefdesk.sources.normalize import normalize_text

CASES = Path(__file__).resolve().parents[1] / "data" / "sources" / "cases"
INLINE = ImportLimits(isolate=False)


def one(name: str) -> tuple[str, str, tuple[str, ...], str]:
    [imported] = import_file_all(CASES / name, limits=INLINE)
    return imported.source.text, imported.source.title, imported.warnings, imported.source.notes


def test_s1_tracked_changes() -> None:
    text, title, _, _ = one("s1_tracked_changes.docx")
    assert "Poland confirmed on Tuesday that it will buy 180 K2 tanks" in text
    assert "Deliveries are due to start in 2027, the ministry said." in text
    assert "denied" not in text
    assert title == "Ministry confirms tank purchase"


def test_s4_macro_enabled_article() -> None:
    text, title, _, _ = one("s4_article.docm")
    assert "Chile signed a $1.1 billion deal with Korea Aerospace Industries" in text
    assert title == "Chile buys 18 FA-50 jets"


def test_s5a_latin1_label_read_as_windows_1252() -> None:
    text, _, _, _ = one("s5a_latin1_declared_cp1252.html")
    assert "WARSAW — Poland’s defence ministry" in text
    assert "“framework agreement”" in text
    assert "the ministry’s spokesperson" in text


def test_s7_live_blog() -> None:
    text, title, _, _ = one("s7_liveblog.html")
    assert title == "Live: Turkey signs Eurofighter deal"
    blocks = text.split("\n\n")
    assert blocks[0] == "Live: Turkey signs Eurofighter deal"
    assert [b[:5] for b in blocks[1:]] == ["14:05", "12:40", "11:15", "09:30"]
    assert blocks[1].startswith("14:05 — Turkish defence minister says the first 20")


def test_p1_ligatures() -> None:
    text, _, _, _ = one("p1_ligatures.pdf")
    assert "Pacific fleet" in text and "Office of the Chief of Staff confirmed" in text
    assert "frigates from Hyundai Heavy Industries, the Office" in text  # F23: no hard breaks
    assert "\n" not in text
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in text)


def test_p2a_aes256_permission_only() -> None:
    text, _, _, _ = one("p2a_aes256_no_user_pw.pdf")
    assert "Egypt signed a contract with Dassault Aviation" in text


def test_p3_two_columns() -> None:
    text, _, _, _ = one("p3_two_columns.pdf")
    assert "minister Pawel Bejda in Warsaw after months of talks." in text
    assert text.index("after months of talks") < text.index("Separately, Romania")
    # F23: each column's paragraph is one line; the columns stay two paragraphs.
    assert "Poland will buy 180 K2 tanks from Hyundai Rotem, the defence ministry" in text
    assert "after months of talks.\n\nSeparately, Romania" in text


def test_e1_newsletter_stub_plain_part() -> None:
    text, _, _, _ = one("e1_newsletter_stub_plain.eml")
    assert "signed a contract with Hyundai Rotem for 180 K2 main battle tanks" in text
    assert "View it in your browser" not in text and "Unsubscribe" not in text


def test_e2_forward_as_attachment() -> None:
    [imported] = import_file_all(CASES / "e2_forward_as_attachment.eml", limits=INLINE)
    source = imported.source
    assert "signed a contract today with Hyundai Rotem for 180 K2 tanks" in source.text
    assert "FYI" not in source.text
    assert source.title == "Press release: Poland signs K2 tank contract"
    assert source.author == "Ministry Press Office"
    assert str(source.published) == "2026-03-03"
    assert "FYI - see the attached release." in source.notes


def test_e6_outlook_msg() -> None:
    with pytest.raises(ImportRefused) as caught:
        import_file(CASES / "e6_outlook.msg", limits=INLINE)
    assert "Outlook .msg: in Outlook use File > Save As > .eml" in str(caught.value)


def test_docx_dtd_in_dat_part_is_refused() -> None:
    with pytest.raises(ImportRefused, match=r"DTD .*word/main\.dat"):
        import_file(CASES / "docx_xxe_in_dat_part.docx", limits=INLINE)


def test_every_handed_case_through_the_isolated_worker() -> None:
    """The same files the way the app reads them: in the worker, nothing refused but .msg
    and the DTD case."""
    for path in sorted(CASES.iterdir()):
        if path.name in ("e6_outlook.msg", "docx_xxe_in_dat_part.docx"):
            with pytest.raises(ImportRefused):
                import_file(path)
            continue
        source = import_file(path)
        assert source.text == normalize_text(source.text), path.name  # already canonical


def test_five_megabytes_of_line_end_hyphens_in_the_worker(tmp_path: Path) -> None:
    """The reliability recipe: read within the worker's limits, every break joined."""
    path = tmp_path / "x.txt"
    path.write_text("a-\nb " * 1_000_000)
    source = import_file(path)
    assert source.text.startswith("ab ab ab")
    assert "-" not in source.text


def test_s5a_is_a_news_story_not_a_statement() -> None:
    [imported] = import_file_all(CASES / "s5a_latin1_declared_cp1252.html", limits=INLINE)
    assert imported.source.kind == "news"  # "the ministry's spokesperson added" is quoted speech
