"""A user template and the handling marking: ``{{ marking }}`` prints the label, and a template
that never shows the marking is flagged by ``templates check`` and by ``export``."""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.export.context import build_context
from briefdesk.export.marking_context import UNSHOWN_MESSAGE
from briefdesk.samples import load_sample, sample_bytes
from tests.docx_text import docx_text


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.brief"
    path.write_bytes(sample_bytes())  # marked TLP:AMBER
    return path


def test_marking_prints_as_its_label_and_stays_plain_data() -> None:
    marking = build_context(load_sample())["marking"]
    assert str(marking) == "TLP:AMBER" == marking["label"]
    assert marking["is_tlp"] is True  # the documented parts are all still there
    assert json.loads(json.dumps(marking))["label"] == "TLP:AMBER"
    assert pickle.loads(pickle.dumps(marking)) == marking  # to the render worker and back


def test_marking_variable_renders_as_text_in_the_docx(
    sample: Path, tmp_path: Path, make_template: Callable[..., Path]
) -> None:
    template = make_template("Handling: {{ marking }}", "{{ title }}", header="{{ marking }}")
    out = tmp_path / "note.docx"
    assert main(["export", str(sample), "-t", str(template), "-o", str(out)]) == 0
    text = docx_text(out, headers=True)
    assert "Handling: TLP:AMBER" in text.splitlines()
    assert "scheme" not in text and "{" not in text


def test_template_without_the_marking_is_flagged_by_templates_check(
    make_template: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    bare = make_template("{{ title }}", "{{ bluf }}")
    assert main(["templates", "check", str(bare)]) == 0  # a warning, not a failure
    assert capsys.readouterr().out.splitlines() == [f"{bare}: warning: {UNSHOWN_MESSAGE}"]
    for shown in ("{{ marking.label }}", "{{ marking }}", "{{r marking|marking_run }}"):
        marked = make_template("{{ title }}", header=shown)
        assert main(["templates", "check", str(marked)]) == 0
        assert capsys.readouterr().out == f"{marked}: ok\n", shown
    assert main(["templates", "check", "standard"]) == 0
    assert capsys.readouterr().out == "standard: ok\n"


def test_export_through_an_unmarked_template_warns_once_and_still_exports(
    sample: Path,
    tmp_path: Path,
    make_template: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    bare = make_template("{{ title }}")
    out = tmp_path / "note.docx"
    capsys.readouterr()
    assert main(["export", str(sample), "-t", str(bare), "-o", str(out)]) == 0
    assert out.exists()
    warnings = [line for line in capsys.readouterr().err.splitlines() if "marking" in line]
    assert warnings == [
        f"briefdesk export: warning: {sample} is marked TLP:AMBER but the template "
        f"{bare.name} never shows the marking: the export is unmarked"
    ]
    # A brief with no marking has nothing to lose: no such warning (the "no marking" one instead).
    assert main(["set", str(sample), "marking=none"]) == 0
    capsys.readouterr()
    assert main(["export", str(sample), "-t", str(bare), "-o", str(out), "--force"]) == 0
    assert "never shows the marking" not in capsys.readouterr().err
