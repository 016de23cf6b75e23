"""docs/templates.md documents every context variable (a new variable without docs fails here)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from briefdesk.export.context import build_context
from briefdesk.export.probe import full_brief

DOC = Path(__file__).resolve().parents[2] / "docs" / "templates.md"


def _keys(value: Any, prefix: str = "") -> set[str]:
    keys: set[str] = set()
    if isinstance(value, dict):
        for key, child in value.items():
            keys.add(key)
            keys |= _keys(child, key)
    elif isinstance(value, list):
        for child in value:
            keys |= _keys(child, prefix)
    return keys


def test_every_variable_is_documented() -> None:
    documented = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", DOC.read_text(encoding="utf-8")))
    missing = sorted(_keys(build_context(full_brief())) - documented)
    assert missing == []
