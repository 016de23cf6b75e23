"""The partners of a deal signed alike told as a row of a table (round 19, newcomer18 N18-05).

An embassy note lists "Project | Investor (country) | Vietnamese partner | Value | Status", one
row a memorandum ("Binh Dinh offshore wind farm | Nordvind A/S (Denmark) | Ministry of Industry
and Trade | $2.1 billion | Memorandum of understanding, 21 Sep"). A row has no verb, so the
sentence frames of `deal_partners` read nothing; the header's labels say which cells name a
partner ("investor", "partner", "signatory": `table_head_partner`, matched on the label's last
word without its bracketed note, so "Vietnamese partner" and "Investor (country)" count). The
first party named in each such cell is a partner; two columns at least.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.party_groups import party_elements
from briefdesk.extract.resolver import Found
from briefdesk.extract.table_shape import is_rule, row_cells
from briefdesk.extract.words import word_list

_PARTNER = word_list("table_head_partner")
_BRACKET = re.compile(r"\([^()]*\)")


def row_partners(text: str, found: Found, start: int) -> list[tuple[str, str]]:
    """``(name, key)`` of the partners the table row holding ``start`` names, or []."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    cells = row_cells(text, line_start, len(text) if line_end < 0 else line_end)
    header = _header(text, line_start, len(cells)) if cells else None
    if header is None:
        return []
    named = []
    for index, (label_start, label_end) in enumerate(header):
        words = _BRACKET.sub(" ", text[label_start:label_end]).lower().split()
        if words and words[-1] in _PARTNER:
            elements = party_elements(text, found, *cells[index])
            if elements:
                named.append((elements[0].name, elements[0].key))
    return named if len(named) >= 2 else []


def _header(text: str, at: int, width: int) -> list[tuple[int, int]] | None:
    """The first row of the block of rows of ``width`` cells above the line at ``at``."""
    header = None
    while at > 0:
        end = at - 1
        start = text.rfind("\n", 0, end) + 1
        if is_rule(text[start:end]):
            at = start
            continue
        cells = row_cells(text, start, end)
        if len(cells) != width:
            break
        header, at = cells, start
    return header
