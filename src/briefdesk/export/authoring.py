"""Template checks in the author's words: tables, rows and cells as Word shows them.

docxtpl's row, cell and paragraph tags (``{%tr %}``, ``{%tc %}``, ``{%p %}``) replace the whole
row, cell or paragraph that holds them, so anything else typed there is lost, and a misplaced one
ends in a Jinja error about code the author never wrote. These checks run on the template before
any render and name the place as the author finds it: "table 1, row 2".
"""

from __future__ import annotations

import io
import re
import zipfile
from copy import deepcopy
from typing import Any

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_STORY = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
_ANY_TAG = re.compile(r"\{\{|\{%|\{#")
# As docxtpl reads them: the letters right after the braces ("{%tr for … %}", "{{p x }}").
_KIND_TAG = {
    kind: re.compile(
        r"\{%" + kind + r"\s.*?%\}|\{\{" + kind + r"\s.*?\}\}|\{#" + kind + r"\s.*?#\}", re.S
    )
    for kind in ("tr", "tc", "p")
}


def _text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{_W}t"))


def _alone(text: str, kind: str) -> bool:
    """True when ``text`` holds no ``kind`` tag, or exactly one and nothing else."""
    found = _KIND_TAG[kind].findall(text)
    if not found:
        return True
    return len(found) == 1 and not _KIND_TAG[kind].sub("", text).strip()


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text[:80] + ("…" if len(text) > 80 else "")


def layout_problems(data: bytes) -> list[tuple[str, str]]:
    """Row, cell and paragraph tags that do not stand alone, named by table, row and cell."""
    problems: list[tuple[str, str]] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if _STORY.fullmatch(name):
                root = etree.fromstring(archive.read(name), _PARSER)
                problems += _part_problems(root, name)
    return problems


def _part_problems(root: Any, part: str) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    for t_index, table in enumerate(root.iter(f"{_W}tbl"), start=1):
        rows = [r for r in table.iterchildren(f"{_W}tr")]
        for r_index, row in enumerate(rows, start=1):
            cells = [c for c in row.iterchildren(f"{_W}tc")]
            row_text = "".join(_text(c) for c in cells)
            place = f"table {t_index}, row {r_index}"
            if not _alone(row_text, "tr"):
                problems.append(
                    (f"{place}: each {{%tr %}} tag must stand alone in its own row", part)
                )
                continue
            for c_index, cell in enumerate(cells, start=1):
                cell_text = _text(cell)
                if not _alone(cell_text, "tc"):
                    problems.append(
                        (
                            f"{place}, cell {c_index}: each {{%tc %}} tag must stand alone "
                            "in its own cell",
                            part,
                        )
                    )
                for paragraph in cell.iterchildren(f"{_W}p"):
                    if not _alone(_text(paragraph), "p"):
                        problems.append(
                            (
                                f"{place}, cell {c_index}: each {{%p %}} tag must stand alone "
                                "in its own paragraph",
                                part,
                            )
                        )
    body = root.find(f"{_W}body")
    top = body if body is not None else root
    for number, paragraph in enumerate(top.iterchildren(f"{_W}p"), start=1):
        text = _text(paragraph)
        if not _alone(text, "p"):
            problems.append(
                (
                    f"paragraph {number} (“{_snippet(text)}”): each {{%p %}} tag must stand "
                    "alone in its own paragraph",
                    part,
                )
            )
    return problems


TAGLESS = "the document has no tags ({{ … }} or {% … %})"


def is_tagless(problem: object) -> bool:
    """Whether a ``TemplateProblem`` is the "no tags at all" warning (an ordinary document)."""
    return str(getattr(problem, "message", "")).startswith(TAGLESS)


def tagless_warning(data: bytes) -> tuple[str, str, bool] | None:
    """A warning when the document holds no tag at all: every brief would export the same."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if _STORY.fullmatch(name):
                root = etree.fromstring(archive.read(name), _PARSER)
                if _ANY_TAG.search(_text(root)):
                    return None
            elif name.startswith("word/") and name.endswith(".rels"):
                rels = archive.read(name)
                if b"%7B%7B" in rels.upper() or b"{{" in rels:  # a tag in a link address
                    return None
    return (
        f"{TAGLESS}: every brief would export the same "
        "text; is this an exported brief rather than a template?",
        "word/document.xml",
        True,
    )


def without_faulty_tables(data: bytes) -> bytes | None:
    """The template with every table that holds a misplaced row, cell or paragraph tag emptied
    of text (its loop's start and end go together), so the other checks still read the rest
    (N11-12: one misplaced ``{%tr %}`` hid five other mistakes). None when a misplaced tag
    stands outside any table: blanking it could leave its partner unmatched."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as archive, zipfile.ZipFile(out, "w") as copy:
        for info in archive.infolist():
            raw = archive.read(info)
            if _STORY.fullmatch(info.filename):
                root = etree.fromstring(raw, _PARSER)
                if any(not p[0].startswith("table ") for p in _part_problems(root, "")):
                    return None
                faulty = [t for t in root.iter(f"{_W}tbl") if _part_problems(_wrapped(t), "")]
                for table in faulty:
                    for text in table.iter(f"{_W}t"):
                        text.text = ""
                if faulty:
                    raw = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            copy.writestr(info, raw)
    return out.getvalue()


def _wrapped(table: Any) -> Any:
    """``table`` as the one table of a bare element, for :func:`_part_problems`."""
    holder = etree.Element(f"{_W}holder")
    holder.append(deepcopy(table))
    return holder
