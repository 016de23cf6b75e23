"""Check a ZIP container (.docx) before any library opens it: bombs and DTDs are refused.

Every entry is decompressed once in fixed-size chunks that are counted and dropped, so a
bomb costs at most one chunk of memory and stops at the first byte over the limit,
whatever sizes its headers declare. XML parts are scanned for DTDs on the way: Word never
writes one, and a DTD is what entity-expansion bombs ("billion laughs") need.
"""

from __future__ import annotations

import io
import zipfile

from briefdesk.sources.errors import Refusal
from briefdesk.sources.limits import ImportLimits, describe_size

_CHUNK = 64 * 1024
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_UTF16_STARTS = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")


def check_zip(data: bytes, limits: ImportLimits) -> None:
    """Raise Refusal unless the archive unpacks within the limits and holds no XML DTD."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise Refusal(f"is a damaged ZIP container ({exc})") from exc
    with archive:
        entries = archive.infolist()
        if len(entries) > limits.max_zip_entries:
            raise Refusal(
                f"holds {len(entries)} files; more than {limits.max_zip_entries} "
                "is not a real document (zip bomb?)"
            )
        declared = sum(info.file_size for info in entries)
        if declared > limits.max_unzipped_bytes:
            raise _too_big(declared, limits)
        total = 0
        for info in entries:
            if info.flag_bits & 0x1:
                raise Refusal("is encrypted; save it without a password")
            total = _drain(archive, info, total, limits)


def _drain(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, total: int, limits: ImportLimits
) -> int:
    is_xml = info.filename.lower().endswith(_XML_SUFFIXES)
    tail = b""
    first = True
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > limits.max_unzipped_bytes:
                    raise _too_big(total, limits)
                if is_xml:
                    if first and chunk.startswith(_UTF16_STARTS):
                        raise Refusal(f"has an XML part in an unusual encoding ({info.filename})")
                    window = tail + chunk
                    if any(marker in window for marker in _DTD_MARKERS):
                        raise Refusal(
                            f"contains an XML DTD or entity declaration in {info.filename} "
                            "(XML bomb?); Word never writes one"
                        )
                    tail = chunk[-16:]
                first = False
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise Refusal(f"is a damaged ZIP container ({info.filename}: {exc})") from exc
    except NotImplementedError as exc:
        raise Refusal(f"uses an unsupported ZIP compression ({exc})") from exc
    return total


def _too_big(size: int, limits: ImportLimits) -> Refusal:
    return Refusal(
        f"unpacks to more than {describe_size(limits.max_unzipped_bytes)} "
        f"(at least {describe_size(size)}; zip bomb?)"
    )
