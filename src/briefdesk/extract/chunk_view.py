"""What every chunk rule reads about one run of capitalised words, and the verdicts it gives.

Shared by the chunk-rule components (``components/*``), which never import each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Chunk, Sentence, Token, strip_possessive

# A rule's verdict on a chunk: CLAIM (handled, stop), NEXT (try the next rule), DEFER (stop and
# leave the chunk to the late pass).
CLAIM, NEXT, DEFER = "claim", "next", "defer"


@dataclass(slots=True)
class View:
    """What every chunk rule reads about one chunk, computed once (slots: built per chunk and
    read by every rule)."""

    sentence: Sentence
    chunk: Chunk
    words: list[str]
    phrase: str
    bare: str
    last: str
    lowered: list[str]
    rest: list[Token]
    lead_code: str = ""


ChunkRule = Callable[[Resolver, "View"], str]


def view(res: Resolver, sentence: Sentence, chunk: Chunk) -> View:
    tokens = chunk.tokens  # (the tuple's fields read once: a view is built for every chunk)
    words = [token.text for token in tokens]
    phrase = res.text[tokens[0].start : tokens[-1].end]
    return View(
        sentence,
        chunk,
        words,
        phrase,
        strip_possessive(phrase),
        strip_possessive(words[-1]),
        [strip_possessive(w).lower() for w in words],
        list(tokens),
    )
