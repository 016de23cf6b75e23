"""A lower-case title that ends in its remit right before a name (round 7): "vice president of
sales Erik Lund", "head of procurement Luis Gómez", "Nordvik's director of operations X". The
older title readers want a role word right before the name; here the role word comes first and
"of/for" and one to three remit words follow it. Shared by the title readers (``titles``)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import ROLE_HEADS, ROLE_MODIFIERS, STOPWORDS
from briefdesk.extract.resolver import Resolver

_REMIT_TITLE = re.compile(
    r"(?:\b([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})['’]s\s+|(?:^|(?<=[\s(]))(?=[A-Za-z]))"
    r"((?:[A-Za-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)\s+(of|for)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)"
    r"\s+$"
)


def remit_title_before(res: Resolver, pos: int) -> tuple[str, str] | None:
    """(title with its remit, owner) for the name at ``pos``, or None."""
    before = res.before(pos, 90)
    if not before.endswith(" ") or not ("a" <= before[-2:-1] <= "z"):
        return None  # (cheap first: a lower-case word right before the name)
    match = _REMIT_TITLE.search(before)
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
    code = (res.country_of(owner) if owner else "") or code
    return role, res.affiliation_name(code) if code else owner
