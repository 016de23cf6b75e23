"""Find everything in a Word package that would make Word or LibreOffice fetch or run something.

Why: a template is someone else's file. An external target is judged by what refers to it, not
by the type its relationship claims (a picture pointing at a relationship typed "hyperlink" is
still fetched); every part is scanned, not just the body (comments, footnotes, endnotes,
glossary, settings, headers and footers); and a field's instruction is joined across runs
before it is matched (``INCLUDE`` + ``PICTURE`` in two runs is one INCLUDEPICTURE).
Each finding is ``(message, part)``: one line naming what and where.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_O = "{urn:schemas-microsoft-com:office:office}"
_V = "{urn:schemas-microsoft-com:vml}"

# Fields that fetch a file, a URL or a database, or start another program, when updated.
FETCHING_FIELDS = frozenset(
    {
        "DATABASE",
        "DDE",
        "DDEAUTO",
        "EMBED",
        "IMPORT",
        "INCLUDE",
        "INCLUDEPICTURE",
        "INCLUDETEXT",
        "LINK",
        "RD",
    }
)
# Elements that are a fetch or an embedded program whatever they point at.
_ALWAYS_REFUSED = {
    f"{_W}altChunk": "an altChunk (imported HTML or document)",
    f"{_W}subDoc": "a sub-document",
    f"{_O}OLEObject": "an OLE object",
    f"{_W}control": "an ActiveX control",
    f"{_W}mailMerge": "a mail-merge data source",
}
# Relationship references that are only followed when the user clicks.
_CLICK_ONLY = frozenset({"hyperlink", "hlinkClick", "hlinkHover", "hlinkMouseOver"})
_EMBEDDED_TYPES = ("/oleObject", "/package", "/aFChunk", "/control", "/activeXControlBinary")
# A part holding none of these (and no external relationship) cannot fetch anything.
_TOKENS = (
    b"instr",
    b"fldSimple",
    b"altChunk",
    b"OLEObject",
    b"control",
    b"subDoc",
    b"mailMerge",
    b"href",
    b"src",
)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_FIELD_NAME = re.compile(r"^\s*\\?\s*([A-Za-z]+)")


@dataclass(frozen=True)
class _Rel:
    type: str
    target: str
    external: bool


def scan_package(
    data: bytes, *, plain_external: bool = True, baseline: bytes | None = None
) -> list[tuple[str, str]]:
    """Every fetch-capable thing in the .docx ``data``; empty when nothing would be fetched.

    ``plain_external=False`` leaves out external relationships of non-hyperlink type that
    nothing refers to specially (a caller that already reports those). ``baseline`` is the
    template an output was rendered from and that was scanned already: parts that are byte for
    byte the same there (and whose relationships are too) are not scanned again."""
    found: list[tuple[str, str]] = []
    same = _unchanged_parts(data, baseline) if baseline is not None else set()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return found
    with archive:
        names = [n for n in archive.namelist() if _is_xml(n)]
        rels = {name: _read_rels(archive, name) for name in names if name.endswith(".rels")}
        for rels_name, table in rels.items():
            owner = _owner_of(rels_name)
            for rel in table.values():
                short = rel.type.rsplit("/", 1)[-1]
                if rel.external and not rel.type.endswith("/hyperlink") and plain_external:
                    found.append(
                        (
                            f"links to an external {short} {_clip(rel.target)!r} "
                            "that would be fetched",
                            owner,
                        )
                    )
                elif not rel.external and rel.type.endswith(_EMBEDDED_TYPES):
                    found.append((f"holds an embedded {short} part ({rel.target})", owner))
        for name in names:
            if name.endswith(".rels"):
                continue
            if name in same and (_rels_of(name) in same or _rels_of(name) not in rels):
                continue
            table = rels.get(_rels_of(name), {})
            raw = archive.read(name)
            # Most bytes are styles (~800 KB in Word's own files) that hold none of this:
            # a substring search in C skips them instead of walking every element in Python.
            if not any(r.external for r in table.values()) and not any(
                token in raw for token in _TOKENS
            ):
                continue
            found.extend(_scan_part(raw, name, table))
    return _unique(found)


def _unchanged_parts(data: bytes, baseline: bytes) -> set[str]:
    """Names of parts whose size and CRC match the baseline package (read from the zip
    directories, without inflating anything)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as new, zipfile.ZipFile(io.BytesIO(baseline)) as old:
            before = {i.filename: (i.CRC, i.file_size) for i in old.infolist()}
            return {
                i.filename for i in new.infolist() if before.get(i.filename) == (i.CRC, i.file_size)
            }
    except zipfile.BadZipFile:
        return set()


def _scan_part(raw: bytes, name: str, rels: dict[str, _Rel]) -> list[tuple[str, str]]:
    try:
        root = etree.fromstring(raw, _PARSER)
    except etree.XMLSyntaxError:
        return []
    found: list[tuple[str, str]] = []
    fields: list[_OpenField] = []  # complex fields begun and not yet ended, innermost last
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in _ALWAYS_REFUSED:
            found.append((f"contains {_ALWAYS_REFUSED[tag]}, which Word would load", name))
        elif tag == f"{_W}fldSimple":
            found.extend(_field(element.get(f"{_W}instr") or "", name))
        elif tag == f"{_W}fldChar":
            kind = element.get(f"{_W}fldCharType")
            if kind == "begin":
                fields.append(_OpenField())
            elif kind == "separate" and fields and fields[-1].collecting:
                fields[-1].collecting = False
                found.extend(_field("".join(fields[-1].code), name))
            elif kind == "end" and fields:
                done = fields.pop()
                if done.collecting:
                    found.extend(_field("".join(done.code), name))
        elif tag == f"{_W}instrText" and fields and fields[-1].collecting:
            fields[-1].code.append(element.text or "")
        if tag.startswith((_V, _O)):
            for attribute in ("src", f"{_O}href", f"{_R}href"):
                value = element.get(attribute)
                if value:
                    local = tag.rsplit("}", 1)[-1]
                    found.append(
                        (
                            f"a VML {local} takes its picture from {_clip(value)!r}, "
                            "which would be fetched",
                            name,
                        )
                    )
        found.extend(_references(element, rels, name))
    for left_open in fields:
        if left_open.collecting:
            found.extend(_field("".join(left_open.code), name))
    return found


@dataclass
class _OpenField:
    """A complex field between ``begin`` and ``end``; its code ends at ``separate``."""

    code: list[str] = field(default_factory=list)
    collecting: bool = True


def _references(element: etree._Element, rels: dict[str, _Rel], part: str) -> list[tuple[str, str]]:
    """An external target reached from anything but a click is a fetch, whatever its type."""
    found: list[tuple[str, str]] = []
    local = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
    for attribute, rel_id in element.attrib.items():
        if not str(attribute).startswith(_R):
            continue
        rel = rels.get(rel_id)
        if rel is None or not rel.external or local in _CLICK_ONLY:
            continue
        if rel.type.endswith("/hyperlink"):
            what = (
                "a picture"
                if local in {"blip", "imagedata", "fill"}
                else f"{article(local)} {local} element"
            )
            found.append(
                (
                    f"{what} loads {_clip(rel.target)!r} through a relationship typed "
                    "hyperlink; it would be fetched",
                    part,
                )
            )
    return found


def _field(code: str, part: str) -> list[tuple[str, str]]:
    match = _FIELD_NAME.match(code)
    if not match:
        return []
    field = match.group(1).upper()
    if field not in FETCHING_FIELDS:
        return []
    # Worded exactly as the render-time check in ``engine.check_output``, so one is reported once.
    shown = " ".join(code.split())[:80]
    return [
        (f"{article(field)} {field} field would make Word fetch or run something: {shown!r}", part)
    ]


def _read_rels(archive: zipfile.ZipFile, name: str) -> dict[str, _Rel]:
    try:
        root = etree.fromstring(archive.read(name), _PARSER)
    except etree.XMLSyntaxError:
        return {}
    table: dict[str, _Rel] = {}
    for rel in root.iter(_PKG_REL):
        table[rel.get("Id", "")] = _Rel(
            rel.get("Type", ""), rel.get("Target", ""), rel.get("TargetMode") == "External"
        )
    return table


def _is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels", ".vml"))


def _rels_of(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{base}.rels")


def _owner_of(rels_name: str) -> str:
    folder, base = posixpath.split(rels_name)
    return posixpath.join(posixpath.dirname(folder), base.removesuffix(".rels")) or rels_name


def _clip(text: str) -> str:
    return text if len(text) <= 80 else text[:77] + "..."


def _unique(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    return [f for f in found if not (f in seen or seen.add(f))]  # type: ignore[func-returns-value]


def article(word: str) -> str:
    """'an INCLUDEPICTURE field', 'a HYPERLINK field': the article a reader expects."""
    return "an" if word[:1].upper() in "AEIOU" else "a"
