"""Which later mentions of an actor are kept as its aliases (newcomer16 N16-16).

An alias is stored with the actor in the brief and merges actors across briefs in the library,
so it must name this actor and no other: "the bank" (a head noun after "the") would merge every
brief's bank into one, and a bare nationality word ("Turkish", or "Kardovan" of "three Kardovan
companies") names a country's firms, not this one. Both stay evidence of the mention where the
rules found one; they are only not listed as names.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.lexicon import SPEECH_VERBS, STOPWORDS
from briefdesk.extract.words import word_list

# "the bank", "The ministry", "the air force": "the" and lower-case words only.
_GENERIC = re.compile(r"(?i:the)\s+[a-z][a-z -]*")
# "Kardovan companies", "Kardovan drone makers": the word qualifies a group of firms or goods.
_GROUP_NOUNS = word_list("demonym_group_nouns")
_AFTER = re.compile(r"(?: [a-z][a-z-]+){1,2}")


def stored_aliases(aliases: list[str], actor_type: str) -> list[str]:
    """``aliases`` without generic head nouns and, for any actor but a state, bare country
    adjectives."""
    adjectives = gazetteer().adjectives
    return [
        alias
        for alias in aliases
        if not _GENERIC.fullmatch(alias)
        and not (actor_type != "state" and alias in adjectives and " " not in alias)
    ]


def adjective_use(text: str, word: str, end: int) -> bool:
    """True when the one word ``word`` ending at ``end`` qualifies a group noun after it
    ("three Kardovan companies", "Kardovan drone makers"): an adjective, not a firm's short
    name ("Kardovan said", "Kardovan's chairman")."""
    if " " in word:
        return False
    after = _AFTER.match(text, end)
    for word in after.group().split() if after else ():
        if word in _GROUP_NOUNS:
            return True
        if word in STOPWORDS or word in SPEECH_VERBS or word.endswith(("ed", "s")):
            return False  # "Kardovan said the companies", "builds systems": a verb first
    return False
