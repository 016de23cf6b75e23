"""The background warm-up of the export path (the first page preview in a fresh window)."""

from __future__ import annotations

import threading
from typing import Any

from briefdesk.export import checks, warm
from briefdesk.export.registry import resolve_template
from briefdesk.export.templatefile import read_template_bytes


def test_warm_export_leaves_the_template_checked(monkeypatch: Any) -> None:
    import hashlib

    monkeypatch.setattr(checks, "_cache", {})
    warm.warm_export("standard")
    data = read_template_bytes(resolve_template("standard").path)
    # The first real export skips the dry run: its result is already cached.
    assert hashlib.sha256(data).hexdigest() in checks._cache


def test_warm_export_ignores_an_unknown_template() -> None:
    warm.warm_export("no-such-template")  # the real export reports it; the warm-up stays quiet


def test_warm_soon_runs_each_job_once_per_process(monkeypatch: Any) -> None:
    monkeypatch.setattr(warm, "_started", threading.Event())
    ran: list[str] = []

    def failing() -> None:
        ran.append("failing")
        raise OSError("no LibreOffice")

    threads = warm.warm_soon(lambda: ran.append("export"), failing)
    for thread in threads:
        thread.join(10)
    assert sorted(ran) == ["export", "failing"]
    assert warm.warm_soon(lambda: ran.append("again")) == []
    assert "again" not in ran
