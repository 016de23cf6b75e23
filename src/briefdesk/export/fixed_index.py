"""A template that picks a list's item by position (``{{ deals[5].item }}``).

Why (N10-21): it passed ``templates check`` and then stopped the export of a brief with fewer
deals, with Jinja's "list object has no element 5" naming neither the list nor the expression.
The check now warns, and the export's error names the expression and the way out.
"""

from __future__ import annotations

import re

# "deals[5]", "d.parties[0]" inside a tag; a name, dots, then a literal index.
_INDEXED = re.compile(r"\b([A-Za-z_][\w.]*)\[(\d+)\]")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_NO_ELEMENT = re.compile(r"\b\w+ object has no element (\d+)")


def _indexed(text: str) -> list[tuple[str, int]]:
    found = []
    for tag in _TAG.findall(text):
        found += [(m.group(1), int(m.group(2))) for m in _INDEXED.finditer(tag)]
    return found


def _advice(name: str, index: int) -> str:
    item = name.rsplit(".", 1)[-1]
    return (
        f"{name}[{index}] needs {index + 1} or more {item}; loop with "
        f"{{% for x in {name} %}} or guard it with {{% if {name}|length > {index} %}}"
    )


def fixed_index_warnings(text: str) -> list[str]:
    """One warning per list item picked by position (after the first) in a paragraph, unless
    it is guarded by a length test in that paragraph."""
    if "length" in text:
        return []
    # Item 0 of an empty list already fails the check's render of an empty brief.
    return [
        f"{name}[{index}] picks an item by position: a brief with fewer stops the export; "
        + _advice(name, index).split("; ", 1)[1]
        for name, index in _indexed(text)
        if index > 0
    ]


def explained(message: str, paragraph: str) -> str:
    """Jinja's "list object has no element 5" with the expression and the way out, when the
    paragraph shows which; the message unchanged otherwise."""
    missing = _NO_ELEMENT.search(message)
    if missing is None:
        return message
    index = int(missing.group(1))
    names = [name for name, at in _indexed(paragraph) if at == index]
    if not names:
        return message
    name = names[0]
    fewer = f"fewer than {index + 1} {name.rsplit('.', 1)[-1]}" if index else "none"
    return f"{name}[{index}]: the brief has {fewer}; " + _advice(name, index).split("; ", 1)[1]
