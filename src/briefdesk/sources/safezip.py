"""Check a ZIP container (.docx) before any library opens it: bombs and DTDs are refused.

Every entry is decompressed once in fixed-size chunks that are counted and dropped, so a
bomb costs at most one chunk of memory and stops at the first byte over the limit,
whatever sizes its headers declare. Every part that is not an image is scanned for a DTD on
the way, whatever its name, in UTF-8 and in UTF-16/32 of either byte order: Word never
writes one, a DTD is what entity-expansion bombs ("billion laughs") need, and entities a
parser does not expand silently cut the text. XML declaring any other encoding is refused.
"""

from __future__ import annotations

import io
import re
import zipfile

from briefdesk.boundedread import describe_size
from briefdesk.sources.errors import Refusal
from briefdesk.sources.limits import ImportLimits

_CHUNK = 64 * 1024
_DTD_MARKERS = tuple(
    marker.encode(codec)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for codec in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
_TAIL = max(len(m) for m in _DTD_MARKERS)
# Encodings whose DTD markers the scan above can see.
_KNOWN_ENCODINGS = re.compile(rb"^(utf-?8|utf-?16(le|be)?|utf-?32(le|be)?|us-ascii|ascii)$", re.I)
_XML_ENCODING = re.compile(rb"""\A(?:\xef\xbb\xbf)?<\?xml[^>]*encoding\s*=\s*["']([^"']*)["']""")
_BINARY_SUFFIXES = (".png", ".jpeg", ".jpg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf")


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
    # Pictures are never parsed as XML; everything else may be, whatever its name says.
    scan = not info.filename.lower().endswith(_BINARY_SUFFIXES)
    tail = b""
    first = True
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > limits.max_unzipped_bytes:
                    raise _too_big(total, limits)
                if scan:
                    if first:
                        _check_declared_encoding(chunk, info.filename)
                    window = tail + chunk
                    if any(marker in window for marker in _DTD_MARKERS):
                        raise Refusal(
                            f"contains an XML DTD or entity declaration in {info.filename} "
                            "(XML bomb?); Word never writes one"
                        )
                    tail = chunk[-_TAIL:]
                first = False
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise Refusal(f"is a damaged ZIP container ({info.filename}: {exc})") from exc
    except NotImplementedError as exc:
        raise Refusal(f"uses an unsupported ZIP compression ({exc})") from exc
    return total


def _check_declared_encoding(head: bytes, name: str) -> None:
    match = _XML_ENCODING.match(head[:200])
    if match and not _KNOWN_ENCODINGS.match(match.group(1).strip()):
        shown = match.group(1).decode("ascii", "replace")[:30]
        raise Refusal(f"has an XML part in an unusual encoding ({name}: {shown})")


def _too_big(size: int, limits: ImportLimits) -> Refusal:
    return Refusal(
        f"unpacks to more than {describe_size(limits.max_unzipped_bytes)} "
        f"(at least {describe_size(size)}; zip bomb?)"
    )
