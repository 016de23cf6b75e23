"""Structure-aware fuzzing of .brief files: validate → show → export → extract → save.

Each example is the sample brief with a few fields replaced by hostile values (huge and odd
numbers, dates at and past the limits, lone surrogates, control characters, deep nesting, wrong
types) and, sometimes, a key written twice. Whatever happens must be one of two things: a
one-line refusal with no Python internals, or a brief that shows, exports, extracts and saves.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from briefdesk.export.context import build_context
from briefdesk.export.engine import render_docx
from briefdesk.export.registry import builtin_dir
from briefdesk.export.render import render_markdown
from briefdesk.extract import extract_source
from briefdesk.model.errors import BriefError
from briefdesk.model.fileformat import dumps, loads
from briefdesk.samples import sample_bytes
from briefdesk.summary import summarize
from tests.reliability.fuzzing import fuzz

SAMPLE: dict[str, Any] = json.loads(sample_bytes())
TEMPLATE = (builtin_dir() / "deal-sheet.docx").read_bytes()

# Leaves worth attacking: (path, kind) where kind picks the hostile values that make sense.
TARGETS: list[tuple[str, ...]] = [
    ("deals", "0", "value", "amount"),
    ("deals", "0", "items", "0", "quantity"),
    ("deals", "0", "dates", "signed"),
    ("header", "date"),
    ("header", "critical_date"),
    ("header", "title"),
    ("bluf",),
    ("sources", "0", "published"),
    ("sources", "1", "accessed"),
    ("sources", "0", "credibility"),
    ("sources", "1", "title"),
    ("sources", "0", "text"),
    ("actors", "0", "name"),
    ("actors", "1", "aliases"),
    ("recommendations", "0", "due_by"),
    ("significance", "judgments", "0", "likelihood"),
    ("created",),
    ("modified",),
    ("version",),
    ("notes",),
]

numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([0, -1, 1, 2**63, 10**19, 10**20, 10**21]),
    st.sampled_from(
        [
            "1e40",
            "1e999999999",
            "-0",
            "0.000001",
            "0.0000001",
            "NaN",
            "Infinity",
            "1E+19",
            "99999999999999999999.999999",
            "1" * 21,
            "1" * 4400,
            "",
            " 12 ",
            "0x10",
            "1_000",
        ]
    ),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
    st.floats(allow_nan=False, allow_infinity=False),
)
dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(
        [
            "1899-12-31",
            "1900-01-01",
            "2200-12-31",
            "2201-01-01",
            "0001-01-01",
            "9999-12-31",
            "2026-02-30",
            "2026-13-01",
            "2026-03-04T10:00:00Z",
            "1900-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "yesterday",
            "",
        ]
    ),
)
texts = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "\ud800",
            "a\udfffb",
            "\x00\x01\x1f",
            "\u202e",
            "<w:t>x</w:t>",
            "{{ 7*7 }}",
            "**" * 200,
            "- " * 300,
            "é" * 5000,
        ]
    ),
)


def _nested(depth: int) -> str:
    """A marker replaced after dumping (json.dumps itself cannot write deep nesting)."""
    return f"__deep_{depth}__"


hostile = st.one_of(
    numbers,
    dates,
    texts,
    st.sampled_from([None, True, False, [], {}, {"a": 1}]),
    st.integers(min_value=50, max_value=5000).map(_nested),
)


def _set(document: Any, path: tuple[str, ...], value: Any) -> None:
    node = document
    for part in path[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    last = path[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


@st.composite
def brief_files(draw: st.DrawFn) -> bytes:
    document = json.loads(json.dumps(SAMPLE))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        _set(document, draw(st.sampled_from(TARGETS)), draw(hostile))
    text = json.dumps(document, indent=draw(st.sampled_from([None, 2])))
    text = re.sub(r'"__deep_(\d+)__"', lambda m: "[" * int(m[1]) + '"deep"' + "]" * int(m[1]), text)
    if draw(st.booleans()):
        # Write one key twice: what a reviewer reads must be what loads, or it is refused.
        key = draw(st.sampled_from(['"title": ', '"amount": ', '"id": ', '"bluf": ']))
        if key in text:
            text = text.replace(key, f'{key}"shadow", {key}', 1)
    return text.encode("utf-8", "surrogatepass")


# Python internals that must never reach a user.
_INTERNALS = re.compile(
    r"Traceback|Error:|<class|object at 0x|ValidationError|pydantic|\bKeyError\b|\bLookupError\b"
)


@fuzz
@given(data=brief_files())
def test_any_brief_is_refused_in_one_line_or_fully_usable(data: bytes) -> None:
    try:
        brief = loads(data)
    except BriefError as exc:
        message = str(exc)
        assert message and "\n" not in message, message
        assert not _INTERNALS.search(message), message
        return
    # Valid means usable: shown, put into a template context, exported, extracted, saved.
    assert summarize(brief)
    context = build_context(brief)
    assert render_markdown(brief)
    assert render_docx(TEMPLATE, context, seconds=30)[:2] == b"PK"
    for source in brief.sources:
        extract_source(source)
    text = dumps(brief)
    assert len(text) < 4 * len(data) + 10_000  # never a billion digits
    again = loads(text.encode("utf-8"))
    assert again == brief
    for deal in brief.deals:
        if deal.value is not None:
            assert isinstance(deal.value.amount, Decimal)


def test_the_fuzz_profile_is_documented() -> None:
    docs = Path(__file__).parents[2] / "docs" / "reliability.md"
    assert "HYPOTHESIS_PROFILE=long" in docs.read_text(encoding="utf-8")
