"""Decide which importer reads a file: the content wins over the name when they disagree.

A PDF named ``.txt`` is read as a PDF and HTML saved as ``.txt`` as HTML; known formats
BriefDesk does not read (images, archives, old Word) are refused by name.
"""

from __future__ import annotations

import io
import re
import zipfile
from enum import StrEnum

from briefdesk.sources.errors import DAMAGED_WORD, Refusal


class Format(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"
    EMAIL = "email"


SUPPORTED_SUFFIXES: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".docx": Format.DOCX,
    ".docm": Format.DOCX,
    ".dotx": Format.DOCX,
    ".dotm": Format.DOCX,
    ".pdf": Format.PDF,
    ".eml": Format.EMAIL,
    ".mht": Format.EMAIL,
    ".mhtml": Format.EMAIL,
}
# Derived from the table so a message never lists less (or more) than BriefDesk reads.
SUPPORTED_LIST = " ".join(SUPPORTED_SUFFIXES)

# Formats we recognise only to refuse them with a useful name.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Stream names in an OLE compound file's directory (UTF-16LE) tell its kind apart.
_OLE_KINDS: tuple[tuple[str, str], ...] = (
    ("__substg1.0_", "is an Outlook .msg: in Outlook use File > Save As > .eml, then add that"),
    ("EncryptionInfo", "is a password-protected Office file; save a copy without a password"),
    ("WordDocument", "is an old Word .doc file; in Word use File > Save As > Word (.docx)"),
    ("Workbook", "is an Excel workbook, not a format BriefDesk reads"),
    ("PowerPoint Document", "is a PowerPoint presentation, not a format BriefDesk reads"),
)
_FOREIGN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image (run OCR on it first)"),
    (b"\xff\xd8\xff", "a JPEG image (run OCR on it first)"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image (run OCR on it first)"),
    (b"MM\x00*", "a TIFF image (run OCR on it first)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program, not a document"),
    (b"MZ", "a Windows program, not a document"),
    (b"{\\rtf", "an RTF document; save it as .docx"),
)
_ZIP_KINDS = {
    "xl/workbook.xml": "an Excel workbook",
    "ppt/presentation.xml": "a PowerPoint presentation",
    "content.xml": "an OpenDocument file; save it as .docx",
}
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|section|table|h[1-6])\b",
    re.I | re.S,
)
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9-]{1,40}):[ \t]?(.*)$")
_MAIL_HEADERS = {
    "from",
    "to",
    "cc",
    "date",
    "subject",
    "message-id",
    "mime-version",
    "received",
    "return-path",
    "content-type",
    "reply-to",
    "delivered-to",
    "x-mailer",
    "snapshot-content-location",
}


def suffix_format(suffix: str) -> Format | None:
    return SUPPORTED_SUFFIXES.get(suffix.lower())


def sniff_binary(head: bytes, data: bytes, suffix: str) -> Format | None:
    """Formats told by their first bytes; ``None`` means "some kind of text"."""
    if b"%PDF-" in head[:1024]:
        return Format.PDF
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(data, suffix)
    if head.startswith(_OLE_MAGIC):
        raise Refusal(_ole_kind(data, suffix))
    for magic, what in _FOREIGN_MAGIC:
        if head.startswith(magic):
            raise Refusal(f"is {what}, not a format BriefDesk reads ({SUPPORTED_LIST})")
    return None


def sniff_text(text: str, suffix: str) -> Format:
    """Formats told by their text: HTML markup, mail headers, else what the name says."""
    by_name = suffix_format(suffix)
    if _HTML_START.match(text[:4096]):
        return Format.HTML
    if looks_like_email(text, strict=by_name is not Format.EMAIL):
        return Format.EMAIL
    if by_name is Format.MARKDOWN:
        return Format.MARKDOWN
    return Format.TEXT


def looks_like_email(text: str, *, strict: bool) -> bool:
    """RFC 822 headers at the very top; ``strict`` wants several well-known ones."""
    known = 0
    for line in text[:8192].split("\n")[:80]:
        line = line.rstrip("\r")
        if not line:
            break
        if line[0] in " \t":
            continue  # folded header
        match = _HEADER_LINE.match(line)
        if not match:
            return False
        known += match.group(1).lower() in _MAIL_HEADERS
    return known >= (3 if strict else 1)


def _ole_kind(data: bytes, suffix: str) -> str:
    """Which Office file this is: its directory's stream names, else its name."""
    by_name = {".msg": "__substg1.0_", ".doc": "WordDocument", ".xls": "Workbook"}
    for stream, reason in _OLE_KINDS:
        if stream.encode("utf-16-le") in data:
            return reason
    for stream, reason in _OLE_KINDS:
        if by_name.get(suffix.lower()) == stream:
            return reason
    return (
        "is an old-style Office file (.doc/.xls/.msg) or a password-protected one; save it "
        f"as .docx without a password ({SUPPORTED_LIST})"
    )


_WORD_ENDINGS = {".docx", ".docm", ".dotx", ".dotm"}


def _sniff_zip(data: bytes, suffix: str = "") -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        if suffix.lower() in _WORD_ENDINGS:  # a desk officer does not know a .docx is a ZIP
            raise Refusal(DAMAGED_WORD) from exc
        raise Refusal(f"is a damaged ZIP archive ({exc})") from exc
    if "word/document.xml" in names or (
        "[Content_Types].xml" in names and any(n.startswith("word/") for n in names)
    ):
        return Format.DOCX
    for marker, what in _ZIP_KINDS.items():
        if marker in names:
            raise Refusal(f"is {what}, not a format BriefDesk reads ({SUPPORTED_LIST})")
    raise Refusal(f"is a ZIP archive, not a Word document ({SUPPORTED_LIST})")


def why_not_an_article(head: bytes, suffix: str) -> str:
    """Why a file left out of a dropped folder (its ending is no article type) is not read,
    from its first bytes where they tell ("is a PNG image"; an Office file by its stream names
    when ``head`` holds them, else by its ending: ".msg" → the Save-As-.eml advice), else its
    ending."""
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(head, suffix)
    for magic, what in _FOREIGN_MAGIC:
        if head.startswith(magic):
            return f"is {what}, not a format BriefDesk reads"
    ending = suffix or "no ending"
    return f"is not an article type ({ending}); BriefDesk reads {SUPPORTED_LIST}"
