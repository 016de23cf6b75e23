"""A source's own people: the writer of its byline and the outlet that published it.

Why (newcomer17 N17-07, newcomer18 N18-06 and N18-13): the person who wrote a report takes no
part in what it reports, and neither does the agency that sent the story; drafted as actors
they cost two actions each to remove, and offered as suggestions three more to dismiss. An
official text's issuer is different: the ministry that issued a statement often is a party to
what it announces, so an official source's outlet stays an actor like any other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefdesk.model import Source
from briefdesk.model.codes import SourceKind

_HONORIFIC = re.compile(
    r"^(?:dr|prof|professor|mr|mrs|ms|sir|dame|ambassador|col|gen|adm|capt|lt)\.?\s+"
)
_CUT = re.compile(r"^(.+?)\s+(?:for|of|on)\s")
_OFFICIAL = frozenset({SourceKind.OFFICIAL_STATEMENT, SourceKind.GOVERNMENT_DOCUMENT})


def _folded(name: str) -> str:
    return _HONORIFIC.sub("", " ".join(name.split()).casefold())


def writes_it(name: str, source: Source) -> bool:
    """Whether ``name`` is the source's own writer ("Sofia Lindqvist", "Dr Helena Vastro" for
    an author field of "Helena Vastro")."""
    wanted = _folded(name)
    writers = re.split(r"\s*(?:,|;|&|\band\b)\s*", source.author.casefold())
    return bool(wanted) and any(_folded(w) == wanted for w in writers)


def publishes_it(name: str, source: Source) -> bool:
    """Whether ``name`` is the outlet of a source that is not an official text, or the
    outlet's name cut before "for"/"of"/"on" ("Halden Centre" in the copyright line of the
    "Halden Centre for Space Security", newcomer20 N20-08)."""
    outlet = _folded(source.outlet)
    if not outlet or source.kind in _OFFICIAL:
        return False
    wanted = _folded(name)
    if wanted == outlet:
        return True
    cut = _CUT.match(outlet)
    return cut is not None and len(wanted.split()) >= 2 and wanted == cut.group(1)


def source_own(names: Iterable[str], source: Source) -> bool:
    """Whether any of an actor's ``names`` (its name and aliases) is the source's writer, its
    (non-official) outlet, a person the text credits as its own staff ("Issued by: …",
    "PRESENTER (…):"), or no body at all but a currency code ("EUR 290 million"): never
    drafted, never suggested (N19-07, N19-10)."""
    from briefdesk.editing.source_staff import is_currency, staff_names

    staff = staff_names(source.text)
    return any(
        writes_it(n, source)
        or publishes_it(n, source)
        or _folded(n) in staff
        or is_currency(n, source.text)
        for n in names
        if n.strip()
    )
