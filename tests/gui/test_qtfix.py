"""A long session's thousands of signal emits never free ``True`` or ``None``."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

from briefdesk.gui.qtfix import emit_leaks, guard_singletons


class _Emitter(QObject):
    changed = Signal(str)
    busy = Signal(bool, str)


def test_many_emits_after_the_guard_leave_singletons_alive(qtbot: Any) -> None:
    guard_singletons()
    emitter = _Emitter()
    seen: list[str] = []
    emitter.changed.connect(seen.append)
    for n in range(20_000):  # a long day of typing: each key emits several signals
        emitter.changed.emit(f"bluf {n}")
        emitter.busy.emit(n % 2 == 0, "Reading")
    assert len(seen) == 20_000
    # Far above zero whether or not this PySide6 leaks: padded if it does, untouched if not.
    assert sys.getrefcount(True) > 1_000 and sys.getrefcount(None) > 1_000


def test_the_guard_is_applied_only_where_emits_leak(window: Any) -> None:
    from briefdesk.gui import qtfix

    if sys.version_info >= (3, 12):
        assert qtfix._guarded is False  # immortal singletons: nothing to do
    else:
        # The window applied it on start-up exactly when this PySide6 has the bug.
        assert qtfix._guarded is emit_leaks()
