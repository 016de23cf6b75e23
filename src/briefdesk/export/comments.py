"""Review comments in a template never reach an export.

A colleague's Word comment on a template ("INTERNAL: legal has not cleared this layout") was
copied, with its author's name, into every note exported with it (newcomer8 F20): the same
kind of template-author metadata as tracked changes and the template's properties, which are
already dropped. The comment parts, their relationships and content types, and the comment
anchors in the text are removed from the template before it renders (and before it is checked).
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
# word/comments.xml, commentsExtended, commentsIds, commentsExtensible, and people.xml (the
# reviewers' names and accounts).
_PART = re.compile(r"word/(comments(Extended|Ids|Extensible)?|people)\.xml", re.I)
_REL_TYPE = re.compile(r"/(comments|commentsExtended|commentsIds|commentsExtensible|people)$")
_ANCHORS = {f"{_W}commentRangeStart", f"{_W}commentRangeEnd", f"{_W}commentReference"}
_WORD_XML = re.compile(r"word/[^/]+\.xml")


def has_comments(names: list[str]) -> bool:
    return any(_PART.fullmatch(name) for name in names)


def strip_comments(data: bytes) -> bytes:
    """The package without review comments; ``data`` itself when it has none."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        if not has_comments(names) and not _anchored(archive, names):
            return data
        change: dict[str, bytes | None] = {n: None for n in names if _PART.fullmatch(n)}
        for name in names:
            if name in change:
                continue
            raw = archive.read(name)
            if name == "[Content_Types].xml":
                edited = _without_types(raw)
            elif name.endswith(".rels"):
                edited = _without_rels(raw)
            elif _WORD_XML.fullmatch(name) and b"comment" in raw:
                edited = _without_anchors(raw)
            else:
                continue
            if edited is not None:
                change[name] = edited
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            if info.filename not in change:
                dst.writestr(info, src.read(info.filename))
                continue
            replacement = change[info.filename]
            if replacement is not None:
                dst.writestr(info, replacement)
    return out.getvalue()


def _anchored(archive: zipfile.ZipFile, names: list[str]) -> bool:
    return any(_WORD_XML.fullmatch(n) and b"w:commentReference" in archive.read(n) for n in names)


def _xml(root: etree._Element) -> bytes:
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def _without_types(raw: bytes) -> bytes | None:
    root = etree.fromstring(raw, _PARSER)
    gone = [
        o for o in root.iter(f"{_CT}Override") if _PART.fullmatch(o.get("PartName", "").lstrip("/"))
    ]
    for override in gone:
        root.remove(override)
    return _xml(root) if gone else None


def _without_rels(raw: bytes) -> bytes | None:
    root = etree.fromstring(raw, _PARSER)
    gone = [r for r in root.iter(f"{_REL}Relationship") if _REL_TYPE.search(r.get("Type", ""))]
    for rel in gone:
        root.remove(rel)
    return _xml(root) if gone else None


def _without_anchors(raw: bytes) -> bytes | None:
    root = etree.fromstring(raw, _PARSER)
    anchors = list(root.iter(*_ANCHORS))
    for anchor in anchors:
        parent = anchor.getparent()
        if parent is None:
            continue
        parent.remove(anchor)
        # The run Word made to hold the reference is empty now but for its formatting.
        if parent.tag == f"{_W}r" and all(c.tag == f"{_W}rPr" for c in parent):
            holder = parent.getparent()
            if holder is not None:
                holder.remove(parent)
    return _xml(root) if anchors else None
