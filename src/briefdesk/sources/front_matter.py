"""A Markdown note's YAML front matter: its metadata, never its text.

Why (newcomer14 N14-39): notes exported from Obsidian, Hugo or Jekyll open with a block
between ``---`` lines ("title: …", "author: …", "date: …"); it was read as the article, so the
title became 'title: "Potash thread"', the author stayed empty and extraction read the block.
Only the simple ``key: value`` lines such tools write are read (no YAML library: a note's
metadata is flat); a list of authors ("- K. Lindqvist") is joined.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

_BLOCK = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
_ITEM = re.compile(r"^\s+-\s+(?P<value>.+)$")
_MAX_BLOCK = 4000  # a longer block is not a note's metadata
_TITLE_KEYS = ("title", "headline")
_AUTHOR_KEYS = ("author", "authors", "byline", "creator")
_DATE_KEYS = ("date", "published", "pubdate", "publishdate", "created")
_URL_KEYS = ("url", "source", "link", "canonical_url", "canonical", "source_url")


@dataclass
class FrontMatter:
    """The fields read from the block, and the text without it."""

    text: str
    title: str = ""
    author: str = ""
    published: dt.date | None = None
    url: str = ""
    fields: dict[str, list[str]] = field(default_factory=dict)


def split_front_matter(text: str) -> FrontMatter | None:
    """The front matter at the very start of ``text``, or None when there is none."""
    found = _BLOCK.match(text)
    if found is None or len(found.group("body")) > _MAX_BLOCK:
        return None
    fields = _fields(found.group("body"))
    if not fields:
        return None  # "---" above a horizontal rule, not metadata
    result = FrontMatter(text=text[found.end() :].lstrip("\r\n"), fields=fields)
    result.title = _first(fields, _TITLE_KEYS)
    result.author = ", ".join(next((fields[k] for k in _AUTHOR_KEYS if fields.get(k)), []))
    result.url = next(
        (v for v in (_first(fields, (k,)) for k in _URL_KEYS) if v.startswith("http")), ""
    )
    result.published = _date(_first(fields, _DATE_KEYS))
    return result


def _fields(body: str) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    key = ""
    for line in body.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if (item := _ITEM.match(line)) and key:
            fields[key].append(_unquote(item.group("value")))
            continue
        pair = _FIELD.match(line)
        if pair is None:
            if not line.startswith((" ", "\t")):
                return {}  # not the key: value lines of front matter
            continue
        key = pair.group("key").lower()
        value = pair.group("value").strip()
        if value.startswith("[") and value.endswith("]"):
            fields[key] = [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
        else:
            fields[key] = [_unquote(value)] if value else []
    return fields


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return " ".join(value.split())


def _first(fields: dict[str, list[str]], keys: tuple[str, ...]) -> str:
    return next((fields[k][0] for k in keys if fields.get(k)), "")


def _date(value: str) -> dt.date | None:
    """A date like 2026-11-20, also with a time after it."""
    found = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)", value)
    if found is None:
        return None
    try:
        return dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return None
