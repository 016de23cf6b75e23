"""A brief seen against the library: briefs related to it and earlier judgments on its subjects."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefdesk.library.api import Library, PriorJudgment, Related
from briefdesk.library.copies import self_key
from briefdesk.library.digest import digest_brief, norm
from briefdesk.library.markings import not_asked
from briefdesk.library.same_question import rank_priors
from briefdesk.library.stock_judgments import is_stock
from briefdesk.model.brief import Brief

if TYPE_CHECKING:
    from briefdesk.extract.results import Extraction


def related_to_brief(
    lib: Library,
    brief: Brief,
    limit: int = 10,
    suggestions: Iterable[Extraction] = (),
    path: Path | str | None = None,
) -> list[Related]:
    """Other briefs holding the same source text, making one of this one's key judgments in the
    same words, or sharing its actors (names and aliases), deal items or places.

    ``suggestions``: extractions of its sources, so a source just added finds related briefs
    from what it names before anything is accepted (what the user dismissed is left out).
    ``path``: the file the brief was opened from, so neither it nor a byte-identical copy is
    "related" to it; another version (same id, edited apart) is listed and said to be one.
    None for a brief above the library's marking ceiling (:func:`markings.not_asked`)."""
    if not_asked(brief.marking, lib.ceiling):
        return []
    suggestions = list(suggestions)
    names = [n for a in brief.actors for n in [a.name, *a.aliases]]
    items = [i.designation for d in brief.deals for i in d.items]
    places = [p.name for p in brief.places]
    more = suggested_subjects(brief, suggestions)
    texts = [(s.title, s.text) for s in brief.sources]  # the same article: newcomer9 N9-05
    own = self_key(lib, brief.id, path)
    found = lib.related(
        names + more[0],
        items + more[1],
        places + more[2],
        exclude=own,
        limit=limit,
        sources=texts,
        judgments=[kj.statement for kj in brief.significance.judgments],
    )
    mains = _main_names(brief, suggestions)
    return [
        replace(r, other_version=_base(r.brief.brief_id) == brief.id, shared=_named(r, mains))
        for r in found
    ]


def _main_names(brief: Brief, suggestions: list[Extraction]) -> dict[str, str]:
    """Each actor name and alias (normalised) → the actor's own name, the brief's first."""
    groups = [(a.name, a.aliases) for a in brief.actors]
    groups += [(a.name, a.aliases) for e in suggestions for a in e.actors]
    mains: dict[str, str] = {}
    for main, aliases in groups:
        for name in [main, *aliases]:
            mains.setdefault(norm(name), main)
    return mains


def _named(related: Related, mains: dict[str, str]) -> tuple[str, ...]:
    """A shared actor by its name, not by the alias both briefs happen to give it ("actor:
    Bucharest" for Romania with the capital as alias, N15-24); one line per actor."""
    out: list[str] = []
    for label in related.shared:
        kind, _, name = label.partition(": ")
        if kind == "actor":
            label = f"actor: {mains.get(norm(name), name)}"
        if label not in out:
            out.append(label)
    return tuple(out)


def _base(key: str) -> str:
    """The brief id of an entry key (``id~digest`` for a version edited apart)."""
    return key.split("~", 1)[0]


def suggested_subjects(
    brief: Brief, suggestions: Iterable[Extraction]
) -> tuple[list[str], list[str], list[str]]:
    """(actor names and aliases, deal items, places) the suggestions name, minus dismissed ones."""
    dismissed = {key for s in brief.sources for key in s.dismissed}
    names: list[str] = []
    items: list[str] = []
    places: list[str] = []
    for extraction in suggestions:
        for actor in extraction.actors:
            if actor.key not in dismissed:
                names += [actor.name, *actor.aliases]
        items += [d.item for d in extraction.deals if d.item and d.key not in dismissed]
        places += [p.name for p in extraction.places if p.key not in dismissed]
    return names, items, places


def judgment_history(
    lib: Library, brief: Brief, path: Path | str | None = None
) -> dict[str, list[PriorJudgment]]:
    """For each judgment (by id): the same judgment in earlier briefs (``same_question``), then
    judgments on the same deal items (newest first), then those on the same actors only. None
    above the marking ceiling.

    "Earlier" is by the brief's date, then by file time (``path``: the brief's own file; a
    brief never saved is "now"); a brief of the same date with no time to tell is kept but
    marked ``same_date`` (no direction claimed), one written later is left out (C9-18)."""
    if not_asked(brief.marking, lib.ceiling):
        return {}
    digest = digest_brief(brief, "", "")
    subjects: dict[str, list[str]] = {}
    for judgment_id, subject in digest.subjects:
        subjects.setdefault(judgment_id, []).append(subject)
    history = {}
    own = self_key(lib, brief.id, path)
    own_ns = _file_ns(path)
    before = digest.date  # the brief's own date: what came after it is not "earlier"
    statements = {j.id: j.statement for j in brief.significance.judgments if j.statement.strip()}
    names = [
        *(n for a in brief.actors for n in [a.name, *a.aliases]),
        *(p.name for p in brief.places),
    ]
    names += [i.designation for d in brief.deals for i in d.items]
    for judgment_id, statement in statements.items():
        # Its subjects, or its very wording: the same judgment in a brief that names none of
        # this one's actors or items is still the same judgment (newcomer11 N11-17) — unless
        # the wording is a stock sentence naming nothing, which many briefs share (N15-23).
        found = subjects.get(judgment_id, [])
        worded = [] if is_stock(statement, names) else [statement]
        asked = lib.previous_judgments(found, exclude=own, before=before, statements=worded)
        priors = _earlier(asked, before, own_ns)
        # The same judgment first, then the same deal (a shared item), then the same actor.
        items = {s for s in found if s.startswith("item:")}
        history[judgment_id] = rank_priors(judgment_id, statement, priors, items)
    return history


def _file_ns(path: Path | str | None) -> int:
    """When the brief's file was last written; a brief never saved is being written now."""
    try:
        return os.stat(path).st_mtime_ns if path else time.time_ns()
    except OSError:
        return time.time_ns()


def _earlier(priors: list[PriorJudgment], date: str, own_ns: int) -> list[PriorJudgment]:
    out = []
    for p in priors:
        if p.brief.date != date:
            out.append(p)  # dated before (the query keeps nothing dated after)
        elif p.file_ns and p.file_ns < own_ns:
            out.append(p)
        elif not p.file_ns or p.file_ns == own_ns:
            out.append(replace(p, same_date=True))
        # else: the same date but written after this brief: not earlier
    return out
