"""Component (chunk rule): a long title whose remit runs into the name (round 10, people).

"Minister of Economy, Trade and Industry Hiroko Tanabe", "Ambassador of Japan to the
Philippines Hiroshi Sato", "EBRD managing director for Central Asia Peter Lind": the comma or
the lower-case "to"/"for" cut the title, so the name came in one run with the end of the title's
remit ("Trade and Industry Hiroko Tanabe", "Philippines Hiroshi Sato", "Central Asia Peter
Lind") and read as a body or a state. When a run ends in a known given name and a surname, and
the words before it, back to a title word, are the title's remit (capitalised words, "of",
"for", "to", "the", "and", commas), the run is that title's person. A state among the remit's
words is kept as a state; a body's short name before the title is the affiliation.

Also (``title_before_honorific_run``): "Finance Minister Dr. Amina Yusuf" — the stop after "Dr"
splits the run, so "Finance Minister Dr" comes alone and the organisation rules read it as a
body ("Central Bank of X Governor Dr"). Claim it and propose nothing: the name's own rule reads
the title back from the honorific (``honorific_titles``).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import ROLE_HEADS, ROLE_MODIFIERS
from briefdesk.extract.names import name_like
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import HONORIFIC_WORDS, REGIONS

_OF_STATE = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*)")
REMIT_OPENS = (", ", " the ", " to ", " for ", " of ", " and ")
_LINKS = frozenset({"of", "for", "to", "the", "and"})


def remit_then_name(res: Resolver, v: View) -> str:
    """Claim "<end of a title's remit> <Given> <Surname>" as that title's person."""
    tokens = v.chunk.tokens
    if len(tokens) < 3 or not res.before(v.chunk.start, 5).endswith(REMIT_OPENS):
        return NEXT  # (the remit follows its title's comma, "to the", "for" or "of")
    given = first_names()
    lowered = v.lowered
    for i in range(1, len(tokens) - 1):
        if (
            lowered[i] not in given
            or lowered[i - 1] in given
            or tokens[i].text in REGIONS  # "Central Asia Peter X": "Asia" is no given name
            or res.country_of(tokens[i].text)
        ):
            continue
        named = list(tokens[i:])
        remit = res.text[tokens[0].start : tokens[i - 1].end]
        if (
            not 2 <= len(named) <= 4
            or not name_like(named)
            or any(t.text.lower().rstrip(".") in ROLE_HEADS | HONORIFIC_WORDS for t in named)
            or named[-1].text.endswith(("'s", "’s"))
            or not (remit in REGIONS or all(_remit_word(res, t.text) for t in tokens[:i]))
            or tokens[i - 1].text in _LINKS  # "Officer of Aurelia Space": the body
            or any(t.text.lower() in ROLE_HEADS for t in tokens[:i])  # the title rules' run
            or (i == 1 and remit in REGIONS)  # "vice-president for Africa X": theirs too
        ):
            return NEXT  # "Le Thanh Phuc", "Abul Hasan Mahmud": one name, no remit before it
        title = _title_before(res, v, tokens[i].start)
        if title is None:
            return NEXT
        role, owner = title
        code = res.country_of(remit)
        if code:  # "... to the Philippines Hiroshi Sato": the host state stays a state
            res.state(code, remit, tokens[0].start, tokens[i - 1].end)
        name = res.text[tokens[i].start : tokens[-1].end]
        res.rule = "person.title-before-name"
        res.person(name, tokens[i].start, tokens[-1].end, role, owner)
        return CLAIM
    return NEXT


def _remit_word(res: Resolver, word: str) -> bool:
    """A word of a title's remit or host: "Trade", "and", "Philippines", "PDR"."""
    bare = word.rstrip(",")
    return (
        bare.lower() in ROLE_MODIFIERS | _LINKS
        or bare in REGIONS
        or bool(res.country_of(bare))
        or res.known_place(bare)
    )


def _title_before(res: Resolver, v: View, at: int) -> tuple[str, str] | None:
    """(title, owner) of the words right before ``at``, back to the title's first word."""
    words = res.text[v.sentence.start : at].split()
    kept: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        bare = word.rstrip(",")
        if bare == "and" and at and words[at - 1].lower() not in ROLE_HEADS | ROLE_MODIFIERS:
            break  # "Secretary X and Ambassador of Japan": the title starts after "and"
        if bare[:1].isupper() or bare in _LINKS or bare.lower() in ROLE_HEADS | ROLE_MODIFIERS:
            kept.append(word)
            continue
        break
    kept.reverse()
    lowered = [w.rstrip(",").lower() for w in kept]
    first = next(
        (j for j, w in enumerate(lowered) if w in ROLE_HEADS or w in ROLE_MODIFIERS - _LINKS),
        None,
    )
    if first is None or not any(w in ROLE_HEADS for w in lowered[first:]):
        return None
    owner_words = kept[:first]
    if kept[first:][0][:1].islower() and not owner_words:
        return None  # "said managing director for Asia X": no owner, too loose
    owner = _owner(res, " ".join(owner_words)) if owner_words else ""
    role = " ".join(kept[first:])
    of_state = _OF_STATE.search(role)
    if not owner and of_state and res.country_of(of_state.group(1)):
        owner = res.affiliation_name(res.country_of(of_state.group(1)))  # "Ambassador of Japan"
    return role, owner


def _owner(res: Resolver, words: str) -> str:
    code = res.country_of(words)
    if code:
        return res.affiliation_name(code)
    for actor in res.found.actors.values():
        if actor.type != "person" and (actor.name == words or words in actor.aliases):
            return actor.name
    return ""


# A stop, then a name of two capitalised words at least.
_NAME_AFTER = re.compile(r"\.\s[A-Z][\w'’-]+\s[A-Z]")


def title_before_honorific_run(res: Resolver, v: View) -> str:
    """Claim "<title> Dr" before ". <Name>" (see the module's docstring)."""
    lowered = v.lowered
    if (
        len(lowered) >= 2
        and lowered[-1] in HONORIFIC_WORDS
        and any(word in ROLE_HEADS for word in lowered[:-1])  # ("Secretary for the Navy Dr")
        and _NAME_AFTER.match(res.text, v.chunk.end)
    ):
        return CLAIM
    return NEXT
