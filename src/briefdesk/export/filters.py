"""Filters every template may use: dates, money, joining lists, and Word rich text.

The ``word_*`` filters build WordprocessingML from plain context data in trusted code; every
piece of user text is XML-escaped here, so a template author gets real list styles and real bold
without user text ever being treated as markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from markupsafe import Markup

from briefdesk.export.text import clean, full_stop

# Placeholder numbering ids, replaced after rendering by one real Word numbering per list.
LIST_START_MARK = "briefdesk-list-start"
LIST_NEXT_MARK = "briefdesk-list-next"

_STYLE_IDS = {
    ("bullet", 0): "ListBullet",
    ("bullet", 1): "ListBullet2",
    ("number", 0): "ListNumber",
    ("number", 1): "ListNumber2",
}


DATE_STYLES = ("long", "short", "iso")
MONEY_STYLES = ("short", "full", "text", "exact_text", "as_stated")


def _style(filter_name: str, style: str, known: tuple[str, ...]) -> None:
    """An unknown style is a template mistake: refused (the check names its paragraph), never
    printed silently in the default style."""
    if style not in known:
        raise ValueError(f"{filter_name}: no style {style!r} ({', '.join(known)})")


def date_filter(value: Any, style: str = "long") -> str:
    """ISO date text → ``27 November 2026`` (``long``), ``27 Nov 2026`` (``short``) or ISO."""
    _style("date", style, DATE_STYLES)
    if not value:
        return ""
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    if style == "short":
        return f"{day.day} {day:%b %Y}"
    if style == "iso":
        return day.isoformat()
    return f"{day.day} {day:%B %Y}"


def money_filter(value: Any, style: str = "short") -> str:
    """A deal value dict → ``USD 1.6 billion`` (``short``), every digit (``full``) or ``text``."""
    _style("money", style, MONEY_STYLES)
    if not value:
        return ""
    if isinstance(value, dict):
        return str(value.get(style) or value.get("short") or "")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    from briefdesk.export.context import money_full

    return money_full(amount, "").strip()


def join_filter(value: Any, separator: str = ", ", last: str | None = None) -> str:
    """Join non-empty items; ``last`` ("and") joins the final two: ``A, B and C``."""
    items = [str(v) for v in (value or []) if v not in (None, "")]
    if last is None or len(items) < 2:
        return separator.join(items)
    return f"{separator.join(items[:-1])} {last} {items[-1]}"


def full_stop_filter(value: Any) -> str:
    """:func:`text.full_stop` for templates ("Signals concern" → "Signals concern.")."""
    return full_stop(str(value or ""))


def _run_xml(text: str, *, bold: bool = False, italic: bool = False, extra: str = "") -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + extra
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{xml_escape(clean(str(text)))}</w:t></w:r>'


def word_runs(paragraph: Any) -> Markup:
    """Runs of one paragraph (``{{r p|word_runs }}``), bold and italic as real formatting."""
    if isinstance(paragraph, str):
        return Markup(_run_xml(paragraph))
    runs = paragraph.get("runs") if isinstance(paragraph, dict) else None
    if not runs:
        return Markup(_run_xml(paragraph.get("text", "") if isinstance(paragraph, dict) else ""))
    return Markup("".join(_run_xml(r["text"], bold=r["bold"], italic=r["italic"]) for r in runs))


def word_paragraphs(paragraphs: Any, body_style: str = "", lead: str = "") -> Markup:
    """Whole paragraphs (``{{p bluf_paragraphs|word_paragraphs }}``) with real list styles.

    Numbered lists restart at 1: the export gives each list its own Word numbering instance.
    ``lead`` is a bold label run in front of the first paragraph ("Note on Arms sale: …"), one
    line less than a heading of its own.
    """
    if isinstance(paragraphs, str):
        from briefdesk.export.text import paragraphs as parse

        paragraphs = parse(paragraphs)
    out: list[str] = []
    for para in paragraphs or []:
        style = _STYLE_IDS.get((para.get("style", ""), min(int(para.get("level", 0)), 1)))
        style = style or body_style
        ppr = f'<w:pStyle w:val="{xml_escape(style)}"/>' if style else ""
        if para.get("style") == "number" and not para.get("level"):
            mark = LIST_START_MARK if para.get("list_start") else LIST_NEXT_MARK
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{mark}"/></w:numPr>'
        ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
        label = _run_xml(f"{lead} ", bold=True) if lead and not out else ""
        out.append(f"<w:p>{ppr}{label}{word_runs(para)}</w:p>")
    if not out:
        # docxtpl replaces the whole paragraph; an empty field still leaves valid XML behind.
        return Markup("")
    return Markup("".join(out))


def marking_run(marking: Any) -> Markup:
    """The marking as one bold run, in its TLP colour on black when the scheme is TLP."""
    if not isinstance(marking, dict):
        return Markup(_run_xml(str(marking or ""), bold=True))
    colour = str(marking.get("colour") or "000000")
    background = str(marking.get("background") or "")
    if not (colour.isalnum() and len(colour) == 6 and (not background or background.isalnum())):
        colour, background = "000000", ""
    # 10 pt: a marking must stand out from the 8.5 pt header and footer text.
    extra = f'<w:color w:val="{colour}"/><w:sz w:val="20"/><w:szCs w:val="20"/>'
    if background:
        extra += f'<w:shd w:val="clear" w:color="auto" w:fill="{background}"/>'
    label = str(marking.get("label") or "")
    if background and label:
        label = f" {label} "
    return Markup(_run_xml(label, bold=True, extra=extra))


from briefdesk.export.links import word_link  # noqa: E402  (after the helpers it reuses)

ALL: dict[str, Callable[..., Any]] = {
    "word_link": word_link,
    "date": date_filter,
    "money": money_filter,
    "join_list": join_filter,
    "full_stop": full_stop_filter,
    "word_runs": word_runs,
    "word_paragraphs": word_paragraphs,
    "marking_run": marking_run,
}
