"""Every syntax error of a template in one pass, each at the paragraph the author typed it in.

Jinja stops at the first syntax error, and docxtpl joins a tag left open (``{{ title }``) with
the text up to the next ``}}``, several paragraphs on, so the error quoted text from elsewhere.
Here each paragraph's tags are read as the author typed them: a tag not closed in its
paragraph, a tag whose expression does not parse, and block tags that do not pair up
(``{% if %}`` never closed, ``{% endfor %}`` with no ``{% for %}``) are each reported. The
paragraphs holding them are then blanked, so the dry run that looks for unknown variables can
still read the rest of the template.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from jinja2 import TemplateSyntaxError
from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
# The parts docxtpl renders as templates of their own.
_STORY = re.compile(r"word/(document|header\d*|footer\d*|footnotes)\.xml")
_OPEN = re.compile(r"\{\{|\{%|\{#")
_CLOSE = {"{{": "}}", "{%": "%}", "{#": "#}"}
_DOCXTPL_PREFIX = re.compile(r"(tr|tc|p|r)\s")
_WORD = re.compile(r"\s*([A-Za-z_]\w*)")
# Word's typographic quotes, as docxtpl straightens them inside tags.
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_BLOCKS = frozenset(
    {"if", "for", "macro", "call", "filter", "with", "block", "autoescape", "raw", "trans"}
)
_MIDDLE = {"elif": ("if",), "else": ("if", "for")}
# docxtpl's own statements, replaced before Jinja sees them.
_DOCXTPL_STATEMENTS = frozenset({"vm", "hm", "colspan", "cellbg"})
_MAX_ROUNDS = 20


@dataclass(eq=False)
class _Tag:
    text: str  # as typed, e.g. "{% if bluf %}"
    inner: str  # between the braces: docxtpl letter, whitespace control and quotes dealt with
    kind: str  # "{{", "{%" or "{#"
    keyword: str  # first word of a statement
    paragraph: Any
    where: str


def lint_template(data: bytes) -> tuple[list[tuple[str, str]], bytes]:
    """(every syntax problem as (message, where), the template with their paragraphs blanked).

    ``data`` is a normalised template (tracked changes accepted). The bytes come back unchanged
    when nothing is wrong.
    """
    from briefdesk.export.sandbox import make_environment

    env = make_environment(autoescape=True)
    problems: list[tuple[str, str]] = []
    changed: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if not _STORY.fullmatch(name):
                continue
            root = etree.fromstring(archive.read(name), _PARSER)
            found, bad = _lint_part(root, name, env)
            if not bad:
                continue
            problems += found
            _blank_until_balanced(root, name, bad)
            changed[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return problems, (_replace_parts(data, changed) if changed else data)


def _lint_part(root: Any, part: str, env: Any) -> tuple[list[tuple[str, str]], set[Any]]:
    """The part's problems in document order, and the paragraphs they sit in."""
    found: list[tuple[int, str, str]] = []  # (paragraph number, message, where)
    bad: set[Any] = set()
    tags: list[_Tag] = []
    order: dict[Any, int] = {}
    comment = _Comment()
    for number, (paragraph, where) in enumerate(_paragraphs(root, part)):
        order[paragraph] = number
        for problem in _tags_in(_text(paragraph), paragraph, where, tags, comment):
            found.append((number, problem, where))
            bad.add(paragraph)
    if comment.open_at is not None:
        paragraph, where, text = comment.open_at
        message = f'syntax error: the comment "{_clip(text)}" is never closed (no "#}}" after it)'
        found.append((order[paragraph], message, where))
        bad.add(paragraph)
    if not found and _compiles(tags, env):
        return [], bad  # the usual case: one compile instead of one per tag
    for tag in _outside_raw(tags):
        message = _parse_problem(tag, env)
        if message:
            found.append((order[tag.paragraph], message, tag.where))
            bad.add(tag.paragraph)
    good = [t for t in tags if t.paragraph not in bad]
    for message, tag in _unpaired(good):
        found.append((order[tag.paragraph], message, tag.where))
        bad.add(tag.paragraph)
    found.sort(key=lambda item: item[0])  # stable: one paragraph's problems keep their order
    return [(message, where) for _, message, where in found], bad


def _blank_until_balanced(root: Any, part: str, bad: set[Any]) -> None:
    """Blank the bad paragraphs; a block tag left without its partner by that goes too."""
    for _ in range(_MAX_ROUNDS):
        for paragraph in bad:
            for t in _own_texts(paragraph):
                t.text = ""
        tags: list[_Tag] = []
        comment = _Comment()
        for paragraph, where in _paragraphs(root, part):
            _tags_in(_text(paragraph), paragraph, where, tags, comment)
        bad = {tag.paragraph for _, tag in _unpaired(tags)}
        if not bad:
            return


def _paragraphs(root: Any, part: str) -> list[tuple[Any, str]]:
    """Every paragraph with its place as the author finds it."""
    tables = {t: n for n, t in enumerate(root.iter(f"{_W}tbl"), start=1)}  # keeps the proxies
    out = []
    for paragraph in root.iter(f"{_W}p"):
        text = _text(paragraph)
        if "{" not in text and "#}" not in text:  # "#}" may end a comment begun above
            continue
        snippet = _snippet(text)
        place = part
        cell = next(paragraph.iterancestors(f"{_W}tc"), None)
        if cell is not None:
            row = cell.getparent()
            table = row.getparent()
            r = [x for x in table.iterchildren(f"{_W}tr")].index(row) + 1
            c = [x for x in row.iterchildren(f"{_W}tc")].index(cell) + 1
            place += f", table {tables.get(table, '?')}, row {r}, cell {c}"
        out.append((paragraph, f'{place}, paragraph "{snippet}"'))
    return out


def blank_paragraph(data: bytes, where: str) -> bytes | None:
    """The template with the paragraph a render fault names (``part, paragraph "…"``) blanked,
    and any block tag that leaves unpaired, so a dry run can go on past one refused expression
    and report the rest of the template's problems too; None when no single paragraph has
    that place (then the run stops there, as before)."""
    part = where.split(", paragraph ", 1)[0]
    if not _STORY.fullmatch(part):
        return None
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if part not in archive.namelist():
            return None
        root = etree.fromstring(archive.read(part), _PARSER)
    named = [
        paragraph
        for paragraph, _ in _paragraphs(root, part)
        if f'{part}, paragraph "{_snippet(_text(paragraph))}"' == where
    ]
    if len(named) != 1:
        return None
    _blank_until_balanced(root, part, set(named))
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return _replace_parts(data, {part: xml})


def _snippet(text: str) -> str:
    # As the render's own messages quote a paragraph, so both name one place alike.
    text = text.strip()
    return text[:120] + ("…" if len(text) > 120 else "")


def table_places(data: bytes) -> dict[str, str]:
    """``part, paragraph "…"`` → the same with its table, row and cell, for paragraphs in
    tables whose text is not repeated elsewhere (the render's messages name only the text)."""
    places: dict[str, str] = {}
    seen: set[str] = set()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if not _STORY.fullmatch(name):
                continue
            root = etree.fromstring(archive.read(name), _PARSER)
            for paragraph, where in _paragraphs(root, name):
                short = f'{name}, paragraph "{_snippet(_text(paragraph))}"'
                if short in seen:
                    places.pop(short, None)
                    continue
                seen.add(short)
                if where != short:
                    places[short] = where
    return places


def _own_texts(paragraph: Any) -> list[Any]:
    """The paragraph's text elements, not those of a text box's paragraphs inside it."""
    return [
        t for t in paragraph.iter(f"{_W}t") if next(t.iterancestors(f"{_W}p"), None) is paragraph
    ]


def _text(paragraph: Any) -> str:
    return "".join(t.text or "" for t in _own_texts(paragraph))


@dataclass
class _Comment:
    """A ``{# … #}`` comment may run over several paragraphs (docxtpl joins them)."""

    open_at: Any = None  # (paragraph, where, text) of its start while it is open


def _tags_in(
    text: str, paragraph: Any, where: str, tags: list[_Tag], comment: _Comment
) -> list[str]:
    """Append the paragraph's closed tags to ``tags``; the problems of the others."""
    problems: list[str] = []
    pos = 0
    if comment.open_at is not None:
        pos = text.find("#}")
        if pos < 0:
            return problems
        comment.open_at, pos = None, pos + 2
    while (match := _OPEN.search(text, pos)) is not None:
        kind = match.group()
        closer = _CLOSE[kind]
        end = text.find(closer, match.end())
        if end < 0 and kind == "{#":
            comment.open_at = (paragraph, where, text[match.start() :])
            return problems
        if end < 0:
            shown = _clip(text[match.start() :])
            others = [c for c in _CLOSE.values() if c != closer and c in text[match.end() :]]
            if others:
                problems.append(
                    f'syntax error: the tag "{shown}" opens with "{kind}" but ends with '
                    f'"{others[0]}" (it needs "{closer}")'
                )
            else:
                problems.append(
                    f'syntax error: the tag "{shown}" is not closed: "{closer}" is missing '
                    "in its paragraph"
                )
            return problems
        raw = text[match.start() : end + 2]
        inner = text[match.end() : end].translate(_QUOTES)
        prefix = _DOCXTPL_PREFIX.match(inner)
        if prefix:
            inner = inner[prefix.end() :]
        inner = inner.strip().removeprefix("-").removeprefix("+")
        inner = inner.removesuffix("-").removesuffix("+").strip()
        word = _WORD.match(inner) if kind == "{%" else None
        tags.append(_Tag(raw, inner, kind, word.group(1) if word else "", paragraph, where))
        pos = end + 2
    return problems


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text[:60] + ("…" if len(text) > 60 else "")


def _outside_raw(tags: list[_Tag]) -> list[_Tag]:
    out, raw = [], False
    for tag in tags:
        if tag.keyword == "endraw":
            raw = False
        if not raw:
            out.append(tag)
        if tag.keyword == "raw":
            raw = True
    return out


def _compiles(tags: list[_Tag], env: Any) -> bool:
    """True when the part's tags, in order and without the text between them, compile."""
    pieces = []
    for tag in tags:
        if tag.kind == "{{":
            pieces.append("{{ " + tag.inner + " }}")
        elif tag.kind == "{%" and tag.keyword not in _DOCXTPL_STATEMENTS:
            pieces.append("{% " + tag.inner + " %}")
    try:
        env.compile("".join(pieces))
    except TemplateSyntaxError:
        return False
    return True


def _parse_problem(tag: _Tag, env: Any) -> str:
    """Why this one tag does not parse, or ""; pairing is checked separately."""
    if tag.kind == "{#" or tag.keyword.startswith("end") or tag.keyword in _DOCXTPL_STATEMENTS:
        return ""
    if tag.kind == "{{":
        source = "{{ " + tag.inner + " }}"
    elif tag.keyword in _MIDDLE:
        source = "{% if true %}{% " + tag.inner + " %}{% endif %}"
    elif tag.keyword in _BLOCKS or (tag.keyword == "set" and "=" not in tag.inner):
        source = "{% " + tag.inner + " %}{% end" + tag.keyword + " %}"
    else:
        source = "{% " + tag.inner + " %}"
    try:
        env.compile(source)  # compiling also finds unknown filters and tests
    except TemplateSyntaxError as exc:
        return f'syntax error in "{_clip(tag.text)}": {_reworded(exc.message or str(exc))}'
    return ""


def _reworded(message: str) -> str:
    text = " ".join(message.split()).replace("print statement", "{{ }} tag").rstrip(".")
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _unpaired(tags: list[_Tag]) -> list[tuple[str, _Tag]]:
    """Block tags that do not pair up, in document order."""
    found: list[tuple[str, _Tag]] = []
    stack: list[_Tag] = []
    raw = False
    for tag in tags:
        keyword = tag.keyword
        if raw and keyword != "endraw":
            continue
        if keyword == "set" and "=" in tag.inner:
            continue
        if keyword in _BLOCKS or keyword == "set":
            stack.append(tag)
            raw = keyword == "raw"
        elif keyword in _MIDDLE:
            if not stack or stack[-1].keyword not in _MIDDLE[keyword]:
                opener = " or ".join(f'"{{% {k} %}}"' for k in _MIDDLE[keyword])
                found.append((f'syntax error: "{_clip(tag.text)}" is outside any {opener}', tag))
        elif keyword.startswith("end") and keyword[3:] in _BLOCKS | {"set"}:
            raw = False
            opened = keyword[3:]
            depth = next(
                (i for i in range(len(stack) - 1, -1, -1) if stack[i].keyword == opened), None
            )
            if depth is None:
                found.append(
                    (
                        f'syntax error: "{_clip(tag.text)}" has no "{{% {opened} … %}}" before it',
                        tag,
                    )
                )
                continue
            found += [(_never_closed(t), t) for t in stack[depth + 1 :]]
            del stack[depth:]
    found += [(_never_closed(t), t) for t in stack]
    return sorted(found, key=lambda item: tags.index(item[1]))


def _never_closed(tag: _Tag) -> str:
    return (
        f'syntax error: "{_clip(tag.text)}" is never closed (no "{{% end{tag.keyword} %}}" '
        "after it)"
    )


def _replace_parts(data: bytes, changed: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info, changed.get(info.filename) or source.read(info.filename))
    return out.getvalue()
