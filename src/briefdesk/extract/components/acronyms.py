"""Component: a name that defines its acronym in brackets is one organisation, whole.

"Ghana Ports and Harbours Authority (GPHA)", "Central American Bank for Economic Integration
(CABEI)", "Arab Shipbuilding and Repair Yard (ASRY)": the chunk rules would split such a name at
"and" or cut it at "for"; the initials of its capitalised words spelling the acronym say where
the name starts. The span is claimed, so the chunk rules skip its parts.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import AGREEMENT_WORDS

_DEFINED = re.compile(r"\s\(([A-Z][A-Za-z&]{1,9})\)")
_WORD = re.compile(r"[A-Z][\w'’.-]*|and|for|of|the|de|do|da|des|du|del|la|&|na|y|e|et|i|und|für")
# Words inside a name that the chunk rules split or stop at.
_BREAKS = frozenset({"and", "for", "&"})
_CONNECTORS = frozenset(
    {"and", "for", "of", "the", "de", "do", "da", "des", "du", "del", "la", "&"}
)
# Connectors of other languages: "Elektrani na Severna Makedonija (ESM)", "Banco y Fomento".
_FOREIGN = frozenset({"na", "y", "e", "et", "i", "und", "für"})


def defined_acronyms(res: Resolver) -> None:
    text = res.text
    for match in _DEFINED.finditer(text):
        acronym = match.group(1)
        letters = acronym.replace("&", "")
        words = _words_before(text, match.start())
        for first in range(len(words)):
            span = words[first:]
            if span[0][0] in _CONNECTORS:
                continue
            capitals = [w for w, _ in span if w not in _CONNECTORS | _FOREIGN]
            if "".join(w[0] for w in capitals) != letters.upper() or len(capitals) < 3:
                continue
            foreign = bool({w for w, _ in span} & _FOREIGN)
            # "Directorate General of Defence Purchase (DGDP)": a title word inside would make
            # the chunk rules read a rank and a person.
            titled = bool({w.lower() for w in capitals[1:]} & ROLE_HEADS)
            if not {w for w, _ in span} & _BREAKS and not foreign and not titled:
                break  # the chunk rules read a name without "and"/"for" whole already
            lowered = [w.lower().rstrip(".") for w in capitals]
            if lowered[-1] in AGREEMENT_WORDS or not (foreign or set(lowered) & ORG_HEADS):
                break
            start, end = span[0][1], match.start()
            name = text[start:end]
            if res.country_of(name):
                break
            key = res.org(name, start, end)
            at = match.start(1)
            res.alias(key, acronym, at, at + len(acronym), "org.acronym")
            res.index(key)
            res.found.mentions.append((at, at + len(acronym), key))
            res.claim(start, match.end())
            break


def _words_before(text: str, end: int) -> list[tuple[str, int]]:
    """The name-like words right before ``end`` (a run of capitalised words and connectors)."""
    window_start = max(0, end - 120)
    words: list[tuple[str, int]] = []
    pos = end
    for token in reversed(list(re.finditer(r"\S+", text[window_start:end]))):
        word = token.group()
        if not _WORD.fullmatch(word) or window_start + token.end() != pos:
            break
        words.append((word, window_start + token.start()))
        pos = window_start + token.start()
        while pos > window_start and text[pos - 1] == " ":
            pos -= 1
    words.reverse()
    return words
