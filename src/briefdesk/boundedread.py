"""Read a file only after checking it is a regular file of a sane size.

Why: ``/dev/zero`` has no end and a FIFO blocks until a writer comes; reading either "to see what
it is" hangs or eats all memory. Opening non-blocking and ``fstat``-ing the open descriptor (not
the name, which could be swapped in between) refuses them in microseconds.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class FileRefused(Exception):
    """The file cannot be read as asked; ``str()`` is a one-line reason naming it."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    return "is not a regular file"


def describe_size(size: int) -> str:
    """A size for messages: ``50 MB``, ``57.2 MB``, ``512 KB``, ``12 bytes``; the one helper for
    every size message (import, templates, briefs, settings).

    A limit set in binary units (50 MiB) or decimal ones (20,000,000 bytes) reads as it was
    set; other sizes in decimal units. A size that would round to a whole number it is not
    (20 MB and one byte) is given in bytes, so a file just over a limit never reads as the
    limit itself."""
    for binary, decimal, name in ((1024 * 1024, 1_000_000, "MB"), (1024, 1000, "KB")):
        if size < decimal:
            continue
        for unit in (binary, decimal):
            if size % unit == 0:
                return f"{size // unit} {name}"
        rounded = f"{size / decimal:.1f}"
        if not rounded.endswith(".0"):
            return f"{rounded} {name}"
        return f"{size:,} bytes"
    return "1 byte" if size == 1 else f"{size} bytes"


def check_regular(path: Path, limit: int) -> int:
    """Raise ``FileRefused`` unless ``path`` is a regular file of at most ``limit`` bytes."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise FileRefused(f"{path}: no such file") from None
    except PermissionError:
        raise FileRefused(f"{path}: permission denied") from None
    except OSError as exc:
        raise FileRefused(f"{path}: cannot read: {exc.strerror or 'error'}") from None
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(f"{path}: {_kind(info.st_mode)}")
    if info.st_size > limit:
        raise FileRefused(
            f"{path}: the file is {describe_size(info.st_size)}; at most {describe_size(limit)} "
            "can be read"
        )
    return info.st_size


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of ``path``; refuses folders, devices, FIFOs and files over ``limit`` bytes."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise FileRefused(f"{path}: no such file") from None
    except IsADirectoryError:
        raise FileRefused(f"{path}: is a folder, not a file") from None
    except PermissionError:
        raise FileRefused(f"{path}: permission denied") from None
    except OSError as exc:
        raise FileRefused(f"{path}: cannot read: {exc.strerror or 'error'}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(f"{path}: {_kind(info.st_mode)}")
        if info.st_size > limit:
            raise FileRefused(
                f"{path}: the file is {describe_size(info.st_size)}; at most "
                f"{describe_size(limit)} can be read"
            )
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # grew while we read
                raise FileRefused(f"{path}: the file is over {describe_size(limit)}")
        return b"".join(chunks)
    except OSError as exc:
        raise FileRefused(f"{path}: cannot read: {exc.strerror or 'error'}") from None
    finally:
        os.close(fd)
