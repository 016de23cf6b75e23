"""Each supported format imports cleanly, with its metadata; the content decides the reader."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from briefdesk.model.codes import SourceKind
from briefdesk.sources import import_file, import_text

TEXT = "Frigate deal signed\n\nThe navy ordered two frigates for €900 million — a record.\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "cp1252", "latin-1"]
)
def test_text_encodings(tmp_path: Path, encoding: str) -> None:
    text = TEXT if encoding not in ("latin-1",) else TEXT.replace("€", "EUR").replace("—", "-")
    text += "Le ministère précise que la première frégate sera livrée à Brest en été.\n" * 3
    if encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    path = tmp_path / "wire.txt"
    path.write_bytes(data)
    source = import_file(path)
    assert source.title == "Frigate deal signed"
    assert source.text.startswith("Frigate deal signed\n\nThe navy ordered two frigates for ")
    assert "première frégate sera livrée à Brest en été." in source.text


def test_markdown_is_reduced_to_readable_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "# Frigate deal signed\n\nThe navy ordered **two frigates** for *€900 million*, "
        "says the [ministry](https://mod.example/news).\n\n---\n\n## Background\n\n- first\n"
    )
    source = import_file(path)
    assert source.title == "Frigate deal signed"
    assert source.text == (
        "Frigate deal signed\n\nThe navy ordered two frigates for €900 million, says the "
        "ministry.\n\nBackground\n\n- first"
    )


def test_docx_paragraphs_tables_and_properties(
    make_docx: Callable[..., Path], article_paragraphs: list[str]
) -> None:
    source = import_file(make_docx())
    assert source.text == "\n\n".join(
        [
            "Contract for twelve patrol vessels",
            *article_paragraphs[:2],
            "Item | Quantity | Delivery\nPatrol vessel | 12 | 2027–2030\n"
            "Training and support included",
            article_paragraphs[2],
        ]
    )
    assert source.title == "Contract for twelve patrol vessels"
    # The issuing body is the outlet, its office the author: each named once (N18-07).
    assert (source.author, source.outlet) == ("Press Office", "Ministry of Defence")
    # The file's creation date describes the file, not the article: noted, never published.
    assert source.published is None
    assert "created 2026-02-09" in source.notes
    assert source.language == "en-GB"
    assert source.filename == "statement.docx"


def test_pdf_text_layer_metadata_and_dehyphenation(make_pdf: Callable[..., Path]) -> None:
    pages = [
        ["Joint statement on the frigate programme", "The two govern-", "ments agreed today."],
        ["The state-owned yard will build the hulls.", "The state-", "owned yard is in Brest."],
    ]
    source = import_file(make_pdf(pages=pages, title="Frigate programme statement"))
    assert "The two governments agreed today." in source.text
    assert "The state-owned yard is in Brest." in source.text
    assert source.text.index("Joint statement") < source.text.index("hulls")
    assert source.title == "Frigate programme statement"
    assert source.author == "Office of the Spokesperson"
    assert source.published is None
    assert "created 2026-01-15" in source.notes
    assert source.kind is SourceKind.OFFICIAL_STATEMENT


def test_eml_plain_body_and_headers(make_eml: Callable[..., Path]) -> None:
    body = "Dear colleagues,\n\nThe contract for twelve patrol vessels was signed today.\n"
    source = import_file(make_eml(plain=body, html="<p>HTML version should not be used</p>"))
    assert source.text == body.strip()
    assert source.title == "Statement on the patrol vessel contract"
    assert source.author == "Lena Ortiz"
    assert source.outlet == "Ministry of Foreign Affairs"
    assert source.published == dt.date(2026, 2, 10)
    assert source.kind is SourceKind.OFFICIAL_STATEMENT  # a government sender domain


def test_eml_html_only_body(make_eml: Callable[..., Path]) -> None:
    html = (
        "<html><body><p>Dear colleagues,</p><p>The contract for twelve patrol vessels was "
        "signed today in the presence of the minister.</p><script>track()</script></body></html>"
    )
    source = import_file(make_eml(html=html))
    assert "The contract for twelve patrol vessels was signed today" in source.text
    assert "track()" not in source.text
    assert source.title == "Statement on the patrol vessel contract"


def test_saved_web_archive_mht(tmp_path: Path, data_dir: Path) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["Subject"] = "Saved page"
    message["Snapshot-Content-Location"] = "https://www.meridianherald.example/saved"
    message["MIME-Version"] = "1.0"
    page = (data_dir / "news_article.html").read_text(encoding="utf-8")
    message.set_content(page, subtype="html")
    path = tmp_path / "page.mht"
    path.write_bytes(bytes(message))
    source = import_file(path)
    assert source.title == "Karvania agrees $1.6 billion deal for 24 JF-17 fighters"
    assert source.outlet == "The Meridian Herald"
    assert "Related stories" not in source.text
    assert source.text.startswith("KARVANIA CITY")


def test_pdf_named_txt_is_read_as_pdf(
    make_pdf: Callable[..., Path], article_paragraphs: list[str]
) -> None:
    pdf = make_pdf()
    renamed = pdf.rename(pdf.with_name("actually-a-pdf.txt"))
    source = import_file(renamed)
    assert article_paragraphs[1] in source.text
    assert source.filename == "actually-a-pdf.txt"


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes((data_dir / "news_article.html").read_bytes())
    source = import_file(path)
    assert source.outlet == "The Meridian Herald"
    assert "<p>" not in source.text and "cookies" not in source.text


def test_docx_named_pdf_is_read_as_docx(make_docx: Callable[..., Path]) -> None:
    path = make_docx("misnamed.pdf")
    assert import_file(path).title == "Contract for twelve patrol vessels"


def test_plain_text_named_html_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "note.html"
    path.write_text("Short note without any markup.\nSecond line.")
    assert import_file(path).text == "Short note without any markup.\nSecond line."


def test_pasted_text(tmp_path: Path) -> None:
    source = import_text(
        "  ISLAMABAD (Reuters) - The air force took delivery of two jets on Tuesday.\r\n",
        url="https://www.reuters.example/x",
        published=dt.date(2026, 3, 1),
    )
    assert source.text == (
        "ISLAMABAD (Reuters) - The air force took delivery of two jets on Tuesday."
    )
    assert source.kind is SourceKind.NEWS
    assert source.url == "https://www.reuters.example/x"
    assert source.published == dt.date(2026, 3, 1)
    assert source.filename == ""


def test_imports_run_from_several_threads_at_once(
    data_dir: Path, make_docx: Callable[..., Path], make_pdf: Callable[..., Path]
) -> None:
    """The GUI imports dropped files on worker threads; results must not get mixed up."""
    from concurrent.futures import ThreadPoolExecutor

    files = [data_dir / "news_article.html", make_docx(), make_pdf()] * 3
    with ThreadPoolExecutor(max_workers=4) as pool:
        sources = list(pool.map(import_file, files))
    expected = [import_file(path) for path in files[:3]]
    assert [s.text for s in sources] == [s.text for s in expected] * 3


def test_an_isolated_import_can_be_cancelled(data_dir: Path) -> None:
    import threading
    import time

    from briefdesk.sources import ImportCancelled, ImportLimits, sandbox

    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    with pytest.raises(ImportCancelled, match=r"^slow\.html: import cancelled$"):
        sandbox.run_job(time.sleep, (30,), ImportLimits(), "slow.html", cancel)
    with pytest.raises(ImportCancelled):
        import_file(data_dir / "news_article.html", cancel=cancel)  # already set


def test_docx_lists_keep_bullets_and_numbers(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("The package includes:")
    document.add_paragraph("twelve vessels", style="List Bullet")
    document.add_paragraph("crew training", style="List Bullet")
    document.add_paragraph("Next steps:")
    document.add_paragraph("Parliament approves the budget", style="List Number")
    document.add_paragraph("First steel is cut", style="List Number")
    document.add_paragraph("")  # empty paragraphs vanish
    document.add_paragraph("Closing remark.")
    path = tmp_path / "lists.docx"
    document.save(str(path))
    assert import_file(path).text == (
        "The package includes:\n\n- twelve vessels\n- crew training\n\nNext steps:\n\n"
        "1. Parliament approves the budget\n2. First steel is cut\n\nClosing remark."
    )


def test_generator_defaults_are_not_the_article_s_author_or_date(tmp_path: Path) -> None:
    """python-docx's template says author 'python-docx', created 2013-12-23: neither is kept."""
    import docx

    document = docx.Document()
    document.add_paragraph("The ministry said on Tuesday it had signed a contract for boats.")
    path = tmp_path / "plain.docx"
    document.save(str(path))
    source = import_file(path)
    assert (source.author, source.published) == ("", None)
    # (the only note says the title came from the file name: the file shows no headline)
    assert source.notes == "Title made from the file name: the file shows no headline or title"


def test_plain_text_named_docx_or_pdf_is_read_but_said(tmp_path: Path) -> None:
    """newcomer7 F9: a text file named .docx was added as a source without a word."""
    from briefdesk.sources import import_file

    for suffix, kind in ((".docx", "Word"), (".pdf", "PDF")):
        path = tmp_path / f"fake{suffix}"
        path.write_text("Spain will sell Peru six helicopters, the ministry said.", "utf-8")
        source = import_file(path)
        assert source.text.startswith("Spain will sell Peru")
        assert f"named {suffix} but holds plain text, not a {kind} file" in source.notes
    real = tmp_path / "real.txt"
    real.write_text("Spain will sell Peru six helicopters.", "utf-8")
    assert "holds plain text" not in import_file(real).notes
