"""A capital that is a place although the words around it would make it its government (round
7): the end of a journey ("left last night for Port Moresby"), the ends of a route ("the road
between Kigali and Musanze", "links Mombasa with Nairobi and Kampala"), and one of two places
joined by "and" when the other is no state or capital ("(Liberal Democrat, Taunton and
Wellington)", a constituency).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import STATE_VERBS
from briefdesk.extract.words import word_list

_TRAVEL_FOR = re.compile(
    r"\b(?:left|leaves|leaving|leave|departed|departs|flew|flies|headed|heads|bound|sailed|"
    r"sails|set\s+off|travelled|traveled)\s+(?:[\w-]+\s+){0,3}for\s+$"
)
_OTHER_OF_PAIR = re.compile(r"([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})\s+and\s+$")
_VERB_AFTER = re.compile(r"\s+(\w+)")
_AND_COMMON = re.compile(
    r"\s+and\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:islands?|coast|mainland|interior|border|port|"
    r"north|south|east|west|regions?|provinces?|towns?|cities|villages?|outer\s+islands)\b"
)


# "the road between Kigali and", "a line linking Mombasa with Nairobi and": a route's ends.
_ROUTE_BEFORE = re.compile(
    r"\b(?:(?i:road|railway|rail|line|pipeline|highway|corridor|flights?|ferry|ferries|link|"
    r"route|bridge|cable|interconnector)\s+(?:\w+\s+){0,2}between\b|(?:links?|linking|linked|"
    r"connects?|connecting|connected)\s+(?:the\s+)?[A-Z])[^.;:!?]*$"  # not "ties and links with"
)


def capital_as_place(res: Resolver, start: int, end: int) -> bool:
    """True when a capital the metonymy cue read as its government is where someone goes, an
    end of a route, or one of two places that are no states."""
    before = res.before(start, 60)
    if before.endswith("for ") and _TRAVEL_FOR.search(before):
        return True
    if _ROUTE_BEFORE.search(before):
        return True
    if before.endswith("between ") and _AND_COMMON.match(res.text, end):
        return True  # "between Port Vila and the northern islands": places, no governments
    if not before.endswith("and "):
        return False
    other = _OTHER_OF_PAIR.search(before)
    if not other or res.country_of(other.group(1)) or other.group(1) in res.gaz.capitals:
        return False
    verb = _VERB_AFTER.match(res.text, end)
    return not (verb and verb.group(1).lower() in STATE_VERBS)


# Round 10: more ways a capital stands for its government (the metonymy cues miss them).
# "Baghdad owed it $400 million", "New Delhi extended a line of credit": a past-tense verb
# right after the capital (not "-based"; a locative before the capital keeps the place).
# An adverb between may hold a present tense too: "Canberra finally signs for its satellite".
# "Copenhagen cut its order": a few irregular past tenses a city cannot do (not "lost",
# "hit": "Lilongwe lost its water"). "that Canberra package": a sum.
_PAST_AFTER = re.compile(
    r"\s+(?:(?:also|then|later|finally|quietly|already|now|still|recently)\s+([a-z]{3,}s)\b)?"
    r"([a-z]{2,}ed|cut|told|chose|bought|sold|paid|lent|gave|sent)?\b"
)
_SUM_AFTER = re.compile(r"\s+(?:package|money|grant|loan|aid|funding|pledge|budget support)\b")
# "a grant from Doha", "turned to Moscow", "encouraged by Brussels", "the patience of
# Brussels", "the government of Managua", "Washington, which has trained".
_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:(?:grants?|loans?|aid|support|money|funding|credit|assistance|approval|"
    r"donations?|financing)\s+from|(?:turn|pivot)(?:s|ed|ing)?\s+to|away\s+from|(?:[a-z]{3,}ed)\s+by|"
    r"(?:patience|government|backing|blessing|consent|displeasure|ire)\s+of)\s+$"
)
_WHICH_AFTER = re.compile(r",\s+which\s+(?:has|had|have|is|was)\b")
# (Not "-based" words; nor an approval, which the deal rules would take for a party: "Canberra
# approved export licences for X to sell" keeps X the seller.)
_NOT_PAST = frozenset(
    {
        "based",
        "headquartered",
        "listed",
        "registered",
        "located",
        "owned",
        "approved",
        "authorised",
        "authorized",
        "cleared",
        "licensed",
        "permitted",
    }
)


# Round 21 (newcomer20 N20-13): a verb whose object is a government, right before the capital:
# "binds Jakarta to a French launcher", "will ask Paris for the same terms", "may provoke
# Moscow" (the metonymy cue reads only past tenses and a few endings: not "binds", "ask").
_OBJECT_VERBS = word_list("government_object_verbs")
_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+$")


def government_cue(res: Resolver, start: int) -> bool:
    """True when the words before a capital make it its government even after a locative's
    word ("turned to Moscow", "away from Moscow", "a grant from Doha") or with a verb that
    governs it ("binds Jakarta to", "ask Paris for")."""
    if res.text.startswith("Brussels", start):
        return False  # (the European Union's seat, not Belgium's government)
    before = res.before(start, 40)
    if _GOVERNMENT_BEFORE.search(before):
        return True
    verb = _WORD_BEFORE.search(before)
    return bool(verb and verb.group(1) in _OBJECT_VERBS)


def capital_government(res: Resolver, start: int, end: int) -> bool:
    """True when the words around a capital make it its government in ways the general
    metonymy cues do not read: a past-tense verb after it, a grant from it, "turned to" it,
    "the government of" it, ", which has" after it, a verb that governs it."""
    if res.text.startswith("Brussels", start):
        return False  # (the European Union's seat, not Belgium's government)
    if government_cue(res, start):
        return True
    if res.after_locative(start):
        return False  # "in Lima, which was", "visit Doha, which was accepted"
    past = _PAST_AFTER.match(res.text, end)
    verb = past.group(1) or past.group(2) if past else None
    if verb and verb not in _NOT_PAST:
        return True
    if _SUM_AFTER.match(res.text, end):
        return True
    return bool(_WHICH_AFTER.match(res.text, end))
