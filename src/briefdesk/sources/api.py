"""Turn a file or pasted text into a Source: the entry points the GUI and CLI call."""

from __future__ import annotations

import datetime as dt
import re
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from briefdesk.boundedread import describe_size
from briefdesk.model import Source
from briefdesk.model.weburl import web_url_or_empty, web_url_problem
from briefdesk.sources import sandbox, worker
from briefdesk.sources.errors import ImportRefused, too_long
from briefdesk.sources.extracted import Extracted
from briefdesk.sources.kind import guess_kind
from briefdesk.sources.limits import DEFAULT_LIMITS, ImportLimits
from briefdesk.sources.normalize import normalize_text
from briefdesk.sources.sniff import Format, sniff_text

PASTED = "pasted text"
STDIN = "standard input"
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Imported:
    """One source made by an import and what the user should know about how it was read."""

    source: Source
    warnings: tuple[str, ...] = ()


def import_file(
    path: Path, *, limits: ImportLimits | None = None, cancel: threading.Event | None = None
) -> Source:
    """The first (usually only) source in a file; see :func:`import_file_all`."""
    return import_file_all(path, limits=limits, cancel=cancel)[0].source


def import_file_all(
    path: Path,
    *,
    limits: ImportLimits | None = None,
    cancel: threading.Event | None = None,
    encoding: str | None = None,
) -> list[Imported]:
    """Read one file of any supported format into one or more sources (a mail may forward
    several articles); raise ImportRefused with a one-line reason.

    Safe to call from a worker thread: the parsing, checks and normalisation run in a
    child process under ``limits`` (time, memory, sizes) with network access refused.
    Setting ``cancel`` stops it promptly with ImportCancelled (a subclass of ImportRefused).
    ``encoding``: read a text or HTML file in this encoding (any name Python knows, e.g.
    ``cp1250``) instead of its label or a guess.
    """
    limits = limits or DEFAULT_LIMITS
    path = Path(path)
    name = clean_name(path.name or str(path))
    codec = _codec(encoding, name)
    _check_file(path, name, limits)
    job_args = (str(path), limits.as_dict(), codec)
    raw = sandbox.run_job(worker.import_path_job, job_args, limits, name, cancel)
    return [
        _to_imported(Extracted(**item), name, limits, filename=clean_name(path.name))
        for item in raw
    ]


def import_stream_all(
    stream: BinaryIO,
    *,
    limits: ImportLimits | None = None,
    name: str = STDIN,
    encoding: str | None = None,
) -> list[Imported]:
    """Sources from a stream with no file behind it (``briefdesk import -``).

    The bytes are read like a file's (format from the content, charset checks, size limit) and
    recorded like pasted text: no file name, the title from the text.
    """
    limits = limits or DEFAULT_LIMITS
    codec = _codec(encoding, name)
    data = _read_stream(stream, limits.max_file_bytes, name)
    if not data.strip():
        raise ImportRefused(name, "is empty (nothing was piped in)")
    raw = sandbox.run_job(worker.bytes_job, (data, limits.as_dict(), codec), limits, name)
    return [_to_imported(Extracted(**item), name, limits, filename="") for item in raw]


def _codec(encoding: str | None, name: str) -> str | None:
    if encoding is None:
        return None
    from briefdesk.sources.decode import text_codec

    try:
        return text_codec(encoding)
    except ValueError as exc:
        raise ImportRefused(name, f"cannot be read as asked: {exc}") from None


def _read_stream(stream: BinaryIO, max_bytes: int, name: str) -> bytes:
    """At most ``max_bytes`` (+1 to notice more), in chunks: nothing reserved up front."""
    chunks: list[bytes] = []
    size = 0
    try:
        while size <= max_bytes:
            chunk = stream.read(min(_CHUNK, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise ImportRefused(name, f"cannot be read ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise ImportRefused(
            name,
            f"is too large (more than {max_bytes:,} bytes, the limit for sources, "
            f"{describe_size(max_bytes)})",
        )
    return b"".join(chunks)


def import_text(
    text: str,
    *,
    title: str = "",
    url: str = "",
    outlet: str = "",
    published: dt.date | None = None,
    limits: ImportLimits | None = None,
) -> Source:
    """A source from pasted text. Pasted HTML markup is recognised and read like a web page.

    Values given here win over anything found in the text.
    """
    limits = limits or DEFAULT_LIMITS
    if (problem := web_url_problem(url)) is not None:
        raise ImportRefused(PASTED, f"has an unusable address: {problem}")
    if len(text) > limits.max_text_chars:
        raise ImportRefused(
            PASTED,
            f"is {len(text):,} characters long, more than the limit of {limits.max_text_chars:,}",
        )
    job = worker.html_job if sniff_text(text, ".txt") is Format.HTML else worker.text_job
    raw = sandbox.run_job(job, (text, limits.as_dict()), limits, PASTED)
    extracted = Extracted(**raw[0])
    extracted.title = title or extracted.title
    extracted.url = url or extracted.url
    extracted.outlet = outlet or extracted.outlet
    extracted.published = published or extracted.published
    return _to_imported(extracted, PASTED, limits, filename="").source


def clean_name(name: str) -> str:
    """A file name as text that can be saved: names that are not valid UTF-8 on disk arrive
    with lone surrogates (``surrogateescape``); they are read as Windows-1252 instead."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogateescape")
        return raw.decode("cp1252", "replace")


def _check_file(path: Path, name: str, limits: ImportLimits) -> None:
    """Refuse the cheap cases before starting a worker."""
    try:
        info = path.stat()
    except FileNotFoundError:  # the whole path: the folder may be what is wrong
        raise ImportRefused(clean_name(str(path)), "file not found") from None
    except OSError as exc:
        raise ImportRefused(
            clean_name(str(path)), f"cannot be read ({exc.strerror or exc})"
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportRefused(name, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):  # a device or pipe: its last part alone ("null") says little
        raise ImportRefused(clean_name(str(path)), "is not a regular file (a device or a pipe)")
    if info.st_size == 0:
        raise ImportRefused(name, "is empty")
    if info.st_size > limits.max_file_bytes:
        raise ImportRefused(
            name,
            # Bytes, not rounded sizes: 52,428,994 bytes and a 52,428,800-byte limit both
            # round to "50.0 MB", which read as refusing a file for being at the limit.
            f"is too large ({info.st_size:,} bytes; the limit for source files is "
            f"{limits.max_file_bytes:,} bytes, {describe_size(limits.max_file_bytes)})",
        )


_A_WORD = re.compile(r"[^\W\d_]{2}")  # two letters in a row, in any script


def _to_imported(
    extracted: Extracted, name: str, limits: ImportLimits, *, filename: str
) -> Imported:
    if not extracted.normalized:  # defensive: every worker job normalises
        extracted.text = normalize_text(extracted.text)
    text = extracted.text
    if not text:
        raise ImportRefused(name, "has no text")
    if not _A_WORD.search(text):  # "x", "T" from a failed conversion, "1 2 3" (N13-28)
        shown = text if len(text) <= 20 else text[:19] + "…"
        count = f"{len(text)} character" + ("s" if len(text) > 1 else "")
        raise ImportRefused(name, f"has no word of text (only {count}: {shown!r})")
    if len(text) > limits.max_text_chars:
        raise ImportRefused(name, too_long(len(text), limits.max_text_chars))
    from briefdesk.sources.copied_post import use_copy_note
    from briefdesk.sources.form_title import form_title
    from briefdesk.sources.issuer_author import author_beside_outlet
    from briefdesk.sources.label_head import read_label_head
    from briefdesk.sources.masthead import read_masthead
    from briefdesk.sources.mission_head import read_mission_head
    from briefdesk.sources.outlet_name import cited_outlet
    from briefdesk.sources.page_date import YEAR_GUESS_HINT, YEAR_GUESS_NOTE, after_today_note
    from briefdesk.sources.paper_byline import paper_byline, paper_byline_note
    from briefdesk.sources.release_head import release_letterhead, release_title
    from briefdesk.sources.report_head import read_report_head
    from briefdesk.sources.stated_date import stated_date, stated_date_note
    from briefdesk.sources.title_choice import text_title
    from briefdesk.sources.wire_head import dateline_date, dateline_note, wire_title

    use_copy_note(extracted)  # "Copied from X …, thread by @h (Name), date" (N14-35)
    if (release := release_title(text, _one_line(extracted.title))) is not None:
        passed_over = _one_line(extracted.title)
        extracted.title = release[0]  # the headline; the letterhead says whose (N10-32)
        extracted.outlet = extracted.outlet or release[1]
        extracted.notes = [n for n in extracted.notes if not n.startswith(_TITLE_NOTE)]
        extracted.notes.append(
            f"Title taken from the headline under the page's header (not “{passed_over}”)"
        )
    elif (form := form_title(text, _one_line(extracted.title))) is not None:
        extracted.title = form.title  # a transcript's programme, a filing's registrant (N13-20)
        extracted.outlet = extracted.outlet or form.outlet
        extracted.notes = [n for n in extracted.notes if not n.startswith(_TITLE_NOTE)]
        extracted.notes.append(form.note)
    if not extracted.outlet and (letterhead := release_letterhead(text, extracted.title)):
        extracted.outlet = letterhead  # a Word release's headline came from its heading (N21-06)
    if not (extracted.outlet or extracted.author) and (paper := paper_byline(text)):
        extracted.outlet, extracted.author = paper.outlet, paper.authors  # N15-34
        extracted.notes.append(paper_byline_note(paper))
    report = read_report_head(extracted, text)  # a firm's client briefing (N17-07)
    read_masthead(extracted, text, _TITLE_NOTE)  # "RADIO DOBRUJA - MORNING EDITION" (N19-06/11)
    read_label_head(extracted, text, _TITLE_NOTE)  # "FORUM — COMMENTARY", "By Dr …" (N18-06)
    official = read_mission_head(extracted, text)  # "Embassy in Hanoi, Economic Section" (N18-07)
    if extracted.published is None and (stated := stated_date(text)) is not None:
        extracted.published = stated.date  # a notice's "Date of award: …" (N13-23)
        extracted.notes.append(stated_date_note(stated))
    elif extracted.published is None and (dated := dateline_date(text)) is not None:
        extracted.published = dated.date  # "ROME/CAIRO, Nov 4 (Newswire) -" (N14-35)
        extracted.outlet = extracted.outlet or dated.agency
        extracted.notes.append(dateline_note(dated))
    if not extracted.outlet and extracted.format == "email" and (dated := dateline_date(text)):
        extracted.outlet = dated.agency  # a mailed wire story: its Date header dated it (N24-17)
    if (headline := wire_title(_one_line(extracted.title))) != _one_line(extracted.title):
        extracted.notes.append(f"Title without the wire's slugs (was “{extracted.title}”)")
        extracted.title = headline  # "UPDATE 2-… -sources" (N14-35)
    if extracted.published is not None and (late := after_today_note(extracted.published)):
        extracted.notes.append(late)  # kept: a wrong clock is likelier than a wrong page
    elif extracted.published is None and (year := extracted.hints.get(YEAR_GUESS_HINT)):
        extracted.notes.append(YEAR_GUESS_NOTE.format(year=year))  # a mail's Date wins (N11-03)
    untitled_page = extracted.format == "html" and not _one_line(extracted.title)
    if untitled_page and filename and (own := text_title(text)):
        extracted.title = own  # the page's one sentence, not its file name (N14-21)
        extracted.notes.append(TEXT_TITLE_NOTE)
    if not _one_line(extracted.title) and _title_from_filename(filename):
        extracted.notes.append(FILENAME_TITLE_NOTE)  # so a made-up title is checked
    fields: dict[str, Any] = {
        "kind": guess_kind(extracted, text, report=report, official=official),
        "title": _one_line(extracted.title) or _title_from_filename(filename),
        "outlet": (outlet := cited_outlet(_one_line(extracted.outlet))),  # no ", Accra"
        # the body named once: "Issued by: <unit>, <body>" gives the unit (N22-18)
        "author": author_beside_outlet(_one_line(extracted.author), outlet, text),
        "url": web_url_or_empty(_one_line(extracted.url)),
        "published": extracted.published,
        "accessed": dt.date.today(),
        "language": _one_line(extracted.language)[:35],
        "filename": filename,
        "text": text,
        "notes": import_notes(extracted.warnings, extracted.notes),
    }
    try:
        source = Source(**fields)
    except ValueError as exc:  # pydantic's ValidationError; only odd metadata can trigger it
        from pydantic import ValidationError

        from briefdesk.model.errors import problems_from_validation

        problems = problems_from_validation(exc) if isinstance(exc, ValidationError) else []
        detail = str(problems[0]) if problems else "its metadata is not usable"
        raise ImportRefused(name, f"produced an invalid source ({detail})") from None
    return Imported(source, tuple(extracted.warnings))


def import_notes(warnings: list[str], notes: list[str]) -> str:
    """The source's notes: one ``Import: …`` line per warning, then the other notes."""
    return "\n".join([*(f"Import: {w}" for w in warnings), *notes])


def _one_line(value: str) -> str:
    # Values are normalised in the worker; this only folds what callers put in since.
    return " ".join(value.split()) if value else ""


_TITLE_NOTE = "Title taken from "  # every note saying where a title came from starts so
TEXT_TITLE_NOTE = "Title taken from the text's first line: the file gives no title or headline"
FILENAME_TITLE_NOTE = "Title made from the file name: the file shows no headline or title"


def _title_from_filename(filename: str) -> str:
    stem = Path(filename).stem
    return " ".join(stem.replace("_", " ").replace("-", " ").split())
