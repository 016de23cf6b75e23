"""Keep a binding bug from crashing a long session.

PySide6 6.12.0 on Python 3.11 loses one reference to ``True`` (and, through other calls, to
``None``) on every ``Signal.emit()``. After a few thousand edits the interpreter frees the
singleton and aborts ("Fatal Python error: bool_dealloc"), taking unsaved work with it. Python
3.12+ makes these singletons immortal, so the bug is harmless there; on 3.11 we do what 3.12
does: give them a reference count no session can exhaust. Only applied when a probe emit shows
the leak, so a fixed PySide6 is left alone.
"""

from __future__ import annotations

import ctypes
import sys

# Far more than any session emits, far below overflow of a 64-bit count.
_PADDING = 1 << 40
_guarded = False


def emit_leaks() -> bool:
    """True when emitting a signal drops a reference to ``True`` (the PySide6 6.12.0 bug)."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        fired = Signal(int)

    probe = _Probe()

    def dropped() -> bool:
        # Other threads (a reader, the spelling load) move True's count too: the bug drops at
        # least one reference per emit, so only a drop of that size counts.
        before = sys.getrefcount(True)
        for n in range(16):
            probe.fired.emit(n)
        return before - sys.getrefcount(True) >= 16

    return sum(dropped() for _ in range(3)) >= 2  # the majority of three probes


def guard_singletons() -> bool:
    """Pad the reference counts of True, False and None if emits leak them; True if padded."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or not emit_leaks():
        return _guarded
    for singleton in (True, False, None):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _PADDING
    _guarded = True
    return True
