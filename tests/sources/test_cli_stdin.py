"""``briefdesk import -`` and ``add-source BRIEF -`` read the article from standard input."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads
from briefdesk.sources import ImportLimits, ImportRefused, import_stream_all

ARTICLE = "Karvonia to buy jets from Westmark\n\nThe café said the deal is worth €1.6 billion.\n"


class _Stdin(io.TextIOWrapper):
    """A piped standard input (not a terminal) holding ``data``."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8")

    def isatty(self) -> bool:
        return False


def test_import_dash_reads_standard_input_like_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ARTICLE.encode("utf-8")
    env = os.environ | {"PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    result = subprocess.run(
        [sys.executable, "-m", "briefdesk", "import", "-", "--json"],
        input=data,
        capture_output=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["title"] == "Karvonia to buy jets from Westmark"
    assert printed["filename"] == ""  # recorded as pasted text, not as a file named "-"
    assert "café" in printed["text"] and "€1.6 billion" in printed["text"]
    # The same bytes in a file: the same text, title and warnings (the same reading and checks).
    (tmp_path / "article.txt").write_bytes(data)
    assert main(["import", str(tmp_path / "article.txt"), "--json"]) == 0
    as_file = json.loads(capsys.readouterr().out)
    for field in ("text", "title", "warnings", "kind", "content_hash"):
        assert printed[field] == as_file[field]


def test_empty_or_binary_standard_input_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))
    assert main(["import", "-"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "briefdesk import: standard input: is empty (nothing was piped in)"
    ]
    monkeypatch.setattr(sys, "stdin", _Stdin(bytes(range(256)) * 64))
    assert main(["import", "-"]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("briefdesk import: standard input: is binary") and "not text" in line


def test_standard_input_over_the_size_limit_is_refused() -> None:
    limits = ImportLimits(max_file_bytes=1000, isolate=False)
    with pytest.raises(ImportRefused) as caught:
        import_stream_all(io.BytesIO(b"word " * 1000), limits=limits)
    assert str(caught.value).startswith(
        "standard input: is too large (more than 1,000 bytes, the limit for sources"
    )
    assert import_stream_all(io.BytesIO(b"word " * 150), limits=limits)[0].source.text


def test_add_source_dash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "deal.brief"
    assert main(["new", str(brief)]) == 0
    monkeypatch.setattr(sys, "stdin", _Stdin(ARTICLE.encode()))
    assert main(["add-source", str(brief), "-"]) == 0
    assert "Karvonia to buy jets from Westmark" in capsys.readouterr().out
    (source,) = loads(brief.read_bytes()).sources
    assert source.filename == "" and source.title == "Karvonia to buy jets from Westmark"
    assert main(["add-source", str(brief), "-", "-"]) == 1
    assert "standard input (-) can be read only once" in capsys.readouterr().err


def test_a_file_named_dash_is_still_reachable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "-").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["import", "./-", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["filename"] == "-"


def test_import_help_names_standard_input(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    assert "- reads it from standard input" in " ".join(capsys.readouterr().out.split())
