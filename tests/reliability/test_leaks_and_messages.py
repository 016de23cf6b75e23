"""Nothing leaked: undecodable names stored cleanly, no Python internals in any message."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefdesk.cli import main as cli_main
from briefdesk.cli.main import main
from briefdesk.model.errors import BriefError
from briefdesk.model.fileformat import loads
from briefdesk.samples import sample_bytes
from briefdesk.sources import sandbox
from briefdesk.sources.api import clean_name
from briefdesk.sources.limits import ImportLimits


def test_a_file_name_that_is_not_utf8_is_stored_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    raw = os.fsencode(tmp_path) + b"/caf\xe9 report.txt"
    with open(raw, "wb") as handle:
        # Two lines, the first body text: the title comes from the file name (a one-line
        # file would be titled by its line).
        handle.write(b"Poland will buy 180 tanks from Korea.\nOfficials said so on Tuesday.\n")
    name = os.fsdecode(raw)
    assert main(["add-source", str(brief), name]) == 0
    assert "added" in capsys.readouterr().out
    source = loads(brief.read_bytes()).sources[0]
    assert source.filename == "café report.txt"
    assert source.title == "café report"
    assert main(["sources", str(brief)]) == 0


def test_clean_name_keeps_good_names() -> None:
    assert clean_name("Rapport d’été.docx") == "Rapport d’été.docx"
    assert clean_name(os.fsdecode(b"\xff\xfe.txt")) == "ÿþ.txt"


def test_a_lone_surrogate_is_refused_with_its_line() -> None:
    document = json.loads(sample_bytes())
    document["header"]["title"] = "a\ud800b"
    with pytest.raises(BriefError) as error:
        loads(json.dumps(document, indent=2).encode())
    assert str(error.value) == "line 8: \\ud800 is half of a character (a lone surrogate), not text"


def _lookup_error(*_args: object) -> None:
    raise LookupError(
        "'rot-13' is not a text encoding; use codecs.decode() to handle arbitrary codecs"
    )


def test_reader_bugs_never_show_python_internals() -> None:
    limits = ImportLimits(isolate=False)
    with pytest.raises(Exception) as refused:
        sandbox.run_job(_lookup_error, (), limits, "odd.txt")
    message = str(refused.value)
    assert message == "odd.txt: could not be read (damaged, or not a kind of file BriefDesk reads)"


def test_an_unexpected_error_is_one_line_and_logged(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], briefdesk_home: Path
) -> None:
    def broken(_args: object) -> int:
        raise KeyError("internal")

    parser = cli_main.build_parser()
    monkeypatch.setattr(cli_main, "build_parser", lambda: parser)
    parser.set_defaults(func=broken)
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for sub in action.choices.values():
            sub.set_defaults(func=broken)
    assert main(["paths"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "KeyError" not in err and "Traceback" not in err
    assert err.startswith("briefdesk paths: an unexpected internal problem stopped the command")
    log = briefdesk_home / "log" / "errors.log"
    assert "KeyError: 'internal'" in log.read_text()


def test_a_mail_in_an_unreadable_charset_says_so_without_codec_internals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mail = tmp_path / "rot.eml"
    mail.write_text(
        "From: a@example.org\nSubject: x\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="rot-13"\n\nCbynaq jvyy ohl gnaxf.\n'
    )
    # Read with a guessed encoding and a warning that names the label: never codec internals.
    assert main(["import", "--json", str(mail)]) == 0
    out = capsys.readouterr()
    warnings = json.loads(out.out)["warnings"]
    assert warnings == ["unknown charset 'rot-13' in the text/plain part; the encoding was guessed"]
    assert "codecs" not in out.out + out.err
