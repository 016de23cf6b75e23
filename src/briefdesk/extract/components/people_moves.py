"""Component: "people moves" lines of digests and trade newsletters.

"Dr X has joined the Pacific Islands Forum Secretariat as Director of Economic Governance";
"X, formerly of Westpac, is the new chief executive of the Tonga Development Bank"; "X moves
from Fiji Airways to Air Niugini as chief executive". The office after "as" (capitalised or
not) is the role and the body joined the affiliation; the body left is an organisation, never
the person, and no word of the office is a person ("Governance").
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.lexicon import ROLE_HEADS
from briefdesk.extract.name_spans import name_at
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import NAME_HONORIFICS

_BODY = r"(?:the\s+)?([A-Z][\w&'’.-]*(?:\s(?:[A-Z][\w&'’.-]*|of|for|and|de|du|la))*)"
_OFFICE = (
    r"(?:its\s+|the\s+|an?\s+)?(?:new\s+)?"
    r"([A-Za-z][\w'’-]*(?:,?\s(?:[A-Za-z][\w'’-]*))*?)(?=\s*(?:[.;]|$)|,|\s+(?:from|on|in|with|"
    r"after|effective|succeeding|replacing)\b)"
)
# "X has joined <body> as <office>" / "X moves from <body> to <body> as <office>".
_JOINS = re.compile(
    r"\s+(?:has\s+joined|joins|joined|will\s+join|rejoins|has\s+rejoined)\s+"
    + _BODY
    + r"\s+as\s+"
    + _OFFICE
)
_MOVES = re.compile(
    r"\s+(?:moves|moved|has\s+moved|is\s+moving|will\s+move)\s+from\s+"
    + _BODY
    + r"\s+to\s+"
    + _BODY
    + r"\s+as\s+"
    + _OFFICE
)
_REGION = re.compile(r"\s+(?:for|in)\s+([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*)$")
# "X, formerly of Westpac, is the new chief executive of the Tonga Development Bank".
_FORMERLY = re.compile(
    r",\s+(?:formerly|previously|until\s+recently)\s+(?:of|with|at)\s+"
    + _BODY
    + r",\s+(?:is|was|has\s+been|becomes|became)\s+(?:named\s+|appointed\s+)?(?:as\s+)?"
    r"(?:the\s+)?(?:new\s+)?((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+(?:of|at)\s+" + _BODY
)


MOVE_CUES = (
    " has joined",
    " joins ",
    " joined ",
    " will join",
    " rejoins",
    " has rejoined",
    " moves ",
    " moved ",
    " has moved",
    " is moving",
    " will move",
    ", formerly",
    ", previously",
    ", until recently",
)


# Each form of a move, tried in order: its pattern and which groups hold the body left (0:
# none), the body joined and the office.
_MOVE_FORMS = ((_JOINS, 0, 1, 2), (_MOVES, 1, 2, 3), (_FORMERLY, 1, 3, 2))


def moved_person(res: Resolver, v: View) -> str:
    """A name followed by a move: joined/moved to a body as an office, or formerly of one."""
    chunk = v.chunk
    if not res.text.startswith(MOVE_CUES, chunk.end):
        return NEXT  # (cheap: almost no run is followed by a move)
    start = chunk.start
    if v.lowered[0].rstrip(".") in NAME_HONORIFICS and len(v.words) > 2:
        start = chunk.tokens[1].start  # "Dr X has joined ...": the name after the honorific
    span = name_at(res, start)
    if not span or span[1] != chunk.end:
        return NEXT
    matched = next(
        ((m, form) for form in _MOVE_FORMS if (m := form[0].match(res.text, chunk.end))), None
    )
    if matched is None:
        return NEXT
    found, (_pattern, left, body_group, office_group) = matched
    if left:  # the body left: never the person
        _body(res, found.group(left), found.start(left))
    body, body_at = found.group(body_group), found.start(body_group)
    office, office_at = found.group(office_group), found.start(office_group)
    region = _REGION.search(office)  # "head of finance for East Africa": the place stays free
    claimed = office[: region.start()] if region else office
    words = office.lower().replace(",", "").split()
    if not set(words) & ROLE_HEADS or len(words) > 8:
        return NEXT
    affiliation = _body(res, body, body_at)
    res.claim(office_at, office_at + len(claimed))  # no word of the office is a person
    name_start, name_end = span
    res.person(res.text[name_start:name_end], name_start, name_end, office, affiliation)
    return CLAIM


def _body(res: Resolver, name: str, at: int) -> str:
    """The body joined, as a state or an organisation (claimed: "Rio Tinto" is no person)."""
    if name.endswith(".") and "." not in name.split()[-1][:-1]:
        name = name[:-1]  # "the Tonga Development Bank." ends the sentence
    code = res.country_of(name)
    if code:
        res.state(code, name, at, at + len(name))
        return res.affiliation_name(code)
    if res.known_entity(name):
        return name
    key = res.org(name, at, at + len(name), res.country_of(name.split()[0]))
    res.claim(at, at + len(name))
    return res.found.actors[key].name if key in res.found.actors else name
