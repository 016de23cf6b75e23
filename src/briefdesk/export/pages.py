"""A warm LibreOffice for the page preview: started once, converts .docx to PDF in ~0.2 s.

One-shot ``soffice --convert-to pdf`` starts a whole office for every render (about 1.2–2 s
here). This keeps one ``soffice --accept`` listener on 127.0.0.1 (a free port; a private profile
in the app's cache folder, kept across runs, never the user's real LibreOffice profile; macros
off and untrusted links in documents blocked) and converts through unoserver's
``UnoConverter``. That needs LibreOffice's Python UNO bridge, which BriefDesk's own interpreter
usually lacks, so the converter runs in a small bridge process under a Python that has it
(Debian ``python3-uno``), see ``lo_bridge.py``. Without such a Python the preview falls back to
one-shot conversion. Started lazily, restarted when it died, shut down with the app. Qt-free:
the window calls it from a background job.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import weakref
from collections.abc import Callable
from functools import cache
from pathlib import Path

from briefdesk.export import ExportError

try:  # process groups and flock: the warm office is POSIX-only; elsewhere conversion is one-shot
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
from briefdesk.model.brief import Brief

CONNECT_SECONDS = 30.0
CONVERT_SECONDS = 60.0
INSTALL_HINT = (
    "install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui "
    "python3-uno) or run scripts/setup --with-libreoffice"
)

# Written into the private profile before LibreOffice first starts: no macros, no fetching of
# remote links a document (a user's own template) may carry.
_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
<prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
<prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
<prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
</oor:items>
"""


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@cache
def uno_python() -> str | None:
    """A Python that can ``import uno``: BRIEFDESK_UNO_PYTHON, LibreOffice's own, the system's."""
    candidates = [os.environ.get("BRIEFDESK_UNO_PYTHON", "")]
    soffice = soffice_path()
    if soffice:
        candidates.append(str(Path(soffice).resolve().parent / "python"))
    candidates += ["/usr/bin/python3", shutil.which("python3") or ""]
    for candidate in candidates:
        if not candidate or not Path(candidate).is_file():
            continue
        try:
            probe = subprocess.run(
                [candidate, "-c", "import uno"],
                capture_output=True,
                timeout=20,
                check=False,
                stdin=subprocess.DEVNULL,
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return candidate
    return None


def _converter_file() -> Path | None:
    spec = importlib.util.find_spec("unoserver")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "converter.py"
    return path if path.is_file() else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def group_pids(pgid: int) -> list[int]:
    """Processes in a process group (LibreOffice is a launcher plus ``soffice.bin``); Linux only."""
    found = []
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if len(fields) > 2 and int(fields[2]) == pgid:
            found.append(int(entry.parent.name))
    return found


def rss_bytes(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError, ValueError, IndexError):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
    return total


_instances: weakref.WeakSet[WarmOffice] = weakref.WeakSet()


class WarmOffice:
    """One LibreOffice listener plus its bridge; thread-safe, one conversion at a time."""

    def __init__(self, home: Path | None = None, *, connect_seconds: float = CONNECT_SECONDS):
        self._home = home
        self._connect_seconds = connect_seconds
        self._lock = threading.Lock()
        self._office: subprocess.Popen[bytes] | None = None
        self._bridge: subprocess.Popen[str] | None = None
        self.starts = 0  # how often LibreOffice was (re)started; the tests read it
        self._profile_dir: Path | None = None
        self._lock_fd: int | None = None
        _instances.add(self)

    @property
    def mode(self) -> str:
        """ "warm", "one-shot" (no UNO Python or unoserver) or "missing" (no LibreOffice)."""
        if soffice_path() is None:
            return "missing"
        if fcntl is None:
            return "one-shot"
        return "warm" if uno_python() and _converter_file() else "one-shot"

    @property
    def home(self) -> Path:
        if self._home is None:
            from briefdesk import paths

            self._home = paths.cache_dir() / "libreoffice"
        self._home.mkdir(parents=True, exist_ok=True)
        return self._home

    def office_pids(self) -> list[int]:
        office = self._office
        return group_pids(office.pid) if office is not None and office.poll() is None else []

    def rss(self) -> int:
        """Resident memory of LibreOffice and the bridge, in bytes."""
        bridge = self._bridge
        extra = [bridge.pid] if bridge is not None and bridge.poll() is None else []
        return rss_bytes(self.office_pids() + extra)

    def start(self) -> None:
        """Start now (e.g. when the Pages panel is first shown) so the first render is quick."""
        if self.mode != "warm":
            return
        with self._lock:
            self._ensure_started()

    def start_soon(self) -> None:
        """Start in a background thread (first render: LibreOffice starts while the export runs)."""
        if self.mode == "warm" and not self._running():
            threading.Thread(target=self._start_quietly, name="office-start", daemon=True).start()

    def _start_quietly(self) -> None:
        with contextlib.suppress(ExportError, OSError):
            self.start()

    def convert(self, docx: Path, pdf: Path, *, timeout: float = CONVERT_SECONDS) -> Path:
        """``docx`` → ``pdf``; restarts LibreOffice once when it died."""
        mode = self.mode
        if mode == "missing":
            raise ExportError(f"page preview needs LibreOffice: {INSTALL_HINT}")
        if mode == "one-shot":
            return _one_shot(docx, pdf)
        with self._lock:
            for attempt in (1, 2):
                self._ensure_started()
                error = self._ask({"in": str(docx), "out": str(pdf)}, timeout)
                if error is None and pdf.is_file():
                    return pdf
                if attempt == 1 and not self._running():
                    self._stop()
                    continue
                raise ExportError(f"LibreOffice could not make the pages: {error or 'no PDF'}")
        raise AssertionError("unreachable")

    def shutdown(self) -> None:
        with self._lock:
            self._stop()
            self._release_profile()

    # --- the processes ----------------------------------------------------------------------
    def _running(self) -> bool:
        return (
            self._office is not None
            and self._office.poll() is None
            and self._bridge is not None
            and self._bridge.poll() is None
        )

    def _profile(self) -> Path:
        """A profile kept across runs (LibreOffice starts in ~0.3 s on a used profile, ~2 s on
        a new one), locked so two BriefDesk processes never share — and hand work to — one
        office. The lock is held until this office shuts down."""
        if self._profile_dir is not None:
            return self._profile_dir
        assert fcntl is not None  # mode() is "one-shot" without it
        for slot in range(1, 10):
            lock = self.home / f"profile-{slot}.lock"
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue
            self._lock_fd = fd
            self._profile_dir = self.home / f"profile-{slot}"
            settings = self._profile_dir / "user" / "registrymodifications.xcu"
            if not settings.exists():
                settings.parent.mkdir(parents=True, exist_ok=True)
                settings.write_text(_PROFILE_SETTINGS, encoding="utf-8")
            return self._profile_dir
        raise ExportError(f"every LibreOffice profile in {self.home} is in use")

    def _release_profile(self) -> None:
        if self._lock_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._lock_fd)  # closing drops the flock
        self._lock_fd = None
        self._profile_dir = None

    def _ensure_started(self) -> None:
        if self._running():
            return
        self._stop()
        soffice, python, converter = soffice_path(), uno_python(), _converter_file()
        assert soffice and python and converter
        port = _free_port()
        listener = f"socket,host=127.0.0.1,port={port},tcpNoDelay=1;urp;StarOffice.ComponentContext"
        env = {**os.environ, "HOME": str(self.home)}
        self._office = subprocess.Popen(
            [
                soffice,
                f"-env:UserInstallation={self._profile().as_uri()}",
                "--headless",
                "--invisible",
                "--nocrashreport",
                "--nodefault",
                "--nologo",
                "--nofirststartwizard",
                "--norestore",
                f"--accept={listener}",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
        self.starts += 1
        bridge = Path(__file__).with_name("lo_bridge.py")
        self._bridge = subprocess.Popen(
            [python, "-I", str(bridge), str(converter), str(port), str(self._connect_seconds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            start_new_session=True,
        )
        error = self._read(self._connect_seconds + 5)
        if error is not None:
            self._stop()
            raise ExportError(f"LibreOffice did not start for the page preview: {error}")
        self._warm_up()

    def _warm_up(self) -> None:
        """Convert a tiny document once: LibreOffice loads its Word import and PDF export on the
        first conversion (~0.7 s); done right after the start, it overlaps the first export."""
        sample = self.home / "warm-up.docx"
        try:
            if not sample.is_file():
                from docx import Document

                document = Document()
                document.add_paragraph("BriefDesk")
                document.save(str(sample))
            self._ask({"in": str(sample), "out": str(self.home / "warm-up.pdf")}, 30)
        except (OSError, ValueError):
            pass  # only a head start; the real conversion reports its own problems

    def _ask(self, request: dict[str, object], timeout: float) -> str | None:
        bridge = self._bridge
        assert bridge is not None and bridge.stdin is not None
        try:
            bridge.stdin.write(json.dumps(request) + "\n")
            bridge.stdin.flush()
        except OSError:
            return "the LibreOffice bridge stopped"
        return self._read(timeout)

    def _read(self, timeout: float) -> str | None:
        """None on success, else the error line; a stuck office is killed after ``timeout``."""
        bridge = self._bridge
        assert bridge is not None and bridge.stdout is not None
        watchdog = threading.Timer(timeout, self._kill_all)
        watchdog.daemon = True
        watchdog.start()
        try:
            line = bridge.stdout.readline()
        finally:
            watchdog.cancel()
        if not line:
            return f"LibreOffice stopped or took longer than {timeout:g} s"
        try:
            answer = json.loads(line)
        except ValueError:
            return "unreadable answer from the LibreOffice bridge"
        return None if "error" not in answer else str(answer["error"])

    def _kill_all(self) -> None:
        for process in (self._bridge, self._office):
            if process is not None and process.poll() is None:
                with contextlib.suppress(OSError):
                    os.killpg(process.pid, signal.SIGKILL)

    def _stop(self) -> None:
        bridge, office = self._bridge, self._office
        self._bridge = self._office = None
        if bridge is not None and bridge.poll() is None and bridge.stdin is not None:
            with contextlib.suppress(OSError):
                bridge.stdin.write(json.dumps({"quit": True}) + "\n")
                bridge.stdin.flush()
            with contextlib.suppress(subprocess.TimeoutExpired):
                bridge.wait(3)
        for process in (bridge, office):
            if process is None:
                continue
            if process.poll() is None:
                with contextlib.suppress(OSError):
                    os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(3)
                except subprocess.TimeoutExpired:
                    with contextlib.suppress(OSError):
                        os.killpg(process.pid, signal.SIGKILL)
                    process.wait(3)
            # The launcher may be gone while soffice.bin lingers in its group.
            for pid in group_pids(process.pid):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()


def _one_shot(docx: Path, pdf: Path) -> Path:
    from briefdesk.export.render import docx_to_pdf

    made = docx_to_pdf(docx, pdf.parent)
    if made != pdf:
        os.replace(made, pdf)
    return pdf


def render_pages(
    office: WarmOffice,
    brief: Brief,
    template: str,
    folder: Path,
    check: Callable[[], None] = lambda: None,
) -> Path:
    """The real export (.docx through the template) as a PDF in ``folder``; ``check`` raises to
    abandon a render that a newer one superseded, between the steps."""
    from briefdesk.export.render import render_docx_bytes

    office.start_soon()
    data = render_docx_bytes(brief, template)
    check()
    folder.mkdir(parents=True, exist_ok=True)
    docx = folder / "preview.docx"
    docx.write_bytes(data)
    pdf = folder / "preview.pdf"
    pdf.unlink(missing_ok=True)
    return office.convert(docx, pdf)


@atexit.register
def _shutdown_all() -> None:
    for office in list(_instances):
        office.shutdown()
