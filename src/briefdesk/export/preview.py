"""Live HTML preview of a brief for the GUI, on the same context as the Word export.

The template is BriefDesk's own (trusted), the brief is only data: it renders in the hardened
sandbox with autoescape, so text such as ``<script>`` shows as typed. The CSS keeps to what Qt rich
text understands (a subset of CSS 2.1: no flexbox, no grid). The compiled template is cached, so a
re-render costs only the context and the template run.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from markupsafe import Markup, escape

from briefdesk.model.brief import Brief


@cache
def _template() -> Any:
    from briefdesk.export.sandbox import make_environment
    from briefdesk.resources_access import read_resource_text

    env = make_environment(autoescape=True)
    env.filters["html_paragraphs"] = html_paragraphs
    return env.from_string(read_resource_text("templates/preview.html.j2"))


def html_paragraphs(paragraphs: Any) -> Markup:
    """Prose paragraphs as HTML with real lists, bold and italic; text escaped here."""
    out: list[str] = []
    open_list = ""
    for para in paragraphs or []:
        kind = {"bullet": "ul", "number": "ol"}.get(para.get("style", ""), "")
        if open_list and (kind != open_list or para.get("list_start")):
            out.append(f"</{open_list}>")
            open_list = ""
        if kind and not open_list:
            out.append(f"<{kind}>")
            open_list = kind
        runs = "".join(_run(r) for r in para.get("runs", []))
        out.append(f"<li>{runs}</li>" if kind else f"<p>{runs}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return Markup("".join(out))


def _run(run: dict[str, Any]) -> str:
    text = str(escape(run.get("text", "")))
    if run.get("italic"):
        text = f"<i>{text}</i>"
    if run.get("bold"):
        text = f"<b>{text}</b>"
    return text


def render_html(brief: Brief, template: str = "standard") -> str:
    """A whole HTML document previewing ``brief`` in the layout of ``template``.

    The standard note has its own HTML template; the memo and the deal sheet are previewed
    from their Markdown (escaped data, so no raw HTML can come through), in the same CSS.
    """
    from briefdesk.export.context import build_context
    from briefdesk.export.markdown import markdown_template_id
    from briefdesk.export.sandbox import bounded_render

    template_id = markdown_template_id(template)
    if template_id == "standard":
        return bounded_render(_template(), build_context(brief))
    return _from_markdown(brief, template_id)


def _from_markdown(brief: Brief, template_id: str) -> str:
    from markdown_it import MarkdownIt

    from briefdesk.export.markdown import render_markdown

    body = (
        MarkdownIt("commonmark", {"html": False})
        .enable("table")
        .render(render_markdown(brief, template_id))
    )
    title = escape(brief.header.title or brief.header.subject or "Untitled brief")
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title>\n'
        f"{_style()}</head>\n<body>\n{body}</body></html>\n"
    )


@cache
def _style() -> str:
    import re

    from briefdesk.resources_access import read_resource_text

    found = re.search(r"<style>.*?</style>", read_resource_text("templates/preview.html.j2"), re.S)
    return found.group(0) if found else ""
