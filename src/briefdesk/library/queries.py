"""Reading the index: filters, dossiers, related briefs, earlier judgments, reuse — shared SQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from briefdesk.library.api import (
    Appearance,
    BriefRef,
    DealRef,
    Dossier,
    GazetteerEntry,
    OutletGrade,
    PriorJudgment,
    Related,
    SearchFilters,
)
from briefdesk.library.digest import norm
from briefdesk.library.sqlbase import Row, SqlBase


def filter_sql(filters: SearchFilters | None) -> tuple[str, list[Any]]:
    """``AND …`` clauses on ``b`` (the briefs table) and their parameters."""
    if filters is None:
        return "", []
    clauses: list[str] = []
    params: list[Any] = []
    if filters.date_from:
        clauses.append("b.date >= ?")
        params.append(filters.date_from.isoformat())
    if filters.date_to:
        clauses.append("b.date <= ?")
        params.append(filters.date_to.isoformat())
    if filters.marking:
        clauses.append("b.marking = ?")
        params.append(filters.marking)
    if filters.kind:
        clauses.append("b.kind = ?")
        params.append(filters.kind)
    if filters.actor:
        clauses.append(
            "EXISTS (SELECT 1 FROM actor_names n WHERE n.brief_id = b.brief_id AND n.norm = ?)"
        )
        params.append(norm(filters.actor))
    if filters.country:
        clauses.append(
            "(EXISTS (SELECT 1 FROM actors a WHERE a.brief_id = b.brief_id AND a.country = ?)"
            " OR EXISTS (SELECT 1 FROM places p WHERE p.brief_id = b.brief_id AND p.country = ?))"
        )
        params += [filters.country.upper(), filters.country.upper()]
    if filters.deal_kind:
        clauses.append(
            "EXISTS (SELECT 1 FROM deals d WHERE d.brief_id = b.brief_id AND d.kind = ?)"
        )
        params.append(filters.deal_kind)
    return "".join(f" AND {c}" for c in clauses), params


def _in(values: Sequence[str]) -> str:
    return "(" + ", ".join("?" for _ in values) + ")"


def _ref(row: Sequence[Any], cache: dict[str, BriefRef] | None = None) -> BriefRef:
    """``cache`` shares one BriefRef per brief across a dossier's thousands of rows."""
    if cache is None:
        return BriefRef(row[0], row[1], row[2], row[3])
    ref = cache.get(row[0])
    if ref is None:
        ref = cache[row[0]] = BriefRef(row[0], row[1], row[2], row[3])
    return ref


_BRIEF_COLS = "b.brief_id, b.path, b.title, b.date"


class Queries(SqlBase):
    """Dossiers, related briefs and the rest; the search itself is each back end's own."""

    def find_actors(self, text: str, limit: int = 10) -> list[tuple[str, str, int]]:
        """Actors whose names contain ``text``: (key, a name as written, number of briefs)."""
        key = norm(text)
        if not key:
            return []
        with self._lock:
            rows = self._rows(
                "SELECT a.norm, min(a.name), count(DISTINCT a.brief_id) FROM actor_names n"
                " JOIN actors a ON a.brief_id = n.brief_id AND a.actor_id = n.actor_id"
                " WHERE n.norm LIKE ? GROUP BY a.norm ORDER BY count(DISTINCT a.brief_id) DESC,"
                " a.norm LIMIT ?",
                (f"%{key}%", limit),
            )
        exact = [r for r in rows if r[0] == key]
        rest = [r for r in rows if r[0] != key]
        return [(r[0], r[1], int(r[2])) for r in exact + rest]

    # --- dossiers -------------------------------------------------------------------------------
    def dossier(self, name: str) -> Dossier | None:
        """One actor across briefs: same name or alias, same type, no clashing country."""
        key = norm(name)
        with self._lock:
            if not self._rows("SELECT 1 FROM actor_names WHERE norm = ? LIMIT 1", (key,)):
                found = self.find_actors(name, 1)
                if not found:
                    return None
                key = found[0][0]
            return self._dossier(key)

    def _dossier(self, key: str) -> Dossier:
        merges = self._rows("SELECT key, into_key FROM merges")
        forced = _merge_closure(key, merges)
        splits = {(str(a), str(b)) for a, b in self._rows("SELECT key, other FROM splits")}
        splits |= {(b, a) for a, b in splits}
        included = {key} | forced  # main names of the rows taken in so far
        keys = {key} | forced
        rows: dict[tuple[str, str], Row] = {}
        kind = country = ""
        fresh = set(keys)
        for _round in range(3):
            new = self._actor_rows(sorted(fresh))
            fresh = set()
            if not kind and new:
                # The dossier's type and country are what the briefs most often say under its key.
                own = [r for r in new if r[2] == key] or new
                kind = Counter(r[5] for r in own).most_common(1)[0][0]
                countries = Counter(r[8] for r in own if r[8])
                country = countries.most_common(1)[0][0] if countries else ""
            for r in new:
                if (r[0], r[1]) in rows:
                    continue
                if r[2] not in forced and (r[5] != kind or (country and r[8] and r[8] != country)):
                    continue
                if any((r[2], n) in splits for n in included):
                    continue  # the user said these two are different actors
                included.add(r[2])
                rows[(r[0], r[1])] = r
                for n in [r[2], *(norm(a) for a in r[4].split("\n") if a)]:
                    if n and n not in keys:
                        keys.add(n)
                        fresh.add(n)
            if not fresh:
                break
        dossier = self._assemble(key, kind, country, list(rows.values()), forced)
        dossier.kept_apart = sorted({b for a, b in splits if a in included})
        return dossier

    def _actor_rows(self, keys: list[str]) -> list[Row]:
        return self._rows(
            "SELECT DISTINCT a.brief_id, a.actor_id, a.norm, a.name, a.aliases, a.type, a.role,"
            " a.affiliation, a.country, b.path, b.title, b.date FROM actor_names n"
            " JOIN actors a ON a.brief_id = n.brief_id AND a.actor_id = n.actor_id"
            f" JOIN briefs b ON b.brief_id = a.brief_id WHERE n.norm IN {_in(keys)}",
            keys,
        )

    def _assemble(
        self, key: str, kind: str, country: str, rows: list[Row], forced: set[str]
    ) -> Dossier:
        rows.sort(key=lambda r: r[11])
        names = Counter(r[3] for r in rows)
        main = next((r[3] for r in reversed(rows) if r[2] == key), rows[-1][3] if rows else key)
        aliases = sorted(
            {n for n in names if n != main}
            | {a for r in rows for a in r[4].split("\n") if a and a != main}
        )
        d = Dossier(key=key, name=main, type=kind, country=country, aliases=aliases)
        d.merged_with = sorted(forced)
        refs: dict[str, BriefRef] = {}
        d.appearances = [
            Appearance(_ref((r[0], r[9], r[10], r[11]), refs), r[3], r[6], r[7]) for r in rows
        ]
        norms = sorted({r[2] for r in rows} | {key})
        briefs = {r[0] for r in rows}
        deal_rows = self._rows(
            f"SELECT {_BRIEF_COLS}, d.deal_id, d.title, d.kind, d.status, p.role, d.items,"
            " d.value FROM parties p JOIN deals d ON d.brief_id = p.brief_id AND"
            " d.deal_id = p.deal_id JOIN briefs b ON b.brief_id = p.brief_id"
            f" WHERE p.actor_norm IN {_in(norms)} ORDER BY b.date",
            norms,
        )
        # A namesake the dossier kept apart (other type or country) keeps its deals too.
        d.deals = [DealRef(_ref(r, refs), *r[4:]) for r in deal_rows if r[0] in briefs]
        d.judgments = self.previous_judgments([f"actor:{n}" for n in norms])
        return d

    def merge_actors(self, key: str, into: str) -> None:
        """The user says two dossiers are one actor; ``unmerge_actors`` takes it back."""
        a, b = norm(key), norm(into)
        if not a or not b or a == b:
            return
        with self._lock, self._tx():
            self._run("DELETE FROM merges WHERE key = ?", (a,))
            self._run("INSERT INTO merges (key, into_key) VALUES (?, ?)", (a, b))

    def split_actors(self, key: str, other: str) -> None:
        """The user says two names the dossier joined are different actors."""
        a, b = norm(key), norm(other)
        if not a or not b or a == b:
            return
        with self._lock, self._tx():
            self._run("DELETE FROM splits WHERE key = ? AND other = ?", (a, b))
            self._run("INSERT INTO splits (key, other) VALUES (?, ?)", (a, b))

    def unmerge_actors(self, key: str) -> None:
        """Undo the user's merges and splits of this name."""
        k = norm(key)
        with self._lock, self._tx():
            self._run("DELETE FROM merges WHERE key = ? OR into_key = ?", (k, k))
            self._run("DELETE FROM splits WHERE key = ? OR other = ?", (k, k))

    # --- related briefs and judgments -----------------------------------------------------------
    def related(
        self,
        actors: Iterable[str] = (),
        items: Iterable[str] = (),
        places: Iterable[str] = (),
        exclude: str = "",
        limit: int = 10,
    ) -> list[Related]:
        """Briefs sharing actors (3 points), deal items (2) or places (1) with the given names."""
        score: Counter[str] = Counter()
        shared: dict[str, list[str]] = {}
        refs: dict[str, BriefRef] = {}
        # An actor named twice (name and alias) counts once: it is keyed by its id in the brief.
        plan = (
            ("actor", 3, "actor_names", "n.actor_id", list(actors)),
            ("item", 2, "items", "n.norm", list(items)),
            ("place", 1, "places", "n.norm", list(places)),
        )
        with self._lock:
            for label, weight, table, ident, given in plan:
                shown = {norm(n): n for n in reversed(given)}  # first spelling given wins
                wanted = sorted(n for n in shown if n)
                if not wanted:
                    continue
                rows = self._rows(
                    f"SELECT {_BRIEF_COLS}, {ident}, min(n.norm) FROM {table} n"
                    f" JOIN briefs b ON b.brief_id = n.brief_id WHERE n.norm IN {_in(wanted)}"
                    f" AND b.brief_id <> ? GROUP BY {_BRIEF_COLS}, {ident}",
                    [*wanted, exclude],
                )
                for r in rows:
                    refs[r[0]] = _ref(r)
                    score[r[0]] += weight
                    shared.setdefault(r[0], []).append(f"{label}: {shown.get(r[5], r[5])}")
        ranked = sorted(score, key=lambda b: (-score[b], refs[b].date))[:limit]
        return [Related(refs[b], score[b], tuple(shared[b])) for b in ranked]

    def previous_judgments(
        self, subjects: Iterable[str], exclude: str = "", limit: int = 20, before: str = ""
    ) -> list[PriorJudgment]:
        """Judgments in other briefs on the same actors or deal items, newest first.

        ``before`` (an ISO date) keeps only briefs dated on or before it.
        """
        wanted = sorted(set(subjects))
        if not wanted:
            return []
        until = " AND b.date <= ?" if before else ""
        with self._lock:
            rows = self._rows(
                f"SELECT DISTINCT {_BRIEF_COLS}, j.judgment_id, j.statement, j.likelihood,"
                " j.confidence, j.rationale FROM subjects s JOIN judgments j ON"
                " j.brief_id = s.brief_id AND j.judgment_id = s.judgment_id"
                " JOIN briefs b ON b.brief_id = s.brief_id"
                f" WHERE s.subject IN {_in(wanted)} AND b.brief_id <> ?{until}"
                " ORDER BY b.date DESC, j.judgment_id LIMIT ?",
                [*wanted, exclude, *([before] if before else []), limit],
            )
            pairs = sorted({(r[0], r[4]) for r in rows})
            found: dict[tuple[str, str], list[str]] = {}
            if pairs:
                briefs = sorted({b for b, _ in pairs})
                for b, j, subject in self._rows(
                    "SELECT brief_id, judgment_id, subject FROM subjects"
                    f" WHERE brief_id IN {_in(briefs)} ORDER BY subject",
                    briefs,
                ):
                    found.setdefault((b, j), []).append(subject)
            out = [
                PriorJudgment(
                    _ref(r), r[4], r[5], r[6], r[7], r[8], tuple(found.get((r[0], r[4]), ()))
                )
                for r in rows
            ]
        return out

    # --- reuse ----------------------------------------------------------------------------------
    def gazetteer(self) -> list[GazetteerEntry]:
        """Every actor the desk confirmed in a brief, one entry per name, newest details."""
        with self._lock:
            rows = self._rows(
                "SELECT a.norm, a.name, a.aliases, a.type, a.role, a.affiliation, a.country"
                " FROM actors a JOIN briefs b ON b.brief_id = a.brief_id ORDER BY a.norm, b.date"
            )
        merged: dict[str, tuple[Row, set[str]]] = {}
        for r in rows:
            _, aliases = merged.get(r[0], (r, set()))
            aliases |= {a for a in r[2].split("\n") if a}
            merged[r[0]] = (r, aliases)
        return [
            GazetteerEntry(r[1], tuple(sorted(al - {r[1]})), r[3], r[4], r[5], r[6])
            for r, al in merged.values()
        ]

    def outlet_grade(self, outlet: str) -> OutletGrade | None:
        """The grade the desk last gave this outlet, to propose for its next source."""
        with self._lock:
            rows = self._rows(
                f"SELECT {_BRIEF_COLS}, o.outlet, o.grade FROM outlets o"
                " JOIN briefs b ON b.brief_id = o.brief_id WHERE o.norm = ?"
                " ORDER BY o.published DESC, b.date DESC LIMIT 1",
                (norm(outlet),),
            )
        return OutletGrade(rows[0][4], rows[0][5], _ref(rows[0])) if rows else None


def _merge_closure(key: str, merges: list[Row]) -> set[str]:
    """Keys the user merged with ``key``, directly or through others."""
    group = {key}
    changed = True
    while changed:
        changed = False
        for a, b in merges:
            if (a in group) != (b in group):
                group |= {a, b}
                changed = True
    return group - {key}
