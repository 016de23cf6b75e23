"""Text clean-up and the small Markdown subset used by prose fields.

Prose is parsed with markdown-it-py (a CommonMark parser) restricted to paragraphs, lists and
emphasis, so edge cases such as ``2 * 3 * 4`` or nested emphasis behave like every other
Markdown tool instead of like a home-made regex.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

# XML 1.0 allows tab, newline and carriage return below 0x20; everything else there, the
# surrogates and U+FFFE/U+FFFF make Word refuse the file.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """The text with XML-illegal characters removed and line ends normalised to ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_ILLEGAL.sub("", text)


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("zero").enable(["list", "emphasis", "escape"])
    parser.parse("- *warm*")  # builds the rule caches now, not racily on first use in threads
    return parser


Run = dict[str, Any]
Paragraph = dict[str, Any]


def paragraphs(text: str) -> list[Paragraph]:
    """Prose as paragraphs: ``{"style", "level", "number", "text", "runs"}``.

    ``style`` is ``"body"``, ``"bullet"`` or ``"number"``; ``number`` is the item's ordinal in
    its own list (1 for the first item, so numbering restarts in every list), 0 for others.
    """
    text = clean(text).strip()
    if not text:
        return []
    out: list[Paragraph] = []
    lists: list[dict[str, Any]] = []
    for token in _parser().parse(text):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            start = token.attrGet("start")
            lists.append(
                {
                    "style": "bullet" if token.type == "bullet_list_open" else "number",
                    "next": int(start) if start is not None else 1,
                    "first": True,
                }
            )
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "inline":
            runs = _runs(token.children or [])
            plain = "".join(r["text"] for r in runs)
            if not plain.strip():
                continue
            para: Paragraph = {"style": "body", "level": 0, "number": 0, "text": plain}
            if lists:
                current = lists[-1]
                para["style"] = current["style"]
                para["level"] = len(lists) - 1
                if current["style"] == "number":
                    para["number"] = current["next"]
                    current["next"] += 1
                para["list_start"] = current["first"]
                current["first"] = False
            else:
                para["list_start"] = False
            para["runs"] = runs
            out.append(para)
    return out


def _runs(children: list[Any]) -> list[Run]:
    bold = italic = 0
    runs: list[Run] = []
    for child in children:
        if child.type == "strong_open":
            bold += 1
        elif child.type == "strong_close":
            bold -= 1
        elif child.type == "em_open":
            italic += 1
        elif child.type == "em_close":
            italic -= 1
        elif child.type in ("text", "softbreak", "hardbreak"):
            piece = " " if child.type != "text" else child.content.replace("\n", " ")
            if not piece:
                continue
            style = (bold > 0, italic > 0)
            if runs and (runs[-1]["bold"], runs[-1]["italic"]) == style:
                runs[-1]["text"] += piece
            else:
                runs.append({"text": piece, "bold": style[0], "italic": style[1]})
    return runs


def plain_text(text: str) -> str:
    """Prose without Markdown marks: paragraphs separated by blank lines, list marks kept."""
    lines: list[str] = []
    for para in paragraphs(text):
        # A blank line between blocks, none between items of one list.
        if lines and (para["style"] == "body" or para["list_start"]):
            lines.append("")
        indent = "  " * para["level"]
        if para["style"] == "bullet":
            lines.append(f"{indent}- {para['text']}")
        elif para["style"] == "number":
            lines.append(f"{indent}{para['number']}. {para['text']}")
        else:
            lines.append(para["text"])
    return "\n".join(lines)


NBSP = "\u00a0"
WORD_JOINER = "\u2060"
_SCALE_WORDS = r"(?:thousand|million|billion|trillion|bn|mn|m|k|%|per\s?cent)\b"
_NUMBER_THEN_SCALE = re.compile(r"(?<=\d) +(?=" + _SCALE_WORDS + ")", re.IGNORECASE)
_CURRENCY_THEN_NUMBER = re.compile(r"(?<![\w])([A-Z]{3}|US\$|A\$|C\$|[$€£¥₩]) +(?=\d)")
_RANGE_DASH = re.compile(r"(?<=\d)\s?([–—-])\s?(?=\d[\d.,]*\s?%)|(?<=\d)(–)(?=\d)")
_TIMES = re.compile(r"(?<=\d) × ")
_BREAKABLE = re.compile(r"[ \t\n]+")
_BOUND_UNIT = re.compile(r"[^ \t\n]*\u00a0[^ \t\n]*")


def bind_amounts(text: str, fit: int | None = None) -> str:
    """No line break inside an amount or a range: ``$1.1 billion``, ``USD 1,100``, ``55–80%``.

    Spaces become no-break spaces and a dash between two numbers gets word joiners, which Word
    and LibreOffice both honour; the text a reader sees does not change. ``fit``: the
    characters a line holds (a narrow table cell): a bound amount longer than that would be
    cut inside a word ("millio / n"), so the currency may then leave its figure, and if still
    too long the scale word too.
    """
    if not any(ch.isdigit() for ch in text):
        return text
    bound = _bind(text, currency=True, scale=True)
    if fit is None or _longest_bound(bound) <= fit:
        return bound
    return _BOUND_UNIT.sub(lambda m: _loosened(m.group(), fit), bound)


def _loosened(unit: str, fit: int) -> str:
    """One bound run made to fit ``fit`` characters: the currency let go, then the rest."""
    if _longest_bound(unit) <= fit:
        return unit
    plain = unit.replace(NBSP, " ")
    for scale in (True, False):
        again = _bind(plain, currency=False, scale=scale)
        if _longest_bound(again) <= fit:
            return again
    return plain


def _bind(text: str, *, currency: bool, scale: bool) -> str:
    if scale:
        text = _NUMBER_THEN_SCALE.sub(NBSP, text)
        text = _TIMES.sub(f"{NBSP}×{NBSP}", text)
    if currency:
        text = _CURRENCY_THEN_NUMBER.sub(lambda m: m.group(1) + NBSP, text)
    return _RANGE_DASH.sub(lambda m: f"{WORD_JOINER}{m.group(1) or m.group(2)}{WORD_JOINER}", text)


def _longest_bound(text: str) -> int:
    """The length of the longest run that was joined by a no-break space (0: none)."""
    joined = [u for u in _BREAKABLE.split(text) if NBSP in u]  # (str.split splits at NBSP)
    return max((len(u.replace(WORD_JOINER, "")) for u in joined), default=0)


def full_stop(text: str) -> str:
    """``text`` as a sentence: a full stop added unless it already ends in . ? ! (or is empty)."""
    text = text.rstrip()
    return text if not text or text[-1] in ".?!" else f"{text}."
