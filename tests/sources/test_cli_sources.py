"""``briefdesk import``, ``add-source`` and ``sources`` from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads


@pytest.fixture
def brief(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "deal.brief"
    assert main(["new", str(path), "--title", "Karvania fighter purchase"]) == 0
    capsys.readouterr()
    return path


def test_import_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(data_dir / "news_article.html"), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["title"] == "Karvania agrees $1.6 billion deal for 24 JF-17 fighters"
    assert printed["outlet"] == "The Meridian Herald"
    assert printed["author"] == "Amira Seltzer"
    assert printed["published"] == "2026-03-14"
    assert printed["url"].endswith("/karvania-jf17-deal")
    assert printed["kind"] == "news"
    assert printed["text"].startswith("KARVANIA CITY — Karvania has agreed")
    assert {"id", "accessed", "language", "filename", "content_hash", "reliability"} <= set(printed)


def test_import_each_format(
    make_docx: Callable[..., Path],
    make_pdf: Callable[..., Path],
    make_eml: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    files = [make_docx(), make_pdf(), make_eml(plain="The vessels were ordered today.\n")]
    for path in files:
        assert main(["import", str(path), "--json"]) == 0, path
        assert json.loads(capsys.readouterr().out)["text"]


def test_import_refusal_is_one_line_without_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(bytes(range(256)) * 64)
    env = os.environ | {"PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    result = subprocess.run(
        [sys.executable, "-m", "briefdesk", "import", str(junk), "--json"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "briefdesk import: junk.pdf: is not a valid PDF file, nor text (damaged or wrong type?)"
    ]


def test_add_source_with_overrides_then_list(
    brief: Path, data_dir: Path, make_docx: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    page = data_dir / "news_article.html"
    code = main(
        [
            "add-source",
            str(brief),
            str(page),
            "--grade",
            "b2",
            "--outlet",
            "Meridian Herald",
            "--published",
            "2026-03-15",
            "--url",
            "https://herald.example/a",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "1 added, 0 duplicate(s) skipped, 0 refused; the brief has 1 source(s)" in out
    before = loads(brief.with_name(brief.name + ".bak").read_bytes())
    after = loads(brief.read_bytes())
    assert after.modified >= before.modified and after.created == before.created
    saved = after.sources
    assert [
        (s.grade, s.outlet, s.published.isoformat() if s.published else "", s.url) for s in saved
    ] == [("B2", "Meridian Herald", "2026-03-15", "https://herald.example/a")]
    assert brief.with_name(brief.name + ".bak").exists()  # the store kept the previous version

    assert main(["add-source", str(brief), str(make_docx())]) == 0
    capsys.readouterr()
    assert main(["sources", str(brief)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["ID", "GRADE", "TITLE", "OUTLET", "DATE", "LENGTH"]
    assert len(table) == 3
    assert "B2" in table[1] and "Meridian Herald" in table[1] and "2026-03-15" in table[1]
    assert "not graded" in table[2] and "Contract for twelve patrol vessels" in table[2]
    assert "F6" not in table[2]  # a grade nobody gave (newcomer17 N17-05)
    assert table[2].split()[-1] == f"{len(loads(brief.read_bytes()).sources[1].text):,}"


def test_add_source_reports_duplicates_and_refusals(
    brief: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = data_dir / "news_article.html"
    assert main(["add-source", str(brief), str(page)]) == 0
    first_id = loads(brief.read_bytes()).sources[0].id
    capsys.readouterr()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = brief.read_bytes()
    assert main(["add-source", str(brief), str(page), str(empty)]) == 1
    captured = capsys.readouterr()
    assert f"skipped news_article.html: the same text as {first_id}" in captured.out
    assert "briefdesk add-source: empty.txt: is empty" in captured.err
    assert brief.read_bytes() == before  # nothing added, nothing rewritten

    assert main(["add-source", str(brief), str(page), "--allow-duplicates"]) == 0
    assert len(loads(brief.read_bytes()).sources) == 2


def test_add_source_bad_arguments(
    brief: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = str(data_dir / "news_article.html")
    with pytest.raises(SystemExit):
        main(["add-source", str(brief), page, "--grade", "G9"])
    assert "not an Admiralty grade" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["add-source", str(brief), page, "--published", "14/03/2026"])
    assert "is not a date like 2026-03-14" in capsys.readouterr().err
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x"):
        with pytest.raises(SystemExit):
            main(["add-source", str(brief), page, "--url", bad])
        assert "only http:// and https:// are accepted" in capsys.readouterr().err
    assert loads(brief.read_bytes()).sources == []
    assert main(["add-source", str(tmp_path / "missing.brief"), page]) == 1
    assert "missing.brief: no such file" in capsys.readouterr().err


def test_sources_of_an_empty_brief(brief: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", str(brief)]) == 0
    assert capsys.readouterr().out.strip() == "no sources"
    assert main(["sources", str(brief), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_an_ungraded_source_says_not_graded_in_every_cli_view(
    brief: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """newcomer17 N17-05: import, show, sources and --json printed F6, a grade nobody gave."""
    page = str(data_dir / "news_article.html")
    assert main(["import", page]) == 0
    assert capsys.readouterr().out.startswith("[not graded] ")
    assert main(["import", page, "--json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["graded"], row["grade"], row["reliability"], row["credibility"]) == (
        False,
        None,
        None,
        None,
    )
    assert main(["add-source", str(brief), page]) == 0
    second = str(data_dir / "press_release.html")
    assert main(["add-source", str(brief), second, "--grade", "B2"]) == 0
    capsys.readouterr()
    assert main(["sources", str(brief), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["graded"], r["grade"], r["reliability"], r["credibility"]) for r in rows] == [
        (False, None, None, None),
        (True, "B2", "B", 2),
    ]
    assert main(["show", str(brief)]) == 0
    shown = capsys.readouterr().out
    assert "[1] not graded " in shown and "[2] B2 " in shown and "F6" not in shown
    # The file keeps F6 for "not graded", as every brief before it did: old briefs stay valid.
    assert loads(brief.read_bytes()).sources[0].grade == "F6"


def test_add_source_exits_non_zero_when_every_file_is_refused(
    brief: Path, data_dir: Path, tmp_path: Path
) -> None:
    """newcomer17 N17-10: the process's exit status, not only main()'s return, says a refusal;
    and --help says so."""
    cut = tmp_path / "cut_short.docx"
    cut.write_bytes(make_cut_docx())
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = brief.read_bytes()
    env = os.environ | {"PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "briefdesk", "add-source", str(brief), *args]
        return subprocess.run(command, capture_output=True, text=True, env=env)

    refused = run(str(cut), str(empty))
    assert refused.returncode == 1
    assert "0 added, 0 duplicate(s) skipped, 2 refused" in refused.stdout
    assert len(refused.stderr.splitlines()) == 2 and "cut_short.docx: " in refused.stderr
    assert brief.read_bytes() == before
    mixed = run(str(data_dir / "news_article.html"), str(empty))
    assert mixed.returncode == 1 and "1 added" in mixed.stdout  # the good one is still added
    assert run(str(data_dir / "news_article.html")).returncode == 0  # a duplicate is no failure
    helped = run("--help")
    assert "1 when any file was refused" in " ".join(helped.stdout.split())


def make_cut_docx() -> bytes:
    """A Word file cut short, as after an interrupted copy."""
    import io

    from docx import Document

    out = io.BytesIO()
    document = Document()
    document.add_paragraph("Made-up words for a made-up article. " * 40)
    document.save(out)
    return out.getvalue()[:3000]
