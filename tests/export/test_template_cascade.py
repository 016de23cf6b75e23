"""`templates check` names the field an author meant and reports a mistake once (newcomer15
N15-20): "header.autor" got the whole field list, not "sender", and a loop left open made a
second error, "unknown variable 'j'", for every use of its loop name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefdesk.export.checks import check_template
from briefdesk.export.marking_context import is_unshown_warning

MakeTemplate = Callable[..., Path]


def _problems(path: Path) -> list[str]:
    return [str(p) for p in check_template(path) if not is_unshown_warning(p)]


def test_the_author_is_found_by_the_word_an_author_types(make_template: MakeTemplate) -> None:
    for typed in ("autor", "author"):
        problems = _problems(make_template(f"From {{{{ header.{typed}.name }}}}"))
        assert len(problems) == 1
        assert f"header has no field {typed!r}; did you mean 'sender' (the author)?" in problems[0]


def test_an_open_loop_is_one_mistake_not_two(make_template: MakeTemplate) -> None:
    problems = _problems(
        make_template("{%p for j in judgments %}", "{{ j.statement }}", "The end")
    )
    assert any("never closed" in p for p in problems)
    assert not any("unknown variable 'j'" in p for p in problems)


def test_a_loop_name_used_outside_a_sound_template_is_still_reported(
    make_template: MakeTemplate,
) -> None:
    problems = _problems(make_template("{{ j.statement }}", "The end"))
    assert any("unknown variable 'j'" in p for p in problems)
