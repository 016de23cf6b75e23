"""The jobs that run inside the sandbox: plain data in, plain data out (picklable)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefdesk.boundedread import describe_size
from briefdesk.sources.decode import decode_bytes
from briefdesk.sources.errors import Refusal, too_long
from briefdesk.sources.extracted import Extracted
from briefdesk.sources.limits import ImportLimits
from briefdesk.sources.normalize import normalize_text, one_line
from briefdesk.sources.sniff import SUPPORTED_LIST, Format, sniff_binary, sniff_text, suffix_format
from briefdesk.sources.textcheck import check_text

_TEXT_SUFFIXES = {"", ".txt", ".text", ".md", ".markdown"}


def import_path_job(
    path: str, limits: dict[str, Any], encoding: str | None = None
) -> list[dict[str, Any]]:
    """Read one file into one or more finished texts (a mail may carry several articles).

    Everything runs here, inside the worker's time and memory limits: reading, the
    text checks and normalisation; the parent only builds Sources from the result.
    """
    caps = ImportLimits(**limits)
    data = _read_capped(Path(path), caps.max_file_bytes)
    with _plain_errors():
        found = extract_bytes(data, Path(path).suffix.lower(), caps, encoding)
        return [finish(extracted, caps).as_dict() for extracted in found]


def bytes_job(
    data: bytes, limits: dict[str, Any], encoding: str | None = None
) -> list[dict[str, Any]]:
    """The content of a file that has no name (standard input): read as a file would be."""
    caps = ImportLimits(**limits)
    with _plain_errors():
        found = extract_bytes(data, "", caps, encoding)
        return [finish(extracted, caps).as_dict() for extracted in found]


def html_job(markup: str, limits: dict[str, Any]) -> list[dict[str, Any]]:
    """Pasted HTML markup to text and metadata."""
    from briefdesk.sources.from_html import extract_html

    with _plain_errors():
        caps = ImportLimits(**limits)
        return [finish(extract_html(markup, max_chars=caps.max_text_chars), caps).as_dict()]


def text_job(text: str, limits: dict[str, Any]) -> list[dict[str, Any]]:
    """Pasted plain text, checked and normalised under the same limits as files."""
    from briefdesk.sources.from_text import extract_markdown, extract_text
    from briefdesk.sources.md_sniff import plainly_markdown

    # Pasted Markdown notes are read as the .md import reads them (newcomer20 N20-06).
    extracted = extract_markdown(text) if plainly_markdown(text) else extract_text(text)
    extracted.format = "pasted"
    return [finish(extracted, ImportLimits(**limits)).as_dict()]


@contextlib.contextmanager
def _plain_errors() -> Iterator[None]:
    """A library's surprise becomes a plain reason, never its internals (type, repr)."""
    try:
        yield
    except (Refusal, MemoryError, RecursionError):
        raise  # the sandbox words these itself
    except Exception as exc:
        raise Refusal(
            "could not be read (damaged, or a variant of its format BriefDesk does not know)"
        ) from exc


def finish(extracted: Extracted, limits: ImportLimits) -> Extracted:
    """Check for garbled characters, then normalise text and metadata (linear work)."""
    # Normalising only shrinks whitespace; refuse the hopeless before working on it.
    if len(extracted.text) > 2 * limits.max_text_chars:
        raise Refusal(too_long(len(extracted.text), limits.max_text_chars))
    text = check_text(extracted.text, extracted.warnings)
    extracted.text = normalize_text(text)
    for name in ("title", "outlet", "author", "url"):
        setattr(extracted, name, one_line(getattr(extracted, name)))
    extracted.language = one_line(extracted.language)[:35]
    extracted.normalized = True
    return extracted


def extract_bytes(
    data: bytes, suffix: str, limits: ImportLimits, encoding: str | None = None
) -> list[Extracted]:
    """Pick the importer from the content (the name only breaks ties) and run it.
    ``encoding``: the user's choice for a text or HTML file (a mail's parts keep their own)."""
    if not data.strip():
        raise Refusal("is empty")
    fmt = sniff_binary(data[:8192], data, suffix)
    if fmt is Format.PDF:
        from briefdesk.sources.from_pdf import extract_pdf

        return [extract_pdf(data, limits)]
    if fmt is Format.DOCX:
        from briefdesk.sources.from_docx import extract_docx

        return [extract_docx(data, limits)]
    claimed = suffix_format(suffix)
    charset_notes: list[str] = []
    try:
        text = decode_bytes(data, notes=charset_notes, encoding=encoding)
    except Refusal as exc:
        if claimed in (Format.PDF, Format.DOCX):
            kind = "PDF" if claimed is Format.PDF else "Word (.docx)"
            raise Refusal(f"is not a valid {kind} file, nor text (damaged or wrong type?)") from exc
        raise
    fmt = sniff_text(text, suffix)
    if fmt is Format.HTML:
        from briefdesk.sources.from_html import extract_html

        return [extract_html(data, encoding=encoding, max_chars=limits.max_text_chars)]
    if fmt is Format.EMAIL:
        from briefdesk.sources.from_email import extract_email

        return extract_email(data, lambda inner, kind: extract_bytes(inner, kind, limits))
    if claimed is None and suffix not in _TEXT_SUFFIXES:
        raise Refusal(f"has an unsupported file type {suffix} (BriefDesk reads {SUPPORTED_LIST})")
    from briefdesk.sources.from_text import extract_markdown, extract_text
    from briefdesk.sources.md_sniff import plainly_markdown

    # Text with no name (standard input) that is plainly Markdown is read as a .md (N20-06).
    markdown = fmt is Format.MARKDOWN or (not suffix and plainly_markdown(text))
    extracted = extract_markdown(text) if markdown else extract_text(text, from_file=True)
    extracted.warnings.extend(charset_notes)
    if claimed in (Format.PDF, Format.DOCX):
        # Read as text, which it is; but a wrong pick or a cut-short download should be heard.
        kind = "PDF" if claimed is Format.PDF else "Word"
        extracted.warnings.append(
            f"named {suffix} but holds plain text, not a {kind} file: read as text"
            " (a wrong file or a truncated download?)"
        )
    return [extracted]


def _read_capped(path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as stream:
            # Ask for what the file holds (+1 to notice growth), not the limit: read(n)
            # reserves n bytes up front.
            size = os.fstat(stream.fileno()).st_size
            data = stream.read(min(size, max_bytes) + 1)
    except FileNotFoundError as exc:
        raise Refusal("file not found") from exc
    except IsADirectoryError as exc:
        raise Refusal("is a folder, not a file") from exc
    except OSError as exc:
        raise Refusal(f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise Refusal(f"is larger than the {describe_size(max_bytes)} limit for sources")
    return data
