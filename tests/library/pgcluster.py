"""A throw-away PostgreSQL cluster in a temporary folder, for the library tests and benchmark.

Debian's ``postgresql`` package provides ``initdb``/``pg_ctl`` under /usr/lib/postgresql/N/bin.
PostgreSQL refuses to run as root (CI runs as root), so there the cluster belongs to the
``postgres`` system user (or ``nobody``) and runs through ``runuser``. fsync is off: the data is
thrown away, and start-up plus each commit stay fast.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path


class Unavailable(Exception):
    """PostgreSQL cannot be started here; ``str()`` says why (printed as the skip reason)."""


@dataclass
class Cluster:
    folder: Path
    port: int
    bin: Path
    owner: str | None
    stop_errors: list[str] = field(default_factory=list)

    @property
    def dsn(self) -> str:
        return self.dsn_for("postgres")

    def dsn_for(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.port} user=briefdesk dbname={database}"

    def _ctl(self, *args: str) -> None:
        _run(self.owner, [str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), *args])

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c full_page_writes=off -c max_connections=60"
        )
        self._ctl("-o", options, "-l", str(self.folder / "server.log"), "-w", "-t", "30", "start")

    def stop(self, mode: str = "fast") -> None:
        self._ctl("-m", mode, "-w", "stop")

    def pull_plug(self) -> threading.Thread:
        """Stop the server at once from another thread, as a crash or a cut network would, while
        the test's own thread goes on using it. Whatever that stop raises is kept in
        ``stop_errors`` rather than escaping the thread (pytest would report it later, against
        some other test); ``wait_gone`` then makes sure the server really went."""

        def stop_now() -> None:
            try:
                self.stop("immediate")
            except Unavailable as exc:
                self.stop_errors.append(str(exc))

        thread = threading.Thread(target=stop_now, name="pg-pull-plug", daemon=True)
        thread.start()
        return thread

    def wait_gone(self, seconds: float = 30.0) -> None:
        """Wait until the server has exited (its postmaster.pid is gone). On a loaded machine
        ``pg_ctl stop -m immediate`` can outlast its own timeout; then the server's process group
        is killed outright, which is what the tests simulate anyway."""
        pid_file = self.folder / "data" / "postmaster.pid"
        deadline = time.monotonic() + seconds
        while pid_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        if not pid_file.exists():
            return
        try:
            pid = int(pid_file.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return  # went between the two looks, or not a server's pid file
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            return
        for _ in range(100):
            try:
                os.kill(pid, 0)
            except OSError:
                break
            time.sleep(0.1)
        pid_file.unlink(missing_ok=True)

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.dsn_for(name)

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def find_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_key)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(os.path.realpath(initdb)).parent
    raise Unavailable("PostgreSQL server not installed (Debian package 'postgresql')")


def start_cluster() -> Cluster:
    """initdb + pg_ctl start on a free loopback port; raises ``Unavailable`` with the reason."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise Unavailable("psycopg is not installed") from None
    bin_dir = find_bin()
    owner = _owner()
    # The server's user must reach the folder: under /tmp, not a root-only TMPDIR.
    folder = Path(tempfile.mkdtemp(prefix="briefdesk-pg-", dir="/tmp" if owner else None))
    if owner is not None:
        pw = pwd.getpwnam(owner)
        os.chown(folder, pw.pw_uid, pw.pw_gid)
    cluster = Cluster(folder, _free_port(), bin_dir, owner)
    initdb = [str(bin_dir / "initdb"), "-D", str(folder / "data"), "-U", "briefdesk"]
    try:
        _run(owner, [*initdb, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"])
        for attempt in range(3):
            try:
                cluster.start()
                break
            except Unavailable:
                if attempt == 2:
                    raise
                cluster.port = _free_port()  # taken between choosing and binding: another
    except Unavailable:
        cluster.remove()
        raise
    return cluster


def _owner() -> str | None:
    if os.geteuid() != 0:
        return None
    if not shutil.which("runuser"):
        raise Unavailable("running as root and 'runuser' is missing to start PostgreSQL")
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise Unavailable("running as root and no 'postgres' or 'nobody' user to run PostgreSQL")


def _run(owner: str | None, cmd: list[str]) -> None:
    name = Path(cmd[0]).name
    if owner is not None:
        cmd = ["runuser", "-u", owner, "--", *cmd]
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd="/")
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Unavailable(f"{name} could not run: {exc}") from None
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        raise Unavailable(f"{name} failed: {tail[0]}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _version_key(path: str) -> tuple[int, ...]:
    part = Path(path).parent.parent.name
    return tuple(int(p) for p in part.split(".") if p.isdigit())
