"""Word .docx/.docm/.dotx/.dotm: the body as Word shows it, core properties as metadata.

The container is checked by :mod:`briefdesk.sources.safezip` first (bombs, a DTD in any
part). python-docx opens the package (its lxml parser does not resolve entities); the text
is read by :mod:`briefdesk.sources.docx_text`, which sees tracked insertions, content
controls, fields, smart tags, hyperlinks, custom XML and text boxes. Macro-enabled files
and templates are read like documents: macros are never run, and nothing is kept of them.
"""

from __future__ import annotations

import io
from typing import Any

from briefdesk.ooxml_core import read_core
from briefdesk.sources.dates import to_date
from briefdesk.sources.docx_headline import emphasised_first
from briefdesk.sources.docx_lists import ListMarkers
from briefdesk.sources.docx_text import Block, W, Walk, body_blocks, count_items
from briefdesk.sources.errors import Refusal
from briefdesk.sources.extracted import Extracted
from briefdesk.sources.fileprops import article_author, file_date_notes
from briefdesk.sources.limits import ImportLimits
from briefdesk.sources.normalize import paragraphs_to_text
from briefdesk.sources.safezip import check_zip
from briefdesk.sources.title_choice import docx_title

_TITLE_STYLES = {"title", "heading 1"}
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
# Main parts python-docx reads only as .docx; macro-enabled files and templates hold the
# same WordprocessingML.
_OTHER_MAINS = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    _CT + "template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_SKIPPED_PARTS = {
    _CT + "comments+xml": ("comment", "comment"),
    _CT + "footnotes+xml": ("footnote", "footnote"),
    _CT + "endnotes+xml": ("endnote", "endnote"),
}
_STRICT = (
    "is saved as Strict Open XML, which BriefDesk cannot read; in Word use File > Save As "
    "and choose Word Document (.docx)"
)


def extract_docx(data: bytes, limits: ImportLimits) -> Extracted:
    check_zip(data, limits)
    document = _open(data)
    warnings: list[str] = []
    walk = Walk()
    blocks = body_blocks(document.element.body, walk)
    text = _with_list_markers(document, blocks)
    if walk.alt_chunks:
        warnings.append(f"{walk.alt_chunks} embedded document(s) (altChunk) not imported")
    warnings.extend(_skipped(document))

    props = _Props(read_core(document))
    heading = next(
        (b.text.strip() for b in blocks if b.paragraph is not None and _is_title(document, b)),
        "",
    )
    control = next(iter(walk.title_controls), "")
    emphasised = "" if heading or control else emphasised_first(document, blocks)
    title, title_notes = docx_title(heading, control, props.title, emphasised, text)
    hints = {
        "category": props.category or "",
        "subject": props.subject or "",
        "keywords": props.keywords or "",
    }
    return Extracted(
        text=text,
        format="docx",
        title=title,
        author=article_author(props.author or ""),
        published=None,  # the file's dates are not the article's: see fileprops
        notes=title_notes + file_date_notes(to_date(props.created), to_date(props.modified)),
        language=(props.language or "").strip(),
        hints={k: v for k, v in hints.items() if v},
        warnings=warnings,
    )


class _Props:
    """The few core properties import reads; empty when the file has none."""

    def __init__(self, core: Any | None) -> None:
        def text(name: str) -> str:
            return (getattr(core, name, "") or "") if core is not None else ""

        self.title, self.author, self.language = text("title"), text("author"), text("language")
        self.category, self.subject, self.keywords = (
            text("category"),
            text("subject"),
            text("keywords"),
        )
        self.created = core.created if core is not None else None
        self.modified = core.modified if core is not None else None


def _open(data: bytes) -> Any:
    from docx.document import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.opc.part import PartFactory
    from docx.package import Package
    from docx.parts.document import DocumentPart

    for content_type in _OTHER_MAINS:
        PartFactory.part_type_for.setdefault(content_type, DocumentPart)
    if b"purl.oclc.org/ooxml" in _package_head(data):
        raise Refusal(_STRICT)
    try:
        package = Package.open(io.BytesIO(data))
        _refuse_parsed_dtd(package)
        part = package.main_document_part
        if not isinstance(part, DocumentPart):
            raise Refusal(
                "is not a Word document (its main part is of another kind); in Word use "
                "File > Save As and choose Word Document (.docx)"
            )
        return Document(part.element, part)
    except Refusal:
        raise
    except (PackageNotFoundError, KeyError, ValueError, AttributeError) as exc:
        raise Refusal(
            "is not a readable Word document (damaged, or a variant BriefDesk cannot read); in "
            "Word use File > Save As and choose Word Document (.docx)"
        ) from exc
    except SyntaxError as exc:  # lxml.etree.XMLSyntaxError derives from it
        raise Refusal(f"has broken XML inside ({_short(exc)})") from exc


def _refuse_parsed_dtd(package: Any) -> None:
    """Second line of defence behind the byte scan: a DOCTYPE seen by the parser itself."""
    for part in package.iter_parts():
        element = getattr(part, "_element", None)
        if element is None:
            continue
        info = element.getroottree().docinfo
        if info.doctype or info.internalDTD is not None:
            raise Refusal(
                f"contains an XML DTD in {part.partname.lstrip('/')}; Word never writes one"
            )


def _package_head(data: bytes) -> bytes:
    """[Content_Types].xml and the package relationships: where Strict Open XML shows."""
    import zipfile

    found = b""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in ("[Content_Types].xml", "_rels/.rels"):
            try:
                with archive.open(name) as stream:
                    found += stream.read(256 * 1024)
            except KeyError:
                continue
    return found


def _with_list_markers(document: Any, blocks: list[Block]) -> str:
    """Blocks as text, list paragraphs with their bullet or number, one list one block."""
    from docx.text.paragraph import Paragraph

    markers = ListMarkers(document)
    out: list[str] = []
    in_list = False
    body = document._body
    for block in blocks:
        if not block.text.strip():
            continue
        marker = ""
        if block.paragraph is not None:
            marker = markers.marker(Paragraph(block.paragraph, body))
        if marker and in_list:
            out[-1] += "\n" + marker + block.text.strip()
        else:
            out.append(marker + block.text)
        in_list = bool(marker)
    return paragraphs_to_text(out)


def _is_title(document: Any, block: Block) -> bool:
    from docx.text.paragraph import Paragraph

    try:
        style = Paragraph(block.paragraph, document._body).style
        name = (style.name if style is not None else "") or ""
    except (KeyError, AttributeError, ValueError):
        return False
    return name.lower() in _TITLE_STYLES and bool(block.text.strip())


def _skipped(document: Any) -> list[str]:
    """What Word shows that is not imported: comments, notes, headers and footers."""
    import lxml.etree

    counts: dict[str, int] = {}
    headers = 0
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    for part in document.part.package.iter_parts():
        content_type = part.content_type
        if content_type in (_CT + "header+xml", _CT + "footer+xml"):
            try:
                root = lxml.etree.fromstring(part.blob, parser)
            except lxml.etree.XMLSyntaxError:
                continue
            headers += bool("".join(t.text or "" for t in root.iter(W + "t")).strip())
        elif content_type in _SKIPPED_PARTS:
            tag, word = _SKIPPED_PARTS[content_type]
            try:
                root = lxml.etree.fromstring(part.blob, parser)
            except lxml.etree.XMLSyntaxError:
                continue
            # Footnote ids -1/0 (or separator types) are Word's separators, not notes.
            number = count_items(root, tag, lambda e: e.get(W + "type") is None)
            if number:
                counts[word] = counts.get(word, 0) + number
    found = [f"{n} {word}{'s' if n != 1 else ''} not imported" for word, n in counts.items()]
    if headers:
        found.append("headers and footers not imported")
    return found


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:120]
