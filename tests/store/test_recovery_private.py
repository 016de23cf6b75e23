"""newcomer8 F12: crash-recovery snapshots (the whole brief, sources and all) were written 0644
in a 0755 folder under the default umask; they are the user's own: 0600 files, 0700 folder."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefdesk import paths
from briefdesk.model import Brief, Header
from briefdesk.store.recovery import write_snapshot


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual default: new files 0644, folders 0755
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_snapshots_are_readable_by_their_owner_only(open_umask: None) -> None:
    folder = paths.recovery_dir()
    os.chmod(folder, 0o755)  # as an earlier version left it
    snapshot = write_snapshot(Brief(header=Header(title="SECRET loan")), None)
    assert _mode(folder) == 0o700
    files = sorted(folder.iterdir())
    assert files and all(_mode(f) == 0o600 for f in files), [(f, oct(_mode(f))) for f in files]
    again = write_snapshot(Brief(id=snapshot.brief_id, header=Header(title="again")), None)
    assert _mode(again.path) == 0o600  # replacing one keeps it private
