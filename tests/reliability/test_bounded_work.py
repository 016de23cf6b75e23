"""Bounded work: files are stat'ed before they are read, the sandbox refuses huge sizes first."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.export.sandbox import bounded_render, make_environment
from briefdesk.export.sizeguard import SizeLimitError

HUGE = [
    "{{ 'x'.center(999999999) }}",
    "{{ 'x'|center(999999999) }}",
    "{{ 'x'.ljust(999999999) }}",
    "{{ 'x'.rjust(999999999) }}",
    "{{ 'x'.zfill(999999999) }}",
    "{{ 'x'.expandtabs(999999999) }}",
    "{{ 'a\nb'|indent(999999999) }}",
    "{{ '%0999999999d' % 1 }}",
    "{{ '%*d' % (999999999, 1) }}",
    "{{ '%(a)0999999999d' % {'a': 1} }}",
    "{{ '%0999999999d'|format(1) }}",
    "{{ '{:>999999999}'.format(1) }}",
    "{{ '{:>{}}'.format(1, 999999999) }}",
    "{{ '{a:>999999999}'.format_map({'a': 1}) }}",
    "{{ range(10000)|join('x' * 1000000) }}",
    "{{ ('x' * 1000000).join(range(10000)) }}",
    "{{ ('x' * 100000)|replace('', 'y' * 100000) }}",
    "{{ ('x' * 100000).replace('', 'y' * 100000) }}",
    "{{ range(10)|batch(999999999, 'x')|list }}",
    "{{ range(10)|slice(999999999, 'x')|list }}",
    "{% macro f(s, n) %}{% if n %}{{ f(s ~ s, n - 1) }}{% endif %}{% endmacro %}"
    "{{ f('xxxx', 40) }}",
]


@pytest.mark.parametrize("source", HUGE)
def test_sandbox_refuses_huge_sizes_before_allocating(source: str) -> None:
    # Run under a small address-space cap: refusing *after* allocating would be a MemoryError.
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from briefdesk.export.sandbox import bounded_render, make_environment\n"
        "from briefdesk.export.sizeguard import SizeLimitError\n"
        "env = make_environment()\n"
        "try:\n"
        "    bounded_render(env.from_string(sys.argv[1]), {})\n"
        "except SizeLimitError as exc:\n"
        "    print('refused:', exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, source], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.startswith("refused:"), result.stderr[-500:]
    assert "MemoryError" not in result.stderr


def test_ordinary_sizes_still_render() -> None:
    env = make_environment()
    source = (
        "{{ 'ok'.center(10) }}|{{ '%05d' % 3 }}|{{ '{:>4}'.format(1) }}|{{ ['a','b']|join(', ') }}"
        "|{{ 'a\nb'|indent(2) }}|{{ 'a b'|replace(' ', '-') }}|{{ '%s'|format('z') }}|{{ 'a' ~ 1 }}"
    )
    assert (
        bounded_render(env.from_string(source), {}) == "    ok    |00003|   1|a, b|a\n  b|a-b|z|a1"
    )
    with pytest.raises(SizeLimitError):
        bounded_render(env.from_string("{{ 'x'.center(10**9) }}"), {})


@pytest.fixture
def specials(tmp_path: Path) -> list[Path]:
    fifo = tmp_path / "pipe.brief"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.brief"
    zero.symlink_to("/dev/zero")
    return [fifo, zero, Path("/dev/zero")]


@pytest.mark.parametrize("command", ["validate", "show", "extract"])
def test_dev_zero_and_fifo_are_refused_at_once(
    command: str, specials: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    for path in specials:
        assert main([command, str(path)]) == 1
        captured = capsys.readouterr()
        text = (captured.out + captured.err).strip()
        assert "\n" not in text
        assert "not a regular file" in text, text
    assert resource.getrlimit(resource.RLIMIT_AS) == (soft, hard)


def test_add_source_refuses_a_fifo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    assert main(["add-source", str(brief), str(fifo)]) == 1
    assert "not a regular file" in capsys.readouterr().err


def test_templates_are_stat_ed_before_they_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.docx"
    with huge.open("wb") as handle:
        handle.truncate(1_500_000_000)  # sparse: no disk used, but 1.5 GB if read
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    brief = tmp_path / "b.brief"
    assert main(["sample", str(brief)]) == 0
    for template, reason in ((huge, "the file is 1500 MB; at most 20 MB"), (fifo, "a pipe (FIFO)")):
        assert main(["templates", "check", str(template)]) == 1
        assert reason in capsys.readouterr().err
        out = tmp_path / "o.docx"
        assert main(["export", str(brief), "-t", str(template), "-o", str(out)]) == 1
        assert reason in capsys.readouterr().err
        assert not out.exists()


def test_a_fifo_in_place_of_the_settings_does_not_hang_the_start(tmp_path: Path) -> None:
    from briefdesk.settings import Settings, load_settings

    fifo = tmp_path / "settings.json"
    os.mkfifo(fifo)
    assert load_settings(fifo) == Settings()
