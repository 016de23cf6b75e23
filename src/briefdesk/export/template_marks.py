"""Why a template in the user's folder cannot be used, in one line for a listing.

Why: ``templates list`` and the Export dialog's list showed a template with a typo or a hostile
one exactly like a good one; only after choosing it did the user learn it "cannot be used"
(newcomer9 N9-14). The export's own check is run (cached by content), and its first error named.
"""

from __future__ import annotations

from pathlib import Path


def check_problem(path: str | Path) -> str:
    """Empty when the template passes its checks (warnings do not count), else its first error
    and how many more."""
    from briefdesk.export.checks import check_template

    try:
        errors = [p for p in check_template(path) if not p.warning]
    except Exception as exc:  # a check that cannot run says why; the list still prints
        return f"could not be checked ({exc})"
    if not errors:
        return ""
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{errors[0]}{more}; run 'briefdesk templates check {_as_argument(Path(path).stem)}'"


def _as_argument(name: str) -> str:
    """The template's name as typed in a shell: quoted when it holds a space (N10-29: "run
    'briefdesk templates check My memo.docx'" failed, from any folder)."""
    return f'"{name}"' if any(c.isspace() or c in "'&;|()<>$`*?" for c in name) else name


def check_problems(paths: list[Path]) -> dict[Path, str]:
    """:func:`check_problem` of each, side by side (each check waits on its own worker)."""
    from concurrent.futures import ThreadPoolExecutor

    if not paths:
        return {}
    with ThreadPoolExecutor(max_workers=min(4, len(paths))) as pool:
        return dict(zip(paths, pool.map(check_problem, paths), strict=True))
