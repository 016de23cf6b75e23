"""Whether a sentence ends like a statement of its own (round 20, deals not found).

A headline or a "Related" line has no final stop and tells no deal; a communiqué's list item
does, and ends with a semicolon: "(b) an agreement under which X will supply 120,000 tonnes per
year of liquefied petroleum gas to Y for five years;" under "The two sides witnessed the signing
of the following instruments:" was read as no statement at all.
"""

from __future__ import annotations

from briefdesk.extract import rx as re

_CLOSERS = " \t\n\"'’”)"
# "(b) ", "(ii) ", "iii. ", "- ", "• ": a list item's marker.
LIST_ITEM = re.compile(r"^\s*(?:\(?[a-z]\)|\(?[ivx]{1,4}[.)]|[-•*])\s+\S")


def ends_statement(sentence: str) -> bool:
    """A final stop, or a list item's semicolon."""
    tail = sentence.rstrip(_CLOSERS)
    if tail.endswith((".", "!", "?")):
        return True
    return tail.endswith(";") and LIST_ITEM.match(sentence) is not None
