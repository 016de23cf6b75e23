"""Saved web pages: the article's main text and its metadata, via trafilatura.

trafilatura is given an already parsed lxml tree, never a string: its loaders download
anything that looks like a URL, and a tree cannot be mistaken for one. The lxml parser
runs with ``no_network=True``; nothing else in this path does I/O.
"""

from __future__ import annotations

import copy
import logging
import re
from typing import Any

from briefdesk.sources.dates import to_date
from briefdesk.sources.decode import decode_bytes
from briefdesk.sources.errors import Refusal, too_long
from briefdesk.sources.extracted import Extracted
from briefdesk.sources.html_page import read_page
from briefdesk.sources.normalize import paragraphs_to_text
from briefdesk.sources.page_date import YEAR_GUESS_HINT, htmldate_params, year_guess

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>", re.I)
_FAST_ABOVE_CHARS = 1_500_000
_TABLE_RULE = re.compile(r"^\|(\s*:?-{3,}:?\s*\|)+$")
_FLAT_BREAKS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "td",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "blockquote",
        "pre",
        "table",
        "ul",
        "ol",
        "title",
        "header",
        "footer",
    }
)
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")

for _noisy in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_noisy).setLevel(logging.CRITICAL)


def extract_html(
    content: bytes | str,
    *,
    hints: dict[str, str] | None = None,
    encoding: str | None = None,
    max_chars: int | None = None,
) -> Extracted:
    """Main text and metadata of an HTML page (bytes of a file, or pasted markup);
    ``encoding``: the user's choice over the page's own label; ``max_chars``: refuse a page
    showing more text than this before the (slow) extraction (newcomer21 N21-11)."""
    import trafilatura

    from briefdesk.sources.page_text import left_out_note, repeated_paragraphs, visible_chars

    charset_notes: list[str] = []
    if isinstance(content, bytes):
        markup = decode_bytes(content, html=True, notes=charset_notes, encoding=encoding)
    else:
        markup = content
    tree, warnings = _parse(markup)
    if max_chars is not None and (shown := visible_chars(tree)) > max_chars:
        raise Refusal(too_long(shown, max_chars))
    warnings.extend(charset_notes)
    _unwrap_layout_tables(tree)
    _drop_figures(tree)
    facts = read_page(tree)
    warnings.extend(facts.warnings)
    language = _page_language(tree)
    # Taken before trafilatura, which changes the tree; cheap, read only when needed.
    fallback_tree = copy.deepcopy(tree)
    document = trafilatura.bare_extraction(
        tree,
        # Its fallback extractors (readability, jusText) roughly double the time; on very
        # large pages the main algorithm alone is good enough and keeps within the limit.
        fast=len(markup) > _FAST_ABOVE_CHARS,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params=htmldate_params(),
    )
    meta: dict[str, Any] = {}
    body = ""
    if document is not None:
        meta = document if isinstance(document, dict) else document.as_dict()
        body = meta.get("text") or ""
    if facts.live_blocks:
        body = "\n".join(facts.live_blocks)
    if not body.strip():
        # Short pages (a mail body, a pasted snippet) have no "main content" to find.
        body = _all_text(fallback_tree)
    if not body.strip():
        raise Refusal("has no readable text (an empty page, or only scripts and images)")
    if lost := left_out_note(repeated_paragraphs(fallback_tree), body):
        warnings.append(lost)  # one paragraph 60,000 times came out as 111 characters (N21-12)
    page_hints = dict(hints or {})
    for key in ("pagetype", "hostname", "description", "categories", "tags"):
        if meta.get(key):
            page_hints[key] = str(meta[key])
    if facts.live_blog:
        page_hints["pagetype"] = "liveblog"
    # The page's own metadata wins over what trafilatura may have taken from a nested item.
    published = to_date(facts.published) or to_date(meta.get("date"))
    if not facts.published and published is not None and year_guess(published, markup):
        page_hints[YEAR_GUESS_HINT] = str(published.year)  # said only if no date comes after
        published = None
    return Extracted(
        text=paragraphs_to_text(_blocks(body)),
        format="html",
        title=facts.title or _text(meta.get("title")),
        outlet=_text(meta.get("sitename")) or _text(meta.get("hostname")),
        author=facts.author or _page_author(fallback_tree, _text(meta.get("author"))),
        url=_text(meta.get("url")) or facts.url,
        published=published,
        language=language,
        hints=page_hints,
        warnings=warnings,
    )


def _blocks(body: str) -> list[str]:
    """trafilatura's lines as blocks: list items and table rows stay together, one per line.

    Its Markdown-like table rows (``| a | b |`` and a ``|---|`` rule) become ``a | b``, the
    same shape as tables from Word documents.
    """
    blocks: list[str] = []
    group: list[str] = []
    group_kind = ""
    for raw in body.split("\n"):
        line = raw.strip()
        if _TABLE_RULE.match(line):
            continue
        kind = ""
        if len(line) > 1 and line.startswith("|") and line.endswith("|"):
            kind = "table"
            line = " | ".join(cell.strip() for cell in line[1:-1].split("|"))
        elif line.startswith("- "):
            kind = "list"
        if kind and kind == group_kind:
            group.append(line)
            continue
        if group:
            blocks.append("\n".join(group))
        group, group_kind = [line], kind
    if group:
        blocks.append("\n".join(group))
    return blocks


def _parse(markup: str) -> tuple[Any, list[str]]:
    """The page's tree; a page nested deeper than libxml2 allows is read another way.

    libxml2 stops building the tree at depth 256 and drops everything below without an
    error, which would import a page "successfully" with most of its text missing. Its
    error log says so: read again with the deeper limit (2048), and past that as a flat
    sequence of text blocks.
    """
    import lxml.etree
    import lxml.html

    markup = _XML_DECLARATION.sub("", markup, count=1)
    if not markup.strip():
        raise Refusal("is empty")
    warnings: list[str] = []
    try:
        for huge in (False, True):
            parser = lxml.html.HTMLParser(
                no_network=True, remove_comments=True, remove_pis=True, huge_tree=huge
            )
            tree = lxml.html.document_fromstring(markup, parser=parser)
            if not any("Excessive depth" in e.message for e in parser.error_log):
                return tree, warnings
        warnings.append("page nested too deeply for its layout to be read; read as plain text")
        return lxml.html.document_fromstring(_flattened(markup)), warnings
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise Refusal(f"is not readable HTML ({' '.join(str(exc).split())[:120]})") from exc


def _flattened(markup: str) -> str:
    """The page's text as a flat list of paragraphs, by a tokenizer with no depth limit."""
    import html
    from html.parser import HTMLParser

    blocks: list[str] = []
    current: list[str] = []
    skipping = [0]

    class Flat(HTMLParser):
        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag in ("script", "style", "noscript", "template"):
                skipping[0] += 1
            elif tag in _FLAT_BREAKS and current:
                blocks.append("".join(current))
                current.clear()

        def handle_endtag(self, tag: str) -> None:
            if tag in ("script", "style", "noscript", "template"):
                skipping[0] = max(0, skipping[0] - 1)
            elif tag in _FLAT_BREAKS and current:
                blocks.append("".join(current))
                current.clear()

        def handle_data(self, data: str) -> None:
            if not skipping[0]:
                current.append(data)

    reader = Flat(convert_charrefs=True)
    reader.feed(markup)
    reader.close()
    blocks.append("".join(current))
    paragraphs = (" ".join(b.split()) for b in blocks)
    return (
        "<html><body>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p)
        + "</body></html>"
    )


_BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "table", "ul", "ol"})
_TABLE_TAGS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})


def _unwrap_layout_tables(tree: Any) -> None:
    """Tables used for layout (newsletters, old sites) become plain blocks.

    A table whose cells hold paragraphs or headings is a page grid, not data; read as a
    table its article would come out as one row of cells run together.
    """
    grids = [
        table
        for table in tree.iter("table")
        if any(child.tag in _BLOCK_TAGS for cell in _own(table, "td", "th") for child in cell)
    ]
    for table in grids:
        for element in [table, *_own(table, *_TABLE_TAGS)]:
            element.tag = "div"
    _drop_link_lines(tree)


def _own(table: Any, *tags: str) -> list[Any]:
    """Descendants of ``table`` with these tags that belong to it, not to a nested table."""
    found = []
    for element in table.iter(*tags):
        if element is table:
            continue
        node = element.getparent()
        while node is not None and node.tag != "table":
            node = node.getparent()
        if node is table:
            found.append(element)
    return found


def _drop_link_lines(tree: Any) -> None:
    """Paragraphs that are only links and separators ("Unsubscribe | Preferences")."""
    for block in list(tree.iter("p")):
        links = block.findall(".//a")
        if len(links) < 2 or block.getparent() is None:
            continue
        linked = sum(len(str(a.text_content()).strip()) for a in links)
        total = len("".join(ch for ch in str(block.text_content()) if ch.isalnum()))
        if total and linked >= total:
            block.drop_tree()


def _page_language(tree: Any) -> str:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    if not lang:
        for meta in tree.iter("meta"):
            if (meta.get("http-equiv") or "").lower() == "content-language":
                lang = meta.get("content") or ""
                break
    lang = lang.split(",")[0].strip()
    return lang if _LANG.match(lang) else ""


def _drop_figures(tree: Any) -> None:
    """Pictures with their captions are no part of the article's text; on a short page,
    trafilatura let one figure turn the whole article into one run-on line (headline, caption
    and table merged), and the dateline's place was lost with the break."""
    for figure in tree.xpath(
        "//figure[.//img or .//picture or .//video or .//figcaption or .//svg]"
    ):
        figure.drop_tree()


def _all_text(tree: Any) -> str:
    """Visible text of a small page, block by block, without scripts and styles."""
    body = tree.find("body") if tree.find("body") is not None else tree
    for bad in body.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    blocks = body.xpath(
        "//p|//li|//h1|//h2|//h3|//h4|//h5|//h6|//td|//th|//blockquote|//pre|//div[not(.//p|.//div|.//li|.//table)]"
    )
    if not blocks:
        return str(body.text_content())
    return "\n".join(" ".join(str(b.text_content()).split()) for b in blocks)


def _page_author(tree: Any, split: str) -> str:
    """trafilatura's author, unless it cut one name into a list: it reads "Foreign, Commonwealth
    and Development Office" as three people ("Foreign; Commonwealth; Development Office",
    newcomer13 N13-18). A part of one word is no person's name: then the tag as written."""
    parts = [part.strip() for part in split.split(";")]
    if len(parts) < 2 or all(len(part.split()) >= 2 for part in parts):
        return split
    for element in tree.iter("meta"):
        if (element.get("name") or "").lower() == "author" and element.get("content"):
            return _text(element.get("content"))
    return split


def _text(value: object) -> str:
    return " ".join(str(value).split()) if value else ""
