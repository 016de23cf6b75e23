"""Party phrases read apart from the preposition rules: appositions that only describe, and
the two sides of a concession (who grants the rights and who is given them)."""

from __future__ import annotations

import re

BUYER, SELLER = "buyer", "seller"
Mention = tuple[int, int, str]  # (start, end, actor key)

_APPOSITION_OPEN = re.compile(r"[,—–]\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}$")
_APPOSITION_CLOSE = re.compile(r"(?:[\s-]+[a-z-]+){1,3}\s*[,—–]")


def descriptive(text: str, mention: Mention) -> bool:
    """ "Turkey, a NATO member, agreed to sell": NATO only describes Turkey, it is no party."""
    start, end, _key = mention
    return bool(
        _APPOSITION_OPEN.search(text[max(0, start - 40) : start])
        and _APPOSITION_CLOSE.match(text, end)
    )


_GRANT = r"award|awarded|awards|awarding|grant|granted|grants|granting|gave|give|gives|given"


def concession_roles(before: str, following: str) -> list[tuple[str, int, str]]:
    """A concession or production-sharing contract: the state that grants it is the seller, the
    concessionaire that pays for the rights the buyer; verbs of contracts read the other way."""
    given = re.search(rf"\b(?:{_GRANT})\s+(?:the\s+)?$", before.lower()) or re.search(
        rf"\b(?:{_GRANT})\b[^.;,]{{0,70}}\bto\s+(?:the\s+)?$", before.lower()
    )
    if given:
        # "granted the X", "awarded a 25-year concession for the port to X"
        cue = " ".join(given.group().split()[:1] + given.group().split()[-1:])
        return [(BUYER, 3, f"concessionaire: given the rights, {cue!r}")]
    by = re.search(rf"\b(?:{_GRANT})\b[^.;]{{0,80}}\bby\s+(?:the\s+)?$", before.lower())
    if by:
        return [(SELLER, 3, "grants the rights: passive 'granted ... by'")]
    grants = re.match(rf"\s+(?:(?:has|have|had|will|would)\s+)?({_GRANT})\b", following)
    if grants:
        return [(SELLER, 3, f"grants the rights: {grants.group(1)!r}")]
    return []


# "to help Fiji host the summit": the one helped receives the money.
HELPED = re.compile(r"\bto\s+(?:help|support|assist)\s+(?:the\s+)?$")
# "Egypt's armed forces will procure": the state acts through its forces or ministry.
STATE_BODY = re.compile(
    r"['’]s\s+(?:(?:armed\s+)?forces|army|navy|air\s+force|military|government|cabinet|"
    r"(?:defen[cs]e\s+)?ministry(?:\s+of\s+[a-z]+)?|treasury)\b"
)
