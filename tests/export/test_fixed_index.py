"""A list item picked by position (N10-21): the check warns, the export names the expression."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.export.fixed_index import explained, fixed_index_warnings
from briefdesk.samples import sample_bytes


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.brief"
    path.write_bytes(sample_bytes())
    return path


def test_the_error_names_the_expression_and_the_way_out() -> None:
    paragraph = "First item {{ deals[5].item }} and {{ actors[0].name.upper() }}"
    assert explained("list object has no element 5", paragraph) == (
        "deals[5]: the brief has fewer than 6 deals; loop with {% for x in deals %} or guard "
        "it with {% if deals|length > 5 %}"
    )
    assert explained("list object has no element 0", paragraph).startswith(
        "actors[0]: the brief has none;"
    )
    assert explained("'x' is undefined", paragraph) == "'x' is undefined"


def test_a_guarded_position_is_not_warned_about() -> None:
    assert fixed_index_warnings("{% if deals|length > 5 %}{{ deals[5].item }}{% endif %}") == []
    assert fixed_index_warnings("Deal 5 [see annex]") == []
    [warning] = fixed_index_warnings("Deal {{ deals[5].item }}")
    assert warning.startswith("deals[5] picks an item by position")


def test_templates_check_warns_and_export_names_it(
    make_template: Callable[..., Path],
    sample: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    template = make_template("Deal {{ deals[5].item }}", header="{{ marking }}")
    assert main(["templates", "check", str(template)]) == 0  # a warning: it may be meant
    assert "warning: deals[5] picks an item by position" in capsys.readouterr().out
    out = tmp_path / "x.docx"
    assert main(["export", str(sample), "-t", str(template), "-o", str(out)]) != 0
    err = capsys.readouterr().err
    assert "deals[5]: the brief has fewer than 6 deals" in err and not out.exists()
