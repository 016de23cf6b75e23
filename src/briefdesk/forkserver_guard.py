"""Imported by the forkserver (first of its preloads): it and every child it forks end with the
app, even a child still starting up.

Why: a forkserver child imports the app's main module before it runs any job; a script that
starts a window without an ``if __name__ == "__main__"`` guard (newcomer9's crash test) made the
child run that window instead, never reaching the job loop and its own watch
(:mod:`briefdesk.lifeline`), so after ``kill -9`` the child, the forkserver and the resource
tracker all lived on (N9-16). Here the forkserver watches the app, and on Linux each child is
told by the kernel (``PR_SET_PDEATHSIG``) to die with the forkserver, from its first instruction.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def _die_with_the_server(server: int) -> None:
    """In a process just forked. The hook is inherited by the workers, so a process a worker
    forks runs it too: only a direct child of the server is bound (a server gone already is
    caught by the child's own watch of the app, :func:`lifeline.die_with`)."""
    if os.getppid() != server:
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return


def install() -> None:
    from briefdesk.lifeline import die_with

    die_with(os.getppid())  # the app that started this forkserver
    if sys.platform.startswith("linux"):
        server = os.getpid()
        os.register_at_fork(after_in_child=lambda: _die_with_the_server(server))


install()
