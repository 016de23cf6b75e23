"""Real hyperlinks in exports: one relationship per rendered link, http(s) and mailto only.

Word keeps a link's address outside the text, in the part's relationships, so a tag typed as an
address (``{{ s.url }}``) is never seen by Jinja and every row of a loop would share one dead
link. Before rendering, such a link is rewritten to carry its address as a placeholder attribute
the template engine fills like any other text; after rendering, each placeholder becomes its own
relationship. The ``word_link`` filter emits the same placeholder, so built-in templates and user
templates take one path. Anything but an http(s) or mailto address is printed, never linked.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup

from briefdesk.export.text import clean

PLACEHOLDER = "briefdesk-url"
_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_SAFE_URL = re.compile(r"(https?://|mailto:)[^\s<>\"]+", re.IGNORECASE)
_TAG = re.compile(r"\{[{%]")
LINK_COLOUR = "1F4E79"


def safe_url(url: str) -> str:
    """``url`` when it may be a link (http, https, mailto), else ``""``."""
    url = clean(str(url or "")).strip()
    return url if _SAFE_URL.fullmatch(url) else ""


def has_tag(target: str) -> bool:
    return bool(_TAG.search(unquote(target or "")))


def tagged_hyperlinks(src_xml: str, part: Any) -> str:
    """Rewrite links whose address holds a tag so the address renders with the text."""
    rels = getattr(part, "rels", None) or {}
    tagged = {
        rid: unquote(rel.target_ref)
        for rid, rel in rels.items()
        if rel.is_external and rel.reltype == _HYPERLINK and has_tag(rel.target_ref)
    }
    if not tagged:
        return src_xml

    def swap(match: re.Match[str]) -> str:
        element = match.group(0)
        rid = re.search(r'r:id="([^"]*)"', element)
        if not rid or rid.group(1) not in tagged:
            return element
        address = tagged[rid.group(1)].replace('"', "'")
        return element.replace(rid.group(0), f'{PLACEHOLDER}="{address}"')

    return re.sub(r"<w:hyperlink\b[^>]*>", swap, src_xml)


def link_placeholders(part: Any) -> None:
    """Turn every placeholder link into its own relationship; drop the tagged template ones."""
    for link in list(part.element.iter(f"{_W}hyperlink")):
        address = link.attrib.pop(PLACEHOLDER, None)
        if address is None:
            continue
        url = safe_url(address)
        if url:
            link.set(_R_ID, part.relate_to(url, _HYPERLINK, is_external=True))
        else:
            parent = link.getparent()
            index = parent.index(link)
            for offset, child in enumerate(list(link)):
                parent.insert(index + offset, child)
            parent.remove(link)
    for rid, rel in list(part.rels.items()):
        if rel.is_external and rel.reltype == _HYPERLINK and has_tag(rel.target_ref):
            del part.rels[rid]


def word_link(url: Any, text: Any = None) -> Markup:
    """A run-level link (``{{r s.url|word_link }}``); plain text when the address is unsafe."""
    shown = clean(str(text if text not in (None, "") else url or ""))
    run = (
        f'<w:r><w:rPr><w:color w:val="{LINK_COLOUR}"/><w:u w:val="single"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(shown)}</w:t></w:r>'
    )
    target = safe_url(str(url or ""))
    if not target:
        return Markup(f'<w:r><w:t xml:space="preserve">{escape(shown)}</w:t></w:r>')
    return Markup(f"<w:hyperlink {PLACEHOLDER}={quoteattr(target)}>{run}</w:hyperlink>")
