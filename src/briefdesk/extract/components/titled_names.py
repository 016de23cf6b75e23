"""Components: a person after a title that the older title rules do not reach.

"Associated Press writer Jun Sato in Tokyo" (a body's lower-case title right before a name
whose given name is not in our list); "said Britain's minister for sanctions, X" (a possessed
lower-case title with a lower-case complement, then the comma); "Minister for Finance X for
the Kingdom" (a signatory's title and name, then the side signed for: the side is split off
so the title rules read "Minister for Finance X").
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.cues_people import lowercase_role_before
from briefdesk.extract.lexicon import ROLE_HEADS
from briefdesk.extract.name_spans import name_at
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Chunk, is_possessive, strip_possessive
from briefdesk.extract.vocab import HONORIFIC_WORDS, RANKS

# After a name read here: what name_at accepts, or a place or time ("in Tokyo contributed").
_IN_AFTER = re.compile(r"\s+(?:in|at|from|on)\s+[A-Z]")


def role_then_name(res: Resolver, v: View) -> str:
    """ "Associated Press writer Jun Sato in Tokyo": an owner, its title, then the name."""
    chunk = v.chunk
    if not 2 <= len(v.words) <= 4 or not res.before(chunk.start, 1).isspace():
        return NEXT
    first = v.lowered[0].rstrip(".")
    if first in HONORIFIC_WORDS or first in RANKS:
        return NEXT  # "Dr X", "General X": the honorific and rank rules' own
    before = res.before(chunk.start, 24)
    if not ("a" <= before[-2:-1] <= "z") or before.rstrip().rsplit(" ", 1)[-1] not in ROLE_HEADS:
        return NEXT  # (cheap: a title word right before the name)
    span = name_at(res, chunk.start) or _name_before_place(res, chunk)
    if not span or span[1] != chunk.end:
        return NEXT
    lower = lowercase_role_before(res, chunk.start)
    if not lower or not lower[1]:
        return NEXT  # an owner is needed: "writer X" alone is too loose
    res.person(res.text[span[0] : span[1]], span[0], span[1], *lower)
    return CLAIM


def _name_before_place(res: Resolver, chunk: Chunk) -> tuple[int, int] | None:
    if not _IN_AFTER.match(res.text, chunk.end):
        return None
    words = [t.text for t in chunk.tokens]
    if not all(w[0].isupper() and w.replace("-", "").isalpha() for w in words):
        return None
    if any(res.known_entity(w) or res.country_of(w) for w in words):
        return None
    return chunk.start, chunk.end


# "Britain's minister for sanctions, X": a lower-case title with a lower-case complement.
_POSSESSED_TITLE = re.compile(
    r"\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)(\s+(?:for|of)\s+[a-z-]+(?:\s+[a-z-]+){0,2})?,\s+"
)


def possessor_title_name(res: Resolver, v: View) -> str:
    chunk = v.chunk
    if not is_possessive(v.words[-1]) or len(v.words) > 4:
        return NEXT
    title = _POSSESSED_TITLE.match(res.text, chunk.end)
    if not title or not title.group(2) or title.group(1).split()[-1] not in ROLE_HEADS:
        return NEXT  # (no complement: the older rules read "Kenya's defence minister, X")
    span = name_at(res, title.end())
    if not span:
        return NEXT
    owner = strip_possessive(v.phrase)
    code = res.country_of(owner)
    if code:
        res.state(code, owner, chunk.start, chunk.start + len(owner))
        affiliation = res.affiliation_name(code)
    else:
        key = res.org(owner, chunk.start, chunk.start + len(owner))
        affiliation = res.found.actors[key].name if key in res.found.actors else owner
    role = title.group(1) + title.group(2)
    res.person(res.text[span[0] : span[1]], span[0], span[1], role, affiliation)
    res.claim(*span)
    return CLAIM


_SIDES = frozenset({"Kingdom", "Republic", "Government", "State", "Sultanate"})


def signatory_for_side(res: Resolver, v: View) -> str:
    """ "Minister for Finance Tevita X for the Kingdom": split off "for the Kingdom"."""
    tokens = v.chunk.tokens
    if len(tokens) < 5 or v.lowered[0] not in ROLE_HEADS | {"deputy", "vice", "senior"}:
        return NEXT
    last_for = max((i for i, t in enumerate(tokens) if t.text == "for"), default=0)
    if last_for < 3:
        return NEXT
    side = [t for t in tokens[last_for + 1 :] if t.text != "the"]
    if not side or not (
        (len(side) == 1 and side[0].text in _SIDES)
        or res.country_of(res.text[side[0].start : side[-1].end])
    ):
        return NEXT
    res.split.extend(Chunk(tuple(part), False) for part in (tokens[:last_for], tuple(side)) if part)
    return CLAIM


# "(Photo by Seyni Badji / AFP)", "Photograph: Jane Roe/Reuters": a picture credit.
PICTURE_BY = ("Photo by ", "Photos by ", "Photograph by ", "Photo: ", "Photograph: ")
_CREDIT_END = re.compile(r"\s*(?:/|\)|,\s+(?:AFP|AP|Reuters|Getty|EPA|Xinhua)\b)")


def picture_credit(res: Resolver, v: View) -> str:
    chunk = v.chunk
    if not 2 <= len(v.words) <= 4 or not res.before(chunk.start, 16).endswith(PICTURE_BY):
        return NEXT
    if not _CREDIT_END.match(res.text, chunk.end) or any(
        res.country_of(w) or res.known_entity(w) for w in v.words
    ):
        return NEXT
    res.person(v.phrase, chunk.start, chunk.end)
    return CLAIM
