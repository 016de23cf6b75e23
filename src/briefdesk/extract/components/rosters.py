"""Component: a roster — people listed one a line, each post in a cell of its own (round 14).

Boards, management lists, attendance tables and signature tables of filings, minutes, calls and
notices set a name and a post side by side, and no sentence ties them; the layout does:
columns ("Dr. F. O. Adeyemi        Chairman", "2027-03-04  Ana Ruiz   President of the Board"),
a spaced dash ("- Ana Ruiz – President of the Management Board", "MR. RAJ KUMAR – MANAGING
DIRECTOR"), or two signatures side by side (names on one line, their posts under them).

A roster line holds, after an optional bullet, number or date cell, an optional honorific, a
name of two to five words (title case or capitals, initials allowed) that opens with a given
name, an honorific or an initial, then a column gap (two spaces, a tab) or a spaced dash, then a
post that holds a post's head word. Two such lines in a row make a roster, or one under a line
that ends with a colon ("MANAGEMENT:", "... will be composed of:"). Names and posts in capitals
are given in title case. A roster without bodies in a document whose first line is a company's
name ("LAGOS PORTS PLC") lists that company's officers. Gate: a column gap or a spaced dash in a
text with line breaks. (A tab becomes one space on import: cells split by one tab are not read.)
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import HONORIFICS, LEGAL_SUFFIXES, ORG_HEADS, ROLE_HEADS
from briefdesk.extract.post_words import post_before_comma
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.scans import LineLed

RULE = "person.roster-line"
_HON = "|".join(re.escape(h.rstrip(".")) for h in sorted(HONORIFICS, key=len, reverse=True))
_WORD = r"[A-ZÀ-ÖØ-Þ](?:\.|[\w'’-]+)"
_LINE = LineLed(
    r"[ \t]*(?:[-•*·][ \t]*|\d{1,3}[.)][ \t]+|\d[\d./-]{5,9}[ \t]{2,})?"
    rf"(?P<hon>(?:(?i:{_HON})\.?[ ]+)*)"
    rf"(?P<name>{_WORD}(?:[ ]{_WORD}){{1,4}})"
    r"(?:,[ ]?(?i:MP))?(?:[ \t]{2,}|\t|[ \t]+[–—][ \t]+|[ \t]+-[ \t]+)"
    r"(?P<post>[A-Za-z][^\n]{1,90}?)[ \t]*"
)
_PAIR_GAP = re.compile(r"[ \t]{2,}|\t")
_NAME = re.compile(rf"(?:(?:(?i:{_HON})\.?[ ]+)*)({_WORD}(?:[ ]{_WORD}){{1,4}})")
_SMALL = frozenset({"and", "for", "of", "the", "to", "in", "on", "at"})
_MAX_POST_WORDS = 12


def rosters(res: Resolver) -> None:
    """Propose the people of roster lines and of side-by-side signatures (see the module)."""
    text = res.text
    if "\n" not in text or not ("  " in text or " – " in text or " — " in text or " - " in text):
        return
    given = first_names()
    rows: list[tuple[re.Match[str], str]] = []
    for match in _LINE.finditer(text):
        post = _post_of(match.group("post"))
        if post and _is_name(res, match.group("name"), bool(match.group("hon")), given):
            rows.append((match, post))
    issuer = _issuer(text) if rows else ""
    for index, (match, post) in enumerate(rows):
        if _in_roster(text, rows, index):
            cell = match.start("post"), match.end("post")
            body = _body_after(match.group("post"), post) or issuer
            if body != issuer:  # "Managing Director, Kenya Ports Authority": the body is read
                cell = cell[0], cell[0] + len(post)  # by the organisation rules, unclaimed
            _propose(res, match.start("name"), match.group("name"), post, cell, body)
    if "  " in text:
        _side_by_side(res, given)


def _in_roster(text: str, rows: list[tuple[re.Match[str], str]], index: int) -> bool:
    """Two rows on neighbouring lines, or one row under a line that ends with a colon."""
    start, end = rows[index][0].start("name"), rows[index][0].end()
    line_start = text.rfind("\n", 0, start) + 1
    for other, _ in rows[max(index - 1, 0) : index + 2]:
        if other is rows[index][0]:
            continue
        other_start = text.rfind("\n", 0, other.start("name")) + 1
        if other_start == end + 1 or other.end() + 1 == line_start:
            return True
    return text[: max(line_start - 1, 0)].rstrip(" \t").endswith(":")


def _is_name(res: Resolver, name: str, honorific: bool, given: frozenset[str]) -> bool:
    words = name.split()
    if any(_bodyish(w) or res.country_of(w) for w in words):
        return False
    first = words[0].lower()
    return honorific or first in given or (len(first) == 2 and first.endswith("."))


def _bodyish(word: str) -> bool:
    low = word.lower().rstrip(".,")
    return low in ORG_HEADS or low in ROLE_HEADS or low in LEGAL_SUFFIXES or low in _SMALL


def _post_of(cell: str) -> str:
    """The post of a cell, or "" when the cell holds no post's head word."""
    cell = cell.strip(" ()")
    words = re.split(r"[\s/,]+", cell.lower())
    if len(words) > _MAX_POST_WORDS or any(ch.isdigit() for ch in cell):
        return ""
    if not any(w in ROLE_HEADS for w in words):
        return ""
    role = post_before_comma(cell)
    return _cased(role) if role.isupper() else role


def _body_after(cell: str, post: str) -> str:
    """The body after the post's comma, when the post was cut there and the rest names one."""
    rest = cell.strip()[len(post) :].lstrip(" ,")
    words = rest.split()
    if not cell.startswith(post) or not words:
        return ""
    return rest if words[-1].lower().rstrip(".") in ORG_HEADS | LEGAL_SUFFIXES else ""


def _cased(words: str) -> str:
    """ "MANAGING DIRECTOR AND CHIEF" -> "Managing Director and Chief"."""
    out = [w.lower() if w.lower() in _SMALL else w.title() for w in words.split()]
    return " ".join(out)


def _issuer(text: str) -> str:
    """The company whose name is the document's first line ("LAGOS PORTS PLC", "Deccan
    Turbines Limited"): a board's, a call's or a filing's roster lists its officers."""
    first = text.lstrip().split("\n", 1)[0].strip()
    words = first.split()
    if 1 < len(words) <= 8 and words[-1].lower().rstrip(".") in LEGAL_SUFFIXES:
        return first if all(w[:1].isupper() or w in _SMALL or w == "&" for w in words) else ""
    return ""


def _propose(
    res: Resolver, start: int, name: str, post: str, cell: tuple[int, int], body: str = ""
) -> None:
    shown = " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in name.split())
    res.rule = RULE
    res.person(shown, start, start + len(name), post, body)
    res.claim(start, start + len(name))
    res.claim(*cell)


def _side_by_side(res: Resolver, given: frozenset[str]) -> None:
    """ "Dr. A. Bello          K. Olu\\nChairman         Company Secretary": two signatures."""
    text = res.text
    at = 0
    lines = text.split("\n")
    for number, line in enumerate(lines[:-1]):
        cells = [c for c in _PAIR_GAP.split(line.strip()) if c]
        below = [c for c in _PAIR_GAP.split(lines[number + 1].strip()) if c]
        if len(cells) == 2 and len(below) == 2:
            names = [_NAME.fullmatch(c) for c in cells]
            posts = [_post_of(c) for c in below]
            if all(names) and all(posts):
                for cell, found, post, under in zip(cells, names, posts, below, strict=True):
                    name = found.group(1) if found else ""
                    if _is_name(res, name, name != cell, given):
                        start = at + line.index(cell) + cell.index(name)
                        post_at = at + len(line) + 1 + lines[number + 1].index(under)
                        _propose(res, start, name, post, (post_at, post_at + len(under)))
        at += len(line) + 1
