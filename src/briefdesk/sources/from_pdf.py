"""PDF: the text layer through pypdf, page by page; scanned pages are refused clearly.

Pages set in columns are read column by column (:mod:`briefdesk.sources.pdf_columns` on
pypdf's layout mode). Permission-only encryption (an owner password that limits copying,
no open password; RC4, AES-128 or AES-256) opens like any PDF, as in every viewer.
"""

from __future__ import annotations

import contextlib
import io
import re
from typing import Any

from pypdf.errors import PdfReadError, PyPdfError

from briefdesk.sources.dates import to_date
from briefdesk.sources.errors import Refusal
from briefdesk.sources.extracted import Extracted
from briefdesk.sources.fileprops import article_author, file_date_notes
from briefdesk.sources.limits import ImportLimits
from briefdesk.sources.pdf_heading import page_type
from briefdesk.sources.pdf_lines import join_wrapped_lines
from briefdesk.sources.title_choice import pdf_title

# Fewer letters than this per page on average means there is no real text layer.
_MIN_LETTERS_PER_PAGE = 20
_PAGE_ERRORS = (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, ZeroDivisionError)
_PASSWORD = "is password-protected (it needs a password to open); ask for an unprotected copy"


def extract_pdf(data: bytes, limits: ImportLimits) -> Extracted:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise Refusal(_PASSWORD)
        page_count = len(reader.pages)
    except Refusal:
        raise
    except FileNotDecryptedError as exc:
        raise Refusal(_PASSWORD) from exc
    except DependencyError as exc:
        raise Refusal(
            "is encrypted in a way BriefDesk cannot open; save an unprotected copy"
        ) from exc
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise Refusal(f"is a damaged or unreadable PDF ({_short(exc)})") from exc
    if page_count == 0:
        raise Refusal("is a PDF with no pages")
    if page_count > limits.max_pdf_pages:
        raise Refusal(f"has {page_count} pages; the limit is {limits.max_pdf_pages}")

    pages: list[str] = []
    mixed: list[int] = []
    size = 0
    for number, page in enumerate(reader.pages, start=1):
        try:
            text = page.extract_text() or ""
        except _PAGE_ERRORS as exc:
            raise Refusal(f"page {number} cannot be read ({_short(exc)})") from exc
        text, layout, uncertain = _in_column_order(page, text)
        if uncertain:
            mixed.append(number)  # lines kept as printed: joining could cross columns
        else:
            text = join_wrapped_lines(text, layout)
        size += len(text)
        if size > limits.max_text_chars:
            raise Refusal(  # (the pages after this one are not read: "more than")
                f"has more than {size:,} characters of text (by page {number} of "
                f"{page_count}), over the limit of {limits.max_text_chars:,} for one "
                "source: split it into parts (the pages you need) and add each as its own source"
            )
        pages.append(text)

    letters = sum(ch.isalpha() for text in pages for ch in text)
    if letters < _MIN_LETTERS_PER_PAGE * page_count and letters < 200:
        raise Refusal("has no text layer (a scanned or image-only PDF); run it through OCR first")
    meta = _metadata(reader)
    warnings = []
    if mixed:
        shown = ", ".join(map(str, mixed[:10])) + (" …" if len(mixed) > 10 else "")
        warnings.append(f"text may be in mixed column order (page {shown})")
    typeset = page_type(reader.pages[0])
    pages[0] = _heading_apart(pages[0], typeset.heading_before_text)
    title, title_notes = pdf_title(
        _one_line(meta.get("title")),
        "\n\n".join(pages),
        typeset.first_stands_out,
        typeset.heading_before_text,
    )
    return Extracted(
        text="\n\n".join(pages),
        format="pdf",
        title=title,
        author=article_author(_one_line(meta.get("author"))),
        published=None,  # the file's dates are not the article's: see fileprops
        notes=title_notes + file_date_notes(meta.get("created"), meta.get("modified")),
        hints={"subject": _one_line(meta.get("subject")), "pages": str(page_count)},
        warnings=warnings,
    )


def _in_column_order(page: Any, plain: str) -> tuple[str, str, bool]:
    """(the page column by column when its layout shows columns, else pypdf's plain text;
    the layout text, "" when unreadable; whether the column order is uncertain)."""
    from briefdesk.sources.pdf_columns import split_columns

    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except (*_PAGE_ERRORS, AttributeError, IndexError):
        return plain, "", False
    ordered, uncertain = split_columns(layout)
    columned = ordered != "\n".join(line.strip() for line in layout.splitlines())
    return (ordered if columned else plain), layout, uncertain


def _heading_apart(text: str, heading: str) -> str:
    """The headline set in large type as one line and a paragraph of its own: its line once
    ran straight into the dateline under it ("… Indian-led group\nNAIROBI —"), read as one
    phrase, and a headline wrapped over two or three lines in a narrow column was cut to its
    first line as the title (newcomer15 N15-02: "… concession with\nKorean consortium")."""
    words = heading.split()
    if not words:
        return text
    found = re.compile(r"(?:^|(?<=\n))" + r"[ \t]*\n?[ \t]*".join(map(re.escape, words))).search(
        text
    )
    if found is None:
        return text
    end = found.end()
    rest = text[end:]
    if rest and not rest.startswith("\n"):  # the heading's words run on inside a line
        return text
    rest = rest.lstrip("\n")
    return text[: found.start()] + heading + ("\n\n" + rest if rest else "")


def _metadata(reader: Any) -> dict[str, Any]:
    """Document info, each field on its own: broken dates in real PDFs are common."""
    found: dict[str, Any] = {}
    # A broken info dictionary only costs us metadata, never the import.
    with contextlib.suppress(Exception):
        info = reader.metadata
        if info is None:
            return found
        for key in ("title", "author", "subject"):
            with contextlib.suppress(Exception):
                found[key] = getattr(info, key)
        for key, attr in (("created", "creation_date"), ("modified", "modification_date")):
            with contextlib.suppress(Exception):
                found[key] = to_date(getattr(info, attr))
    return found


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:120]


def _one_line(value: object) -> str:
    return " ".join(str(value).split()) if value else ""
