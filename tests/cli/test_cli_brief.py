"""The brief commands: results on stdout, one-line reasons on stderr, exit codes that mean it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefdesk import __version__
from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads
from briefdesk.samples import sample_bytes


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"BriefDesk {__version__}"


def test_python_dash_m_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefdesk", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"BriefDesk {__version__}"


def test_new_writes_a_valid_empty_brief(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.brief"
    assert main(["new", str(out), "--title", "Visit of the Foreign Minister"]) == 0
    assert loads(out.read_bytes()).header.title == "Visit of the Foreign Minister"
    assert main(["new", str(out)]) == 1
    assert "already exists (use --force" in capsys.readouterr().err
    assert main(["new", str(out), "--force"]) == 0
    assert loads(out.read_bytes()).header.title == ""


def test_sample_and_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sample.brief"
    assert main(["sample", str(out)]) == 0
    assert out.read_bytes() == sample_bytes()
    capsys.readouterr()
    assert main(["show", str(out)]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("Chile buys 18 Korean FA-50 light combat jets for $1.1 billion\n")
    assert "Marking: TLP:AMBER" in shown
    assert 'USD 1,100,000,000 ("$1.1 billion"), signed' in shown
    assert "buyer: Chile; seller: South Korea, Korea Aerospace Industries" in shown
    assert "[1] B2 Pacific Defence Wire:" in shown


def test_validate_reports_each_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.brief"
    bad = tmp_path / "bad.brief"
    good.write_bytes(sample_bytes())
    bad.write_bytes(sample_bytes().replace(b'"USD"', b'"USX"'))
    assert main(["validate", str(good), str(bad), str(tmp_path / "missing.brief")]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"{good}: ok"]
    lines = captured.err.splitlines()  # reasons go to stderr, as the README says
    assert lines[0] == (f"{bad}: deals[0].value.currency: 'USX' is not an ISO 4217 currency code")
    assert lines[1].startswith(f"{tmp_path / 'missing.brief'}: no such file")
    assert main(["validate", str(good)]) == 0


def test_show_refuses_a_bad_file_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.brief"
    junk.write_bytes(b"\x00\x01\x02junk")
    assert main(["show", str(junk)]) == 1
    err = capsys.readouterr().err
    assert err == f"briefdesk show: {junk}: the file is binary, not a BriefDesk brief\n"


def test_schema_is_the_shipped_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].endswith("2020-12/schema")
    assert "header" in schema["properties"]


def test_paths_follow_briefdesk_home(
    briefdesk_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["paths"]) == 0
    out = capsys.readouterr().out
    assert f"recovery   {briefdesk_home / 'state' / 'recovery'}" in out
    assert f"templates  {briefdesk_home / 'data' / 'templates'}" in out


def test_paths_makes_no_folder(briefdesk_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """newcomer22 N22-21: printing the folders is read-only; one not made yet says so."""
    before = sorted(briefdesk_home.rglob("*"))
    assert main(["paths"]) == 0
    assert sorted(briefdesk_home.rglob("*")) == before
    assert "not made yet" in capsys.readouterr().out
    (briefdesk_home / "log").mkdir(parents=True, exist_ok=True)
    assert main(["paths"]) == 0
    log_line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("log"))
    assert log_line == f"log        {briefdesk_home / 'log'}"


def test_static_subcommand_names_match_the_registered_parsers() -> None:
    from briefdesk.cli.main import SUBCOMMANDS, build_parser

    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    assert set(subparsers.choices) == SUBCOMMANDS


@pytest.mark.parametrize(
    ("argv", "gui"),
    [
        ([], True),
        (["note.brief"], True),
        (["--screenshot", "out.png", "note.brief"], True),
        (["--exit-after-show"], True),
        (["show", "note.brief"], False),
        (["--version"], False),
        (["export", "--help"], False),
        (["shwo"], False),
    ],
)
def test_gui_or_subcommand(argv: list[str], gui: bool) -> None:
    from briefdesk.cli.main import wants_gui

    assert wants_gui(argv) is gui


def test_mistyped_subcommand_is_a_parser_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["shwo", "x.brief"])
    assert exited.value.code == 2
    assert "invalid choice: 'shwo'" in capsys.readouterr().err


def test_a_closed_pipe_ends_quietly_without_a_traceback(tmp_path: Path) -> None:
    article = tmp_path / "long.txt"
    # Far more than a pipe buffer holds, so the writer is still writing when the reader leaves.
    article.write_text("The minister said the talks went well. " * 20000, encoding="utf-8")
    script = f"{sys.executable} -m briefdesk import {article} --json | head -c 10"
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True)
    assert result.stdout == '{\n  "id": '[:10]
    assert "Traceback" not in result.stderr
    assert "Exception ignored" not in result.stderr


def test_help_tells_how_to_open_the_window(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "briefdesk FILE.brief" in out and "--screenshot OUT.png" in out


def test_new_brief_is_dated_today_like_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    from briefdesk.model.fileformat import loads

    path = tmp_path / "n.brief"
    assert main(["new", str(path)]) == 0
    assert loads(path.read_bytes()).header.date == dt.date.today()


def test_show_prints_prose_as_plain_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``show`` once printed the BLUF's Markdown marks: ``**$1.6 billion**``."""
    path = tmp_path / "m.brief"
    assert main(["new", str(path)]) == 0
    assert main(["set", str(path), "bluf=A **$1.6 billion** deal, *probably* signed."]) == 0
    capsys.readouterr()
    assert main(["show", str(path)]) == 0
    shown = capsys.readouterr().out
    assert "  A $1.6 billion deal, probably signed." in shown
    assert "**" not in shown


def test_show_prints_every_exported_part_in_the_standard_templates_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``show`` once left out places, background, outlook, notes, rationale, citations and
    indicators: a manager reading it in a terminal missed half the brief."""
    out = tmp_path / "sample.brief"
    assert main(["sample", str(out)]) == 0
    capsys.readouterr()
    assert main(["show", str(out)]) == 0
    shown = capsys.readouterr().out
    headings = [
        "Purpose:",
        "BLUF:",
        "Background:",
        "Current status:",
        "Deals (1):",
        "Actors (8):",
        "Places (3):",
        "Key judgments (3):",
        "Implications:",
        "Outlook:",
        "Indicators to watch:",
        "Considerations:",
        "Options:",
        "Recommendation:",
        "Sources (2):",
        "Notes (working notes, not exported):",
    ]
    at = [shown.find(f"\n{h}\n") for h in headings]
    assert -1 not in at, [h for h, i in zip(headings, at, strict=True) if i < 0]
    assert at == sorted(at)
    assert "Contact: +44 20 7946 0123 · sam.okafor@example.org" in shown
    assert "  - Santiago, Chile [1]\n" in shown
    assert "Chile's F-5 fighters date from the 1970s" in shown
    assert "Rationale: The government holds a working majority" in shown
    assert "  - KAI opens a regional support office in Santiago\n" in shown
    assert "Watch the April budget vote" in shown
    assert "[likely, moderate confidence] [1]" in shown  # judgments carry their citations
    assert "delivery 2028-2030 [1, 2]" in shown  # deals too
    assert "Korea Aerospace Industries (KAI) [organization, KR]" in shown
    assert "[ ] Agree   [ ] Disagree   [ ] Discuss   Reply by 2026-03-11" in shown
    assert "All names, texts and figures in this sample are fictional." in shown
    assert max(len(line) for line in shown.splitlines() if line.startswith("  1. ")) <= 100


def test_show_leaves_out_empty_parts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "n.brief"
    assert main(["new", str(path), "--title", "Empty"]) == 0
    capsys.readouterr()
    assert main(["show", str(path)]) == 0
    shown = capsys.readouterr().out
    for absent in ("Places", "Outlook:", "Notes", "Options:", "Recommendation:", "Indicators"):
        assert absent not in shown
    assert "BLUF:\n  (empty)" in shown
