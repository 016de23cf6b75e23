"""Patterns compiled on first use (round 24): same answers as the compiled pattern, nothing
compiled before the first use, and the methods bound once."""

from __future__ import annotations

import re

from briefdesk.extract.lazy_rx import LazyPattern, lazy


def test_lazy_answers_as_the_compiled_pattern() -> None:
    source, flags = r"\b(?P<verb>sold|bought)\s+(\d+)\s+jets\b", re.IGNORECASE
    compiled, deferred = re.compile(source, flags), lazy(source, flags)
    text = "Ruritania SOLD 12 jets; Freedonia bought 4 jets and sold none."
    assert deferred.search(text).span() == compiled.search(text).span()  # type: ignore[union-attr]
    assert [m.groupdict() for m in deferred.finditer(text)] == [
        m.groupdict() for m in compiled.finditer(text)
    ]
    assert deferred.findall(text) == compiled.findall(text)
    assert deferred.sub("X", text) == compiled.sub("X", text)
    assert deferred.split(text) == compiled.split(text)
    assert deferred.match(text) is None and compiled.match(text) is None
    assert (deferred.pattern, deferred.flags, deferred.groups) == (
        compiled.pattern,
        compiled.flags,
        compiled.groups,
    )
    assert deferred.groupindex == compiled.groupindex


def test_nothing_compiled_before_first_use() -> None:
    deferred = LazyPattern(r"never(?:-used)?\s+pattern")
    assert "search" not in vars(deferred)
    assert deferred.fullmatch("never pattern") is not None
    assert "search" in vars(deferred)  # bound once: later calls skip __getattr__


def test_a_bad_pattern_fails_on_first_use_not_import() -> None:
    deferred = lazy(r"(unclosed")
    try:
        deferred.search("x")
    except re.error:
        return
    raise AssertionError("re.error expected")


def test_dunder_probes_are_not_answered() -> None:
    deferred = LazyPattern(r"a")
    assert not hasattr(deferred, "__deepcopy_hook__")
    assert "search" not in vars(deferred)
