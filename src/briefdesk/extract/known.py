"""What the desk already knows about actors, offered to extraction (the library's gazetteer).

Neutral types: the library builds them, extraction reads them; neither imports the other's
back end, so there is no cycle (library -> extract.known only).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KnownActor:
    """A confirmed actor from the desk's earlier briefs; names are matched verbatim."""

    name: str
    aliases: tuple[str, ...] = ()
    type: str = "person"  # an ActorType value
    role: str = ""
    affiliation: str = ""
    country: str = ""  # ISO 3166 alpha-2, or ""
    seen: str = ""  # the date of the brief these details come from, said when they are used

    def label(self) -> str:
        """Name with role in brackets, for the user: "'Khalil Hashmi' (Ambassador to China)"."""
        return f"{self.name!r} ({self.role})" if self.role else repr(self.name)
