"""Component: the sides of a proceeding named by their part in it — "the Claimant", "the second
Respondent", "the Interested Party", "Harbour Roads Ltd (Applicant)" (round 20). Rulings,
awards and their summaries call the parties so without always defining the term in quotes
(which ``defined_parties`` reads); the chunk rules then made "Claimant" or "Interested Party"
an organisation of its own. Such a word after "the" (or in a bracket of its own) names a side,
never a body: it is claimed before the chunk pass. A longer name that holds it ("Applicant
Harbour Roads") is no chunk inside the claim and is read as before."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

SIDES = word_list("procedural_sides")
_WORDS = "|".join(
    sorted(
        (" ".join(w.capitalize() for w in side.split()) for side in SIDES), key=len, reverse=True
    )
)
# "\b[Tt]he" or "(" before the word, led by the class of their first characters (round 22): a
# pattern led by "\b" or an alternation is tried at every position of the text (~180 us an
# article, searched over every text that holds "ent"); "[Tt(]" lets the engine skip to those
# characters, and the look-behinds send each to its branch ("(?<!\w.)" after "t" is "\b"
# before it). Same matches, same group (tests/extract/test_speed_round22.py).
_SIDE = re.compile(
    rf"[Tt(](?:(?<=[Tt])(?<!\w.)he[ \t]+(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[ \t]+)?"
    rf"|(?<=\())({_WORDS})(?![\w-])(?:['’]s\b)?"
)


def procedural_sides(res: Resolver) -> None:
    text = res.text
    if not any(word in text for word in ("ant", "ent", "iff", "arty", "arties", "ener")):
        return
    for match in _SIDE.finditer(text):
        if match.group().startswith("(") and not text.startswith(")", match.end(1)):
            continue  # "(Claimant and Respondent ...": a bracket of words, no label
        res.claim(match.start(1), match.end())  # with its possessive: "the Claimant's case"
