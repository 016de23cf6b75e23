"""Where a person's name starts and ends when a rule already knows one begins at a position
(after a rank, a title's comma, a list dash): capitalised words in any alphabet ("Édgar",
"Åsa", "Łukasz") and the particles inside names, then something a name ends on."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import ORG_HEADS, TITLE_WORDS
from briefdesk.extract.names import name_like_words
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import NAME_PARTICLES

_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# What may follow a name read here: a comma, the sentence's end, a bracket, a verb.
_CLOSE = re.compile(
    r"\s*(?:,|\(|\.(?:\s|$)|$)|\s+(?:and|said|says|told|signed|has|have|had|will|would|was|is|"
    r"who|announced|explained|affirmed|answered|added|stated|noted|confirmed|welcomed|joins|"
    r"joined|rejoins|moves|moved|becomes|became|succeeds|replaces|retires)\b"
)


def _joined_particle(word: str) -> bool:
    """ "al-Tarawneh", "el-Sayed": a lower-case particle joined to a capitalised name
    (round 23: "Brigadier General Omar Saleh al-Tarawneh" lost the rank reader)."""
    head, dash, tail = word.partition("-")
    return bool(dash) and head in NAME_PARTICLES and tail[:1].isupper()


def name_at(res: Resolver, pos: int) -> tuple[int, int] | None:
    """The span of a person's name starting at ``pos`` (capitalised words and particles, any
    alphabet's capitals), when something a name ends on follows it."""
    text = res.text
    at, end = pos, pos
    words: list[str] = []
    while len(words) < 7:
        match = _WORD.match(text, at)
        if not match:
            break
        word = match[0]
        if word.endswith(".") and len(word) > 2 and not _INITIALS.fullmatch(word):
            word = word.rstrip(".")  # the sentence's full stop; "A.K.M." keeps its dots
        if not (word[0].isupper() or word in NAME_PARTICLES or _joined_particle(word)):
            break
        words.append(word)
        end = match.start() + len(word)
        if text[end : end + 1] != " ":
            break
        at = end + 1
    while words and words[-1] in NAME_PARTICLES:
        end -= len(words.pop()) + 1
    if len(words) < 2 or not _CLOSE.match(text, end):
        return None
    if (
        not name_like_words([w for w in words if not _INITIALS.fullmatch(w)] or words)
        or any(w.lower() in TITLE_WORDS or w.lower() in ORG_HEADS for w in words)
        or any(res.country_of(w) for w in words)
        or res.known_entity(text[pos:end])
    ):
        return None
    return pos, end
