"""Where and as what an export goes: the request the dialog returns, the formats it offers, the
folder it opens in and the file name it proposes. Plain data, no widgets."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from briefdesk.settings import Settings

FORMATS = (("docx", "Word (.docx)"), ("pdf", "PDF (.pdf)"), ("md", "Markdown (.md)"))
EXPORT_FOLDER_KEY = "export-folder"


@dataclass(frozen=True)
class ExportRequest:
    template: str
    fmt: str
    out: Path
    open_after: bool
    save_brief: bool = False

    def with_format_suffix(self) -> ExportRequest:
        """The request with the output file's suffix matching its format."""
        if self.out.suffix.lower() == "." + self.fmt:
            return self
        return replace(self, out=self.out.with_suffix("." + self.fmt))


def export_folder(settings: Settings) -> Path:
    """Where the user last exported (the Save dialog opens there too), else their Documents
    folder (``paths.documents_dir``)."""
    last = settings.window_state.get(EXPORT_FOLDER_KEY, "")
    if last and Path(last).is_dir():
        return Path(last)
    from briefdesk.paths import documents_dir

    return documents_dir()


# Words a cut title must not end on ("…-to-Armament" lost "Agency"; "…-to" says less still).
_DANGLING = {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to"}
NAME_LIMIT = 60  # a file name from a title is cut at a word near this many characters
_LAST_WORD_GRACE = 10  # ...but a title just over it keeps its last word (N10-27: "Agency")


def slug(title: str, limit: int = NAME_LIMIT) -> str:
    """A file name from the title, cut between words near ``limit`` characters (a drafted
    title of 92 characters made a 92-character name, newcomer17 N17-09): never inside a word,
    never on "to"/"of", no punctuation at either end; a title that ends within a few
    characters past the limit is kept whole, so its last name is not cut off (N10-27)."""
    words = _short_subject(_units(title), limit)
    kept: list[str] = []
    for index, word in enumerate(words):
        length = len("-".join([*kept, word]))
        last = index == len(words) - 1
        if kept and length > limit and not (last and length <= limit + _LAST_WORD_GRACE):
            while len(kept) > 1 and kept[-1].casefold() in _DANGLING:
                kept.pop()
            break
        kept.append(word)
    name = "-".join(kept)
    if len(name) > limit + _LAST_WORD_GRACE:  # one word longer than any name should be
        name = name[:limit].rstrip("-_")
    return name or "brief"


def _short_subject(words: list[str], limit: int) -> list[str]:
    """A long subject cut so the name keeps what the brief is about (newcomer23 N23-13:
    "Ministry-of-Transport-and-Ports-of-the-Republic-of-Sardavia" was the whole name of a
    concession's brief): when the title's first lower-case word (its verb: "grants", "to")
    comes after more than two thirds of the limit, the subject keeps its first words up to
    about a third of it (two fifths), never ending on "of"/"and" and never inside a run of
    capitalised words, one name ("National-grants-…" lost "Telecommunications Commission",
    newcomer25 N25-03); a subject of up to two thirds stays whole ("Kazakhstan and the
    Republic of Korea sign …")."""
    verb = next(
        (i for i, w in enumerate(words) if w[:1].islower() and w.casefold() not in _DANGLING),
        len(words),
    )
    if verb == len(words) or len("-".join(words)) <= limit:
        return words
    if len("-".join(words[:verb])) <= limit * 2 // 3:  # "National Telecommunications Commission"
        return words
    subject: list[str] = []
    for index, word in enumerate(words[:verb]):
        if subject and len("-".join([*subject, word])) > limit * 2 // 5:
            if not (_named(subject[-1]) and _named(word)):
                break
            run = index  # inside a name: keep it whole, never "National" alone (N25-03)
            while run < verb and _named(words[run]):
                run += 1
            subject += words[index:run]
            break
        subject.append(word)
    while len(subject) > 1 and subject[-1].casefold() in _DANGLING:
        subject.pop()
    return subject + words[verb:]


def _named(word: str) -> bool:
    """A word of a proper name: "Telecommunications", "NTC", "K2"; not "of", "grants"."""
    return word[:1].isupper() or word[:1].isdigit()


# An amount is one unit of a name, never cut: "US$180 million", "EUR 96 million", "600,000"
# (newcomer21 N21-14: "…-fertiliser-in-US.docx" was cut inside "US$180 million").
_AMOUNT = re.compile(
    r"(?<!\w)(?:[A-Z]{0,3}[$€£¥]\s?|[A-Z]{3}\s)?\d[\d,.]*"
    r"(?:\s?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)?"
    r"(?:\s(?:euros?|dollars?|pounds?|yen)\b)?(?!\w)",
    re.IGNORECASE,
)


def _units(title: str) -> list[str]:
    """The title's words for a file name, an amount joined into one ("US-180-million")."""
    units: list[str] = []
    at = 0
    for amount in _AMOUNT.finditer(title):
        units += _plain(title[at : amount.start()])
        if joined := "-".join(_plain(amount.group())):
            units.append(joined)
        at = amount.end()
    return units + _plain(title[at:])


def _plain(text: str) -> list[str]:
    cleaned = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in text)
    return [w.strip("-_") for w in cleaned.split() if w.strip("-_")]


# What a built-in template adds to the file name, so two exports of one brief do not share it.
_TEMPLATE_TAGS = {"standard": "", "bluf": "-memo", "deal-sheet": "-deal-sheet"}


def export_stem(stem: str, template: str) -> str:
    """The proposed file name (no suffix) for ``template``: the brief's own for the standard
    note, ``…-memo``, ``…-deal-sheet`` or ``…-<template file name>`` for the others (an export
    with another template once proposed, and replaced, the previous one's file, N12-12)."""
    if template in _TEMPLATE_TAGS:
        return stem + _TEMPLATE_TAGS[template]
    name = slug(Path(template).stem) if template else ""
    return f"{stem}-{name}" if name and name != "brief" else stem
