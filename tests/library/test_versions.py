"""Copies of one brief that drift apart (checker9 C9-14, C9-18), through the command line on
both back ends: the original keeps its place, an edited copy is its own hit named as another
version, and a brief is never related to itself nor its own earlier judgment."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.codes import Likelihood
from briefdesk.settings import load_settings, save_settings
from tests.library.factory import make_brief, write_brief


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)


def _desk(backend: str, tmp_path: Path) -> tuple[Path, Path, Path, Path, Path]:
    """original, "(copy)", backup (both copied later), and a follow-up brief on the same
    source judging the same question "very likely"; all dated alike; indexed."""
    desk = tmp_path / "lib"
    settings = load_settings()
    settings.library_folders = [str(desk)]
    kind, _, target = backend.partition(":")
    if kind == "postgresql":
        settings.library_dsn = target
    save_settings(settings)
    brief = make_brief(7)
    brief.header.date = dt.date(2026, 12, 1)
    brief.significance.judgments[0].likelihood = Likelihood.LIKELY
    brief.significance.judgments[0].rationale = ""
    original = write_brief(desk / "2025", brief, "sonar-original.brief")
    os.utime(original, ns=(1_700_000_000_000_000_000,) * 2)
    follow = brief.model_copy(deep=True)
    follow.id = "brief-follow"
    follow.header.title = "Follow-up on the same deal"
    follow.significance.judgments[0].likelihood = Likelihood.VERY_LIKELY
    followup = write_brief(desk / "2025", follow, "followup.brief")
    os.utime(followup, ns=(1_700_000_100_000_000_000,) * 2)  # written after the original
    copy = desk / "copies" / "sonar-original (copy).brief"
    copy.parent.mkdir(parents=True)
    shutil.copyfile(original, copy)
    backup = desk / "copies" / "backup.brief"
    shutil.copyfile(original, backup)
    assert main(["library", "index", "--folder", str(desk)]) == 0
    return desk, original, copy, backup, followup


def _search(capsys: pytest.CaptureFixture[str], words: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["library", "search", words, "--json"]) == 0
    hits: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return hits


def _related(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[dict[str, object], str]:
    capsys.readouterr()
    assert main(["library", "related", str(path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert main(["library", "related", str(path)]) == 0
    return payload, capsys.readouterr().out


def test_an_edited_copy_never_takes_the_originals_place(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _d, original, copy, backup, _f = _desk(backend, tmp_path)
    title = make_brief(7).header.title.split(" (")[0]
    hits = [
        h for h in _search(capsys, title) if "sonar" in str(h["path"]) or "copies" in str(h["path"])
    ]
    assert [h["path"] for h in hits] == [str(original)]
    assert hits[0]["copies"] == [str(backup), str(copy)]

    assert main(["set", str(backup), "bluf=Backup copy edited separately with giraffe"]) == 0
    hits = _search(capsys, title)
    paths = [h["path"] for h in hits if h["path"] != str(_f)]
    assert paths == [str(original), str(backup)]  # the original first, the edited copy its own
    assert hits[0]["copies"] == [str(copy)] and hits[0]["versions"] == [str(backup)]
    assert next(h for h in hits if h["path"] == str(backup))["versions"] == [str(original)]
    capsys.readouterr()
    assert main(["library", "search", title]) == 0
    out = capsys.readouterr().out
    assert f"other versions of this brief (edited apart): {backup}" in out

    # Now the original itself is edited: it keeps its place; the untouched "(copy)" holds the
    # old text and becomes a version of its own.
    assert main(["set", str(original), "date=2025-06-01"]) == 0
    hits = _search(capsys, title)
    paths = [h["path"] for h in hits if h["path"] != str(_f)]
    assert paths[0] == str(original) and sorted(paths[1:]) == sorted([str(backup), str(copy)])
    assert hits[0]["copies"] == [] and hits[0]["date"] == "2025-06-01"
    assert _search(capsys, "giraffe")[0]["path"] == str(backup)


def test_a_brief_is_never_its_own_related_brief_or_earlier_judgment(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _d, original, copy, backup, followup = _desk(backend, tmp_path)
    payload, text = _related(capsys, original)
    related = [r["brief"]["path"] for r in payload["related"]]  # type: ignore[index]
    assert related == [str(followup)]  # not itself, not its identical copies
    # Same date, but the follow-up was written after it: not "earlier", no change claimed.
    assert "likelihood changed" not in text and "earlier on" not in text
    assert payload["judgments"] == {"kj-1": []}

    assert main(["set", str(backup), "bluf=Backup copy edited separately with giraffe"]) == 0
    assert main(["set", str(original), "date=2025-06-01"]) == 0
    assert main(["set", str(followup), "date=2026-01-10"]) == 0
    payload, text = _related(capsys, original)
    related = [r["brief"]["path"] for r in payload["related"]]  # type: ignore[index]
    assert str(original) not in related and related[0] == str(followup)
    versions = {r["brief"]["path"] for r in payload["related"] if r["other_version"]}  # type: ignore[index]
    assert versions == {str(backup), str(copy)}
    assert "another version of this brief (same brief id, edited apart)" in text
    assert "earlier on" not in text and "likelihood changed" not in text  # all written later

    # Asked about the follow-up, the original (dated before it) is the earlier judgment.
    payload, text = _related(capsys, followup)
    assert "likelihood changed from 'likely'" in text
    assert str(followup) not in [r["brief"]["path"] for r in payload["related"]]  # type: ignore[index]


def test_a_tie_claims_no_direction(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _d, original, _c, _b, followup = _desk(backend, tmp_path)
    os.utime(followup, ns=(1_700_000_000_000_000_000,) * 2)  # the very same file time
    assert main(["library", "index"]) == 0
    payload, text = _related(capsys, original)
    (prior,) = payload["judgments"]["kj-1"]  # type: ignore[index]
    assert prior["same_date"] is True and prior["brief"]["path"] == str(followup)
    assert "likelihood changed" not in text
    assert "same date as '" in text
