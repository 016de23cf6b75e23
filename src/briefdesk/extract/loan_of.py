"""The lender named by its preposition: "a concessional loan of the French Development Agency
(AFD) of 60 million euros", "a credit from KfW" (round 10, newcomer10 N10-01). Banks and funds
are known by their words (``deal_parties.lender_like``); an agency or a development bank named
otherwise lends when the loan's own noun governs it with "of" or "from"."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.gazetteer import gazetteer

# "loan of the", "concessional loan from", "credit line from", "financing of": the lender next
# (searched only in the 50 characters before a party).
_LENT_BY = re.compile(
    r"\b(?:loans?|credits?|credit\s+lines?|lines?\s+of\s+credit|financing|facility)\s+"
    r"(?:of|from)\s+(?:the\s+)?"
    # "a loan of the German development bank KfW": a few describing words between
    r"(?:(?!(?:to|for|by|with|and|in|on|at|as|under)\s)[A-Za-z-]+\s+){0,4}$"
)


# "a Japanese ODA loan", "a Saudi concessional loan", "Chinese grant aid": the state whose
# adjective the loan's own noun takes gives it (round 11).
_LOAN_NOUN = re.compile(
    r"\s+(?:(?:ODA|concessional|soft|development|government|yen|grant)\s+){0,2}"
    r"(?:loans?|grants?|credits?|credit\s+lines?|aid)\b"
)


def lent_by_preposition(text: str, mentions: list[tuple[int, int, str]]) -> set[str]:
    """The keys of the parties a loan's noun names with "of" or "from" ("a loan of X"), or
    with a state's adjective before it ("a Japanese ODA loan")."""
    if not text:
        return set()
    return {
        mention[-1]
        for mention in mentions
        if _LENT_BY.search(text, max(0, mention[0] - 50), mention[0])
        or (
            _LOAN_NOUN.match(text, mention[1])
            and text[mention[0] : mention[1]] in gazetteer().adjectives
        )
    }
