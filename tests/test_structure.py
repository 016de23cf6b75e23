"""House rule "small modules with one job": no module of the application grows past the bound.

tests/extract/test_structure.py holds the extractor to the same bound (and to a complexity
limit); this test covers every package under src/briefdesk/, so a module that grows past it
fails here and is split along a real seam rather than allowed to sprawl.
"""

from __future__ import annotations

from pathlib import Path

import briefdesk

PACKAGE = Path(briefdesk.__file__).resolve().parent
MAX_LINES = 420  # "no module over ~400 lines"

# Modules allowed over the bound, each with the reason it cannot be split. Keep it empty:
# an entry needs a reason a reviewer would accept, not "it grew".
EXCEPTIONS: dict[str, str] = {}


def _lengths() -> dict[str, int]:
    return {
        path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def test_no_module_is_over_the_bound() -> None:
    lengths = _lengths()
    assert len(lengths) > 100, "the package was not found where the test looks"
    long = {name: n for name, n in lengths.items() if n > MAX_LINES and name not in EXCEPTIONS}
    assert not long, f"modules over {MAX_LINES} lines (split them along a real seam): {long}"


def test_every_exception_is_still_needed() -> None:
    """An exception for a module that shrank or went away is dropped, not kept as a licence."""
    lengths = _lengths()
    stale = [name for name in EXCEPTIONS if lengths.get(name, 0) <= MAX_LINES]
    assert not stale, f"no longer over {MAX_LINES} lines, drop from EXCEPTIONS: {stale}"
