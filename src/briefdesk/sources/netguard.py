"""Refuse network access while an import runs, whatever library tries it.

A Python audit hook sees every socket connect and DNS look-up. It is installed once per
process and only bites inside :func:`no_network` blocks (a context variable, so other
threads of the app, such as an update check, are unaffected).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from briefdesk.sources.errors import Refusal

_GUARDED_EVENTS = frozenset(
    {
        "socket.connect",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.sendto",
        "socket.sendmsg",
        "urllib.Request",
        "http.client.connect",
        "ftplib.connect",
        "smtplib.connect",
    }
)
_active: ContextVar[bool] = ContextVar("briefdesk_no_network", default=False)
_install_lock = threading.Lock()
_installed = False


class NetworkBlocked(Refusal):
    """An importer tried to reach the network; sources are read offline only."""


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event in _GUARDED_EVENTS and _active.get():
        raise NetworkBlocked(f"tried to reach the network ({event}); refused")


def install() -> None:
    """Install the audit hook once; audit hooks cannot be removed, so it stays dormant."""
    global _installed
    with _install_lock:
        if not _installed:
            sys.addaudithook(_hook)
            _installed = True


@contextmanager
def no_network() -> Iterator[None]:
    install()
    token = _active.set(True)
    try:
        yield
    finally:
        _active.reset(token)
