"""A lower-case title that ends in its remit right before a name (round 7): "vice president of
sales Erik Lund", "head of procurement Luis Gómez", "Nordvik's director of operations X",
"Vesta Holdings' head of sales X" (round 14: a name ending in s). The older title readers
want a role word right before the name; here the role word comes first and
"of/for" and one to three remit words follow it. Shared by the title readers (``titles``)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import ROLE_HEADS, ROLE_MODIFIERS, STOPWORDS, TITLE_WORDS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.state_spans import trailing_state

_REMIT_TITLE = re.compile(
    r"(?:\b([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})(?:['’]s|(?<=s)['’])\s+"
    r"|(?:^|(?<=[\s(]))(?=[A-Za-z]))"
    r"((?:[A-Za-z][a-z-]*\s+){0,3}?[A-Za-z][a-z-]*)\s+(of|for|on)\s+((?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)"
    r"\s+$"
)


_PREPS = frozenset({"of", "for", "on"})


def _search_tail(before: str) -> re.Match[str] | None:
    """``_REMIT_TITLE.search(before)``, cheaper and with the same answer (round 7 speed): a
    match spans at most 13 whitespace-separated words (owner 4, title 4, "of", remit 4), the
    remit's last word ends the text and "of/for/on" is the 2nd to 4th word from the end (5th
    after "the"); so no match where that word is not, and none starts before the 13th word
    from the end, where the search begins (``pos``: look-behinds still see the text)."""
    words = before.rsplit(None, 13)
    if not (
        _PREPS.intersection(words[-4:-1])
        or (len(words) > 4 and words[-5] in _PREPS and words[-4] == "the")
    ):
        return None
    return _REMIT_TITLE.search(before, len(words[0]) if len(words) > 13 else 0)


def remit_title_before(res: Resolver, pos: int) -> tuple[str, str] | None:
    """(title with its remit, owner) for the name at ``pos``, or None."""
    before = res.before(pos, 90)
    if not before.endswith(" ") or not ("a" <= before[-2:-1] <= "z"):
        return None  # (cheap first: a lower-case word right before the name)
    tail = before[-40:]
    cut = max(tail.rfind(" of "), tail.rfind(" for "), tail.rfind(" on "))
    if cut < 0 or not tail[cut:].replace(" ", "").replace("-", "").islower():
        return None  # ... and "of/for/on" and lower-case words only between it and the name
    match = _search_tail(before)
    if not match:
        return None
    words = match.group(2).split()
    code = ""
    while words and (
        words[0].lower() not in ROLE_HEADS | ROLE_MODIFIERS or words[0].lower() in STOPWORDS
    ):
        # "by vice president of sales X": from the title's first word; "Romanian state
        # secretary for armaments X": the state's adjective is the owner.
        code = res.country_of(words[0]) or code
        words = words[1:]
    words = [w.lower() for w in words]
    remit = match.group(4).split()
    remit = remit[1:] if remit[0] == "the" and len(remit) > 1 else remit  # "of the committee"
    if (
        not words
        or words[-1] not in ROLE_HEADS
        or any(w in STOPWORDS or w in ROLE_HEADS for w in remit)
    ):
        return None
    first = match.group(2).split()[-len(words)]
    title = match.group(2)[match.group(2).rindex(first) :]
    role = f"{title} {match.group(3)} {match.group(4)}"
    owner = match.group(1) or ""
    if owner.lower() in ROLE_HEADS:
        owner = ""  # "President's adviser on energy X": an office owns no affiliation
    code = (res.country_of(owner) if owner else "") or code
    return role, res.affiliation_name(code) if code else owner


# "the Minister of Finance, Dr X", "The Minister of Finance and the Public Service, Dr the Hon.
# X", "the Minister of the Economy, of Planning and of Cooperation, Mrs. X": a capitalised
# title whose remit is capitalised too (a list with commas and "and"), its comma, then the
# honorifics before the name.
_CAPITAL_REMIT_TITLE = re.compile(
    r"(?:^|[.;:!?]\s+|\b[Tt]he\s+|\b(?:and|by|to|with|from|said)\s+)"
    r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)"
    r"((?:(?:,?\s+(?:(?:of|for|and|on|in)\s+){1,2}|\s+)(?:the\s+)?[A-Z][\w'’-]*)+),$"
)
_HONORIFICS_BEFORE = re.compile(
    r",\s+(?:(?:the|Most|Right|Rt\.?|Hon\.?|Honourable|Honorable|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|"
    r"Ms\.?|Mme|Madame|Monsieur|H\.\s?E\.?|Eng\.?|Engr\.?|Sen\.?|Senator)\s+)+$"
)
# "Prime Minister the Most Hon. X": no comma between the title and the honorifics.
_TITLE_THEN_HONORIFIC = re.compile(
    r"(?:^|(?<=[\s(]))((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+"
    r"(?:the\s+)?(?:Most\s+|Right\s+|Rt\.?\s+)?(?:Hon\.?|Honourable|Honorable)\s+$"
)


def capital_title_before(res: Resolver, start: int) -> tuple[str, str] | None:
    """(title, owner state) for the name at ``start`` after a capitalised title and
    honorifics, or None: the older readers want a lower-case remit or no honorific."""
    before = res.before(start, 40)
    bare = _TITLE_THEN_HONORIFIC.search(before)
    if bare:
        words = bare.group(1).split()
        while words and not all(w.lower() in TITLE_WORDS for w in words):
            words = words[1:]  # "... AGENDA Prime Minister the Most Hon. X": a headline before
        if words and words[-1].lower() in ROLE_HEADS:
            # "The Minister of Energy, Senator the Hon. X" (round 19): the ministry a senator
            # holds is the office; "Senator the Hon. X" alone stays a senator.
            if words != ["Senator"]:
                return " ".join(words), ""
            return _comma_title(res, start, before) or ("Senator", "")
    return _comma_title(res, start, before)


def _comma_title(res: Resolver, start: int, before: str) -> tuple[str, str] | None:
    """ "the Minister of Finance, Dr X": the capitalised title before the comma."""
    honorifics = _HONORIFICS_BEFORE.search(before)
    if not honorifics:
        return None
    comma_end = start - len(honorifics.group()) + 1
    match = _CAPITAL_REMIT_TITLE.search(res.before(comma_end, 160))
    if not match:
        return None
    words = match.group(1).split()
    if words[0] == "The":
        words = words[1:]
    if not words or not all(w.lower() in TITLE_WORDS for w in words):
        return None
    if not set(w.lower() for w in words) & ROLE_HEADS:
        return None
    role = " ".join(words) + match.group(2)
    cut, _at, code = trailing_state(res, role)
    if code:  # "Minister of Finance of the Republic of X, Dr Y"
        return role[:cut], res.affiliation_name(code)
    return role, ""
