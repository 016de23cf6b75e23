"""A template's problems come in one check, each at the paragraph it was typed in, in words
the author can act on (a newcomer needed three rounds of ``templates check`` for three mistakes).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.export.checks import STOPPED_MESSAGE, check_template
from briefdesk.export.context import build_context
from briefdesk.export.fieldnames import FIELDS_HINT, field_lines
from briefdesk.export.marking_context import is_unshown_warning
from briefdesk.export.probe import full_brief

MakeTemplate = Callable[..., Path]


def _problems(path: Path) -> list[str]:
    return [str(p) for p in check_template(path) if not is_unshown_warning(p)]


def test_three_mistakes_in_one_check(make_template: MakeTemplate) -> None:
    template = make_template(
        "Intro {{ titel }}", "{% if bluf %}BLUF follows", "{{ title.foo.bar }}", "The end"
    )
    assert _problems(template) == [
        'syntax error: "{% if bluf %}" is never closed (no "{% endif %}" after it) '
        '(word/document.xml, paragraph "{% if bluf %}BLUF follows")',
        "unknown variable 'titel'; did you mean 'title'? "
        '(word/document.xml, paragraph "Intro {{ titel }}")',
        "title has no field 'foo': title is text, not a record "
        '(word/document.xml, paragraph "{{ title.foo.bar }}")',
    ]


def test_a_tag_left_open_is_quoted_from_its_own_paragraph(make_template: MakeTemplate) -> None:
    # docxtpl joins "{{ title }" with the text up to the next "}}": the message quoted
    # "Value: {{ title }Outro", text from two paragraphs.
    (problem,) = _problems(make_template("Intro", "Value: {{ title }", "Outro"))
    assert problem == (
        'syntax error: the tag "{{ title }" is not closed: "}}" is missing in its paragraph '
        '(word/document.xml, paragraph "Value: {{ title }")'
    )


def test_every_syntax_error_and_the_names_around_them(make_template: MakeTemplate) -> None:
    template = make_template(
        "{{ title %}",
        "{% endfor %}",
        "{% else %}",
        "{{ title | }}",
        "{% for d in deals %}{{ d.kind_lable }}{% endfor %}",
        "{{ header.subjet }}",
        header="{% if marking.label %}{{ marking.label }}",
    )
    problems = _problems(template)
    assert problems[:4] == [  # in the order they stand in the document
        'syntax error: the tag "{{ title %}" opens with "{{" but ends with "%}" (it needs "}}") '
        '(word/document.xml, paragraph "{{ title %}")',
        'syntax error: "{% endfor %}" has no "{% for … %}" before it '
        '(word/document.xml, paragraph "{% endfor %}")',
        'syntax error: "{% else %}" is outside any "{% if %}" or "{% for %}" '
        '(word/document.xml, paragraph "{% else %}")',
        "syntax error in \"{{ title | }}\": expected token 'name', got 'end of {{ }} tag' "
        '(word/document.xml, paragraph "{{ title | }}")',
    ]
    rest = problems[4:]
    assert (
        'syntax error: "{% if marking.label %}" is never closed (no "{% endif %}" after it) '
        '(word/header1.xml, paragraph "{% if marking.label %}{{ marking.label }}")'
    ) in rest
    # The parse went on past the syntax errors: the names after them were checked too.
    assert any(
        p.startswith("deals[] has no field 'kind_lable'; did you mean 'kind_label'?") for p in rest
    )
    assert any(p.startswith("header has no field 'subjet'; did you mean 'subject'?") for p in rest)
    assert STOPPED_MESSAGE not in problems


def test_a_problem_in_a_table_names_its_cell(make_template: MakeTemplate) -> None:
    rows = [["Deal", "Value"], ["{{ deals[0].kind_lable }}", "{% if x %}open"]]
    problems = _problems(make_template("Deals", table_rows=rows))
    assert problems == [
        'syntax error: "{% if x %}" is never closed (no "{% endif %}" after it) '
        '(word/document.xml, table 1, row 2, cell 2, paragraph "{% if x %}open")',
        "deals[] has no field 'kind_lable'; did you mean 'kind_label'? "
        '(word/document.xml, table 1, row 2, cell 1, paragraph "{{ deals[0].kind_lable }}")',
    ]


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        (
            "{{ deals.value }}",
            "deals has no field 'value': it is a list; loop over it with {% for d in deals %}",
        ),
        (
            "{{ header.sender.name.first }}",
            "header.sender.name has no field 'first': header.sender.name is text, not a record",
        ),
        ("{{ header.zzz }}", "header has no field 'zzz'; its fields: cleared_by, "),
        ("{{ title|shout }}", "syntax error in \"{{ title|shout }}\": no filter named 'shout'"),
    ],
)
def test_names_are_described_plainly(make_template: MakeTemplate, tag: str, message: str) -> None:
    (problem,) = _problems(make_template(tag))
    assert problem.startswith(message)


def test_well_formed_blocks_pass(make_template: MakeTemplate) -> None:
    template = make_template(
        "{% if bluf %}{{ bluf }}{% elif purpose %}{{ purpose }}{% else %}none{% endif %}",
        "{%p for d in deals %}",
        "{{ d.kind_label }}{% for p in d.parties %}{{ p.name }}{% else %}-{% endfor %}",
        "{%p endfor %}",
        "{% set shown = title|upper %}{{ shown }} {# a comment #}",
        "{%p if judgments %}",
        "“{{ title }}” {{ header.sender.name|default(“nobody”) }}",
        "{%p endif %}",
        "{# an old layout, kept for reference:",
        "Value: {{ titel } {% if %}",
        "end of the old layout #}",
        table_rows=[["{%tr for a in actors %}"], ["{{ a.name }}"], ["{%tr endfor %}"]],
    )
    assert _problems(template) == []


def test_templates_fields_lists_what_the_checks_accept(
    make_template: MakeTemplate, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["templates", "fields"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == field_lines(build_context(full_brief()))
    listed = {line.split()[0]: line.split()[1] for line in lines}
    assert listed["title"] == "text" and listed["header"] == "record"
    assert listed["deals"] == "list" and listed["deals[].value.short"] == "text"
    # Every plain path it lists is one a template may print: the check finds nothing wrong.
    plain = [path for path, kind in listed.items() if "[]" not in path and kind == "text"]
    assert len(plain) > 20
    assert _problems(make_template(*(f"{{{{ {path} }}}}" for path in plain))) == []


def test_check_and_export_print_every_problem(
    make_template: MakeTemplate, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = make_template("Intro {{ titel }}", "{% if bluf %}BLUF follows", "{{ title.foo.bar }}")
    assert main(["templates", "check", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 4 and all(line.startswith(f"{bad}: ") for line in out)
    assert out[-1] == f"{bad}: note: {FIELDS_HINT}"
    brief = tmp_path / "s.brief"
    assert main(["sample", str(brief)]) == 0
    capsys.readouterr()
    docx = tmp_path / "out.docx"
    assert main(["export", str(brief), "-t", str(bad), "-o", str(docx)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert [line.removeprefix(f"briefdesk export: {bad}: ") for line in err[:3]] == [
        line.removeprefix(f"{bad}: ") for line in out[:3]
    ]
    assert err[3] == f"briefdesk export: note: {FIELDS_HINT}"
    assert not docx.exists()


def test_a_comment_never_closed(make_template: MakeTemplate) -> None:
    problems = _problems(
        make_template("{{ title }}", "{# draft: {{ titel }}", "more", "{{ bluf }}")
    )
    assert problems == [
        'syntax error: the comment "{# draft: {{ titel }}" is never closed (no "#}" after it) '
        '(word/document.xml, paragraph "{# draft: {{ titel }}")'
    ]


def test_a_syntax_error_the_lint_misses_stops_the_check_and_says_so(
    make_template: MakeTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefdesk.export import checks, taglint

    monkeypatch.setattr(taglint, "lint_template", lambda data: ([], data))
    found = checks.dry_run(make_template("{% if bluf %}BLUF", "{{ titel }}").read_bytes())
    messages = [problem[0] for problem in found]
    assert messages[0].startswith("syntax error: ") and messages[1] == STOPPED_MESSAGE
    assert len(messages) == 2  # nothing after it is claimed checked


def test_a_refused_expression_does_not_hide_the_problems_after_it(
    make_template: MakeTemplate,
) -> None:
    """newcomer7 F18: the check stopped at the first refused expression; the unknown name in
    the next paragraph took a second round trip to Word."""
    template = make_template(
        "{{ ''.__class__ }}", "{{ titel }}", "{{ deals[0].value|money('huge') }}"
    )
    problems = _problems(template)
    assert len(problems) == 3, problems
    assert problems[0].startswith("template error: access to '__class__' on a str is not allowed")
    assert any(p.startswith("unknown variable 'titel'; did you mean 'title'?") for p in problems)
    assert any(
        "money: no style 'huge' (short, full, text, exact_text, as_stated)" in p for p in problems
    )


def test_unknown_styles_are_refused_not_printed_in_the_default(make_template: MakeTemplate) -> None:
    (problem,) = _problems(make_template("{{ header.date|date('fancy') }}"))
    assert "date: no style 'fancy' (long, short, iso)" in problem
