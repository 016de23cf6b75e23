"""What the library answers, as plain records, and the one interface both back ends implement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

# A confirmed actor the desk has written about, offered to extraction: one type for both sides,
# defined Qt-free in extract (library -> extract.known, never the other way).
from briefdesk.extract.known import KnownActor

GazetteerEntry = KnownActor

# Highlighted words in a snippet sit between these two markers; front ends render them.
HL_START = "\x02"
HL_END = "\x03"


class LibraryError(Exception):
    """The library cannot do what was asked; ``str()`` is one line for the user."""


@dataclass(frozen=True)
class SearchFilters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    marking: str = ""  # the printed label, e.g. "TLP:AMBER"
    kind: str = ""  # BriefKind value
    actor: str = ""  # a name or alias
    country: str = ""  # ISO 3166 alpha-2, of an actor or place
    deal_kind: str = ""  # DealKind value


@dataclass(frozen=True)
class SearchHit:
    """One brief that matched, with where (``field``: a brief field path) and a snippet."""

    brief_id: str
    path: str
    title: str
    date: str
    field: str
    snippet: str
    rank: float
    # Other files holding this very brief (identical copies): named, so a hit is never a
    # mystery about which file it opens (``copies.with_copies``).
    copies: tuple[str, ...] = ()
    # The files of other versions of this brief (same brief id, edited apart), the original
    # first (C9-14): each version is its own hit, named as such.
    versions: tuple[str, ...] = ()
    # On a team database: the login that indexed the file the hit opens, and whether that file
    # can be opened from this computer (another desk's local folder cannot; ``whose.py``).
    desk: str = ""
    reachable: bool = True

    def snippet_text(self, start: str = "[", end: str = "]") -> str:
        """One line: a snippet across a paragraph break once broke the listing's indent."""
        flat = " ".join(self.snippet.split())
        return flat.replace(HL_START, start).replace(HL_END, end)


@dataclass(frozen=True)
class BriefRef:
    brief_id: str
    path: str
    title: str
    date: str


@dataclass(frozen=True)
class Appearance:
    """An actor in one brief: what it was called and its role there."""

    brief: BriefRef
    name: str
    role: str
    affiliation: str


@dataclass(frozen=True)
class DealRef:
    brief: BriefRef
    deal_id: str
    title: str
    kind: str
    status: str
    role: str
    items: str
    value: str


@dataclass(frozen=True)
class PriorJudgment:
    brief: BriefRef
    judgment_id: str
    statement: str
    likelihood: str
    confidence: str
    rationale: str
    subjects: tuple[str, ...]
    # The same judgment (same id, or the same statement): only then can a likelihood "change".
    same_question: bool = False
    # When the brief's file was last written (0: unknown): orders briefs of one date.
    file_ns: int = 0
    # Dated the same day as the brief asked about, with no file time to say which came first:
    # listed as "same date", never as the judgment a likelihood "changed from" (C9-18).
    same_date: bool = False


@dataclass
class Dossier:
    """Everything the desk wrote about one actor, across briefs."""

    key: str
    name: str
    type: str
    country: str
    aliases: list[str] = field(default_factory=list)
    appearances: list[Appearance] = field(default_factory=list)
    deals: list[DealRef] = field(default_factory=list)
    judgments: list[PriorJudgment] = field(default_factory=list)
    merged_with: list[str] = field(default_factory=list)
    kept_apart: list[str] = field(default_factory=list)
    # Over every brief, even when ``appearances`` holds only the newest (``limit``).
    brief_count: int = 0
    first_seen: str = ""
    last_seen: str = ""

    @property
    def briefs(self) -> list[BriefRef]:
        """The briefs of the appearances listed, oldest first."""
        seen: dict[str, BriefRef] = {}
        for a in self.appearances:
            seen.setdefault(a.brief.brief_id, a.brief)
        return sorted(seen.values(), key=lambda b: b.date)


@dataclass(frozen=True)
class Related:
    brief: BriefRef
    score: int
    shared: tuple[str, ...]  # e.g. ("actor: Pakistan", "item: JF-17")
    # Another version of the brief asked about (same brief id, edited apart): said, not hidden.
    other_version: bool = False


@dataclass(frozen=True)
class OutletGrade:
    outlet: str
    grade: str
    brief: BriefRef


@dataclass
class IndexReport:
    """What an index run did; ``problems`` lists files not indexed, with the one-line reason."""

    added: int = 0
    updated: int = 0
    moved: int = 0
    removed: int = 0
    unchanged: int = 0
    copies: int = 0  # files holding a brief already indexed from another file (same id)
    problems: list[tuple[str, str]] = field(default_factory=list)
    # Were in the team database, now above its ceiling: taken out (``withdrawn`` counts them).
    taken_out: list[str] = field(default_factory=list)
    # Above the ceiling, not sent from this desk (``withheld`` counts them).
    kept_back: list[str] = field(default_factory=list)
    # Withheld here, but the team database holds the same brief from these other files (another
    # desk's, sent under its own ceiling): named, and left alone (newcomer13 N13-41).
    kept_elsewhere: list[str] = field(default_factory=list)

    @property
    def withheld(self) -> int:
        """Files not sent because they are marked above the ceiling (counted from the list, so
        the count and the names never disagree)."""
        return len(self.kept_back)

    @property
    def withdrawn(self) -> int:
        """Entries this run took out of the database because they are now above its ceiling."""
        return len(self.taken_out)

    def as_json(self) -> dict[str, object]:
        """The report as the CLI's ``--json`` prints it: every field and both counts."""
        return {
            **asdict(self),
            "withheld": self.withheld,
            "withdrawn": self.withdrawn,
            "problems": [{"path": p, "reason": r} for p, r in self.problems],
        }

    def took_out(self, path: str) -> None:
        """Name an entry this run removed because it is now above the ceiling."""
        self.taken_out.append(path)

    def summary(self) -> str:
        parts = [
            f"{self.added} added",
            f"{self.updated} updated",
            f"{self.moved} moved",
            f"{self.removed} removed",
            f"{self.unchanged} unchanged",
        ]
        if self.copies:
            parts.append(
                f"{self.copies} cop{'ies' if self.copies != 1 else 'y'} of briefs"
                " indexed from another file (same brief id; shown once)"
            )
        if self.withheld:
            # "1 withheld" puzzled a user who had re-marked a brief (newcomer22 N22-16): say
            # what happened to it in their terms, and which file it is (round 23).
            named = f": {_named(self.kept_back)}" if self.kept_back else ""
            parts.append(
                f"{self.withheld} not sent (marked above the marking ceiling; "
                f"{'it stays' if self.withheld == 1 else 'they stay'} on this desk only{named})"
            )
        if self.kept_elsewhere:
            parts.append(
                "the team library keeps the same brief as indexed from another file"
                f" ({_named(self.kept_elsewhere)}; not this desk's to take out)"
            )
        if self.withdrawn:
            parts.append(
                f"{self.withdrawn} taken out (now above the marking ceiling:"
                f" {_named(self.taken_out)})"
            )
        if self.problems:
            parts.append(f"{len(self.problems)} not readable")
        return ", ".join(parts)


def _named(paths: list[str], most: int = 3) -> str:
    """Up to ``most`` paths, then how many more."""
    unique = list(dict.fromkeys(paths))
    shown = ", ".join(unique[:most])
    return shown + (f" and {len(unique) - most} more" if len(unique) > most else "")


# progress(done_files, label) — called from the indexing thread; may raise to cancel.
Progress = Callable[[int, str], None]


class Library(Protocol):
    """The desk's memory; the ``.brief`` files stay the truth, this is a rebuildable cache."""

    name: str
    # The highest marking this library receives ("" for the local SQLite file: everything).
    ceiling: str

    def index(self, folders: Iterable[Path], progress: Progress | None = None) -> IndexReport: ...

    def index_file(self, path: Path) -> IndexReport: ...

    def search(
        self, text: str, filters: SearchFilters | None = None, limit: int = 20
    ) -> list[SearchHit]: ...

    def find_actors(self, text: str, limit: int = 10) -> list[tuple[str, str, int]]: ...

    def dossier(self, name: str, limit: int = 200) -> Dossier | None: ...

    def merge_actors(self, key: str, into: str) -> str: ...

    def split_actors(self, key: str, other: str) -> None: ...

    def unmerge_actors(self, key: str) -> None: ...

    def related(
        self,
        actors: Iterable[str] = (),
        items: Iterable[str] = (),
        places: Iterable[str] = (),
        exclude: str = "",
        limit: int = 10,
        sources: Iterable[tuple[str, str]] = (),
        judgments: Iterable[str] = (),
    ) -> list[Related]: ...

    def previous_judgments(
        self,
        subjects: Iterable[str],
        exclude: str = "",
        limit: int = 20,
        before: str = "",
        statements: Iterable[str] = (),
    ) -> list[PriorJudgment]: ...

    def gazetteer(self) -> list[GazetteerEntry]: ...

    def outlet_grade(self, outlet: str) -> OutletGrade | None: ...

    def count(self) -> int: ...

    def change_stamp(self) -> tuple[object, ...]: ...

    def close(self) -> None: ...
