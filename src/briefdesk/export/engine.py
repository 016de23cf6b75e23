"""docxtpl rendering inside the sandbox: the part of export that runs in the worker process.

docxtpl does the Word-specific work (joining tags Word split across runs, ``{%tr %}`` rows,
``{{p }}`` paragraphs); this module swaps its Jinja calls for the hardened, bounded ones, checks
that each rendered part is well-formed XML (docxtpl itself re-parses with ``recover=True`` and would
quietly drop broken markup), and sets document properties directly rather than through Jinja.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import time
import zipfile
from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from jinja2 import TemplateError, TemplateSyntaxError
from lxml import etree

from briefdesk.export.links import link_placeholders, tagged_hyperlinks
from briefdesk.export.package import finish_document, normalise_template
from briefdesk.export.sandbox import MAX_OUTPUT_CHARS, bounded_render, make_environment
from briefdesk.export.style_lists import restart_marked_lists, restart_style_lists
from briefdesk.export.tables import drop_empty_columns
from briefdesk.export.text import bind_amounts, clean

MAX_TEMPLATE_BYTES = 20_000_000
MAX_UNZIPPED_BYTES = 200_000_000
MAX_ZIP_ENTRIES = 2_000
COMPILED_CACHE_SIZE = 64
_TAG = re.compile(r"<[^>]+>")


class TemplateFault(Exception):
    """A template could not be rendered; ``where`` names the part and paragraph it sits in."""

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(f"{message} ({where})" if where else message)
        self.reason = message
        self.where = where


@dataclass(frozen=True)
class DocProperties:
    """Core properties written straight into docProps/core.xml, never through Jinja."""

    title: str = ""
    subject: str = ""
    author: str = ""
    category: str = ""
    keywords: str = ""
    comments: str = ""
    language: str = ""
    created: dt.datetime | None = None
    modified: dt.datetime | None = None


def check_package(data: bytes) -> None:
    """Refuse what is not a .docx, or a zip bomb, before python-docx unpacks it."""
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateFault(f"template is larger than {MAX_TEMPLATE_BYTES // 1_000_000} MB")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile:
        raise TemplateFault(_not_a_package(data)) from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise TemplateFault(f"template has {len(infos)} parts, more than {MAX_ZIP_ENTRIES}")
    if sum(i.file_size for i in infos) > MAX_UNZIPPED_BYTES:
        raise TemplateFault("template unpacks to more than 200 MB (zip bomb?)")
    _refuse_dtd(data)  # first: hostile content is named, whatever else is wrong
    if not any(i.filename == "word/document.xml" for i in infos):
        raise TemplateFault("not a Word document (no word/document.xml)")


def _not_a_package(data: bytes) -> str:
    """Why bytes that do not unzip are no template, in the words an import uses."""
    from briefdesk.sources.errors import DAMAGED_WORD

    if not data:
        return "is empty"
    if data.startswith(b"PK"):  # a Word file's start, its end cut off
        return DAMAGED_WORD
    return "is not a Word file: save the template from Word as .docx (or .dotx)"


_dtd_free: set[str] = set()


def _refuse_dtd(data: bytes) -> None:
    """Every part but pictures scanned for a DTD, as imports do: the parts are copied into every
    export, and a DTD is what entity bombs and external entities need (Word never writes one).
    A template found clean is remembered by hash: the worker renders one template many times."""
    from briefdesk.sources.errors import Refusal
    from briefdesk.sources.limits import ImportLimits
    from briefdesk.sources.safezip import check_zip

    key = hashlib.sha256(data).hexdigest()
    if key in _dtd_free:
        return
    limits = ImportLimits(max_unzipped_bytes=MAX_UNZIPPED_BYTES, max_zip_entries=MAX_ZIP_ENTRIES)
    try:
        check_zip(data, limits)
    except Refusal as exc:
        raise TemplateFault(exc.reason) from None
    if len(_dtd_free) >= 64:
        _dtd_free.clear()
    _dtd_free.add(key)


def _paragraph_at(xml: str, lineno: int | None) -> str:
    if not lineno:
        return ""
    lines = xml.splitlines()
    if not 0 < lineno <= len(lines):
        return ""
    text = _TAG.sub("", lines[lineno - 1]).strip()
    return text[:120] + ("…" if len(text) > 120 else "")


def _template_lineno(exc: BaseException) -> int | None:
    """Line in the template source of the innermost template frame of a runtime error."""
    lineno = getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            lineno = tb.tb_lineno
        tb = tb.tb_next
    return lineno


class SafeDocxTemplate(DocxTemplate):  # type: ignore[misc]
    """docxtpl with bounded rendering, located errors, and no Jinja over document properties."""

    def __init__(
        self, data: bytes, *, deadline: float | None, max_chars: int, cache: dict[str, Any] | None
    ) -> None:
        super().__init__(io.BytesIO(data))
        self.deadline = deadline
        self.max_chars = max_chars
        self.cache = cache
        self.current: tuple[str, str] = ("", "")

    def _part_name(self, part: Any) -> str:
        name = str(getattr(part, "partname", "") or "word/document.xml")
        return name.lstrip("/")

    def render_xml_part(
        self, src_xml: str, part: Any, context: dict[str, Any], jinja_env: Any = None
    ) -> str:
        src_xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", src_xml)
        src_xml = tagged_hyperlinks(src_xml, part)
        where = self._part_name(part)
        self.current = (where, src_xml)
        try:
            template = self._compile(jinja_env, src_xml)
            dst_xml = bounded_render(
                template, context, deadline=self.deadline, max_chars=self.max_chars
            )
        except TemplateSyntaxError as exc:
            raise _located(f"syntax error: {exc.message}", where, src_xml, exc.lineno) from None
        except (
            TemplateError,
            ArithmeticError,
            TypeError,
            ValueError,
            LookupError,
            AttributeError,
            RuntimeError,  # RecursionError from a macro that calls itself
        ) as exc:
            from briefdesk.export.fixed_index import explained

            line = _template_lineno(exc)
            message = explained(_one_line(exc), _paragraph_at(src_xml, line))
            raise _located(f"template error: {message}", where, src_xml, line) from None
        dst_xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", dst_xml)
        check_output(dst_xml, where)
        return str(self.resolve_listing(dst_xml))

    def _compile(self, env: Any, src_xml: str) -> Any:
        # Compiling the patched XML is half the cost of a render; the same template part always
        # patches to the same source, so the worker keeps the compiled code.
        if self.cache is None:
            return env.from_string(src_xml)
        key = hashlib.sha256(src_xml.encode("utf-8")).hexdigest()
        template = self.cache.get(key)
        if template is None:
            if len(self.cache) >= COMPILED_CACHE_SIZE:
                self.cache.pop(next(iter(self.cache)))
            template = self.cache[key] = env.from_string(src_xml)
        return template

    def render_properties(self, context: dict[str, Any], jinja_env: Any = None) -> None:
        """Properties are set directly by :func:`render_docx`; autoescape would mangle them."""


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Elements that hold other elements only; text directly inside them makes Word refuse the file.
_NO_TEXT = frozenset(
    f"{_W}{name}" for name in ("body", "hdr", "ftr", "p", "r", "tbl", "tr", "tc", "pPr", "rPr")
)
# Fields that make Word fetch a file or URL, or run a program, when the document opens or updates.
_FETCHING_FIELD = re.compile(r"^\s*(INCLUDETEXT|INCLUDEPICTURE|IMPORT|LINK|DDE|DDEAUTO)\b", re.I)
_STRICT = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def check_output(xml: str, where: str) -> None:
    """Refuse rendered XML that is not well-formed, that Word cannot open, or that fetches."""
    try:
        root = etree.fromstring(xml.encode("utf-8"), _STRICT)
    except etree.XMLSyntaxError as exc:
        raise TemplateFault(f"output is not valid XML: {_one_line(exc)}", where) from None
    for element in root.iter():
        stray = element.text if element.tag in _NO_TEXT else None
        parent = element.getparent()
        if not (stray and stray.strip()) and parent is not None and parent.tag in _NO_TEXT:
            stray = element.tail
        if stray and stray.strip():
            snippet = " ".join(stray.split())[:60]
            raise TemplateFault(
                f"output has text outside a run, which Word cannot open: {snippet!r} "
                "(use {{ }} inside a run, or {{r }} only with word_runs/marking_run)",
                where,
            )
        instruction = element.text if element.tag == f"{_W}instrText" else element.get(f"{_W}instr")
        if instruction and _FETCHING_FIELD.match(instruction):
            from briefdesk.export.fetchscan import article

            field = instruction.split()[0].upper()
            raise TemplateFault(
                f"{article(field)} {field} field would make Word fetch or run something: "
                f"{' '.join(instruction.split())[:80]!r}",
                where,
            )


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _located(message: str, where: str, src_xml: str, lineno: int | None) -> TemplateFault:
    paragraph = _paragraph_at(src_xml, lineno)
    place = f'{where}, paragraph "{paragraph}"' if paragraph else where
    return TemplateFault(message, place)


def render_docx(
    data: bytes,
    context: dict[str, Any],
    *,
    properties: dict[str, Any] | None = None,
    seconds: float | None = None,
    max_chars: int = MAX_OUTPUT_CHARS,
    undefined: Any = None,
    language: str = "en-GB",
    on_template: Any = None,
) -> bytes:
    """Render template bytes with the context; the finished .docx as bytes.

    ``on_template`` (checks only) is called with the docxtpl object before rendering.
    """
    check_package(data)
    data = _normalised(data)
    deadline = time.monotonic() + seconds if seconds else None
    if undefined is None:
        env, cache = _shared_environment()
    else:
        env, cache = make_environment(autoescape=True, undefined=undefined), None
    doc = SafeDocxTemplate(data, deadline=deadline, max_chars=max_chars, cache=cache)
    if on_template is not None:
        on_template(doc)
    try:
        doc.render(context, env, autoescape=True)
    except TemplateFault:
        raise
    except (KeyError, ValueError, etree.LxmlError, zipfile.BadZipFile) as exc:
        raise TemplateFault(f"cannot read the template: {_one_line(exc)}") from None
    restart_marked_lists(doc)
    restart_style_lists(doc)
    _fill_empty_cells(doc)
    from briefdesk.export.cell_fit import FontSizes

    sizes = FontSizes(doc.docx.styles.element)
    for part in _story_parts(doc):
        link_placeholders(part)
        drop_empty_columns(part.element)  # (first: a dropped column widens another)
        _bind_amounts(part.element, sizes)
    if properties is not None:
        _set_properties(doc, DocProperties(**properties))
    from briefdesk import __version__
    from briefdesk.export.author_parts import drop_author_parts

    drop_author_parts(doc.docx)  # the template author's customXml, glossary and docVars
    finish_document(doc.docx, application=f"BriefDesk {__version__}", language=language or "en-GB")
    out = io.BytesIO()
    doc.save(out)
    from briefdesk.export.fetchscan import scan_package

    # The whole output package, whatever rendered it (plain external links: checked before).
    fetches = scan_package(out.getvalue(), plain_external=False, baseline=data)
    if fetches:
        raise TemplateFault(*fetches[0])
    return out.getvalue()


def _story_parts(doc: Any) -> list[Any]:
    """The body part and every header and footer part, as rendered."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    main = doc.docx.part
    parts = [main]
    for rel in list(main.rels.values()):
        if not rel.is_external and rel.reltype in (RT.HEADER, RT.FOOTER):
            parts.append(rel.target_part)
    return parts


def _bind_amounts(root: Any, sizes: Any) -> None:
    """Keep "$1.1 billion", "USD 1,100,000" and "55–80%" on one line (no-break characters),
    as far as a table cell's width allows (:mod:`briefdesk.export.cell_fit`)."""
    from briefdesk.export.cell_fit import line_chars

    for text in root.iter(qn("w:t")):
        if text.text:
            bound = bind_amounts(text.text, line_chars(text, sizes))
            if bound != text.text:
                text.text = bound


_shared: tuple[Any, dict[str, Any]] | None = None
_normal_cache: dict[str, bytes] = {}


def _normalised(data: bytes) -> bytes:
    """The template as a plain .docx with changes accepted; the worker renders one many times."""
    key = hashlib.sha256(data).hexdigest()
    found = _normal_cache.get(key)
    if found is None:
        if len(_normal_cache) >= 8:
            _normal_cache.pop(next(iter(_normal_cache)))
        found = _normal_cache[key] = normalise_template(data)
    return found


def _shared_environment() -> tuple[Any, dict[str, Any]]:
    """One environment and compiled-template cache per process (the worker reuses both)."""
    global _shared
    if _shared is None:
        _shared = (make_environment(autoescape=True), {})
    return _shared


def _set_properties(doc: Any, props: DocProperties) -> None:
    from briefdesk.ooxml_core import adopt_core_part

    adopt_core_part(doc.docx.part.package)  # else a LibreOffice template gets two core.xml
    core = doc.docx.core_properties
    core.title = clean(props.title)[:255]
    core.subject = clean(props.subject)[:255]
    core.author = clean(props.author)[:255]
    core.last_modified_by = clean(props.author)[:255]
    core.category = clean(props.category)[:255]
    core.keywords = clean(props.keywords)[:255]
    core.comments = clean(props.comments)[:255]
    core.revision = 1
    # Nothing else of the template's own properties describes the new document.
    core.content_status = ""
    core.identifier = ""
    core.version = ""
    core.language = clean(props.language)[:35]
    # A template's "last printed" date says nothing true about the new document.
    for printed in core._element.findall(qn("cp:lastPrinted")):
        core._element.remove(printed)
    if props.created:
        core.created = props.created
    if props.modified:
        core.modified = props.modified


def _fill_empty_cells(doc: Any) -> None:
    """Word refuses a table cell without a paragraph; an empty field or ``{%p if %}`` leaves one."""
    for cell in doc.docx.element.body.iter(qn("w:tc")):
        if cell.find(qn("w:p")) is None and cell.find(qn("w:tbl")) is None:
            etree.SubElement(cell, qn("w:p"))
