"""The rows and columns of a table of deals, in any of the shapes import leaves (round 18).

A table reaches extraction as one line per row, its cells joined by " | " (Word, HTML), between
pipes ("| a | b |", Markdown), at tab stops (pasted from a spreadsheet: ``normalise`` turns a tab
row's tabs into "|", round 18), or at runs of spaces (a PDF's layout text). A row has no verb,
so the sentence rules read nothing from it; what each cell means is said once, by the header
row's labels ("Contractor", "Country of destination", "Contract sum (TZS bn)"). Here a line's
cells become spans and a header's labels become roles, read from word lists, so the deal stage
(``deal_table_rows``) and the component that names the parties (``table_parties``) agree on
what a table is. A header with no party column ("Programme | Recurrent | Total") or with a
party column but nothing bought or priced is no table of deals.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from briefdesk.extract import rx as re
from briefdesk.extract.deal_table import first_party
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.money import find_money
from briefdesk.extract.resolver import Found
from briefdesk.extract.words import word_list

ROLES = {
    "buyer": word_list("table_head_buyer"),
    "seller": word_list("table_head_seller"),
    "value": word_list("table_head_value"),
    "item": word_list("table_head_item"),
    "count": word_list("table_head_count"),
    "status": word_list("table_head_status"),
}
_GAP = re.compile(r" {2,}")
# Labels that only number or group the rows: a later column with the same role says it better
# ("Lot | Description": the item is the description; "Number | ... | Quantity").
_WEAK = frozenset({"lot", "number", "type", "category", "company", "firm"})
_TOTAL = lazy(r"[ \t*]*(?:sub-?|grand\s+)?totals?\b|[ \t*]*all\s+(?:lots|rows|contracts)\b", re.I)
_RULE = re.compile(r"^[\s|:+=-]*$")  # a Markdown or ASCII rule between header and rows
_BRACKET = re.compile(r"\(([^()]*)\)")
_LABEL_NOISE = re.compile(r"^(?:name\s+of\s+(?:the\s+)?)|[*#:_.]+$|^[*#_]+")
# "Value (EUR m)", "Amount (USD million)", "Contract sum (TZS bn)", "Value, EUR '000".
_SCALE = {
    "m": Decimal(10**6),
    "mn": Decimal(10**6),
    "mln": Decimal(10**6),
    "million": Decimal(10**6),
    "millions": Decimal(10**6),
    "bn": Decimal(10**9),
    "billion": Decimal(10**9),
    "billions": Decimal(10**9),
    "'000": Decimal(1000),
    "000": Decimal(1000),
    "thousand": Decimal(1000),
    "thousands": Decimal(1000),
}


_ABOVE = 6  # lines of prose above a table or list read for its issuer, title and kind
# Words above a table saying its issuer is the buying side (awards, tenders, purchases) ...
ISSUER_BUYS = re.compile(
    r"\b(?:award(?:s|ed)?|tenders?|procure[sd]?|procurement|purchase[sd]?|bought|ordered|"
    r"placed|contracts?\s+(?:with|to|signed))\b",
    re.I,
)
# ... or the selling side (an order intake, loans and grants it approved, licences it holds).
ISSUER_SELLS = re.compile(
    r"\b(?:order\s+intake|booked|received|won|secured|sold|exported|delivered|lent|"
    r"loans?|grants?|financing|approved\s+the\s+following)\b",
    re.I,
)


@dataclass(frozen=True)
class Header:
    """What a header row names: role -> column index, the cell count, and the currency and
    scale of a bare number in its value column ("Value (EUR m)": EUR, 1,000,000)."""

    columns: dict[str, int]
    width: int
    currency: str = ""
    scale: Decimal = Decimal(1)


def row_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the cells of ``text[start:end]`` (one line); [] for a line that is no row.

    Pipes separate cells when the line has any (empty cells kept, so columns stay aligned;
    the outer pipes of "| a | b |" are no cells); else runs of two spaces or more do."""
    line = text[start:end].rstrip("\n")
    if "|" in line:
        body = line.strip()
        lead = start + line.index(body[:1]) if body else start
        if body.startswith("|"):
            body, lead = body[1:], lead + 1
        body = body[:-1] if body.endswith("|") else body
        spans, at = [], lead
        for part in body.split("|"):
            spans.append(_trim(text, at, at + len(part)))
            at += len(part) + 1
        # a tab row's "||" (two tabs for alignment) is one gap, not an empty column
        if " | " not in line:
            spans = [s for s in spans if s[0] < s[1]]
        return spans if len(spans) >= 2 else []
    spans, at = [], start + len(line) - len(line.lstrip())
    stop = start + len(line.rstrip())
    for gap in _GAP.finditer(text, at, stop):
        spans.append((at, gap.start()))
        at = gap.end()
    if at < stop:
        spans.append((at, stop))
    return spans if len(spans) >= 3 else []


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


def is_total(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether a row sums the others ("Total | | 30 | 127,500,000", "Grand total"): no deal."""
    return any(_TOTAL.match(text, start, end) for start, end in cells)


def is_rule(line: str) -> bool:
    """Whether a line is a rule under a header ("|---|:---:|", "-----  -----")."""
    return bool(line.strip()) and "-" in line and bool(_RULE.match(line))


def _plain(label: str) -> str:
    plain = _BRACKET.sub(" ", label.lower()).split(",")[0]
    return _LABEL_NOISE.sub("", " ".join(plain.split())).strip()


def role_of(label: str) -> str:
    """The role a header cell's label names ("Contract sum (TZS bn)" -> "value"), or ''."""
    plain = _plain(label)
    for role, words in ROLES.items():
        if plain in words:
            return role
    return ""


def header_of(
    text: str, cells: list[tuple[int, int]], wrapped: dict[int, str] | None = None
) -> Header | None:
    """The header a row of cells is, or None: two or more labels with roles, one of them a
    party's (buyer or seller) and one what is bought or its price, and no digit in any label
    but a bracketed unit's. ``wrapped``: the rest of a label a PDF set on the next line
    ("Name of" / "contractor", round 19)."""
    columns: dict[str, int] = {}
    weak_at: set[int] = set()  # columns a weak label named ("Lot", "No."): a later one wins
    labels = [text[start:end] for start, end in cells]
    for index, more in (wrapped or {}).items():
        labels[index] = f"{labels[index]} {more.strip()}"
    for index, label in enumerate(labels):
        if re.search(r"\d", _BRACKET.sub("", label)):
            return None  # (a data row: "2 | Road works | ...")
        role = role_of(label)
        weak = columns.get(role) in weak_at
        if role and (role not in columns or weak):
            columns[role] = index
            if _plain(label) in _WEAK:
                weak_at.add(index)
    if not ({"buyer", "seller"} & columns.keys() and {"value", "item"} & columns.keys()):
        return None
    currency, scale = "", Decimal(1)
    if "value" in columns:
        currency, scale = _unit(labels[columns["value"]])
    return Header(columns, len(cells), currency, scale)


def _unit(label: str) -> tuple[str, Decimal]:
    """The currency and scale a value column's label states ("Value (EUR m)")."""
    words = re.findall(r"[A-Za-z$€£¥₹¢']+|'000|000", " ".join(_BRACKET.findall(label)) or label)
    currency, scale = "", Decimal(1)
    for word in words:
        if word.lower() in _SCALE:
            scale = _SCALE[word.lower()]
        elif not currency:
            read = find_money(f"{word} 1", Counter())
            currency = read[0].currency if read and read[0].currency else ""
    return currency, scale


def issuer_above(
    text: str,
    found: Found,
    mentions: list[tuple[int, int, str]],
    lines: list[str],
    starts: list[int],
    at: int,
) -> tuple[str, str, str]:
    """What a table or list opening at line ``at`` is about and who issues it: (the words of
    the prose lines above it and of the document's title line; the first party of the nearest
    of them that names one, "Kestrel Shipyards ASA booked the following orders"; the words that
    may say what that party does: its own line and the line just above the table)."""
    above: list[int] = []
    for index in range(at - 1, -1, -1):
        if len(above) >= _ABOVE or row_cells(text, starts[index], starts[index + 1]):
            break
        if lines[index].strip():
            above.append(index)
    if 0 not in above and at > 0 and lines[0].strip():
        above.append(0)  # (the document's title line)
    words = " ".join(lines[i].strip() for i in reversed(above))
    for index in above:  # nearest line first; in a line, its last sentence ("Accra, 3 May.")
        begin = starts[index] + lines[index].rstrip().rfind(". ") + 1
        key = first_party(found, mentions, begin, starts[index + 1])
        key = key or first_party(found, mentions, starts[index], starts[index + 1])
        if key:
            acts = f"{lines[above[0]].strip()} {lines[index].strip()}"
            return words, found.actors[key].name, acts
    return words, "", lines[above[0]].strip() if above else ""


def covered(evidence: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Whether a span of ``evidence`` already holds ``span`` (the sentence a rule read the row
    or list item as): the row is then no second piece of evidence."""
    return any(start <= span[0] and span[1] <= end for start, end in evidence)
