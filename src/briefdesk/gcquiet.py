"""Build a big, long-lived structure without stalling the window's event loop.

Reading a Hunspell dictionary makes millions of small objects; every so often that allocation
triggers a full (generation-2) garbage collection, which walks every object in the process
while holding the GIL: 16-100 ms each, five of them while the window starts, however idle the
GUI thread is (measured by benchmarks/bench_library_stall.py, ``idle@start``). During such a load
the collector is paused (reference counting still frees what is dropped), and afterwards what
was built is frozen (``gc.freeze``): later full collections skip it, so they stay short too.
The interpreter's thread switch interval is cut from 5 ms to 0.5 ms meanwhile, so the loading
thread hands the GIL back to the GUI thread sooner (idle@start, 16 fresh windows each: 12 vs 9
under 50 ms, longest 102 vs 387 ms).
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0
_was_enabled = False
_was_interval = 0.005
LOAD_SWITCH_SECONDS = 0.0005


@contextmanager
def big_load() -> Iterator[None]:
    """Pause automatic collection while the block runs (nesting and threads allowed); a
    collector someone else had turned off stays off."""
    global _active, _was_enabled, _was_interval
    with _lock:
        if _active == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
            _was_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_was_interval, LOAD_SWITCH_SECONDS))
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                gc.freeze()  # what was loaded is for good: never walked again
                sys.setswitchinterval(_was_interval)
                if _was_enabled:
                    gc.enable()
