"""``briefdesk extract --never PATTERN[:KIND]``, the Settings never-suggest list and a source's
dismissed keys: what the user ruled out is not printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.settings import load_settings, save_settings

TEXT = (
    "ANKARA, May 14 (Reuters) - Turkey will sell 24 jet trainers to Malaysia for $1.2 billion, "
    "Defence Minister Yusuf Demirci said in Ankara on Monday.\n"
)


def _people(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, list[str]]:
    assert main(["extract", *argv, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    out: dict[str, list[str]] = {}
    for actor in payload["actors"]:
        out.setdefault(actor["type"], []).append(actor["name"])
    out["place"] = [p if isinstance(p, str) else p["name"] for p in payload["places"]]
    return out


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, "utf-8")
    return path


def test_never_option_leaves_out_a_name_of_that_kind(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = _people(capsys, str(article))
    assert "Yusuf Demirci" in found["person"]
    found = _people(capsys, str(article), "--never", "yusuf *:person", "--never", "Ank?ra:place")
    assert "Yusuf Demirci" not in found.get("person", [])
    assert "Ankara" not in found["place"]
    # Another kind leaves the name alone.
    assert "Yusuf Demirci" in _people(capsys, str(article), "--never", "Yusuf*:place")["person"]


def test_a_bad_never_option_is_one_line(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article), "--never", ":person"]) != 0
    err = capsys.readouterr().err
    assert "--never" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_settings_list_is_honoured_and_a_bad_entry_skipped(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_settings()
    settings.never_suggest = ["Yusuf Demirci:person", ":date"]
    save_settings(settings)
    assert main(["extract", str(article), "--json"]) == 0
    captured = capsys.readouterr()
    names = [a["name"] for a in json.loads(captured.out)["actors"]]
    assert "Yusuf Demirci" not in names
    assert "settings" in captured.err and "skipped" in captured.err


def test_dismissed_keys_of_a_brief_source_are_left_out(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefdesk import store
    from briefdesk.model import Brief
    from briefdesk.sources import import_file

    source = import_file(article)
    brief = Brief(sources=[source])
    path = tmp_path / "desk.brief"
    store.save_brief(path, brief)
    assert main(["extract", str(path), "--json"]) == 0
    actors = json.loads(capsys.readouterr().out)["actors"]
    key = next(a["key"] for a in actors if a["name"] == "Yusuf Demirci")
    brief.sources[0].dismissed.append(key)
    store.save_brief(path, brief, force=True)
    assert main(["extract", str(path), "--json"]) == 0
    names = [a["name"] for a in json.loads(capsys.readouterr().out)["actors"]]
    assert "Yusuf Demirci" not in names and names
