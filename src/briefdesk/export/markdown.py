"""Markdown export: one text template per built-in, every data field escaped.

A brief holds text from web pages; a site name such as ``![](http://tracker/p.png)`` must not
become an image (a tracking pixel for whoever previews the file) or a ``javascript:`` link. So
every ``{{ }}`` value is escaped on output (Jinja's ``finalize``), prose is rebuilt from its
parsed paragraphs with the marks BriefDesk adds itself, and only http(s)/mailto addresses become
links. A user's Word template has no Markdown twin: Markdown then uses the standard layout, and
:func:`markdown_note` says so.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from briefdesk.export.links import safe_url
from briefdesk.model.brief import Brief

# Enough to stop every inline construct: with [ ] and < > escaped no link, image, autolink or
# HTML can form, so ( ) ! & stay readable as typed.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)([-+=>#]|\d+[.)])", re.MULTILINE)
_SCHEME = re.compile(r"(?i)\b(https?|ftp|javascript|data|vbscript|file|mailto):")


class MdText(str):
    """Markdown BriefDesk built itself: ``finalize`` passes it through unescaped."""

    __slots__ = ()


def md_escape(value: Any) -> str:
    """Plain text that reads the same once rendered: no links, images, HTML or emphasis."""
    text = str(value)
    text = _SPECIAL.sub(r"\\\1", text)
    text = _LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", text)
    # Bare addresses would be auto-linked by GitHub-style renderers: break the scheme.
    return _SCHEME.sub(lambda m: f"{m.group(1)}\\:", text)


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, MdText):
        return str(value)
    if isinstance(value, bool | int | float):
        return value
    return md_escape(value)


def md_paragraphs(paragraphs: Any, body: str = "") -> MdText:
    """Prose from ``*_paragraphs``: escaped runs, real emphasis and list marks.

    ``body="bullet"`` makes plain paragraphs bullets too, for prose inside a bulleted section.
    """
    lines: list[str] = []
    for para in paragraphs or []:
        text = "".join(_run(r) for r in para.get("runs", [])) or md_escape(para.get("text", ""))
        style = para.get("style")
        if style == "body" and body == "bullet":
            style = "bullet"
        indent = "   " * int(para.get("level") or 0)
        if lines and (style == "body" or para.get("list_start")):
            lines.append("")
        if style == "bullet":
            lines.append(f"{indent}- {text}")
        elif style == "number":
            lines.append(f"{indent}{int(para.get('number') or 1)}. {text}")
        else:
            lines.append(text)
    return MdText("\n".join(lines))


def _run(run: dict[str, Any]) -> str:
    text = str(run.get("text", ""))
    core = text.strip()
    if not core:
        return text
    lead, tail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    out = md_escape(core)
    if run.get("bold"):
        out = f"**{out}**"
    if run.get("italic"):
        out = f"*{out}*"
    return f"{lead}{out}{tail}"


def md_link(url: Any) -> MdText:
    """An http(s) or mailto address as an autolink; anything else as escaped text."""
    target = safe_url(str(url or ""))
    return MdText(f"<{target}>") if target else MdText(md_escape(str(url or "")))


def md_raw(value: Any) -> MdText:
    """Markup typed in BriefDesk's own template (never data): pass it through."""
    return MdText(str(value))


@cache
def _environment() -> Any:
    from briefdesk.export.sandbox import make_environment

    env = make_environment(autoescape=False)
    env.finalize = _finalize
    env.filters["md_paragraphs"] = md_paragraphs
    env.filters["md_link"] = md_link
    env.filters["md_escape"] = lambda v: MdText(md_escape(v))
    env.filters["md_raw"] = md_raw
    return env


def _builtin_id(template: str | Path) -> str:
    """The built-in id of ``template`` (an id or a built-in's own path), else ``""``."""
    from briefdesk.export.registry import BUILTIN_IDS, builtin_dir

    text = str(template)
    if text in BUILTIN_IDS:
        return text
    path = Path(text)
    for template_id in BUILTIN_IDS:
        if path.suffix and path.resolve() == (builtin_dir() / f"{template_id}.docx").resolve():
            return template_id
    return ""


def markdown_template_id(template: str | Path = "standard") -> str:
    """The built-in whose Markdown layout a template uses (``standard`` for user templates)."""
    return _builtin_id(template) or "standard"


def markdown_note(template: str | Path = "standard") -> str:
    """A note when Markdown cannot follow the chosen Word template, else ``""``."""
    if not str(template) or _builtin_id(template):
        return ""
    return (
        f"{Path(str(template)).name} is a Word template with no Markdown version; "
        "the Markdown uses the standard note's layout"
    )


@cache
def _template(template_id: str) -> Any:
    from briefdesk.resources_access import read_resource_text

    return _environment().from_string(read_resource_text(f"templates/{template_id}.md.j2"))


def render_markdown(brief: Brief, template: str | Path = "standard") -> str:
    """The brief as Markdown in the layout of ``template``, on the export context."""
    from briefdesk.export.context import build_context
    from briefdesk.export.sandbox import bounded_render

    text = bounded_render(_template(markdown_template_id(template)), build_context(brief))
    squeezed: list[str] = []
    for line in (line.rstrip() for line in text.splitlines()):
        if line or (squeezed and squeezed[-1]):
            squeezed.append(line)
    return "\n".join(squeezed).strip() + "\n"
