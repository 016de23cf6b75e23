"""Component rules (round 7): names written in capitals after an honorific, and labelled
credit lines.

- Hansard and transcripts set the speaker's name in capitals: "Mr JOEL WANAMBI-KAUPA (Wabag —
  Opposition) —", "Hon. RUTH KAPIAGO-MOREA (Minister for Petroleum and Energy) —". An
  honorific, then two to four words in capitals, then a bracket, a dash, a colon or the line's
  end: a person, named in title case, with the title in brackets as the role.
- A credit line with its label: "Editor: Rudi Hartono-Sembiring", "Reporter: X" (the label is
  the role).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.cues_titles import role_in_brackets
from briefdesk.extract.lexicon import LEGAL_SUFFIXES, ORG_HEADS, ROLE_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.scans import LineLed
from briefdesk.extract.vocab import POST_NOMINALS

CAPITAL_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "hon", "sen", "senator", "prof", "professor", "sir", "shri", "smt"}
)
HONORIFIC_DOT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Hon|Sen|Prof)\.\s+$")
_AFTER_NAME = re.compile(r"\s*(?:\(|[—–:]|-\s|$)", re.MULTILINE)
_WORD = re.compile(r"^[A-Z][A-Z'’-]*[A-Z]$")
_INITIALS = re.compile(r"^(?:[A-Z]\.?){1,2}$")  # (the view drops an initial's stop)
_VOWEL = re.compile("[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]")

_CREDIT_LABEL = LineLed(  # a line of its own (led by the newline: see ``LineLed``)
    r"[ \t]*(Editor|Editing|Reporter|Reporting|Writer|Text|Photos?|Photographer|"
    r"Correspondent|Translator|Translation)[ \t]*:[ \t]*"
    r"([A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})[ \t]*"
)
# The golds take a credit's noun as the role ("Editor: X", "Reporter: X") but not an activity
# ("Text: X", "Reporting: X": no role in 4 of 4 readable golds; round 23).
_LABEL_ROLES = {
    "Editing": "",
    "Reporting": "",
    "Text": "",
    "Photo": "",
    "Photos": "",
    "Translation": "",
}


def capital_name(res: Resolver, v: View) -> str:
    """ "Hon. RUTH KAPIAGO-MOREA (Minister for ...)": the person, in title case; and a family
    name in capitals among given names ("Mr Tomasz NOWAK", "Lionel TAN Wei Ming", "Andrei
    KAZLOU" when the first word is a given name)."""
    lead = 1 if v.lowered[0].rstrip(".") in CAPITAL_HONORIFICS else 0  # else "Hon." before
    words = v.words[lead:]
    if not 2 <= len(words) <= 4:
        return NEXT
    if not _capitals(words) and not mixed_name(res, words):
        return NEXT
    tokens = v.chunk.tokens[lead:]
    start, end = tokens[0].start, tokens[-1].end
    if not _AFTER_NAME.match(res.text, end) and not mixed_name(res, words):
        return NEXT
    name = " ".join(w if _INITIALS.match(w) else w.title() for w in res.text[start:end].split())
    role = role_in_brackets(res, end) or ("", "")
    res.person(name, start, end, *role)
    return CLAIM


def _capitals(words: list[str]) -> bool:
    """Every word in capitals, initials allowed before the family name ("T. NAIVALU-ROKO",
    "K.K. PERERA"), the last a word."""
    if not _WORD.match(words[-1]):
        return False
    return all(_WORD.match(w) or _INITIALS.match(w) for w in words[:-1])


def mixed_name(res: Resolver, words: list[str]) -> bool:
    """Given names in title case and a family name in capitals, as EU, UN and court documents
    write them: each word either, one in capitals of three letters or more, none a state."""
    caps = [w for w in words if w.isupper() and w.strip("'’-").isalpha()]
    if not caps or any(len(w) < 3 for w in caps) or len(caps) == len(words):
        return False
    if not all(w in caps or (w[0].isupper() and w[1:].islower()) for w in words):
        return False
    if any(not _VOWEL.search(w) or w.lower() in LEGAL_SUFFIXES or w in POST_NOMINALS for w in caps):
        return False  # "CJSC", "PLC": a legal form; "SMBC": an acronym; "MLA" after a name
    return not any(res.country_of(w) or w.lower() in ORG_HEADS | ROLE_HEADS for w in words)


def credit_labels(res: Resolver) -> None:
    """ "Editor: Rudi Hartono-Sembiring" on a line of its own."""
    if ":" not in res.text:
        return
    for match in _CREDIT_LABEL.finditer(res.text):
        label = match.group(1)
        role = _LABEL_ROLES.get(label, label.lower())
        start, end = match.start(2), match.end(2)
        res.person(match.group(2), start, end, role)
        res.claim(start, end)
