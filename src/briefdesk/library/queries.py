"""Reading the index: filters, dossiers, merges, reuse — shared SQL (related briefs and earlier
judgments: :mod:`related_queries`)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from briefdesk.library.api import (
    Appearance,
    BriefRef,
    DealRef,
    Dossier,
    GazetteerEntry,
    LibraryError,
    OutletGrade,
    SearchFilters,
)
from briefdesk.library.digest import norm
from briefdesk.library.name_variants import name_variants
from briefdesk.library.related_queries import BRIEF_COLS as _BRIEF_COLS
from briefdesk.library.related_queries import RelatedQueries, brief_ref, in_marks
from briefdesk.library.sqlbase import Row


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


class Queries(RelatedQueries):
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
    def dossier(self, name: str, limit: int = 200) -> Dossier | None:
        """One actor across briefs: same name or alias, same type, no clashing country.

        ``appearances`` and ``deals`` hold the newest ``limit`` (0: all; the panel shows 100);
        counts and first and last seen are over every brief.
        """
        key = norm(name)
        with self._lock:
            if not self._rows("SELECT 1 FROM actor_names WHERE norm = ? LIMIT 1", (key,)):
                found = self.find_actors(name, 1)
                if not found:
                    return None
                key = found[0][0]
            return self._dossier(key, limit or 10**9)

    def _dossier(self, key: str, limit: int) -> Dossier:
        from briefdesk.state_words import generic_body

        merges = self._rows("SELECT key, into_key FROM merges")
        forced = _merge_closure(key, merges)
        splits = {(str(a), str(b)) for a, b in self._rows("SELECT key, other FROM splits")}
        splits |= {(b, a) for a, b in splits}
        included = {key} | forced  # main names taken in so far
        keys = {key} | forced
        # Name groups (norm, type, country, aliases, name): a handful, however many briefs.
        groups: set[Row] = set()
        kind = country = ""
        fresh = set(keys)
        for _round in range(3):
            new = self._name_groups(sorted(fresh))
            fresh = set()
            if not kind and new:
                # The dossier's type and country are what the briefs most often say under its key.
                own = [g for g in new if g[0] == key] or new
                kinds: Counter[str] = Counter()
                countries: Counter[str] = Counter()
                for g in own:
                    kinds[g[1]] += g[5]
                    if g[2]:
                        countries[g[2]] += g[5]
                kind = kinds.most_common(1)[0][0]
                country = countries.most_common(1)[0][0] if countries else ""
            for g in new:
                if g in groups:
                    continue
                if g[0] not in forced and (g[1] != kind or (country and g[2] and g[2] != country)):
                    continue
                if g[0] not in forced and country and not g[2] and generic_body(str(g[4])):
                    continue  # "Ministry of Defence" with no country: maybe another state's

                if any((g[0], n) in splits for n in included):
                    continue  # the user said these two are different actors
                included.add(g[0])
                groups.add(g)
                spellings = [str(g[4]), *(a for a in g[3].split("\n") if a)]
                variants = [v for name in spellings for v in name_variants(name)]  # N14-24
                for n in [g[0], *(norm(a) for a in g[3].split("\n") if a), *variants]:
                    if n and n not in keys:
                        keys.add(n)
                        fresh.add(n)
            if not fresh:
                break
        d = self._assemble(key, kind, country, groups, forced, limit)
        d.kept_apart = sorted({b for a, b in splits if a in included})
        return d

    def _name_groups(self, keys: list[str]) -> list[Row]:
        rows = self._rows(
            "SELECT a.norm, a.type, a.country, a.aliases, a.name, count(*) FROM actor_names n"
            " JOIN actors a ON a.brief_id = n.brief_id AND a.actor_id = n.actor_id"
            f" WHERE n.norm IN {in_marks(keys)}"
            " GROUP BY a.norm, a.type, a.country, a.aliases, a.name",
            keys,
        )
        return [(*r[:5], int(r[5])) for r in rows]

    def _assemble(
        self, key: str, kind: str, country: str, groups: set[Row], forced: set[str], limit: int
    ) -> Dossier:
        triples = sorted({(g[0], g[1], g[2]) for g in groups})
        cond = " OR ".join("(a.norm = ? AND a.type = ? AND a.country = ?)" for _ in triples)
        cond = f"({cond})" if triples else "(1 = 0)"
        params = [v for t in triples for v in t]
        rows = self._rows(
            "SELECT a.brief_id, a.norm, a.name, a.role, a.affiliation, b.path, b.title, b.date"
            f" FROM actors a JOIN briefs b ON b.brief_id = a.brief_id WHERE {cond}"
            " ORDER BY b.date DESC, a.brief_id LIMIT ?",
            [*params, limit],
        )
        rows.reverse()  # oldest first: roles over time read downwards
        names = {g[4] for g in groups}
        main = next((r[2] for r in reversed(rows) if r[1] == key), rows[-1][2] if rows else key)
        aliases = sorted(
            {n for n in names if n != main}
            | {a for g in groups for a in g[3].split("\n") if a and a != main}
        )
        d = Dossier(key=key, name=main, type=kind, country=country, aliases=aliases)
        d.merged_with = sorted(forced)
        total = self._rows(
            "SELECT count(DISTINCT a.brief_id), min(b.date), max(b.date) FROM actors a"
            f" JOIN briefs b ON b.brief_id = a.brief_id WHERE {cond}",
            params,
        )[0]
        d.brief_count, d.first_seen, d.last_seen = int(total[0]), total[1] or "", total[2] or ""
        refs: dict[str, BriefRef] = {}
        d.appearances = [
            Appearance(brief_ref((r[0], r[5], r[6], r[7]), refs), r[2], r[3], r[4]) for r in rows
        ]
        norms = sorted({t[0] for t in triples} | {key})
        deal_rows = self._rows(
            f"SELECT {_BRIEF_COLS}, d.deal_id, d.title, d.kind, d.status, p.role, d.items,"
            " d.value FROM parties p JOIN deals d ON d.brief_id = p.brief_id AND"
            " d.deal_id = p.deal_id JOIN briefs b ON b.brief_id = p.brief_id"
            " JOIN actors a ON a.brief_id = p.brief_id AND a.norm = p.actor_norm"
            f" WHERE p.actor_norm IN {in_marks(norms)} AND {cond}"
            " ORDER BY b.date DESC, b.brief_id LIMIT ?",
            [*norms, *params, limit],
        )
        d.deals = [DealRef(brief_ref(r, refs), *r[4:]) for r in reversed(deal_rows)]
        d.judgments = self.previous_judgments([f"actor:{n}" for n in norms])
        return d

    def merge_actors(self, key: str, into: str) -> str:
        """The user says two dossiers are one actor; ``unmerge_actors`` takes it back.

        Raises :class:`LibraryError` when either name has no dossier (a merge into a name the
        library does not hold would only hide the actor); returns a note when the two differ
        in type or country (merged as asked, but said), else ""."""
        source, target = self.dossier(key, limit=0), self.dossier(into, limit=0)
        for name, found in ((key, source), (into, target)):
            if found is None:
                raise LibraryError(f"no actor matching {name!r} in the library to merge")
        assert source is not None and target is not None
        a, b = norm(source.name), norm(target.name)
        if not a or not b or a == b:
            return ""
        with self._lock, self._tx():
            self._run("DELETE FROM merges WHERE key = ?", (a,))
            self._run("INSERT INTO merges (key, into_key) VALUES (?, ?)", (a, b))
        if (source.type, source.country) != (target.type, target.country):
            return (
                f"note: {source.name} is {_kind(source.type, source.country)} and {target.name}"
                f" {_kind(target.type, target.country)}; merged as asked (undo: --unmerge)"
            )
        return ""

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

    # --- reuse ----------------------------------------------------------------------------------
    def gazetteer(self) -> list[GazetteerEntry]:
        """Every actor the desk confirmed in a brief, one entry per name, newest details."""
        with self._lock:
            rows = self._rows(
                "SELECT a.norm, a.name, a.aliases, a.type, a.role, a.affiliation, a.country,"
                " b.date FROM actors a JOIN briefs b ON b.brief_id = a.brief_id"
                " ORDER BY a.norm, b.date"
            )
        merged: dict[str, tuple[Row, set[str]]] = {}
        for r in rows:
            _, aliases = merged.get(r[0], (r, set()))
            aliases |= {a for a in r[2].split("\n") if a}
            merged[r[0]] = (r, aliases)
        return [
            GazetteerEntry(
                r[1], tuple(sorted(al - {r[1]})), r[3], r[4], r[5], r[6], str(r[7] or "")
            )
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
        return OutletGrade(rows[0][4], rows[0][5], brief_ref(rows[0])) if rows else None


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


def _kind(actor_type: str, country: str) -> str:
    words = actor_type.replace("_", " ")
    article = "an" if words[:1] in "aeiou" else "a"
    return f"{article} {words}" + (f" ({country})" if country else "")
