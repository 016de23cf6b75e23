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
from typing import NamedTuple

from briefdesk.extract import rx as re
from briefdesk.extract.deal_contract_with import contractor_sells, contractor_with
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, DealBuild, word_set
from briefdesk.extract.deal_origin import firm_from
from briefdesk.extract.deal_parties import same_side
from briefdesk.extract.frame_clause import Area, area_of
from briefdesk.extract.frame_heads import (
    WORD,
    Head,
    blanked,
    forms,
    from_next,
    governed_elsewhere,
    heads_of,
    infinitive_between,
    visible,
    words_of,
)
from briefdesk.extract.party_possessive import INTENT_BEFORE
from briefdesk.extract.party_preps import group_leader
from briefdesk.extract.resolver import Found
from briefdesk.extract.side_reading import SideReading
from briefdesk.extract.span_sweeps import inside_longer
from briefdesk.extract.text import Sentence

Mention = tuple[int, int, str]
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
_NAMED_AFTER = re.compile(r"\b(from|to)\s+(?:the\s+)?[A-Z]")
_OTHER = {"buyer": "seller", "seller": "buyer"}
# Between a possessor and what it owns: "'s", then up to three describing words, no preposition.
_OWNED_BY = re.compile(r"['’]s\s+(?:(?!(?:to|of|from|for|with|in|at|by|on)\s)[a-z-]+\s+){0,3}|\s+")
# "to its generating plants" (a lower-case phrase, no name after it)
_PRONOUN = re.compile(r"\b(?:to|for|from|by)\s+(its|their)\s+(?!(?:[a-z-]+\s+){0,2}[A-Z])")
_TO_VERB = re.compile(r"\s+to\s+[a-z]")
# "finance the purchase with a $900 million term loan": the buyer pays with borrowed money ("the
# bank will finance the project with a loan" lends).
_FINANCED_WITH = re.compile(
    r"\s+(?:the|its|this|their)\s+(?:[\w-]+\s+){0,2}?(?:purchase|acquisition|takeover|buyout|"
    r"deal|transaction)\s+with\s+(?:an?|the)\s+[^.;,]{0,50}?"
    r"\b(?:loans?|credit|bonds?|borrowing)\b"
)
_SUBJECT_GAP = re.compile(r"^[\s,()A-Za-z'’-]*$")


class Vote(NamedTuple):
    role: str
    key: str
    distance: int
    why: str


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
        if slot == "by":  # "awarded to a consortium led by X": X is awarded (party_preps)
            slot, at = group_leader(text, first, at) or (slot, at)
        if governed_elsewhere(words, heads, at) or (slot == "from" and firm_from(text, units, at)):
            return "", ""  # "signed by the ministry", "a filing by X": another verb's phrase
        for head in reversed([h for h in heads if h.end <= at]):
            if not visible(area, head.start) or infinitive_between(
                text, words, heads, head.end, at
            ):
                continue
            role = head.role(slot)
            if slot == "from" and from_next(text, head, at):
                role = head.role("from_next") or role  # "an order from the Navy": it orders
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
        gap = blanked(text, area._replace(start=end, end=head.start), list(area.holes))
        if not _SUBJECT_GAP.match(gap) or len(gap.split()) > 8 or _REPORTED.search(gap):
            break
        if INTENT_BEFORE.search(gap):
            break  # "voted against the government's request to buy": the owner's verb
        role = head.role("subj")
        if role == "seller" and _FINANCED_WITH.match(text, head.end):
            role = "buyer"  # "X will finance the purchase with a loan": X borrows (N17-02)
        voice = "passive " if head.passive else ""
        return (role, f"subject of the {voice}verb {head.word!r}") if role else ("", "")
    return "", ""


def _units(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions with a possessor folded into what it owns ("Thailand's GISTDA" is one party
    that starts at "Thailand"), never across a preposition ("Peru's order from Saab AB": two
    parties; "China's ambassador to Dominica": two)."""
    inside = inside_longer({(m[0], m[1]) for m in mentions})
    ordered = [m for m in sorted(mentions) if (m[0], m[1]) not in inside]
    units: list[Mention] = []
    lead = -1
    for i, (start, end, key) in enumerate(ordered):
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if nxt and nxt[2] != key and _OWNED_BY.fullmatch(text, end, nxt[0]):
            lead = start if lead < 0 else lead
            continue
        units.append((lead if lead >= 0 else start, end, key))
        lead = -1
    return units


def _with_pronouns(text: str, area: Area, units: list[Mention]) -> list[Mention]:
    """ "X has concluded an agreement with Y for the supply of LNG to its generating plants":
    "its" after a preposition is the clause's subject, the first party not after one; never
    when a name follows ("to its neighbour Chile")."""
    if " its " not in text[area.start : area.end] and " their " not in text[area.start : area.end]:
        return units
    subject = next(
        (u for u in units if not _PREP.search(text, max(area.start, u[0] - 70), u[0])), None
    )
    if subject is None:
        return units
    added = [
        (m.start(1), m.end(1), subject[2])
        for m in _PRONOUN.finditer(text, area.start, area.end)
        if m.start() > subject[1] and visible(area, m.start())
    ]
    return sorted(units + added) if added else units


def frame_votes(
    text: str,
    sentence: Sentence,
    mentions: list[Mention],
    anchor: int,
    kind: str,
    reading: SideReading | None = None,
) -> list[Vote]:
    """Every party of the anchor's clause that a head gives a role, nearest first.
    ``reading``: the article's facts the side readers share (side_reading, round 20)."""
    if not word_set(sentence.text) & forms():
        return []  # no deal verb or noun in the sentence (most sentences: one set test)
    reading = reading or SideReading(text)
    area = area_of(text, sentence.start, sentence.end, anchor)
    described = [m for m in mentions if reading.described(m)]
    kept = [
        m
        for m in mentions
        if m not in described
        and not reading.adjective(m[0], m[1])
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
    units = _units(text, kept)
    if area.subject >= 0:  # a relative clause: the name it hangs on is its subject
        owner = [
            u for u in units if u[1] <= area.subject and not text[u[1] : area.subject].strip(" ,)")
        ]
        area = area._replace(start=owner[-1][0]) if owner else area
    inside = [u for u in units if visible(area, u[0])]
    if not inside:
        return []
    inside = _with_pronouns(text, area, inside)
    words, heads = reading.clause(
        (area, tuple(inside), kind), lambda: _heads(text, area, inside, kind)
    )
    if not heads:
        return []
    votes = []
    for unit in inside:
        role, why = _vote(text, area, unit, heads, inside, words)
        if role:
            votes.append(Vote(role, unit[2], abs(unit[0] - anchor), why))
    return _others_resolved(sorted(votes, key=lambda v: v.distance))


def _heads(
    text: str, area: Area, inside: list[Mention], kind: str
) -> tuple[list[tuple[int, int, str]], list[Head]]:
    """The clause's words and its deal heads (read once per clause, area and kind)."""
    words = words_of(text, area, inside)
    return words, heads_of(text, words, inside, kind)


def _others_resolved(votes: list[Vote]) -> list[Vote]:
    """ "X signed to lease two aircraft from Y": Y sells by the frame, so X, the other side of
    the lease, buys: an 'other' vote takes the role opposite the one clear vote of the clause."""
    roles = {v.role for v in votes} - {"other"}
    if len(roles) != 1 or not any(v.role == "other" for v in votes):
        return votes
    (role,) = roles
    named = {v.key for v in votes if v.role == role}
    return [
        v._replace(role=_OTHER[role], why=f"{v.why}, the other side of {role} named")
        if v.role == "other" and v.key not in named
        else v
        for v in votes
    ]


def frame_sides(
    text: str,
    found: Found,
    deals: list[DealBuild],
    sides_in: Callable[[Sentence], list[Mention]],
    reading: SideReading | None = None,
) -> None:
    """Fill each deal's empty side from the frames of its value's clause (first evidence), then
    of the other sentences told as its evidence (a lead the value points back to)."""
    reading = reading or SideReading(text)
    for deal in deals:
        if deal.kind in NO_PARTY_KINDS or not deal.evidence:
            continue
        for number, (start, end) in enumerate(deal.evidence):
            if number and deal.buyer and deal.seller:
                break
            sentence = Sentence(start, end, text[start:end])
            if reading.concession(sentence):
                break  # the rights read the other way (party_phrases.concession_roles)
            value = deal.value.start if deal.value else -1
            anchor = value if start <= value < end else start
            mentions = sides_in(sentence)
            if not mentions:
                continue
            votes = frame_votes(text, sentence, mentions, anchor, deal.kind, reading)
            if not number:
                _turn(found, deal, votes)
                _from_another_clause(text, found, deal, votes, mentions, sentence, anchor)
            _fill(found, deal, votes, sentence.text)


def _from_another_clause(
    text: str,
    found: Found,
    deal: DealBuild,
    votes: list[Vote],
    mentions: list[Mention],
    sentence: Sentence,
    anchor: int,
) -> None:
    """A side the older rules took from a relative clause, an apposition or a bracket of the
    value's sentence ("The Japan Fund ..., which ADB administers, adds a grant") gives way to
    the frame's side of the value's own clause."""
    if not votes or not (deal.buyer or deal.seller):
        return
    area = area_of(text, sentence.start, sentence.end, anchor)
    seen = {k for s, _e, k in mentions if visible(area, s)}
    hidden = {found.actors[k].name for s, _e, k in mentions if not visible(area, s)} - {
        found.actors[k].name for k in seen
    }
    for role in ("buyer", "seller"):
        vote = next((v for v in votes if v.role == role), None)
        if vote and getattr(deal, role) in hidden:
            setattr(deal, role, found.actors[vote.key].name)
            setattr(deal, f"{role}_why", f"frame: {vote.why}")


def sentence_frames(
    text: str,
    found: Found,
    deal: DealBuild,
    sentence: Sentence,
    mentions: list[Mention],
    reading: SideReading | None = None,
) -> None:
    """Fill an unpriced deal's empty sides from its sentence's frames, read from the first deal
    word on ("An order from the Senegalese Navy ... has gone to X")."""
    reading = reading or SideReading(text)
    if not mentions or reading.concession(sentence):
        return
    known = forms()
    first = min(
        (m.start() for m in WORD.finditer(sentence.text) if m.group().lower() in known),
        default=0,
    )
    votes = frame_votes(text, sentence, mentions, sentence.start + first, deal.kind, reading)
    _turn(found, deal, votes)
    _fill(found, deal, votes, sentence.text)


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


def _fill(found: Found, deal: DealBuild, votes: list[Vote], told: str = "") -> None:
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
            if vote.role == "other" and role == "buyer" and contractor_with(deal, vote.why, told):
                contractor_sells(deal, actor.name, vote.why)  # (round 26)
                break
            setattr(deal, role, actor.name)
            setattr(deal, f"{role}_why", f"frame: {vote.why}")
            break
