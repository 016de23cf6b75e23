"""An actor the text itself calls by a noun (issue 10, round 7): "Leeward Gateway Airport
Partners Ltd., a consortium led by ..." is "the consortium" wherever the article later says so;
"Montepuez Graphite Lda, the Mozambican subsidiary of ..." is "the subsidiary".

deal_anaphora reads a description against the actors of the few sentences before it; a noun the
text has tied to exactly one actor in an apposition points back to that actor from anywhere
after it, even in a sentence that names no other side.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Found

# After a name: ", a consortium led by", ", the Mozambican subsidiary of", " (a joint venture".
_CALLED = re.compile(r"\.?\s*[,(]\s*(?:a|an|the|its)\s+(?:[\w’'-]+\s+){0,4}?([a-z]+)\b")
# Nouns an apposition may tie to a name (a company's kind, not what it makes).
CALLED_NOUNS = frozenset(
    {"consortium", "subsidiary", "venture", "unit", "utility", "company", "firm", "group"}
    | {"contractor", "operator", "developer", "miner", "producer", "shipyard", "yard", "builder"}
    | {"manufacturer", "maker", "supplier", "lender", "bank", "airline", "carrier", "partnership"}
)


def called(
    text: str, found: Found, mentions: list[tuple[int, int, str]], noun: str, before: int
) -> list[str]:
    """Keys of the organisations whose apposition before ``before`` calls them ``noun``."""
    if noun not in CALLED_NOUNS:
        return []
    keys: list[str] = []
    for _start, end, key in mentions:
        if end >= before or key in keys or found.actors[key].type != "organization":
            continue
        match = _CALLED.match(text, end)
        if match and match.group(1) == noun:
            keys.append(key)
    return keys
