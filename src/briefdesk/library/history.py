"""A brief seen against the library: briefs related to it and earlier judgments on its subjects."""

from __future__ import annotations

from briefdesk.library.api import Library, PriorJudgment, Related
from briefdesk.library.digest import digest_brief
from briefdesk.model.brief import Brief


def related_to_brief(lib: Library, brief: Brief, limit: int = 10) -> list[Related]:
    """Other briefs sharing this one's actors (names and aliases), deal items or places."""
    names = [n for a in brief.actors for n in [a.name, *a.aliases]]
    items = [i.designation for d in brief.deals for i in d.items]
    places = [p.name for p in brief.places]
    return lib.related(names, items, places, exclude=brief.id, limit=limit)


def judgment_history(lib: Library, brief: Brief) -> dict[str, list[PriorJudgment]]:
    """For each judgment (by id): judgments in earlier briefs on the same deal items (newest
    first), then those on the same actors only."""
    digest = digest_brief(brief, "", "")
    subjects: dict[str, list[str]] = {}
    for judgment_id, subject in digest.subjects:
        subjects.setdefault(judgment_id, []).append(subject)
    history = {}
    before = digest.date  # the brief's own date: what came after it is not "earlier"
    for judgment_id, found in subjects.items():
        priors = lib.previous_judgments(found, exclude=brief.id, before=before)
        # The same deal (a shared item) says more than the same actor in another deal.
        items = {s for s in found if s.startswith("item:")}
        priors.sort(key=lambda p: not items.intersection(p.subjects))
        history[judgment_id] = priors
    return history
