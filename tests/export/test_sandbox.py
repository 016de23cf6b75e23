"""Known template-injection escapes are refused: by the sandbox itself, and end to end by export.

Templates come from strangers; none of these may read or write files, reach Python internals,
hang the app or leave an output file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from jinja2 import StrictUndefined

from briefdesk.export import ExportError
from briefdesk.export.render import export_docx
from briefdesk.export.sandbox import LimitError, SecurityError, make_environment
from briefdesk.model import Brief

ESCAPES = {
    "str class mro subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "tuple bases subclasses": "{{ ().__class__.__bases__[0].__subclasses__() }}",
    "dict class": "{{ header.__class__ }}",
    "attr filter dunder": "{{ header|attr('__class__') }}",
    "getitem dunder": "{{ header['__class__'] }}",
    "lipsum globals": "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "cycler globals": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "joiner globals": "{{ joiner.__init__.__globals__ }}",
    "namespace global": "{% set ns = namespace(x=1) %}{{ ns.x }}",
    "self globals": "{{ self.__init__.__globals__ }}",
    "self context": "{{ self._TemplateReference__context }}",
    "str.format attribute": "{{ '{0.__class__.__mro__}'.format(header) }}",
    "format_map attribute": "{{ '{x.__class__}'.format_map({'x': header}) }}",
    "mutating a list": "{{ actors.append(1) }}",
    "mutating a dict": "{{ header.update({'title': 'x'}) }}",
    "huge range": "{% for i in range(10**9) %}x{% endfor %}",
    "huge power": "{{ 9**9999999 }}",
    "huge repeat": "{{ 'x' * 10**9 }}",
    "include a file": "{% include '/etc/passwd' %}",
    "import a module": "{% import 'os' as os %}",
    "flask config": "{{ config.items() }}",
    "recursive macro": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "loop internals": "{% for a in actors %}{{ loop.__class__ }}{% endfor %}",
}


@pytest.mark.parametrize("payload", ESCAPES.values(), ids=ESCAPES.keys())
def test_sandbox_refuses(payload: str, brief: Brief) -> None:
    from briefdesk.export.context import build_context

    env = make_environment(undefined=StrictUndefined)
    with pytest.raises(Exception) as raised:
        env.from_string(payload).render(build_context(brief))
    assert not isinstance(raised.value, AssertionError)


@pytest.mark.parametrize("payload", ESCAPES.values(), ids=ESCAPES.keys())
def test_export_refuses_escape_and_writes_nothing(
    payload: str, brief: Brief, make_template: Callable[..., Path], tmp_path: Path
) -> None:
    template = make_template("Before", payload, "After")
    out = tmp_path / "out.docx"
    with pytest.raises(ExportError) as raised:
        export_docx(brief, template, out)
    message = str(raised.value)
    assert "\n" not in message and message
    assert not out.exists()
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".out.docx*"))


def test_inline_image_tpl_path_is_refused(
    tmp_path: Path, make_template: Callable[..., Path]
) -> None:
    from docxtpl import DocxTemplate, InlineImage

    doc = DocxTemplate(str(make_template("x")))
    image = InlineImage(doc, image_descriptor=str(tmp_path / "none.png"))
    target = tmp_path / "written-by-template.docx"
    env = make_environment()
    with pytest.raises(SecurityError):
        env.from_string("{{ img.tpl.docx.save(path) }}").render(img=image, path=str(target))
    with pytest.raises(SecurityError):
        env.from_string("{{ img.tpl }}").render(img=image)
    assert not target.exists()


def test_unsafe_attribute_is_refused_loudly_not_rendered_empty() -> None:
    with pytest.raises(SecurityError, match="__class__"):
        make_environment().from_string("{{ x.__class__ }}").render(x="text")


def test_limits_raise_limit_errors() -> None:
    env = make_environment()
    with pytest.raises(LimitError, match="range"):
        env.from_string("{{ range(10**6)|list|length }}").render()
    with pytest.raises(LimitError, match="exponent"):
        env.from_string("{{ 2**100000 }}").render()
    assert (
        env.from_string("{{ range(3)|list }} {{ 2**10 }} {{ 'ab' * 2 }}").render()
        == "[0, 1, 2] 1024 abab"
    )


def test_only_a_bounded_range_is_global() -> None:
    assert set(make_environment().globals) == {"range"}


def test_a_loop_that_never_yields_is_stopped_by_the_time_limit(
    brief: Brief, make_template: Callable[..., Path], tmp_path: Path
) -> None:
    template = make_template(
        "{% for i in range(9999) %}{% for j in range(9999) %}{% endfor %}{% endfor %}"
    )
    out = tmp_path / "slow.docx"
    with pytest.raises(ExportError, match="longer than"):
        export_docx(brief, template, out, timeout=2)
    assert not out.exists()


def test_user_text_is_data_never_template(brief: Brief, tmp_path: Path) -> None:
    import docx

    tricky = brief.model_copy(deep=True)
    tricky.bluf = "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %} {{r '<w:p>' }}"
    out = export_docx(tricky, "standard", tmp_path / "data.docx")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %} {{r '<w:p>' }}" in text
    assert "49" not in text


def test_the_worker_is_killed_when_a_render_overruns_and_then_recovers(
    brief: Brief, make_template: Callable[..., Path]
) -> None:
    from briefdesk.export.context import build_context
    from briefdesk.export.worker import Worker

    slow = make_template(
        "{% for i in range(9999) %}{% for j in range(9999) %}{% endfor %}{% endfor %}"
    )
    worker = Worker()
    try:
        with pytest.raises(ExportError, match="longer than 1 s"):
            worker.run(
                "render_docx", slow.read_bytes(), build_context(brief), seconds=None, timeout=1
            )
        fine = make_template("{{ title }}").read_bytes()
        data = worker.run("render_docx", fine, build_context(brief), seconds=10, timeout=60)
        assert data[:2] == b"PK"
    finally:
        worker.stop()


def test_a_worker_that_died_while_idle_is_replaced(
    brief: Brief, make_template: Callable[..., Path]
) -> None:
    from briefdesk.export.context import build_context
    from briefdesk.export.worker import Worker

    worker = Worker()
    try:
        worker.start()
        worker._process.kill()
        worker._process.join(5)
        data = make_template("{{ title }}").read_bytes()
        assert worker.run("render_docx", data, build_context(brief), timeout=60)[:2] == b"PK"
    finally:
        worker.stop()
