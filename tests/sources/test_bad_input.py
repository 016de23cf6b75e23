"""Every kind of bad input gets a one-line refusal naming the file, in bounded memory."""

from __future__ import annotations

import os
import random
import re
import struct
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from briefdesk.sources import ImportLimits, ImportRefused, import_file, import_text, sandbox

SUFFIXES = [".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".eml", ".mht", ""]
MB = 1024 * 1024


def refusal(path: Path, limits: ImportLimits | None = None) -> str:
    with pytest.raises(ImportRefused) as caught:
        import_file(path, limits=limits)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith((f"{path.name}: ", f"{path}: ")), message
    return message


def billion_laughs(levels: int = 10) -> bytes:
    lines = ['<!ENTITY lol0 "lol">']
    lines += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE w:document [\n' + "\n".join(lines) + "\n]>\n"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>&lol{levels - 1};</w:t></w:r></w:p></w:body></w:document>"
    ).encode()


def docx_parts(path: Path) -> dict[str, bytes | tuple[bytes, int]]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_junk_bytes_are_refused_with_every_suffix(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(random.Random(4).randbytes(64 * 1024))
    message = refusal(path)
    assert re.search(r"binary|garbled|not a valid|damaged", message), message


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t  "])
def test_empty_files_are_refused(tmp_path: Path, suffix: str, content: bytes) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(content)
    assert refusal(path).endswith("is empty")


@pytest.mark.parametrize(
    ("content", "said"),
    [(b"x", "only 1 character: 'x'"), (b"T\n", "only 1 character: 'T'"), (b"1 2 3", "'1 2 3'")],
)
def test_a_file_without_a_word_is_refused(tmp_path: Path, content: bytes, said: str) -> None:
    """N13-28: a one-character file (a failed conversion's "T") became a source."""
    path = tmp_path / "tiny.txt"
    path.write_bytes(content)
    message = refusal(path)
    assert "has no word of text" in message and said in message, message


def test_a_two_letter_word_is_enough() -> None:
    from briefdesk.sources import import_text

    assert import_text("Ok").text == "Ok"


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(60 * MB)  # sparse: costs no disk
    assert (
        "is too large (62,914,560 bytes; the limit for source files is 52,428,800 bytes, 50 MB)"
        in (refusal(path))
    )
    # Just over the limit: the message must not read "50.0 MB; the limit is 50.0 MB".
    with path.open("wb") as stream:
        stream.truncate(50 * MB + 194)
    assert "(52,428,994 bytes; the limit for source files is 52,428,800 bytes" in refusal(path)


def test_text_over_the_character_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 2_000)
    said = refusal(path, ImportLimits(max_text_chars=1_000))
    assert "characters of text, over the limit of 1,000" in said and "split it" in said
    with pytest.raises(
        ImportRefused,
        match=r"^pasted text: is 10,000 characters long, more than the limit of 1,000$",
    ):
        import_text("word " * 2_000, limits=ImportLimits(max_text_chars=1_000))


def test_zip_bomb_is_refused_in_bounded_memory(
    make_docx: Callable[..., Path], make_zip: Callable[..., Path]
) -> None:
    parts = docx_parts(make_docx())
    parts["word/media/bomb.bin"] = (b"\0" * MB, 300)  # 300 MB of zeros, ~300 KB packed
    bomb = make_zip("bomb.docx", parts)
    assert bomb.stat().st_size < 2 * MB
    assert "unpacks to more than 200 MB" in refusal(bomb)  # default limits, isolated
    tracemalloc.start()
    try:
        message = refusal(bomb, ImportLimits(isolate=False, max_unzipped_bytes=20 * MB))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "zip bomb?" in message
    assert peak < 8 * MB, f"peak {peak / MB:.1f} MB"


def test_zip_with_lying_sizes_is_refused_in_bounded_memory(
    make_docx: Callable[..., Path], make_zip: Callable[..., Path]
) -> None:
    parts = docx_parts(make_docx())
    parts["word/media/liar.bin"] = (b"\0" * MB, 40)
    path = make_zip("liar.docx", parts)
    data = bytearray(path.read_bytes())
    # Rewrite the local and central headers of the big entry to claim 1 KB unpacked.
    target = b"word/media/liar.bin"
    for signature, name_offset, size_offset in ((b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)):
        at = data.find(signature)
        while at >= 0 and data[at + name_offset : at + name_offset + len(target)] != target:
            at = data.find(signature, at + 4)
        assert at >= 0
        data[at + size_offset : at + size_offset + 4] = struct.pack("<I", 1024)
    path.write_bytes(bytes(data))
    tracemalloc.start()
    try:
        message = refusal(path, ImportLimits(isolate=False))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "damaged ZIP container" in message
    assert peak < 8 * MB, f"peak {peak / MB:.1f} MB"


def test_too_many_zip_entries(
    make_docx: Callable[..., Path], make_zip: Callable[..., Path]
) -> None:
    parts = docx_parts(make_docx())
    parts.update({f"word/media/{i}.bin": b"x" for i in range(30)})
    path = make_zip("many.docx", parts)
    assert "more than 20 is not a real document" in refusal(path, ImportLimits(max_zip_entries=20))


@pytest.mark.parametrize("part", ["word/document.xml", "[Content_Types].xml", "docProps/core.xml"])
def test_xml_bomb_in_docx_is_refused(
    make_docx: Callable[..., Path], make_zip: Callable[..., Path], part: str
) -> None:
    parts = docx_parts(make_docx())
    parts[part] = billion_laughs()
    path = make_zip("laughs.docx", parts)
    tracemalloc.start()
    try:
        message = refusal(path, ImportLimits(isolate=False))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert f"contains an XML DTD or entity declaration in {part}" in message
    assert peak < 8 * MB


def test_scanned_pdf_without_text_layer(make_scanned_pdf: Callable[[], Path]) -> None:
    assert refusal(make_scanned_pdf()).endswith(
        "has no text layer (a scanned or image-only PDF); run it through OCR first"
    )


def test_password_protected_pdf(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Secret text of the statement.")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    assert "password-protected" in refusal(path)


def test_damaged_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF garbage")
    assert re.search(r"damaged or unreadable PDF|no pages", refusal(path))


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "is a PNG image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "old-style Office file"),
        (b"{\\rtf1\\ansi Hello}", "is an RTF document"),
        (b"\x1f\x8b\x08\x00" + b"\0" * 64, "is a gzip archive"),
    ],
)
def test_foreign_formats_are_named(tmp_path: Path, content: bytes, what: str) -> None:
    path = tmp_path / "article.docx"
    path.write_bytes(content)
    assert what in refusal(path)


def test_other_office_zip_is_named(make_zip: Callable[..., Path]) -> None:
    path = make_zip("sheet.docx", {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<w/>"})
    assert "is an Excel workbook" in refusal(path)


def test_unsupported_suffix_with_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text("a,b\n1,2\n")
    assert "unsupported file type .csv" in refusal(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    gone = tmp_path / "nope" / "gone.txt"
    assert refusal(gone) == f"{gone}: file not found"  # the full path: the folder may be wrong
    (tmp_path / "folder.txt").mkdir()
    assert refusal(tmp_path / "folder.txt").endswith("is a folder, not a file")


def test_a_parser_that_runs_too_long_is_stopped() -> None:
    began = time.monotonic()
    with pytest.raises(ImportRefused, match=r"^slow\.pdf: took longer than 0\.5 s to read"):
        sandbox.run_job(time.sleep, (30,), ImportLimits(timeout_seconds=0.5), "slow.pdf")
    assert time.monotonic() - began < 25  # killed, not waited for


def test_a_parser_that_wants_too_much_memory_is_refused() -> None:
    with pytest.raises(ImportRefused, match=r"^fat\.pdf: needs more memory than the import limit"):
        sandbox.run_job(
            bytearray, (4 * 1024 * MB,), ImportLimits(max_memory_bytes=256 * MB), "fat.pdf"
        )


def test_a_crashing_parser_becomes_a_refusal() -> None:
    with pytest.raises(ImportRefused, match=r"^crash\.pdf: made the reader crash \(signal 6\)"):
        sandbox.run_job(os.abort, (), ImportLimits(), "crash.pdf")


def test_an_unexpected_parser_error_becomes_a_refusal() -> None:
    with pytest.raises(
        ImportRefused,
        # No Python internals (class names, the library's own words) in the message.
        match=r"^odd\.txt: could not be read \(damaged, or not a kind of file BriefDesk reads\)$",
    ):
        sandbox.run_job(int, ("boom",), ImportLimits(isolate=False), "odd.txt")
