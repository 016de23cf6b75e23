"""What a table's title or heading says about all its rows (round 19).

A state's report of the arms-export licences it granted often has no exporter-state column and
no verb: the exporting state is named once, in the title or heading above ("Export licences
granted by the Republic of Finland, 2026", "Swedish military exports in 2026"), and so is the
kind of every row ("Individual licences for military equipment"): a row of "Thermal weapon
sights" or "Laser rangefinders" has no word of arms of its own. Here the lines above a table
give its exporting state (a state named after "by" or "from", or before "'s"/"arms exports"
in a line of export words; never a state the exports go "to") and say whether its rows are
arms. Status cells that say a licence was authorised ("Granted", "Issued") read as approved.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.resolver import Found
from briefdesk.extract.table_shape import row_cells
from briefdesk.extract.words import word_list

APPROVED_CELLS = word_list("table_cell_approved")
_EXPORT_WORDS = lazy(
    r"\bexports?\b|\bexported\b|\bexport\s+(?:licen[cs]es?|permits?|authori[sz]ations?)\b", re.I
)
# "... granted by the Republic of Finland", "... from Sweden" (the state's name may carry its
# "Republic of" or not, as the names register has it).
_BY_STATE = re.compile(
    r"\b(?:by|from)\s+(?:the\s+)?(?:(?:Government|Republic|Kingdom|State|Principality|"
    r"Federal\s+Republic)\s+of\s+(?:the\s+)?)?$"
)
# "Finland's arms exports", "Swedish military exports", "Norwegian export licences".
_STATE_OWN = re.compile(
    r"^(?:'s|’s)?\s+(?:(?:strategic|military|arms|defen[cs]e|conventional)\s+)*"
    r"(?:exports?\b|export\s+licen[cs]es?)",
    re.I,
)
# The title of a table of arms: "licences for military equipment", "arms exports", "war
# materiel", "strategic products", "Military List".
ARMS_TITLE = re.compile(
    r"\b(?:military|defen[cs]e|war)\s+(?:equipment|materiel|material|goods|items|products)\b|"
    r"\b(?:arms|military|defen[cs]e)\s+(?:exports?|transfers?|sales)\b|\bmilitary\s+list\b|"
    r"\b(?:military|arms)\s+export\s+licen[cs]es?\b",
    re.I,
)

# "closed the first 5G spectrum auction", "awarded the following licences": the body above the
# table grants rights and each row's winner or licensee holds them (round 20, newcomer20 N20-05).
RIGHTS_GRANTED = re.compile(
    r"\b(?:auction(?:s|ed)?|(?:awarded|granted|issued)\s+(?:the\s+following\s+)?"
    r"(?:licen[cs]es|concessions|permits|blocks))\b",  # (not "Export licences granted by")
    re.I,
)
# "Export licences granted by ...", "licences issued in 2026": the rows are authorised exports.
LICENCES_GRANTED = re.compile(r"\blicen[cs]es?\b[^.\n]{0,80}?\b(?:granted|issued|approved)\b", re.I)


def exporting_state(
    text: str, found: Found, mentions: list[tuple[int, int, str]], spans: list[tuple[int, int]]
) -> str:
    """The state the lines ``spans`` (above a table, nearest first) say exports, or ''."""
    for start, end in spans:
        if not _EXPORT_WORDS.search(text, start, end):
            continue
        for m_start, m_end, key in mentions:
            if m_start < start or m_end > end:
                continue
            actor = found.actors.get(key)
            if actor is None or actor.type != "state":
                continue
            before = text[max(start, m_start - 40) : m_start]
            if _BY_STATE.search(before) or _STATE_OWN.match(text[m_end : m_end + 40]):
                return actor.name
    return ""


def above_spans(text: str, lines: list[str], starts: list[int], at: int) -> list[tuple[int, int]]:
    """The prose lines above the table opening at line ``at``, nearest first, up to a blank-
    separated six and the document's title line; a row of another table stops them."""
    spans: list[tuple[int, int]] = []
    for index in range(at - 1, -1, -1):
        if len(spans) >= 6 or row_cells(text, starts[index], starts[index + 1]):
            break
        if lines[index].strip():
            spans.append((starts[index], starts[index] + len(lines[index].rstrip())))
    if at > 0 and lines[0].strip() and (not spans or spans[-1][0] != 0):
        spans.append((0, len(lines[0].rstrip())))
    return spans


def approved_cell(cell: str) -> bool:
    """Whether a status cell says the licence or permit was authorised ("Granted")."""
    return cell.strip(" *.").lower() in APPROVED_CELLS
