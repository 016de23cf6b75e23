"""Related briefs and earlier judgments: what the library knows around one brief (shared SQL).

Split from :mod:`queries` (dossiers, merges, reuse) along the seam of what it answers: both
methods here take one brief's names, items, sources and judgments and rank other briefs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from briefdesk.library.api import BriefRef, PriorJudgment, Related
from briefdesk.library.digest import norm, statement_key
from briefdesk.library.name_variants import name_variants
from briefdesk.library.sqlbase import SqlBase
from briefdesk.library.stock_judgments import stock_keys


def in_marks(values: Sequence[str]) -> str:
    """``(?, ?, ?)`` for an ``IN`` of these values."""
    return "(" + ", ".join("?" for _ in values) + ")"


def brief_ref(row: Sequence[Any], cache: dict[str, BriefRef] | None = None) -> BriefRef:
    """``cache`` shares one BriefRef per brief across a dossier's thousands of rows."""
    if cache is None:
        return BriefRef(row[0], row[1], row[2], row[3])
    ref = cache.get(row[0])
    if ref is None:
        ref = cache[row[0]] = BriefRef(row[0], row[1], row[2], row[3])
    return ref


BRIEF_COLS = "b.brief_id, b.path, b.title, b.date"


def _only_places(labels: list[str]) -> bool:
    return all(label.startswith("place: ") for label in labels)


class RelatedQueries(SqlBase):
    """Related briefs and earlier judgments, for :class:`queries.Queries`."""

    def related(
        self,
        actors: Iterable[str] = (),
        items: Iterable[str] = (),
        places: Iterable[str] = (),
        exclude: str = "",
        limit: int = 10,
        sources: Iterable[tuple[str, str]] = (),
        judgments: Iterable[str] = (),
    ) -> list[Related]:
        """Briefs sharing a source's very text (5 points, :mod:`shared_sources`), a key
        judgment's wording (4: ``judgments`` are statements, compared by
        :func:`digest.statement_key`), actors (3), deal items (2) or places (1) with the given
        names."""
        from briefdesk.library.same_judgments import WEIGHT as JUDGMENT_WEIGHT
        from briefdesk.library.same_judgments import shared_label, sharing_judgments
        from briefdesk.library.shared_sources import WEIGHT, sharing_sources

        score: Counter[str] = Counter()
        shared: dict[str, list[str]] = {}
        refs: dict[str, BriefRef] = {}
        with self._lock:
            shared_rows = sharing_sources(
                self._rows, self._phrase_match, sources, exclude, BRIEF_COLS
            )
            for row, title in shared_rows:
                label = f"source: {title}"
                if label not in shared.get(row[0], []):
                    refs[row[0]] = brief_ref(row)
                    score[row[0]] += WEIGHT
                    shared.setdefault(row[0], []).append(label)
        judgments = list(judgments)
        with self._lock:
            same_words = sharing_judgments(self._rows, judgments, exclude, BRIEF_COLS)
        # An actor named twice (name and alias) counts once: it is keyed by its id in the brief.
        plan = (
            ("actor", 3, "actor_names", "n.actor_id", list(actors)),
            ("item", 2, "items", "n.norm", list(items)),
            ("place", 1, "places", "n.norm", list(places)),
        )
        with self._lock:
            for label, weight, table, ident, given in plan:
                shown = {norm(n): n for n in reversed(given)}  # first spelling given wins
                if label == "actor":  # the same body under another of its names (N14-24)
                    shown.update({v: n for n in reversed(given) for v in name_variants(n)})
                wanted = sorted(n for n in shown if n)
                if not wanted:
                    continue
                rows = self._rows(
                    f"SELECT {BRIEF_COLS}, {ident}, min(n.norm) FROM {table} n"
                    f" JOIN briefs b ON b.brief_id = n.brief_id WHERE n.norm IN {in_marks(wanted)}"
                    f" AND b.brief_id <> ? GROUP BY {BRIEF_COLS}, {ident}",
                    [*wanted, exclude],
                )
                for r in rows:
                    refs[r[0]] = brief_ref(r)
                    score[r[0]] += weight
                    shared.setdefault(r[0], []).append(f"{label}: {shown.get(r[5], r[5])}")
        # A stock sentence ("The deal will be completed on schedule.") relates two briefs only
        # when they share a source, an actor or a deal item as well (N15-23).
        about_the_same = {b for b, labels in shared.items() if not _only_places(labels)}
        stock = stock_keys(judgments, [*actors, *items, *places])
        for row, statement in same_words:
            if row[4] in stock and row[0] not in about_the_same:
                continue
            refs[row[0]] = brief_ref(row)
            score[row[0]] += JUDGMENT_WEIGHT
            labels = shared.setdefault(row[0], [])
            labels.insert(sum(x.startswith("source: ") for x in labels), shared_label(statement))
        ranked = sorted(score, key=lambda b: (-score[b], refs[b].date))[:limit]
        return [Related(refs[b], score[b], tuple(shared[b])) for b in ranked]

    def previous_judgments(
        self,
        subjects: Iterable[str],
        exclude: str = "",
        limit: int = 20,
        before: str = "",
        statements: Iterable[str] = (),
    ) -> list[PriorJudgment]:
        """Judgments in other briefs on the same actors or deal items, or making one of
        ``statements`` in the same words (:func:`digest.statement_key`), newest first.

        ``before`` (an ISO date) keeps only briefs dated on or before it.
        """
        wanted = sorted(set(subjects))
        keys = sorted({k for k in map(statement_key, statements) if k})
        which = []  # the judgments asked for, by subject or by wording
        if wanted:
            which.append(
                f"SELECT brief_id, judgment_id FROM subjects WHERE subject IN {in_marks(wanted)}"
            )
        if keys:
            which.append(
                f"SELECT brief_id, judgment_id FROM statement_keys WHERE key IN {in_marks(keys)}"
            )
        if not which:
            return []
        until = " AND b.date <= ?" if before else ""
        with self._lock:
            rows = self._rows(
                f"SELECT DISTINCT {BRIEF_COLS}, j.judgment_id, j.statement, j.likelihood,"
                " j.confidence, j.rationale, f.mtime_ns FROM judgments j"
                " JOIN briefs b ON b.brief_id = j.brief_id LEFT JOIN files f ON f.path = b.path"
                f" WHERE (j.brief_id, j.judgment_id) IN ({' UNION '.join(which)})"
                f" AND b.brief_id <> ?{until} ORDER BY b.date DESC, j.judgment_id LIMIT ?",
                [*wanted, *keys, exclude, *([before] if before else []), limit],
            )
            pairs = sorted({(r[0], r[4]) for r in rows})
            found: dict[tuple[str, str], list[str]] = {}
            if pairs:
                briefs = sorted({b for b, _ in pairs})
                for b, j, subject in self._rows(
                    "SELECT brief_id, judgment_id, subject FROM subjects"
                    f" WHERE brief_id IN {in_marks(briefs)} ORDER BY subject",
                    briefs,
                ):
                    found.setdefault((b, j), []).append(subject)
            out = [
                PriorJudgment(
                    brief_ref(r),
                    r[4],
                    r[5],
                    r[6],
                    r[7],
                    r[8],
                    tuple(found.get((r[0], r[4]), ())),
                    file_ns=int(r[9] or 0),
                )
                for r in rows
            ]
        return out
