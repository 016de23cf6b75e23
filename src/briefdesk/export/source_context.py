"""A source in the template context: the one citation format every built-in prints."""

from __future__ import annotations

from typing import Any

from briefdesk.export import house
from briefdesk.export.formats import label, long_date
from briefdesk.export.text import clean, paragraphs, plain_text
from briefdesk.model.codes import CREDIBILITY_WORDS, RELIABILITY_WORDS


def _prose(name: str, text: str) -> dict[str, Any]:
    return {name: plain_text(text), f"{name}_paragraphs": paragraphs(text)}


def source_context(source: Any, number: int) -> dict[str, Any]:
    """Source ``number`` as plain data; see ``sources[]`` in ``docs/templates.md``."""
    title = clean(source.title).strip()
    outlet = clean(source.outlet).strip()
    shown = house.printable_title(title, source.filename)
    kind_label = label(source.kind.value)
    citation = house.citation(
        outlet,
        shown,
        clean(source.author).strip(),
        long_date(source.published),
        kind_label,
        number,
        clean(source.filename).strip(),
    )
    # A source nobody graded holds F6: no grade, letter or words of one reach the page (N17-05).
    graded = source.is_graded
    grade_text = house.grade_text(source.grade if graded else "")
    return {
        "number": number,
        "ref": f"[{number}]",
        "id": source.id,
        "kind": source.kind.value,
        "kind_label": label(source.kind.value),
        "title": title,
        "display_title": shown,
        "outlet": outlet,
        "author": clean(source.author),
        "url": clean(source.url),
        "link": house_link(source.url),
        "published": source.published.isoformat() if source.published else "",
        "published_long": long_date(source.published),
        "accessed": source.accessed.isoformat() if source.accessed else "",
        "accessed_long": long_date(source.accessed),
        "language": clean(source.language),
        "grade": source.grade if graded else "",
        "graded": graded,
        "reliability": source.reliability if graded else "",
        "reliability_words": RELIABILITY_WORDS[source.reliability] if graded else "",
        "credibility": source.credibility if graded else "",
        "credibility_words": CREDIBILITY_WORDS[source.credibility] if graded else "",
        "grade_text": grade_text,
        "citation": citation,
        "citation_graded": f"{citation}. {grade_text[:1].upper()}{grade_text[1:]}.",
        **_prose("notes", source.notes),
    }


def house_link(url: str) -> str:
    """The source's address when it may be printed as a link (http, https, mailto)."""
    from briefdesk.export.links import safe_url

    return safe_url(url)
