"""A worker child ends when the app that started it ends, however the app ended.

Why: after ``kill -9`` of the window, a worker busy in a job never read the end-of-file on its
pipe, and — since a forkserver child holds the server's "alive" pipe and the resource tracker's
pipe — the forkserver and the resource tracker (which ignores SIGTERM by design) lived on too,
orphaned (newcomer9 N9-16). A watch thread in each child waits for the app's process to end and
then ends the child at once; with the children gone, the forkserver and the resource tracker
read end-of-file and exit by themselves.
"""

from __future__ import annotations

import os
import select
import threading
import time

EXIT_CODE = 70  # the app is gone: nothing to answer to
_POLL_SECONDS = 0.5


def die_with(pid: int) -> None:
    """Start a daemon thread that ends this process when process ``pid`` ends (no-op for 0)."""
    if pid <= 0 or pid == os.getpid():
        return
    try:
        handle: int | None = os.pidfd_open(pid)  # Linux ≥ 5.3: wakes the moment it ends
    except ProcessLookupError:
        os._exit(EXIT_CODE)  # already gone before the child got this far
    except (AttributeError, OSError):
        handle = None  # other systems, old kernels: look every half second
    thread = threading.Thread(
        target=_watch, args=(pid, handle), name="briefdesk-lifeline", daemon=True
    )
    thread.start()


def _watch(pid: int, handle: int | None) -> None:
    if handle is not None:
        poller = select.poll()
        poller.register(handle, select.POLLIN)
        while not poller.poll():
            pass
        os._exit(EXIT_CODE)
    while _alive(pid):
        time.sleep(_POLL_SECONDS)
    os._exit(EXIT_CODE)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process took the number: ours is gone
        return False
    return True
