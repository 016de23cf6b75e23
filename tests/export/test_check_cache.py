"""Template checks are kept on disk between runs (``export.check_cache``).

round 9 left: ``templates list`` re-checked every user template in each new process (two
sandboxed renders, ~3 s each). A check finished once is now read back, an edited template is
checked afresh, and a damaged cache entry is ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefdesk.export import check_cache, checks


def _no_worker() -> None:
    raise AssertionError("the template was checked again instead of read from the cache")


def _forget_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process sees: an empty in-memory cache (the disk cache stays)."""
    monkeypatch.setattr(checks, "_cache", {})


def test_a_finished_check_is_read_back_in_a_new_process(
    make_template: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    template = make_template("{{ title }}", "{{ no_such_field.deeper }}")
    first = checks.check_template(template)
    assert first, "the probe template has problems to remember"
    _forget_this_process(monkeypatch)
    monkeypatch.setattr("briefdesk.export.worker.shared_worker", _no_worker)
    assert checks.check_template(template) == first
    assert list((check_cache._entry("x").parent).glob("*.json"))


def test_an_edited_template_is_checked_afresh(
    make_template: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    template = make_template("{{ title }}")
    checks.check_template(template)
    edited = make_template("{% if %}")  # a syntax error: a new content, a new key
    template.write_bytes(edited.read_bytes())
    _forget_this_process(monkeypatch)
    problems = checks.check_template(template)
    assert any(not p.warning for p in problems), problems


def test_a_damaged_entry_counts_as_missing(
    make_template: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    template = make_template("{{ title }}", "{{ no_such_field.deeper }}")
    first = checks.check_template(template)
    for entry in check_cache._entry("x").parent.glob("*.json"):
        entry.write_text('[["half a row"', encoding="utf-8")
    _forget_this_process(monkeypatch)
    assert checks.check_template(template) == first  # checked again, same answer


def test_the_key_changes_with_the_checking_code(monkeypatch: pytest.MonkeyPatch) -> None:
    before = check_cache._entry("abc")
    check_cache.code_fingerprint.cache_clear()
    monkeypatch.setattr("briefdesk.__version__", "999.0")
    try:
        assert check_cache._entry("abc") != before
    finally:
        check_cache.code_fingerprint.cache_clear()
