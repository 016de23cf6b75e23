"""The one helper for limited child processes: time, memory, cancel, no network, warm reuse."""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from pathlib import Path

import pytest

from briefdesk import isolation
from briefdesk.cli.main import main
from briefdesk.model import Source

LIMITS = isolation.Limits(seconds=20, memory_bytes=300 * 1024 * 1024)


def add(a: int, b: int, *, c: int = 0) -> int:
    return a + b + c


def sleep_for(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


def connect() -> str:
    with socket.create_connection(("127.0.0.1", 9), timeout=1):
        return "connected"


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def pid() -> int:
    return os.getpid()


def fail() -> None:
    raise ValueError("a one-line reason\nwith a second line")


def count_to(n: int) -> str:
    for i in range(1, n + 1):
        isolation.report(("step", i))
    return "counted"


def test_a_job_streams_messages_before_its_result() -> None:
    seen: list[object] = []
    worker = isolation.Worker(LIMITS)
    try:
        assert worker.run(count_to, (5,), on_message=seen.append) == "counted"
        assert seen == [("step", i) for i in range(1, 6)]
        assert worker.run(count_to, (2,)) == "counted"  # nobody listening: dropped
        assert worker.run(add, (1, 2)) == 3  # no message left over for the next job
    finally:
        worker.stop()
    isolation.report("outside a worker: nothing happens")


def test_a_listener_that_raises_stops_the_job() -> None:
    def refuse(_message: object) -> None:
        raise KeyError("stop")

    worker = isolation.Worker(LIMITS)
    try:
        first = worker.run(pid)
        with pytest.raises(KeyError):
            worker.run(count_to, (5,), on_message=refuse)
        assert worker.run(pid) != first  # the half-done job's child was replaced
    finally:
        worker.stop()


def test_runs_a_job_and_stays_warm() -> None:
    worker = isolation.Worker(LIMITS)
    try:
        assert worker.run(add, (1, 2), {"c": 3}) == 6
        first = worker.run(pid)
        assert first != os.getpid()
        assert worker.run(pid) == first  # the same warm process
    finally:
        worker.stop()


def test_time_limit_kills_and_the_next_job_gets_a_fresh_child() -> None:
    worker = isolation.Worker(LIMITS)
    try:
        before = worker.run(pid)
        with pytest.raises(isolation.TimedOut, match=r"took longer than 0\.5 s"):
            worker.run(sleep_for, (60,), time_limit=0.5)
        after = worker.run(pid)
        assert after != before
    finally:
        worker.stop()


def test_memory_cap_turns_into_a_one_line_failure() -> None:
    with pytest.raises(isolation.JobFailed) as failed:
        isolation.run_once(allocate, (2048,), limits=LIMITS)
    assert failed.value.kind == "MemoryError"
    assert str(failed.value) == "needed more memory than allowed"


def test_cancel_stops_the_job_promptly() -> None:
    flag = threading.Event()
    threading.Timer(0.3, flag.set).start()
    started = time.monotonic()
    with pytest.raises(isolation.Cancelled):
        isolation.run_once(sleep_for, (60,), limits=LIMITS, cancel=flag.is_set)
    assert time.monotonic() - started < 30  # not the job's 60 s (no timing target, a sanity bound)


def test_network_is_refused_in_the_child() -> None:
    with pytest.raises(isolation.JobFailed, match="tried to reach the network"):
        isolation.run_once(connect, limits=LIMITS)


def test_a_crash_is_reported_and_the_worker_recovers() -> None:
    worker = isolation.Worker(LIMITS)
    try:
        with pytest.raises(isolation.WorkerDied, match="signal 9"):
            worker.run(die)
        assert worker.run(add, (2, 2)) == 4
    finally:
        worker.stop()


def test_errors_come_back_as_one_line_with_their_kind() -> None:
    with pytest.raises(isolation.JobFailed) as failed:
        isolation.run_once(fail, limits=LIMITS)
    assert failed.value.kind == "ValueError"
    assert str(failed.value) == "a one-line reason with a second line"


def _dense_source() -> Source:
    from briefdesk.sources import import_text

    sentence = (
        "Defence Minister Ana Diaz said Poland will buy 18 jets from Korea for $1.6 billion "
        "and Chile will buy 12 tanks from Germany for €900 million on 3 March 2024. "
    )
    return import_text(sentence * 2000)


def test_extraction_past_its_limit_is_too_long_to_analyse() -> None:
    from briefdesk.extractrun import TooLongToAnalyse, extract_isolated, shutdown

    try:
        with pytest.raises(TooLongToAnalyse, match=r"too long to analyse \(gave up after 0\.2 s\)"):
            extract_isolated(_dense_source(), time_limit=0.2)
    finally:
        shutdown()


def test_cli_extract_says_too_long_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefdesk import extractrun

    article = tmp_path / "dense.txt"
    article.write_text(_dense_source().text)
    monkeypatch.setattr(extractrun, "EXTRACT_SECONDS", 0.2)
    assert main(["extract", str(article)]) == 1
    err = capsys.readouterr().err
    assert err == f"briefdesk extract: {article}: too long to analyse (gave up after 0.2 s)\n"


def test_window_extraction_can_be_cancelled() -> None:
    from briefdesk.gui import core
    from briefdesk.gui.runner import Cancelled, CancelToken

    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    try:
        with pytest.raises(Cancelled):
            core.extract(_dense_source(), token)
    finally:
        core.shutdown_workers()


def test_handed_and_chain_never_crashes_extract(capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(__file__).parent.parent / "data" / "reliability" / "extract_and_chain.txt"
    code = main(["extract", str(path)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "RecursionError" not in captured.err
    if code:  # refused in one line (until the rules are linear), never a crash
        assert captured.err.count("\n") == 1 and str(path) in captured.err
    else:
        assert "Actors" in captured.out


def test_the_server_context_runs_jobs_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFDESK_NO_FORK", "1")
    assert isolation.context().get_start_method() in {"forkserver", "spawn"}
    assert isolation.run_once(add, (20, 22), limits=LIMITS) == 42


def test_no_plain_fork_while_a_folder_guard_is_held(tmp_path: Path) -> None:
    from briefdesk.store.guard import folder_guard

    with folder_guard(tmp_path / "x.brief"):
        assert isolation.context().get_start_method() != "fork"
