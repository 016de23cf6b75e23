"""Every numbered list in an export starts at 1: style-numbered runs and the prose lists.

A template's ``List Number`` paragraphs (key judgments, a user's own numbered loop) all point at
the style's single Word numbering instance. Word and LibreOffice then count them on from any
other list of that numbering, e.g. a "1. 2." list the user typed in Background, so two key
judgments came out as 3 and 4. After rendering, each run of style-numbered paragraphs (broken by
a heading, or by another list on the same numbering) gets its own instance that starts at 1.
Explicit ``w:numPr`` in the template (a user's deliberate numbering) is left as it is.

Numbered lists written in prose fields (``word_paragraphs`` marks their items with
``LIST_START_MARK`` / ``LIST_NEXT_MARK``) get a counter of their own the same way: one
mechanism, a copied abstract numbering per list, for both.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from docx.oxml.ns import qn
from lxml import etree

from briefdesk.export.filters import LIST_NEXT_MARK, LIST_START_MARK


def restart_style_lists(doc: Any) -> None:
    """Give each section's run of style-numbered paragraphs its own counter starting at 1."""
    try:
        numbering = doc.docx.part.numbering_part.element
    except (NotImplementedError, KeyError):
        return
    styles = _style_numbering(doc.docx.styles.element)
    if not styles:
        return
    abstracts = _abstract_of(numbering)
    numbered = {num for num, abstract in abstracts.items() if _is_numbered(numbering, abstract)}
    heading_styles = _heading_styles(doc.docx.styles.element)
    used = [int(n) for n in abstracts if n.isdigit()]
    next_id = max(used, default=0) + 1
    last_abstract: Any = None
    current: dict[str, str] = {}  # style numId -> this section's own numId
    for story in _stories(doc):
        current.clear()
        for para in story.iter(qn("w:p")):
            ppr = para.find(qn("w:pPr"))
            style_id = _style_id(ppr)
            if style_id in heading_styles or (ppr is not None and _has(ppr, "w:outlineLvl")):
                current.clear()
                continue
            if ppr is not None and _has(ppr, "w:numPr"):
                continue  # the template's own numbering: left as it is
            style_num = styles.get(style_id or "")
            if style_num is None or style_num[0] not in numbered:
                continue
            num_id, level = style_num
            if num_id not in current:
                current[num_id] = str(next_id)
                last_abstract = _add_own_counter(
                    numbering, abstracts[num_id], next_id, level, last_abstract
                )
                next_id += 1
            _set_numbering(para, current[num_id], level)


def restart_marked_lists(doc: Any) -> None:
    """Give each numbered list from ``word_paragraphs`` its own counter starting at 1.

    Its items are marked with the template's ``List Number`` numbering; left to that one
    counter, a second list would be numbered 4, 5, 6. Without a ``List Number`` style the
    marks go and the items stay plain paragraphs.
    """
    marks = [
        el
        for el in doc.docx.element.body.iter(qn("w:numId"))
        if el.get(qn("w:val")) in (LIST_START_MARK, LIST_NEXT_MARK)
    ]
    if not marks:
        return
    numbering, abstract_id = _list_number_abstract(doc)
    if numbering is None or abstract_id is None:
        for mark in marks:
            num_pr = mark.getparent()
            num_pr.getparent().remove(num_pr)
        return
    used = [int(n) for n in _abstract_of(numbering) if n.isdigit()]
    next_id = max(used, default=0) + 1
    current: str | None = None
    last_abstract: Any = None
    for mark in marks:
        if mark.get(qn("w:val")) == LIST_START_MARK or current is None:
            last_abstract = _add_own_counter(numbering, abstract_id, next_id, "0", last_abstract)
            current = str(next_id)
            next_id += 1
        mark.set(qn("w:val"), current)


def _list_number_abstract(doc: Any) -> tuple[Any, str | None]:
    """The numbering part and the abstract numbering of the ``ListNumber`` style, if any."""
    try:
        numbering = doc.docx.part.numbering_part.element
    except (NotImplementedError, KeyError):
        return None, None
    style_num = _style_numbering(doc.docx.styles.element).get("ListNumber")
    if style_num is None:
        return numbering, None
    return numbering, _abstract_of(numbering).get(style_num[0])


def _add_own_counter(
    numbering: Any, abstract_id: str, new_id: int, level: str, last_abstract: Any
) -> Any:
    """A copy of the abstract numbering and a ``w:num`` on it: a counter nothing else shares.

    A copy rather than a second ``w:num`` on the same abstract numbering: Word and LibreOffice
    count on across instances of one abstract numbering, which is how the bug arose.
    """
    source = next(
        a
        for a in numbering.iter(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract_id
    )
    existing = [int(a.get(qn("w:abstractNumId")) or 0) for a in numbering.iter(qn("w:abstractNum"))]
    copy = deepcopy(source)
    copy_id = str(max(existing, default=0) + 1)
    copy.set(qn("w:abstractNumId"), copy_id)
    for child in (qn("w:nsid"), qn("w:tmpl"), qn("w:styleLink"), qn("w:numStyleLink")):
        for found in copy.findall(child):
            copy.remove(found)
    # The copy must not claim the style: the style keeps pointing at its own numbering.
    for link in copy.iter(qn("w:pStyle")):
        link.getparent().remove(link)
    nsid = etree.Element(qn("w:nsid"))
    nsid.set(qn("w:val"), f"{0x5BD00000 + new_id:08X}")
    copy.insert(0, nsid)
    (last_abstract if last_abstract is not None else _last(numbering, "w:abstractNum")).addnext(
        copy
    )
    num = etree.Element(qn("w:num"))
    num.set(qn("w:numId"), str(new_id))
    etree.SubElement(num, qn("w:abstractNumId")).set(qn("w:val"), copy_id)
    override = etree.SubElement(num, qn("w:lvlOverride"))
    override.set(qn("w:ilvl"), level)
    etree.SubElement(override, qn("w:startOverride")).set(qn("w:val"), "1")
    _last(numbering, "w:num").addnext(num)
    return copy


def _last(numbering: Any, tag: str) -> Any:
    return [*numbering.iter(qn(tag))][-1]


def _stories(doc: Any) -> list[Any]:
    return [doc.docx.element.body]


def _style_id(ppr: Any) -> str | None:
    if ppr is None:
        return None
    style = ppr.find(qn("w:pStyle"))
    return style.get(qn("w:val")) if style is not None else None


def _has(element: Any, tag: str) -> bool:
    return element.find(qn(tag)) is not None


def _style_numbering(styles: Any) -> dict[str, tuple[str, str]]:
    """Paragraph style id -> (numId, ilvl) it numbers with, following ``basedOn``."""
    own: dict[str, tuple[str, str] | None] = {}
    based: dict[str, str] = {}
    for style in styles.iter(qn("w:style")):
        if style.get(qn("w:type")) not in (None, "paragraph"):
            continue
        sid = style.get(qn("w:styleId")) or ""
        num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        entry = None
        if num_pr is not None:
            num_id = num_pr.find(qn("w:numId"))
            ilvl = num_pr.find(qn("w:ilvl"))
            if num_id is not None and num_id.get(qn("w:val")) not in (None, "0"):
                level = ilvl.get(qn("w:val")) if ilvl is not None else "0"
                entry = (str(num_id.get(qn("w:val"))), str(level or "0"))
        own[sid] = entry
        parent = style.find(qn("w:basedOn"))
        if parent is not None:
            based[sid] = parent.get(qn("w:val")) or ""
    result: dict[str, tuple[str, str]] = {}
    for sid in own:
        seen: set[str] = set()
        cursor: str | None = sid
        while cursor and cursor not in seen:
            seen.add(cursor)
            if own.get(cursor) is not None:
                result[sid] = own[cursor]  # type: ignore[assignment]
                break
            cursor = based.get(cursor)
    return result


def _heading_styles(styles: Any) -> set[str]:
    heads = set()
    for style in styles.iter(qn("w:style")):
        sid = style.get(qn("w:styleId")) or ""
        ppr = style.find(qn("w:pPr"))
        if sid.lower().startswith(("heading", "title")) or (
            ppr is not None and _has(ppr, "w:outlineLvl")
        ):
            heads.add(sid)
    return heads


def _abstract_of(numbering: Any) -> dict[str, str]:
    out = {}
    for num in numbering.iter(qn("w:num")):
        abstract = num.find(qn("w:abstractNumId"))
        if abstract is not None:
            out[str(num.get(qn("w:numId")))] = str(abstract.get(qn("w:val")))
    return out


def _is_numbered(numbering: Any, abstract_id: str) -> bool:
    """True unless every level of the abstract numbering is a bullet (bullets need no restart)."""
    for abstract in numbering.iter(qn("w:abstractNum")):
        if abstract.get(qn("w:abstractNumId")) != abstract_id:
            continue
        formats = [f.get(qn("w:val")) for f in abstract.iter(qn("w:numFmt"))]
        return any(f not in ("bullet", "none") for f in formats)
    return False


def _set_numbering(para: Any, num_id: str, level: str) -> None:
    ppr = para.find(qn("w:pPr"))
    if ppr is None:
        ppr = etree.Element(qn("w:pPr"))
        para.insert(0, ppr)
    num_pr = etree.Element(qn("w:numPr"))
    etree.SubElement(num_pr, qn("w:ilvl")).set(qn("w:val"), level)
    etree.SubElement(num_pr, qn("w:numId")).set(qn("w:val"), num_id)
    # numPr follows pStyle, keepNext, keepLines, pageBreakBefore, framePr, widowControl.
    after = None
    for tag in (
        "w:pStyle",
        "w:keepNext",
        "w:keepLines",
        "w:pageBreakBefore",
        "w:framePr",
        "w:widowControl",
    ):
        found = ppr.find(qn(tag))
        if found is not None:
            after = found
    if after is None:
        ppr.insert(0, num_pr)
    else:
        after.addnext(num_pr)
