"""The extractor stays built to last: small modules, simple functions, word lists kept as data."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import briefdesk.extract

PACKAGE = Path(briefdesk.extract.__file__).resolve().parent
DATA = PACKAGE / "data"
MAX_LINES = 420  # "no module over ~400 lines"
MAX_COMPLEXITY = 25


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_is_too_long() -> None:
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def test_no_function_is_too_complex() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.fail("ruff (a development dependency) is not installed")
    result = subprocess.run(
        [
            ruff,
            "check",
            "--isolated",
            "--select",
            "C901",
            "--config",
            f"lint.mccabe.max-complexity={MAX_COMPLEXITY}",
            "--output-format",
            "concise",
            str(PACKAGE),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _lists() -> list[Path]:
    return sorted(DATA.glob("*.txt"))


def test_word_lists_are_sorted_and_unique() -> None:
    for path in _lists():
        entries = [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
        assert entries, f"{path.name} is empty"
        assert len(entries) == len(set(entries)), f"{path.name} has duplicates"
        assert entries == sorted(entries), f"{path.name} is not sorted"
        assert all(e == e.strip() for e in entries), f"{path.name} has stray spaces"


def test_every_word_list_is_used_and_none_duplicates_another() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in _modules())
    used = set(re.findall(r'word_list\("(\w+)"\)', code))
    names = {p.stem for p in _lists()}
    assert names - used == set(), f"lists no code reads: {sorted(names - used)}"
    assert used - names == set(), f"lists the code reads but are missing: {sorted(used - names)}"
    seen: dict[str, str] = {}
    for path in _lists():
        content = path.read_text(encoding="utf-8")
        assert content not in seen, f"{path.name} repeats {seen.get(content)}"
        seen[content] = path.name


def test_word_lists_ship_as_package_data() -> None:
    pyproject = (PACKAGE.parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"extract/data/*.txt"' in pyproject
