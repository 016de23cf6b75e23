"""Parts of a capitalised title before a name that the title rules share: where the title
ends, a body or state before it ("GAMI Governor X"), a state after the name ("President X of
Costa Rica")."""

from __future__ import annotations

import re

from briefdesk.extract.body_names import short_form_body
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.date_names import is_date_name
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS, STOPWORDS
from briefdesk.extract.names import name_like
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Token, strip_possessive
from briefdesk.extract.vocab import CONNECTOR_WORDS, PLACE_HEADS, RANKS, REGIONS
from briefdesk.extract.words import word_list

# Offices of a state: a lone everyday word before them ("Host", "Outgoing") is no body.
_STATE_OFFICES = frozenset(
    {"minister", "president", "premier", "secretary", "chancellor", "governor", "senator"}
)


_CONNECTORS = frozenset({"of", "the", "for", "and"})
# An occasion before a title ("Joint Statement on the Visit of the President of Kenya",
# newcomer11 N11-08) is no body the title holder belongs to.
_OCCASIONS = word_list("occasion_nouns")


def body_before_title(
    res: Resolver, role_tokens: list[Token], affiliation: str
) -> tuple[list[Token], str]:
    """An organisation or state before the title ("GAMI Governor Ahmad Al-Ohali"): the title
    without it, and the affiliation it gives."""
    first_head = next(
        i
        for i, t in enumerate(role_tokens)
        if t.text.lower() in ROLE_HEADS
        or (t.text.lower() in ROLE_MODIFIERS and t.text.lower() not in CONNECTOR_WORDS)
    )
    lead_words = [t.text for t in role_tokens[:first_head]]
    if first_head == 0 or lead_words[0] == "Under" or "and" in lead_words:
        return role_tokens, affiliation  # "Under Secretary for", "Hydrocarbons and Energy Minister"
    if lead_words[0].lower() in _OCCASIONS:
        return role_tokens[first_head:], affiliation  # "the Visit of the President": no body
    if " ".join(lead_words) in REGIONS:
        return role_tokens, affiliation  # "Pacific Affairs Fellow", "Asia director": a remit
    if all(w.lower() in STOPWORDS for w in lead_words):
        return role_tokens[first_head:], affiliation  # "When President X named": no body
    if (
        len(lead_words) == 1
        and is_common_word(lead_words[0])
        and lead_words[0].lower() not in ORG_HEADS
        and {t.text.lower() for t in role_tokens[first_head:]} & _STATE_OFFICES
    ):
        return role_tokens[first_head:], affiliation  # "Host Prime Minister X": no body
    if len(lead_words) == 1 and _lone_remit(res, lead_words[0]):
        return role_tokens, affiliation  # "Research Director X", "the Contracting Officer"
    # "Karoo Defence CEO X" after "Karoo Defence Systems": a modifier that continues a body
    # named before belongs to the body, not the title.
    while first_head < len(role_tokens) - 1 and res.first(
        [f"p:{res.text[role_tokens[0].start : role_tokens[first_head].end]}"],
        lambda _k, actor: actor.type != "person",
    ):
        first_head += 1
    while first_head < len(role_tokens) - 1 and role_tokens[first_head - 1].text in _CONNECTORS:
        first_head += 1  # "Ministry of the Interior Permanent Secretary X": the body goes on
    org_tokens = role_tokens[:first_head]
    if org_tokens[-1].text.lower() in {"of", "the", "and", "for"}:
        return role_tokens, affiliation  # "OFFICE OF THE PRIME MINISTER": no body cut at "THE"
    org_name = res.text[org_tokens[0].start : org_tokens[-1].end]
    if is_date_name(res.text, org_tokens[0].start, org_name):
        return role_tokens[first_head:], affiliation  # "On 16 October Defence Minister X"
    code = res.country_of(org_name)
    if code:
        res.state(code, org_name, org_tokens[0].start, org_tokens[-1].end)
        return role_tokens[first_head:], res.affiliation_name(code)
    start = org_tokens[0].start
    if org_tokens[-1].text in _STYLES:
        return role_tokens[first_head:], affiliation  # "His Royal Highness Prince X": a style
    if res.known_place(org_name) and res.after_locative(start):  # "in Abu Dhabi General X"
        res.place(org_name, start, org_tokens[-1].end)  # (round 10, N10-06)
        return role_tokens[first_head:], affiliation
    if len(org_tokens) == 1 and org_name.lower() in ORG_HEADS:
        # "Bangladesh Bank Governor X": the state read apart is the start of the body's name.
        before = res.before(start, 40)
        lead = before.rstrip().rsplit(" ", 3)
        for n in (3, 2, 1):
            state = " ".join(lead[-n:]) if len(lead) >= n and before.endswith(" ") else ""
            if state and res.country_of(state):
                org_name, start = f"{state} {org_name}", start - len(state) - 1
                break
    earlier = short_form_body(res, strip_possessive(org_name))
    if earlier:  # "the Directorate's Director General X": the body named in full before
        return role_tokens[first_head:], earlier
    named = adjective_of_named(res.text, org_name) if len(org_tokens) == 1 else ""
    if named:  # "The Tirelian Minister of Transport" in a text on "the Republic of Tirelia"
        return role_tokens[first_head:], affiliation or named
    key = res.org(org_name, start, org_tokens[-1].end)
    return role_tokens[first_head:], res.found.actors[key].name


_ADJECTIVE_ENDINGS = (("ian", "ia"), ("an", "a"), ("n", ""), ("ese", ""), ("ish", ""), ("i", ""))


def adjective_of_named(text: str, word: str) -> str:
    """The name a one-word adjective is made from when the text names it too: "Tirelian" of
    "Tirelia", "Serevian" of "Serevia" (newcomer16 N16-07: a nationality word, no body)."""
    for ending, stem_end in _ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            name = word[: -len(ending)] + stem_end
            if re.search(rf"\b{re.escape(name)}\b(?![\w-])", text):
                return name
    return ""


def _lone_remit(res: Resolver, word: str) -> bool:
    """ "Research Director", "Contracting Officer", "Flag Officer": a lone everyday word (no
    body word) before a title, that the text never writes capitalised elsewhere, is the
    title's remit, not a body (round 16); "Shell spokesman X" has Shell named again."""
    if not is_common_word(word) or word.lower() in ORG_HEADS or word.isupper():
        return False
    return len(re.findall(rf"\b{re.escape(word)}\b", res.text)) == 1


# A ruler's or envoy's style before his title, no body (round 10, N10-06).
_STYLES = frozenset({"Highness", "Excellency", "Majesty", "Eminence", "Holiness"})


def office_body(tokens: list[Token], first_head: int) -> bool:
    """ "the Office of the Prime Minister", "Department of the Attorney General": a body named
    after an office (a body word, then "of the" before the title), not a title before a name."""
    for j in range(1, first_head - 1):
        if tokens[j].text != "of" or tokens[j + 1].text != "the":
            continue
        return (
            any(t.text.lower() in ORG_HEADS for t in tokens[:j])
            and all(t.text.lower() in ROLE_MODIFIERS for t in tokens[j + 2 : first_head])
            and not any(t.text.lower() in first_names() for t in tokens[first_head + 1 :])
        )
    return False


def name_of_state(res: Resolver, tokens: list[Token], last_head: int) -> tuple[list[Token], str]:
    """ "President Ana Silva of Costa Rica": the state (or body, or town) after the name is the
    affiliation, and the name stops before "of"."""
    words = [t.text for t in tokens]
    if "of" not in words[last_head + 1 :]:
        return tokens, ""
    cut = words.index("of", last_head + 1)
    tail = tokens[cut + 1 :]
    if tail and tail[0].text == "the":
        tail = tail[1:]
    between = tokens[last_head + 1 : cut]
    if not tail or not between or not name_like(between):
        return tokens, ""
    place = res.text[tail[0].start : tail[-1].end]
    code = res.gaz.names.get(place, "")
    if not code and (res.known_place(place) or tail[-1].text.lower() in PLACE_HEADS):
        res.place(place, tail[0].start, tail[-1].end)  # "Mayor Ana Silva of Lima"
        return tokens[:cut], ""
    body = {t.text.lower() for t in tail} & ORG_HEADS  # "Governor X of the Central Bank of ..."
    if not code and (name_like(tail) or body) and not res.known_entity(place):
        # "Chairman Lee Jae-won of Hanbit Heavy": the body after the name.
        key = res.org(strip_possessive(place), tail[0].start, tail[-1].end)
        return tokens[:cut], res.found.actors[key].name
    if not code:
        return tokens, ""
    res.state(code, place, tail[0].start, tail[-1].end)
    return tokens[:cut], res.affiliation_name(code)


_MODIFIER_OR_ORG_WORDS = ROLE_MODIFIERS | ORG_HEADS  # built once, not per token


def title_boundary(res: Resolver, tokens: list[Token], head_positions: list[int]) -> int:
    """Index of the last token of the title: the name is what follows it."""
    # The name is what follows the last title, organisation or country word.
    boundary = -1
    for i, token in enumerate(tokens):
        word = strip_possessive(token.text)
        if (
            word.lower() in ROLE_HEADS
            or word.lower() in ORG_HEADS
            or res.country_of(word)
            or (word.lower() in ROLE_MODIFIERS and i <= head_positions[-1])
        ):
            boundary = i
    # "Minister of Foreign Affairs Nasser Bourita", "Cabinet Secretary for Defence Soipan
    # Tuya": a complement after the last title word belongs to the title.
    after_head = head_positions[-1] + 1
    if after_head < len(tokens) and tokens[after_head].text in {"of", "for"}:
        i = after_head
        while i < len(tokens) and (
            tokens[i].text in {"of", "for", "and", "the"}
            or tokens[i].text.lower() in _MODIFIER_OR_ORG_WORDS
            or res.country_of(strip_possessive(tokens[i].text))
        ):
            i += 1
        # "Minister of Petroleum and Mineral Resources Karim Badawi": the name starts at
        # the first given name when the complement has words of its own.
        j = i
        while j < len(tokens) - 1 and tokens[j].text.lower() not in first_names():
            j += 1
        if i < j < len(tokens) - 1 and tokens[i - 1].text == "and":
            i = j
        elif i > after_head and len(tokens) - i >= 3 and is_common_word(tokens[i].text):
            # "Minister of Water Resources Shavkat Khamraev": complement words of its own
            # and no given name we know; a name is most often its last two words. (A first
            # word that is no English word starts the name: "... of Defence Bambang Suryo X".)
            i = j if i <= j < len(tokens) - 1 else len(tokens) - 2
        if i > after_head + 1 and i <= len(tokens):  # (to the end: a title with no name)
            boundary = max(boundary, i - 1)
    return boundary


# "Director General", "Secretary General", "Inspector General": "General" is part of the
# office after these heads, not a rank (round 18).
_GENERAL_TITLES = word_list("general_titles")


def rank_after_function(role: str) -> str:
    """ "Chief of Naval Staff Vice Admiral Musa Bello": a rank after a function is dropped."""
    words = role.split()
    for cut in range(1, len(words)):
        tail = " ".join(words[cut:]).lower().replace(".", "")
        if tail == "general" and words[cut - 1].lower() in _GENERAL_TITLES:
            return role  # "Director General": one compound office
        if tail in RANKS and any(w.lower() in ROLE_HEADS for w in words[:cut]):
            return " ".join(words[:cut])
    return role
