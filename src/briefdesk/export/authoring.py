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
        "the document has no tags ({{ … }} or {% … %}): every brief would export the same "
        "text; is this an exported brief rather than a template?",
        "word/document.xml",
        True,
    )
