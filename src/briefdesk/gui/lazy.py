"""Modules that load on first attribute access, so the first window frame appears sooner.

The window shows its frame before pydantic models, the store and the editor are imported; the
rest of the window is built on the next turn of the event loop. (``importlib.util.LazyLoader``
is not used: finding a submodule's spec already imports its parent package.)
"""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """Stands in for a module; the first attribute read imports it."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


def lazy(name: str) -> Any:
    return LazyModule(name)
