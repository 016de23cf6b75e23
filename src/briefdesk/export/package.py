"""Word package clean-up around a render: what comes in is read as Word shows it, and what goes
out carries BriefDesk's own properties only.

In: a .dotx/.docm/.dotm template becomes a plain .docx (macros dropped, never run; review
comments dropped, :mod:`briefdesk.export.comments`); tracked changes are accepted (deleted
text gone, inserted text kept, revision marks removed) so the template author's history
neither runs as code nor reaches the export.

Out: ``docProps/app.xml`` is BriefDesk's own (no Company, Manager or template path from the
template), the thumbnail and custom properties are dropped, and the document language is set.
Works on the zip, so it covers every part the same way whatever python-docx understands.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{_W_NS}}}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
_MACRO_PART = re.compile(r"(^|/)(vbaProject\.bin|vbaData\.xml|keyMapCustomizations\.xml)$", re.I)
_MACRO_REL = re.compile(r"/(vbaProject|wordVbaData|keyMapCustomizations)$")
# Revision wrappers whose content Word shows once changes are accepted, and marks to drop.
_UNWRAP = {f"{_W}ins", f"{_W}moveTo"}
_DROP = {f"{_W}del", f"{_W}moveFrom"}
_MARKS = {
    f"{_W}{name}"
    for name in (
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "tblGridChange",
        "trPrChange",
        "tcPrChange",
        "numberingChange",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "customXmlInsRangeStart",
        "customXmlInsRangeEnd",
        "customXmlDelRangeStart",
        "customXmlDelRangeEnd",
        "cellIns",
        "cellDel",
        "cellMerge",
    )
}
_WORD_XML = re.compile(r"word/[^/]+\.xml")
_THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_CUSTOM_REL = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)
_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>{app}</Application><DocSecurity>0</DocSecurity>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def _rewrite(data: bytes, change: dict[str, bytes | None]) -> bytes:
    """The package with parts replaced (bytes) or removed (None), entry order kept."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            if info.filename in change:
                replacement = change[info.filename]
                if replacement is not None:
                    dst.writestr(info, replacement)
            else:
                dst.writestr(info, src.read(info.filename))
    return out.getvalue()


def _xml(root: etree._Element) -> bytes:
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


# ---------------------------------------------------------------- templates in


def accept_revisions(root: etree._Element) -> bool:
    """Accept every tracked change in one Word part, in place; True when anything changed."""
    changed = False
    for element in list(root.iter(*_DROP, *_MARKS)):
        parent = element.getparent()
        if parent is None:
            continue
        if parent.tag == f"{_W}rPr" and element.tag in _DROP:
            # A deleted paragraph mark: the paragraph joins the next one when accepted.
            _join_with_next(parent.getparent())
        _remove_keeping_tail(element)
        changed = True
    for element in list(root.iter(*_UNWRAP)):
        parent = element.getparent()
        if parent is None:
            continue
        if parent.tag in (f"{_W}rPr", f"{_W}trPr"):  # an inserted-mark: drop the mark only
            _remove_keeping_tail(element)
        else:
            index = parent.index(element)
            for offset, child in enumerate(list(element)):
                parent.insert(index + offset, child)
            _remove_keeping_tail(element)
        changed = True
    return changed


def _remove_keeping_tail(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _join_with_next(ppr: etree._Element | None) -> None:
    paragraph = ppr.getparent() if ppr is not None else None
    if paragraph is None or paragraph.tag != f"{_W}p":
        return
    following = paragraph.getnext()
    if following is None or following.tag != f"{_W}p":
        return
    for child in list(following):
        if child.tag != f"{_W}pPr":
            paragraph.append(child)
    following.getparent().remove(following)


def normalise_template(data: bytes) -> bytes:
    """A template as a plain .docx with all tracked changes accepted and no macros."""
    change: dict[str, bytes | None] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        for name in names:
            if _MACRO_PART.search(name):
                change[name] = None
        if "[Content_Types].xml" in names:
            types = etree.fromstring(archive.read("[Content_Types].xml"), _PARSER)
            touched = False
            for override in list(types.iter(f"{_CT}Override", f"{_CT}Default")):
                content_type = override.get("ContentType", "")
                part = override.get("PartName", "").lstrip("/")
                if content_type in _MAIN_TYPES:
                    override.set("ContentType", DOCUMENT_TYPE)
                    touched = True
                elif (part and _MACRO_PART.search(part)) or "vbaProject" in content_type:
                    types.remove(override)
                    touched = True
            if touched:
                change["[Content_Types].xml"] = _xml(types)
        for name in names:
            if name.endswith(".rels") and name not in change:
                rels = etree.fromstring(archive.read(name), _PARSER)
                dropped = [
                    r
                    for r in rels.iter(f"{_REL}Relationship")
                    if _MACRO_REL.search(r.get("Type", ""))
                ]
                for rel in dropped:
                    rels.remove(rel)
                if dropped:
                    change[name] = _xml(rels)
            elif _WORD_XML.fullmatch(name) and name not in change:
                raw = archive.read(name)
                markers = (b"w:ins", b"w:del", b"Change", b"trackRevisions", b"w:move")
                if not any(m in raw for m in markers):
                    continue
                root = etree.fromstring(raw, _PARSER)
                edited = accept_revisions(root)
                for track in list(root.iter(f"{_W}trackRevisions")):
                    track.getparent().remove(track)
                    edited = True
                if edited:
                    change[name] = _xml(root)
    from briefdesk.export.comments import strip_comments  # reviewers' remarks stay behind

    return strip_comments(_rewrite(data, change) if change else data)


# ---------------------------------------------------------------- exports out


def finish_document(document: Any, *, application: str, language: str) -> None:
    """On the python-docx document before it is saved (no second pass over the zip)."""
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype in (_THUMBNAIL_REL, _CUSTOM_REL):
            del package.rels[rid]  # a part no relationship reaches is not saved
        elif rel.reltype.endswith("/extended-properties") and not rel.is_external:
            rel.target_part._blob = _APP_XML.format(app=escape(application)).encode()
    for part in package.iter_parts():
        name = str(part.partname)
        if not name.startswith("/word/"):
            continue
        element = getattr(part, "_element", None)
        if element is not None:
            _set_language(element, language, styles=name == "/word/styles.xml")
        elif part.content_type.endswith("+xml"):
            part._blob = _LANG.sub(lambda m: m.group(1) + language.encode() + b'"', part.blob)


_LANG = re.compile(rb'(<w:lang\b[^>]*?\bw:val=")[^"]*"')


def _set_language(root: etree._Element, language: str, *, styles: bool) -> bool:
    changed = False
    for lang in root.iter(f"{_W}lang", f"{_W}themeFontLang"):
        if lang.get(f"{_W}val") != language:
            lang.set(f"{_W}val", language)
            changed = True
    if styles:
        for holder in (*root.iter(f"{_W}rPrDefault"), *root.iter(f"{_W}style")):
            rpr = holder.find(f"{_W}rPr")
            if rpr is None:
                if holder.tag != f"{_W}rPrDefault":
                    continue
                rpr = etree.SubElement(holder, f"{_W}rPr")
            if rpr.find(f"{_W}lang") is None:
                etree.SubElement(rpr, f"{_W}lang").set(f"{_W}val", language)
                changed = True
    return changed
