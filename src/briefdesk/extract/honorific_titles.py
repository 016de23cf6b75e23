"""A title written before an honorific and the name (round 10, people).

The title rules read a title and its name as one run of capitalised words. An honorific with a
stop ("Dr.", "Prof.", "Mr.") ends that run, so "Finance Minister Dr. Amina Yusuf" left the
title alone in the run before the honorific and the name took no role. Read back from the
honorific instead:

- a capitalised run right before it that ends in a title word: "Finance Minister Dr. X",
  "Harbour Authority Director General Dr. X" (a body before the title is the affiliation),
  "Secretary-General Dr. X";
- a title set off by a comma: "The Vice-President of the Bank in charge of operations, Mr. X,",
  "the Ambassador of Chile to Jordan, Mrs. X,", "the Fund's representative for the Gulf area,
  Mr. X" (a body's possessive before it is the affiliation).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.cues_people import apposition, lowercase_role_before
from briefdesk.extract.cues_titles import role_in_brackets
from briefdesk.extract.lexicon import ROLE_HEADS, ROLE_MODIFIERS, TITLE_WORDS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.state_spans import trailing_state
from briefdesk.extract.text import Token
from briefdesk.extract.title_parts import body_before_title

# Capitalised words (with "of"/"for"/"the" between them) right before the honorific.
_RUN = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w&'’-]*\s(?:(?:of|for|the)\s)*){0,7}[A-Z][\w'’-]*)\s$")
_WORD = re.compile(r"\S+")
# A title, maybe a body's possessive before it, maybe a complement after it, then a comma.
_COMMA_TITLE = re.compile(
    r"(?:^|(?<=[\s(]))(?:(?P<owner>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})['’]s\s+)?"
    r"(?P<title>[A-Za-z][\w-]*(?:\s[A-Z][\w-]*){0,3}"
    r"(?:\s(?:of|for|in|to|at)\s[^,;:()\n\"“”]{1,90}?)?),\s+$"
)
_OF_BODY = re.compile(r"(?:of|at)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*)*)")
_LEADS = frozenset({"The", "the", "A", "a", "An", "an", "Our", "our"})


def title_around(res: Resolver, at: int, end: int) -> tuple[str, str] | None:
    """The title of a name written "Ms X" (honorific at ``at``, name ending at ``end``): an
    apposition or brackets after it, a lower-case title before it ("executive director Dr
    X"), else a title read back from the honorific."""
    return (
        apposition(res, end)
        or role_in_brackets(res, end)
        or lowercase_role_before(res, at)
        or title_before_honorific(res, at)
    )


def title_before_honorific(res: Resolver, at: int) -> tuple[str, str] | None:
    """(role, affiliation) of the title before the honorific that starts at ``at``."""
    before = res.before(at, 160)
    if not before.endswith(" "):
        return None
    if before.rstrip().endswith(","):
        return _comma_title(res, before)
    run = _RUN.search(before[-100:])
    if not run:
        return None
    start = at - len(before[-100:]) + run.start(1)
    tokens = [
        Token(m.group(), start + m.start(), start + m.end()) for m in _WORD.finditer(run.group(1))
    ]
    while tokens and tokens[0].text in _LEADS:
        tokens = tokens[1:]
    if not tokens or tokens[-1].text.lower() not in ROLE_HEADS:
        return None
    affiliation = ""
    code = res.country_of(tokens[0].text)
    if code and len(tokens) > 1:  # "Maldivian Finance Minister Dr. X"
        affiliation, tokens = res.affiliation_name(code), tokens[1:]
    tokens, affiliation = body_before_title(res, tokens, affiliation)
    role = res.text[tokens[0].start : tokens[-1].end]
    cut, _where, code = trailing_state(res, role)
    if code:  # "President of Ghana Dr. X"
        role, affiliation = role[:cut], affiliation or res.affiliation_name(code)
    return role, affiliation


def _comma_title(res: Resolver, before: str) -> tuple[str, str] | None:
    match = _COMMA_TITLE.search(before[-140:])
    if not match:
        return None
    words = match.group("title").split()
    while words and words[0] in _LEADS:
        words = words[1:]
    lead = []  # the title's own words, before a complement
    for word in words:
        if word in {"of", "for", "in", "to", "at"}:
            break
        lead.append(word.lower())
    owner = match.group("owner") or ""
    if (
        not lead
        or lead[-1] not in ROLE_HEADS
        or not all(w in ROLE_HEADS | ROLE_MODIFIERS | TITLE_WORDS for w in lead)
        or (words[0][:1].islower() and not owner)  # "..., a minister, Mr X": too loose
    ):
        return None
    affiliation = ""
    body = _OF_BODY.match(" ".join(words[len(lead) :]))
    if owner:
        code = res.country_of(owner)
        affiliation = res.affiliation_name(code) if code else _org_named(res, owner)
    elif body:  # "Vice-President of the Bank in charge ...", "Ambassador of Chile to Jordan"
        code = res.country_of(body.group(1))
        affiliation = res.affiliation_name(code) if code else _org_named(res, body.group(1))
    return " ".join(words), affiliation


def _org_named(res: Resolver, name: str) -> str:
    actor = res.found.actors.get(f"org:{name.lower()}")
    if actor is not None:
        return actor.name
    for actor in res.found.actors.values():
        if name in actor.aliases:
            return actor.name
    return ""
