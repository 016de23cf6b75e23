"""Export a brief: Word through a checked, sandboxed template; Markdown; PDF via LibreOffice.

Every output is written atomically and only after rendering succeeded, so a failure never leaves
a half-written or stale-looking file behind. Files open in Word or LibreOffice are never replaced.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from briefdesk.export import ExportError
from briefdesk.model.brief import Brief

RENDER_SECONDS = 30.0
PDF_SECONDS = 180.0


def lock_files(out: Path) -> list[Path]:
    """Lock files of Word (``~$name.docx``) and LibreOffice (``.~lock.name.docx#``) by ``out``."""
    name = out.name
    # Word shortens long names: "~$" replaces the first one or two characters.
    candidates = [f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#"]
    return [out.parent / c for c in candidates if (out.parent / c).exists()]


def check_writable(out: Path, *, force: bool) -> None:
    """Refuse outputs that are open in an office suite, or that exist and ``force`` is off."""
    locks = lock_files(out)
    if locks:
        raise ExportError(f"{out} is open in Word or LibreOffice ({locks[0].name}); close it first")
    if out.exists() and not force:
        raise ExportError(f"{out} already exists; use --force to overwrite it")
    if out.exists() and out.is_dir():
        raise ExportError(f"{out} is a folder")
    if not out.parent.is_dir():
        raise ExportError(f"folder {out.parent} does not exist")


def _write(out: Path, data: bytes) -> None:
    from briefdesk.store.atomic import atomic_write, remove_stale_temps

    try:
        remove_stale_temps(out)  # left beside the output by an export that was killed
        atomic_write(out, data)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None


def document_properties(brief: Brief) -> dict[str, object]:
    """Core properties from the brief, set directly on the .docx (not through Jinja)."""
    from briefdesk.export.context import build_context

    context = build_context(brief)
    return _properties_from_context(context, brief)


def document_language() -> str:
    """The export language from Settings (``en-GB`` when unset or not a language tag)."""
    import re

    from briefdesk.settings import load_settings

    tag = load_settings().document_language.strip()
    return tag if re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}", tag) else "en-GB"


def _properties_from_context(context: dict[str, object], brief: Brief) -> dict[str, object]:
    header = context["header"]
    marking = context["marking"]
    assert isinstance(header, dict) and isinstance(marking, dict)
    keywords = context["keywords"]
    assert isinstance(keywords, list)
    return {
        "title": context["title"],
        "subject": header["subject"],
        "author": header["sender"]["name"],
        "category": marking["label"],
        "keywords": "; ".join(keywords),
        "comments": "",
        "language": document_language(),
        "created": brief.created,
        "modified": brief.modified,
    }


def render_docx_bytes(
    brief: Brief, template: str | Path, *, timeout: float = RENDER_SECONDS
) -> bytes:
    """The exported .docx as bytes, after the template passed its checks."""
    from briefdesk.export.checks import check_template_bytes
    from briefdesk.export.context import build_context
    from briefdesk.export.registry import resolve_template
    from briefdesk.export.templatefile import read_template_bytes
    from briefdesk.export.worker import WorkerFault, shared_worker

    info = resolve_template(template)
    data = read_template_bytes(info.path)  # stat'ed first: size, regular file
    # Check and render share one budget: together they keep the documented limit.
    deadline = time.monotonic() + timeout
    problems = [p for p in check_template_bytes(data, timeout=timeout) if not p.warning]
    if problems:
        more = (
            f" (and {len(problems) - 1} more; run 'briefdesk templates check')"
            if len(problems) > 1
            else ""
        )
        raise ExportError(f"template {info.name!r}: {problems[0]}{more}")
    context = build_context(brief)
    props = _properties_from_context(context, brief)
    left = deadline - time.monotonic()
    if left < 1:
        raise ExportError(
            f"template {info.name!r} took longer than {timeout:g} s to check and render"
        )
    try:
        result = shared_worker().run(
            "render_docx",
            data,
            context,
            seconds=left,
            timeout=left,
            properties=props,
            language=props["language"],
        )
    except WorkerFault as fault:
        where = f" ({fault.where})" if fault.where else ""
        raise ExportError(f"template {info.name!r}: {fault}{where}") from None
    assert isinstance(result, bytes)
    from briefdesk.export.marking_stamp import stamp_marking

    try:
        return stamp_marking(result, brief.marking)  # a marked brief never leaves unmarked
    except Exception as exc:  # python-docx could not read it back: refuse, never go unmarked
        raise ExportError(
            f"template {info.name!r} shows the marking in no header or footer and BriefDesk "
            f"could not print {brief.marking.label} into it ({exc}); "
            "add {{ marking }} to its header"
        ) from None


def export_docx(
    brief: Brief,
    template: str | Path,
    out: Path,
    *,
    force: bool = False,
    timeout: float = RENDER_SECONDS,
) -> Path:
    """Render ``brief`` with ``template`` (built-in id, user id or path) to ``out`` (.docx)."""
    out = Path(out)
    if out.suffix.lower() != ".docx":
        raise ExportError(f"{out}: a Word export must end in .docx")
    check_writable(out, force=force)
    data = render_docx_bytes(brief, template, timeout=timeout)
    check_writable(out, force=force)  # the user may have opened it in Word meanwhile
    _write(out, data)
    return out


def render_markdown(brief: Brief, template: str | Path = "standard") -> str:
    """The brief as Markdown in ``template``'s layout (the standard one for user templates)."""
    from briefdesk.export.markdown import render_markdown as render

    return render(brief, template)


def export_markdown(
    brief: Brief, out: Path, *, force: bool = False, template: str | Path = "standard"
) -> Path:
    out = Path(out)
    check_writable(out, force=force)
    _write(out, render_markdown(brief, template).encode("utf-8"))
    return out


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx: Path, out_dir: Path, *, timeout: float = PDF_SECONDS) -> Path:
    """Convert with LibreOffice in its own throw-away profile (works beside a running instance)."""
    soffice = soffice_path()
    if soffice is None:
        raise ExportError(
            "PDF export needs LibreOffice, but 'soffice' is not on PATH; install LibreOffice "
            "or export .docx and print to PDF from Word"
        )
    from briefdesk.export.nonet import no_network_prefix, prepare_profile
    from briefdesk.tempfiles import work_dir

    with work_dir("lo") as profile_dir:
        profile = str(profile_dir)
        prepare_profile(profile_dir)
        command = [
            *no_network_prefix(),
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx),
        ]
        try:
            subprocess.run(
                command,
                capture_output=True,
                timeout=timeout,
                check=False,
                stdin=subprocess.DEVNULL,
                env={**os.environ, "HOME": profile},
            )
        except subprocess.TimeoutExpired:
            raise ExportError(
                f"LibreOffice took longer than {timeout:g} s to make the PDF"
            ) from None
    pdf = out_dir / f"{docx.stem}.pdf"
    if not pdf.is_file():
        raise ExportError("LibreOffice could not convert the document to PDF")
    return pdf


def export_pdf(brief: Brief, template: str | Path, out: Path, *, force: bool = False) -> Path:
    """Word export then LibreOffice conversion; only the finished PDF lands at ``out``."""
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise ExportError(f"{out}: a PDF export must end in .pdf")
    check_writable(out, force=force)
    data = render_docx_bytes(brief, template)
    from briefdesk.tempfiles import work_dir

    with work_dir("pdf") as work:
        docx = Path(work) / f"{out.stem or 'brief'}.docx"
        try:
            docx.write_bytes(data)
        except OSError as exc:  # a full disk or a file-size limit: said as for a .docx
            raise ExportError(
                f"cannot write the temporary Word file in {work}: {exc.strerror or exc} "
                "(disk full?); nothing exported"
            ) from None
        pdf = docx_to_pdf(docx, Path(work))
        check_writable(out, force=force)
        _write(out, pdf.read_bytes())
    return out
