"""Whether a key judgment is a desk's stock sentence, too general to link briefs by its words.

Why: a desk reuses sentences such as "The deal will be completed on schedule." in briefs on
unrelated deals; matching them word for word listed a Bolivian arbitration as related to a
Romanian vehicle deal and offered its judgment as "earlier on" the same question (newcomer15
N15-23). The same words only mean the same judgment when the sentence is specific — it names
something (a capitalised name, or one of the brief's actors, items or places) or is long — or
when the two briefs are about the same thing (a shared source, actor or deal item).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from briefdesk.library.digest import norm, statement_key
from briefdesk.library.same_question import statement_words
from briefdesk.resources_access import read_resource_text

# Words, estimative ones aside: a sentence this long is written for its case, not stock.
LONG = 15
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")


@cache
def stock_openers() -> frozenset[str]:
    text = read_resource_text("english/stock_openers.txt")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def names_something(statement: str, names: Iterable[str] = ()) -> bool:
    """True when the sentence holds a capitalised name (a sentence's first word only when it
    is not a closed-class opener such as "The" or "It"), or one of ``names``."""
    for match in _WORD.finditer(statement):
        word = match.group()
        if not word[0].isupper():
            continue
        before = statement[: match.start()].rstrip("\"'“‘([ ")
        opens = not before or bool(_SENTENCE_END.search(before))
        if not opens or word.rstrip(".") not in stock_openers():
            return True
    padded = f" {norm(statement)} "
    return any(f" {n} " in padded for n in map(norm, names) if n)


def is_stock(statement: str, names: Iterable[str] = ()) -> bool:
    """True for a short sentence that names nothing: its wording alone relates no briefs."""
    words = statement_words(statement)
    return 0 < len(words) < LONG and not names_something(statement, names)


def stock_keys(statements: Iterable[str], names: Iterable[str] = ()) -> set[str]:
    """The :func:`digest.statement_key` of each stock sentence among ``statements``."""
    names = list(names)
    return {statement_key(s) for s in statements if is_stock(s, names)}
