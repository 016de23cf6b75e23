"""Component: a signature or contact block names a person on one line and the post below it.

Formal documents end (or open a field) with who signs or answers for them, one item a line:
"Daniel Okafor\\nCompany Secretary", "Issued by: Mwila Chanda-Banda\\nDirector of Procurement
and Supplies", "Name: Marina Volkova\\nPosition: General Director of Arktika Tanker Management
LLC". No sentence says who is who, so the name rules see a bare line and the title line looks
like a body ("Company Secretary"). A line of two to four capitalised words that opens with a
given name (after an optional label), followed by a short line that holds a post's head word,
is a person with that post as role; the post's words are claimed, a body after " of " is left to
the other rules ("General Director" of "Arktika Tanker Management LLC").
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import HONORIFICS, LEGAL_SUFFIXES, ORG_HEADS, ROLE_HEADS
from briefdesk.extract.post_words import post_before_comma
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.scans import LineLed
from briefdesk.extract.words import word_list

RULE = "person.signature-block"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}"
# A rank or style before the name, and a corps' letters after it: "Capitán de Navío C.G. DEM"
# (round 20; the ranks of ``data/name_ranks``, longer forms first).
_RANKS = "|".join(
    re.escape(w).replace(r"\ ", r"[ \t]+")
    for w in sorted(word_list("name_ranks"), key=len, reverse=True)
)
_RANK = rf"(?P<rank>(?i:{_RANKS})\.?[ \t]+(?:(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z]{{2,3}})[ \t]+){{0,2}})"
# (an optional label: "Issued by:", "Name:", "Contact:", "Signed:")
_BLOCK = LineLed(
    r"[ \t]*(?:\d{1,3}[.)][ \t]*)?(?:(?P<label>[A-Z][a-z]+(?:[ \t]+[a-z]+)?)[ \t]*:[ \t]*)?"
    rf"{_RANK}?(?P<name>{_NAME})[ \t]*\n"
    r"[ \t]*(?:(?P<field>Position|Title|Designation|Role|Function)[ \t]*:[ \t]*)?"
    r"(?P<post>[A-Z][^\n:.;!?]{2,70})"
)
# Labels that say the name after them is a person's ("Issued by: X", "Name: X").
_LABELS = word_list("signature_labels")
_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_MAX_POST_WORDS = 8
_CONNECTORS = frozenset({"and", "for", "of", "the", "&"})


# An act's or a letter's signature: "For the Council\nThe President\nP. SZAREK" — the side,
# the post, then the name (initials and a family name, often in capitals) on its own line.
_FOR_SIDE = LineLed(
    r"[ \t]*For[ ](?:and[ ]on[ ]behalf[ ]of[ ])?(?P<side>(?:the[ ])?[A-Z][^\n,.:]{2,60})\n"
    r"[ \t]*(?:The[ ])?(?P<post>[A-Z][\w-]+(?:[ ][A-Za-z][\w-]+){0,4})[ \t]*\n"
    r"[ \t]*(?P<name>(?:[A-Z]\.[ ]?){1,3}[A-ZÀ-ÖØ-Þ][\w'’-]+|[A-Z][a-z]+(?:[ ][A-Z][\w'’-]+){1,3})"
)


def signed_for(res: Resolver) -> None:
    """ "For the Council / The President / P. SZAREK": the name with the post above it."""
    for match in _FOR_SIDE.finditer(res.text):
        post, name = match.group("post"), match.group("name")
        if post.split()[-1].lower() not in ROLE_HEADS:
            continue
        words = name.split()
        shown = " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in words)
        side = match.group("side")
        side = side[4:] if side.startswith("the ") else side
        start = match.start("name")
        res.person(shown, start, start + len(name), post, side)
        res.claim(start, start + len(name))


# A parliamentary answer's signature: the post in capitals, the name in brackets below it
# ("MINISTER OF STATE FOR DEFENCE\n(SHRI ANAND KUMAR MISHRA)").
_POST_OVER_NAME = LineLed(
    r"[ \t]*(?:THE[ ])?(?P<post>[A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z,'’-]*){0,9})[ \t]*\n"
    r"[ \t]*\((?:(?:SHRI|SMT|DR|HON|MR|MRS|MS)\.?[ ]+)?"
    r"(?P<name>[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){1,3})\)[ \t]*"
)


def post_over_name(res: Resolver) -> None:
    """ "MINISTER OF STATE FOR DEFENCE / (SHRI X Y)": the bracketed name holds the post."""
    for match in _POST_OVER_NAME.finditer(res.text):
        post = match.group("post")
        if not any(w.lower().strip(",") in ROLE_HEADS for w in post.split()):
            continue
        small = _CONNECTORS | {"in", "on", "to"}
        role = " ".join(w if w in small else w.title() for w in post.lower().split())
        name = " ".join(w.title() for w in match.group("name").split())
        start = match.start("name")
        res.person(name, start, match.end("name"), role)
        res.claim(start, match.end("name"))


def signature_blocks(res: Resolver) -> None:
    """A person for each name line followed by a post line (see the module)."""
    text = res.text
    if "\n" not in text:
        return
    if "For " in text:
        signed_for(res)
    if ")\n" in text or text.endswith(")"):
        post_over_name(res)
    given = first_names()
    for match in _BLOCK.finditer(text):
        name, post = match.group("name"), match.group("post").rstrip()
        words = name.split()
        label = (match.group("label") or "").lower()
        if any(_bodyish(w) or res.country_of(w) for w in words):
            continue  # "Kenya Signs Rail Deal": a headline
        honorific = words[0].lower().rstrip(".") in HONORIFICS and len(words) > 2
        side = _side_above(res, match.start("name"))
        styled = _styled(match.group("rank") or "") or _signed_off(res, match.start())
        if not (words[0].lower() in given or label in _LABELS or honorific or side or styled):
            continue
        if post.isupper():  # "MANAGING DIRECTOR" under "Eng. Amani M. Mtemi"
            post = " ".join(w if w in _CONNECTORS else w.title() for w in post.lower().split())
        role = _post_role(post, labelled=bool(match.group("field")))
        if honorific:  # "Hon Graham X", "Shri X": the honorific is no part of the name
            name = name.split(None, 1)[1]
        tail = next(reversed(list(_TAIL.finditer(role))), None)  # (the last "of")
        if tail and res.country_of(role[tail.end() :]):
            role = role[: tail.start()]  # "Minister of Finance of Georgia": the state is no post
        if not role:
            continue
        post_start = match.start("post")
        start = match.end("name") - len(name)
        res.person(name, start, start + len(name), role=role, affiliation=side)
        res.claim(start, start + len(name))
        res.claim(post_start, post_start + len(role))


# The line over a communiqué's or an agreement's signatory: "For the Republic of Ghana",
# "For and on behalf of the Togolese Republic" (round 16).
_FOR_LINE = re.compile(
    r"[ \t]*For[ \t]+(?:and[ \t]+on[ \t]+behalf[ \t]+of[ \t]+)?(?:the[ \t]+)?"
    r"(?P<side>[A-Z][^\n,.:;]{2,60}?)[ \t]*\n"
)
_STATE_FORM = re.compile(r"(?:Government|Republic|Kingdom|State)\s+of\s+(?:the\s+)?", re.I)
_REPUBLIC = re.compile(r"\s+(?:Republic|Kingdom)$")  # "the Togolese Republic": Togolese


def _side_above(res: Resolver, name_start: int) -> str:
    """The state a signatory signs for, named on the line over the name line ("For the
    Republic of Ghana" / "Ama Serwaa Boateng" / "Minister for Foreign Affairs"): its name as
    an affiliation, or "" (a body's "For X" sign-off is ``field_parties``' and ``signed_for``'s).
    """
    line_start = res.text.rfind("\n", 0, max(name_start - 1, 0)) + 1
    above = _FOR_LINE.fullmatch(res.text, line_start, name_start)
    if not above:
        return ""
    side = above.group("side")
    plain = _STATE_FORM.sub("", side, count=1)
    code = res.country_of(side) or res.country_of(plain) or res.country_of(_REPUBLIC.sub("", side))
    return res.affiliation_name(code) if code else ""


# The closing line of a letter or notice over its signatory ("Yours faithfully,", "By order of
# the Board", "Atentamente,", "Vo. Bo."): the name below it is a person's (round 20).
_SIGN_OFFS = word_list("sign_offs")


def _signed_off(res: Resolver, line_start: int) -> bool:
    """Whether the line above the one at ``line_start`` is a sign-off."""
    if res.text.startswith("\n", line_start):  # (a LineLed match holds its leading newline)
        line_start += 1
    above_start = res.text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    above = res.text[above_start : max(line_start - 1, 0)].strip().rstrip(",.:;").lower()
    return above in _SIGN_OFFS


def _styled(rank: str) -> bool:
    """A rank that marks the line as a name: with a dot or a corps' letters ("Ing.", "Capitán
    de Navío C.G. DEM"), or a word no English heading opens with ("Contralmirante"); "General
    Assembly Hall" is a heading."""
    words = rank.split()
    return bool(words) and ("." in rank or len(words) > 1 or not is_common_word(words[0]))


def _bodyish(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in ORG_HEADS or low in ROLE_HEADS or low in LEGAL_SUFFIXES


def _post_role(post: str, labelled: bool) -> str:
    """The post's title ("General Director" of "General Director of X LLC"), or "" when the
    line holds no post's head word or reads as prose."""
    words = post.split()
    if len(words) > _MAX_POST_WORDS and "," in post:  # "Minister of Foreign Affairs, African
        post = post_before_comma(post)  # Integration and Togolese Abroad": its first part
        words = post.split()
    if len(words) > _MAX_POST_WORDS or any(ch.isdigit() for ch in post):
        return ""
    if not labelled and not any(w.lower().strip(",") in ROLE_HEADS for w in words):
        return ""
    if not labelled and not all(w[:1].isupper() or w in _CONNECTORS for w in words):
        return ""  # a post line is title-cased: "Director of the port quits" is a headline's
    if "," in post:  # "Managing Director, X Authority": the post, then its body
        return post_before_comma(post)
    tail = _TAIL.search(post)
    if tail:
        after = post[tail.end() :].split()
        if any(w.lower() in ORG_HEADS or w in LEGAL_SUFFIXES for w in after):
            return post[: tail.start()]  # "of Arktika Tanker Management LLC": a body
    return post
