"""The deal-frame reader (issue 10, round 7): the sides of a deal from the grammar of its
value's clause, with a verb and noun lexicon as data (frame_lexicon).

In the clause that holds the deal's value (frame_clause: relative clauses, appositions and
brackets are skipped) each deal verb and deal noun is a head. A party is an argument of a head:
the subject before a verb ("Kenya will buy"), the object just after it ("awarded Hanwha a
contract", "chose Saab"), a party after to/from/by/for/with governed by the nearest head on its
left whose frame has that slot ("the sale of jets to Peru", "won an order from Chile"), or a
possessor ("Peru's purchase of"). The frame says which side each slot plays, active or passive
("was awarded to X", "jets sold by X"). Votes nearest the value win. The reader fills sides the
other rules left empty, and turns a side they put the other way round; it replaces no other
choice of theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, DealBuild, word_set
from briefdesk.extract.deal_parties import concession_in, same_side
from briefdesk.extract.frame_clause import Area, area_of
from briefdesk.extract.frame_lexicon import CONTRACT_WORDS, Frame, noun_frames, pick, verb_frames
from briefdesk.extract.party_clauses import units_of
from briefdesk.extract.party_phrases import demonym_before_noun, descriptive
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence
from briefdesk.extract.words import word_list

Mention = tuple[int, int, str]
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_BE = word_list("be") | {"get", "gets", "got", "gotten"}
_ADVERBS = frozenset(
    {"also", "already", "now", "jointly", "formally", "recently", "reportedly", "just", "not"}
    | {"officially", "then", "finally", "originally", "initially", "subsequently", "since"}
)
# Before a verb form these make it a verb, not a noun ("Korea also exports", "which supplies").
_VERB_BEFORE = frozenset(
    {"will", "would", "to", "has", "have", "had", "can", "could", "may", "might", "shall"}
    | {"should", "must", "which", "who", "that", "it", "they", "and", "did", "does", "do"}
    | _ADVERBS
)
_PARTICIPLE = re.compile(
    r"(?:ed|sold|bought|given|won|chosen|lent|paid|built|gone|made|shipped|repaid)$"
)
# Between a preposition and its party: "from the Spanish yard", "to crisis-hit Sri Lanka".
_PREP = re.compile(
    r"\b(to|from|by|for|with)\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:(?:[a-z]+\s+)?(?:[a-z]+(?:er|or)s?|company|firm|group|yard|shipyard|consortium|bank|"
    r"lender|agency|utility|fund|government|ministry),?\s+)?$"
)
# Between a verb and its object: "chose the Swedish firm", "awarded state-owned".
_OBJECT_GAP = re.compile(
    r"^\s+(?:(?:the|its|their|state-owned|[a-z]+-based)\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:(?:[a-z]+(?:er|or)s?|company|firm|group|yard|shipyard|consortium|bank|lender)\s+)?$"
)
_POSSESSIVE = re.compile(r"^['’]s\s+(?:[\w$€£.,-]+\s+){0,3}$")
# "A State Department official said the two firms had shipped": the shipper is another.
_REPORTED = re.compile(r"\b(?:said|says|told|stated|added|noted|explained)\b(?!\s+(?:it|they)\b)")
_OWNS = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:unit|subsidiary|arm|affiliate|division|branch|venture)\b"
)
_DESCRIBES = re.compile(
    r"(?:-[A-Za-z]+)?\s+(?:[a-z][\w-]*\s+){0,2}(?:[a-z]+(?:er|or)s?|company|firm|group|yard|shipyard|"
    r"consortium|agency|utility|giant|unit|subsidiary)\s+"
)
# Verb forms that are as often nouns: a verb only after an auxiliary, "to" or a party.
_NOUN_TOO = frozenset(
    {"finance", "finances", "fund", "funds", "funding", "financing", "pledge", "pledges"}
    | {"gift", "gifts", "offer", "offers", "ships", "orders", "grants", "awards", "supplies"}
)
_NOT_VERBS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our", "all"}
)
_PREPOSITION = re.compile(r"\b(?:to|of|from|for|with|in|at|by|on)\b")
_NAMED_AFTER = re.compile(r"\b(from|to)\s+(?:the\s+)?[A-Z]")
_OTHER = {"buyer": "seller", "seller": "buyer"}
_TO_VERB = re.compile(r"\s+to\s+[a-z]")
_SUBJECT_GAP = re.compile(r"^[\s,A-Za-z'’-]*$")


class Head(NamedTuple):
    start: int
    end: int
    word: str
    frame: Frame
    passive: bool
    verb: bool

    def role(self, slot: str) -> str:
        slots = self.frame.passive if self.passive else self.frame.active
        return slots.get(slot, "")


class Vote(NamedTuple):
    role: str
    key: str
    distance: int
    why: str


@cache
def _forms() -> frozenset[str]:
    return frozenset(verb_frames()) | frozenset(noun_frames())


def _visible(area: Area, at: int) -> bool:
    return area.start <= at < area.end and not any(s <= at < e for s, e in area.holes)


def _blanked(text: str, area: Area, spans: list[tuple[int, int]]) -> str:
    """The area's text with ``spans`` (holes, parties) blanked, offsets kept."""
    chars = list(text[area.start : area.end])
    for start, end in spans:
        lo, hi = max(start, area.start) - area.start, min(end, area.end) - area.start
        if lo < hi:
            chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def _words(text: str, area: Area, units: list[Mention]) -> list[tuple[int, int, str]]:
    """The words of the area outside its holes and its parties, lower-cased."""
    piece = _blanked(text, area, [*area.holes, *((s, e) for s, e, _k in units)])
    return [
        (area.start + m.start(), area.start + m.end(), m.group().lower())
        for m in _WORD.finditer(piece)
    ]


def _heads(
    text: str, words: list[tuple[int, int, str]], units: list[Mention], kind: str
) -> list[Head]:
    """The deal verbs and nouns of the clause, each with the frame that fits the deal."""
    verbs, nouns = verb_frames(), noun_frames()
    unit_ends = sorted(e for _s, e, _k in units)
    heads: list[Head] = []
    for i, (start, end, word) in enumerate(words):
        prev = words[i - 1][2] if i else ""
        # The token before is a party ("Kenya ordered", "the Agency (RSA) awarded").
        last_unit = max((e for e in unit_ends if e <= start), default=-1)
        after_unit = last_unit > (words[i - 1][1] if i else -1) and text[last_unit] not in "'’"
        nounish = word in nouns or word in _NOUN_TOO  # "Dominica's finance minister"
        is_noun = nounish and not (prev in _VERB_BEFORE or after_unit)
        if word in verbs and not is_noun:
            near = {w for _s, _e, w in words[max(0, i - 8) : i + 6]}
            earlier = {w for _s, _e, w in words[max(0, i - 8) : i]}
            frame = pick(
                verbs[word], kind, bool(near & CONTRACT_WORDS), bool(earlier & CONTRACT_WORDS)
            )
            if frame is None:
                continue
            back = i - 1
            while back >= 0 and words[back][2] in _ADVERBS:
                back -= 1
            before = words[back][2] if back >= 0 else ""
            passive = bool(_PARTICIPLE.search(word)) and (
                before in _BE
                or (
                    not after_unit
                    and before not in _VERB_BEFORE
                    and before not in {"i", "we", "you", "he", "she"}
                    and back >= 0
                    and text[words[back][0]].islower()  # "Tonga Power engaged": a name's word
                )
            )
            heads.append(Head(start, end, word, frame, passive, True))
        elif word in nouns:
            frame = pick(nouns[word], kind, False)
            if frame is not None:
                heads.append(Head(start, end, word, frame, False, False))
    return _objects_yield(heads)


def _governed_elsewhere(words: list[tuple[int, int, str]], heads: list[Head], at: int) -> bool:
    """Whether the word before a preposition is a participle that is no deal word ("signed by",
    "referred to", "owned by"): the phrase is that verb's, not a deal head's."""
    before = [w for w in words if w[1] <= at and w[2] not in _ADVERBS]
    if not before:
        return False
    start, _end, word = before[-1]
    if word in {"led", "headed", "arranged"}:
        return False  # "a group of banks led by X": the leader acts for the group
    return bool(_PARTICIPLE.search(word)) and all(h.start != start for h in heads)


def _infinitive_between(
    text: str, words: list[tuple[int, int, str]], heads: list[Head], after: int, at: int
) -> bool:
    """Whether "to <verb>" that is no deal word stands between a head and a preposition ("a
    credit line to finance buses for San José": "for" belongs to "finance")."""
    starts = {h.start for h in heads}
    return any(
        words[j - 1][2] == "to"
        and words[j][0] == words[j - 1][1] + 1  # the very next word, not one past a name
        and words[j][2] not in _NOT_VERBS
        and text[words[j][0]].islower()  # "up to US$ 400 million"
        and words[j][0] not in starts
        for j in range(1, len(words))
        if after <= words[j - 1][0] and words[j][1] <= at
    )


def _objects_yield(heads: list[Head]) -> list[Head]:
    """ "won an order from X", "an order from X was won by Y": the order is the verb's object
    or subject, so "from X" plays the verb's slot (X buys), not the noun's (X would sell)."""
    verbs = [h for h in heads if h.verb and h.frame.only in {"order", "subject"}]
    if not verbs:
        return heads
    out: list[Head] = []
    for head in heads:
        if not head.verb and head.word in CONTRACT_WORDS:
            verb = min(verbs, key=lambda v: abs(v.start - head.start))
            if abs(verb.start - head.start) < 60:
                head = head._replace(frame=verb.frame, passive=verb.passive)
        out.append(head)
    return out


def _vote(
    text: str,
    area: Area,
    unit: Mention,
    heads: list[Head],
    units: list[Mention],
    words: list[tuple[int, int, str]],
) -> tuple[str, str]:
    """(role, why) of one party from its place among the heads; ('', '') when none."""
    start, end, _key = unit
    first = max(area.start, start - 70)
    prep = _PREP.search(text[first:start])
    if prep and prep.group(1) == "for" and _TO_VERB.match(text, end):
        prep = None  # "an agreement for NGC to supply": NGC is the subject of "supply"
    if prep:
        slot, at = prep.group(1), first + prep.start()
        if _governed_elsewhere(words, heads, at):
            return "", ""  # "signed by the ministry", "a filing by X": another verb's phrase
        for head in reversed([h for h in heads if h.end <= at]):
            if not _visible(area, head.start) or _infinitive_between(
                text, words, heads, head.end, at
            ):
                continue
            role = head.role(slot)
            if role:
                voice = "passive " if head.passive else ""
                return role, f"after {slot!r} of the {voice}deal word {head.word!r}"
            if head.verb:
                break  # the phrase is the nearest verb's ("signed by", "to finance ... for")
        return "", ""
    for head in heads:
        if not head.verb and head.start > end and _POSSESSIVE.match(text[end : head.start]):
            role = head.role("poss")
            named = _NAMED_AFTER.search(text, head.end, min(area.end, head.end + 60))
            if role and named and head.role(named.group(1)) == role:
                # "Kenya's loan from the World Bank": the lender is named, Kenya borrows
                return _OTHER[role], (
                    f"possessor of {head.word!r}, the other side named after {named.group(1)!r}"
                )
            return (role, f"possessor of {head.word!r}") if role else ("", "")
    for head in reversed(heads):
        if head.verb and head.end <= start and _OBJECT_GAP.match(text[head.end : start]):
            role = head.role("obj")
            return (role, f"object of {head.word!r}") if role else ("", "")
        if head.end <= start:
            break
    others = [u for u in units if u[0] > end]
    for head in heads:
        if not head.verb or head.start < end:
            continue
        if any(u[0] < head.start for u in others):
            break  # another party stands between: it is the nearer subject
        gap = _blanked(text, area._replace(start=end, end=head.start), list(area.holes))
        if not _SUBJECT_GAP.match(gap) or len(gap.split()) > 8 or _REPORTED.search(gap):
            break
        role = head.role("subj")
        voice = "passive " if head.passive else ""
        return (role, f"subject of the {voice}verb {head.word!r}") if role else ("", "")
    return "", ""


def frame_votes(
    text: str, sentence: Sentence, mentions: list[Mention], anchor: int, kind: str
) -> list[Vote]:
    """Every party of the anchor's clause that a head gives a role, nearest first."""
    if not word_set(sentence.text) & _forms():
        return []  # no deal verb or noun in the sentence (most sentences: one set test)
    area = area_of(text, sentence.start, sentence.end, anchor)
    described = [m for m in mentions if descriptive(text, m)]
    kept = [
        m
        for m in mentions
        if m not in described
        and not demonym_before_noun(text[m[0] : m[1]], text[m[1] : m[1] + 12])
        and not _OWNS.match(text, m[1])  # "with Kestrel's Liberian unit": the unit is the side
    ]
    # "with US launch provider Meridian LLC": a name before describing words and a company.
    kept = [
        m
        for i, m in enumerate(kept)
        if not (i + 1 < len(kept) and _DESCRIBES.fullmatch(text, m[1], kept[i + 1][0]))
    ]
    # "Thailand's GISTDA" is one party led by its possessor; "China's ambassador to Dominica"
    # is not Dominica led by China.
    units = [
        (s if _PREPOSITION.search(text, lead, s) else lead, e, k)
        for s, e, k, lead in units_of(text, kept)
    ]
    if area.subject >= 0:  # a relative clause: the name it hangs on is its subject
        owner = [
            u for u in units if u[1] <= area.subject and not text[u[1] : area.subject].strip(" ,")
        ]
        area = area._replace(start=owner[-1][0]) if owner else area
    inside = [u for u in units if _visible(area, u[0])]
    if not inside:
        return []
    words = _words(text, area, inside)
    heads = _heads(text, words, inside, kind)
    if not heads:
        return []
    votes = []
    for unit in inside:
        role, why = _vote(text, area, unit, heads, inside, words)
        if role:
            votes.append(Vote(role, unit[2], abs(unit[0] - anchor), why))
    return sorted(votes, key=lambda v: v.distance)


def frame_sides(
    text: str,
    found: Found,
    deals: list[DealBuild],
    sides_in: Callable[[Sentence], list[Mention]],
) -> None:
    """Fill each deal's empty side from the frames of its value's clause (first evidence), then
    of the other sentences told as its evidence (a lead the value points back to)."""
    for deal in deals:
        if deal.kind in NO_PARTY_KINDS or not deal.evidence:
            continue
        for number, (start, end) in enumerate(deal.evidence):
            if number and deal.buyer and deal.seller:
                break
            sentence = Sentence(start, end, text[start:end])
            if concession_in(sentence.text):
                break  # the rights read the other way (party_phrases.concession_roles)
            value = deal.value.start if deal.value else -1
            anchor = value if start <= value < end else start
            mentions = sides_in(sentence)
            if not mentions:
                continue
            votes = frame_votes(text, sentence, mentions, anchor, deal.kind)
            if not number:
                _turn(found, deal, votes)
            _fill(found, deal, votes)


def _turn(found: Found, deal: DealBuild, votes: list[Vote]) -> None:
    """A side the frame puts on the other side ("an order from the Navy was won by X": the
    Navy buys) takes the frame's side; the side it leaves is filled from the frame or stays
    empty. Measured on tuning: +1 side, -1 false one; never from a guess's absence alone."""
    for role, other in (("buyer", "seller"), ("seller", "buyer")):
        vote = next((v for v in votes if v.role == role), None)
        if vote is None or getattr(deal, other) != found.actors[vote.key].name:
            continue
        setattr(deal, role, found.actors[vote.key].name)
        setattr(deal, f"{role}_why", f"frame: {vote.why}")
        setattr(deal, other, "")
        setattr(deal, f"{other}_why", "")
        return


def _fill(found: Found, deal: DealBuild, votes: list[Vote]) -> None:
    actors = found.actors
    named = {a.name: a for a in actors.values()}
    for role in ("buyer", "seller"):
        if getattr(deal, role):
            continue
        other = named.get(getattr(deal, "seller" if role == "buyer" else "buyer"))
        # A stated role first; then "signed a loan with X": X is the side not yet named.
        ranked = [v for v in votes if v.role == role] + [
            v for v in votes if v.role == "other" and other is not None
        ]
        for vote in ranked:
            actor = actors[vote.key]
            if other is not None and same_side(actor, other):
                continue
            setattr(deal, role, actor.name)
            setattr(deal, f"{role}_why", f"frame: {vote.why}")
            break
