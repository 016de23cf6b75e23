"""House rule 1: the core never imports Qt, so the CLI and scripts run without a GUI stack."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import briefdesk

CORE = ("model", "store", "sources", "extract", "export", "editing", "spelling", "library")


def _core_modules() -> list[str]:
    names = ["briefdesk", "briefdesk.paths", "briefdesk.samples", "briefdesk.summary"]
    for info in pkgutil.walk_packages(briefdesk.__path__, "briefdesk."):
        parts = info.name.split(".")
        if len(parts) > 1 and parts[1] in CORE:
            names.append(info.name)
    names += ["briefdesk.cli.main"]
    return names


def test_core_and_cli_import_without_loading_qt() -> None:
    modules = _core_modules()
    assert "briefdesk.model.brief" in modules and "briefdesk.store.files" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "from briefdesk.cli.main import build_parser\n"
        "build_parser()\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
