"""A deal read from words the user selected in a source (newcomer16 N16-01, N16-07, N16-08).

The draft misses some deals; building one by hand took 14 to 31 actions (Add deal, kind, item,
value, status, then a party per side). Here the selection is read by the extraction's own public
API (its reader's deal, if it finds one, and its actors, with the brief's actors known), and
what the reader leaves blank is filled from the selection's words: the kind from the words that
name one, the sides from the names the selection holds and the word before or after each
(``resources/english/deal_selection_words.tsv``). Nothing here changes a brief: the window adds
``new_actors`` and ``deal`` as one undo step.

Shapes: ``deal_from_selection(brief, source, start, end, extraction=None, never=()) ->
DealFromText``; ``start``/``end`` are offsets into ``source.text``. Raises ``ValueError`` when
the span is empty or outside the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from briefdesk.editing.accept import find_actor_for
from briefdesk.editing.actor_suggested import suggested_actor
from briefdesk.editing.deal_act import lease_kind, memorandum_kind
from briefdesk.editing.deal_owned import after_place_word, owned_names
from briefdesk.editing.deal_picked import reader_deal
from briefdesk.editing.deal_signed_sides import homes_absorbed, side_hint, signatory_sides, words
from briefdesk.editing.deal_signers import home_of_body, without_signers
from briefdesk.editing.deal_stake_target import with_target
from briefdesk.editing.deal_table_row import from_row, row_kind
from briefdesk.editing.deal_text_cues import (
    GIVES,
    RECEIVES,
    SIGNS,
    cue_after,
    cue_before,
    guess_kind,
    hits,
    listed,
    works_sides,
)
from briefdesk.editing.linking import find_actor
from briefdesk.editing.selection_title import selection_title
from briefdesk.editing.source_own import source_own
from briefdesk.extract import DealSuggestion, Extraction, KnownActor, extract_text
from briefdesk.extract.date_names import is_whole_date
from briefdesk.extract.never import NeverSuggest, apply_never, without_keys
from briefdesk.model import Actor, Brief, Deal, DealDates, DealItem, DealParty, Money, Source, Span
from briefdesk.model.codes import (
    SIGNED_ALIKE,
    ActorType,
    DealKind,
    DealStatus,
    PartyRole,
    deal_sides,
    role_fits,
)

_SIGNED_KINDS = SIGNED_ALIKE  # kinds whose parties are all signatories (a memorandum's)


@dataclass(frozen=True)
class DealFromText:
    """The deal to add, the actors it names that the brief lacks (add them first), and what
    was filled and what was not, in the user's words, for the status line."""

    deal: Deal
    new_actors: list[Actor] = field(default_factory=list)
    filled: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # the deal's empty sides, as roles

    def summary(self) -> str:
        """ "Filled kind, value, status, grantor, concessionaire; client not found — …"."""
        said = f"filled {', '.join(self.filled)}" if self.filled else "filled nothing"
        return f"{said}; {side_hint(self.deal.kind, self.missing)}" if self.missing else said


@dataclass
class _Mention:
    start: int  # in the selection
    end: int
    index: int | None  # the brief's actor
    new: Actor | None  # or one the brief lacks
    type: ActorType = ActorType.ORGANIZATION
    possessive: bool = False
    side: str = ""
    owner: str = ""  # the state whose possessive names this one ("Spain's Solandes Energia")


def deal_from_selection(
    brief: Brief,
    source: Source,
    start: int,
    end: int,
    *,
    extraction: Extraction | None = None,
    never: Sequence[NeverSuggest] = (),
) -> DealFromText:
    """The deal the words ``source.text[start:end]`` tell; ``extraction`` (the whole source's,
    when the caller has it) lends deals and actors whose evidence lies inside the selection.
    What the user dismissed in this source or put on the never-suggest list (``never``) is
    never added (newcomer18 N18-04: a dismissed "16 October" came back as a seller)."""
    if not 0 <= start < end <= len(source.text) or not source.text[start:end].strip():
        raise ValueError(f"no words selected ({start}..{end} of {len(source.text)})")
    text = source.text[start:end]
    known = tuple(
        KnownActor(name=a.name, aliases=tuple(a.aliases), type=str(a.type.value), country=a.country)
        for a in brief.actors
        if a.name
    )
    local = extract_text(text, published=source.published, known_actors=known)
    local = apply_never(without_keys(local, source.dismissed), never)
    if extraction is not None:
        extraction = apply_never(without_keys(extraction, source.dismissed), never)
    read = reader_deal(local, extraction, start, end)
    kind = row_kind(source.text, start, end) or (
        DealKind(read.kind)
        if read is not None and read.kind != "other"
        else guess_kind(brief, text)
    )
    kind = lease_kind(kind, text)  # "leases two patrol jets from X": a lease (round 22)
    kind = memorandum_kind(kind, text)  # "The first memorandum, signed by …" (round 26)
    mentions = homes_absorbed(brief, _mentions(brief, source, text, start, local, extraction), text)
    _sides(mentions, text, kind, read)
    signatory_sides(mentions, text, kind)  # an MoU's names before "signed" (N25-12)
    if kind == DealKind.CONSTRUCTION:  # the builder by name is the contractor (N22-04)
        works_sides(mentions, text)
    new_actors: list[Actor] = []
    parties = _parties(brief, mentions, kind, new_actors)  # who signs for a side is none (r23)
    if kind not in _SIGNED_KINDS:  # (a memorandum's signatories are its sides)
        parties, new_actors = without_signers(brief, parties, new_actors)
    if kind == DealKind.ACQUISITION and all(p.role != PartyRole.SELLER for p in parties):
        parties = with_target(brief, source, start, text, parties, new_actors)
    items, value, status = _what(read, text, start, source)
    row = from_row(brief, source, start, end, kind)  # a table row: sides by its header (N18-05)
    if row is not None and row.parties:
        parties, new_actors = row.parties, row.new_actors
    if row is not None and row.status is not None:
        status = row.status
    items = items or (row.items if row is not None else [])
    evidence = [Span(source_id=source.id, start=start, end=end, quote=text)]
    deal = Deal(
        kind=kind,
        title=selection_title(
            brief, new_actors, parties, kind, items[0].designation if items else "", text
        ),
        parties=parties,
        items=items,
        value=value,
        status=status,
        dates=row.dates if row is not None else DealDates(),
        evidence=evidence,
    )
    if row is None:  # "signed by the Minister on 25 November" dates it (N19-04)
        deal = _dated(brief, deal, local, source, start)
        deal = _with_option(deal, text)
    filled = ["kind"]
    filled += ["item"] * bool(items) + ["value"] * (value is not None)
    filled += ["status"] * (status != DealStatus.REPORTED)
    filled += ["signed date"] * (deal.dates.signed is not None)
    filled += ["option (in the note)"] * bool(deal.note)
    roles = [str(p.role.value) for p in parties]
    filled += [words(PartyRole(r)) for r in dict.fromkeys(roles)]
    missing = [words(r) for r in deal_sides(kind) if r.value not in roles]
    if PartyRole.SIGNATORY.value in roles and kind in _SIGNED_KINDS:
        missing = []  # a memorandum's signatories are its sides
    return DealFromText(deal=deal, new_actors=new_actors, filled=filled, missing=missing)


def _dated(brief: Brief, deal: Deal, local: Extraction, source: Source, at: int) -> Deal:
    from briefdesk.editing.draft_dates import selection_dates

    work = brief.model_copy(update={"deals": [*brief.deals, deal]})
    selection_dates(work, len(brief.deals), local, source, at)
    return work.deals[-1]


def _with_option(deal: Deal, text: str) -> Deal:
    """The selection's option in the deal's note, as a draft notes its deal's ("with an
    option to buy them in 2034"; newcomer21 N21-02)."""
    from briefdesk.editing.draft_dates import selection_option
    from briefdesk.editing.lease_terms import with_term

    note = selection_option(text)
    if deal.kind == DealKind.LEASE:
        note = with_term(note, text)  # "Term: eight years." (round 22)
    return deal.model_copy(update={"note": note}) if note else deal


_RUN_AFTER = re.compile(r"\s+[A-Z][\w\-]")
_MATE_AFTER = re.compile(
    r"^(?:,\s+and|,|\s+and)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)?((?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*)"
)
_MATE_BEFORE = re.compile(r"((?:[A-Z][\w\-]*\s+)+[A-Z][\w\-]*)(?:,\s+and|,|\s+and)\s+(?:the\s+)?$")


def _mentions(
    brief: Brief,
    source: Source,
    text: str,
    start: int,
    local: Extraction,
    whole: Extraction | None,
) -> list[_Mention]:
    """Names in the selection: the brief's actors, the reader's actors, and names listed with
    them ("A, B and C"), each once, longest first, in text order."""
    found: list[_Mention] = []
    for index, actor in enumerate(brief.actors):
        for name in {actor.name, *actor.aliases}:
            if len(name) < 2:
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                found.append(_Mention(m.start(), m.end(), index, None, actor.type))
    suggested = [(a, [(s, e) for s, e in a.evidence]) for a in local.actors]
    if whole is not None:
        suggested += [
            (
                a,
                [
                    (s - start, e - start)
                    for s, e in a.evidence
                    if start <= s and e <= start + len(text)
                ],
            )
            for a in whole.actors
        ]
    for suggestion, spans in suggested:
        known = find_actor_for(brief, suggestion)
        if known is None and (
            is_whole_date(suggestion.name) or source_own([suggestion.name], source)
        ):
            continue  # "16 October", "EUR", the source's own reporter: no side (N18-04, N19-10)
        for s, e in spans:
            new: Actor | None = suggested_actor(suggestion, brief, [a for a, _ in suggested])
            new = new if known is None else None  # with the suggestion's role (round 23)
            found.append(_Mention(s, e, known, new, ActorType(suggestion.type)))
    mentions = _longest(found, text)
    for _round in range(6):  # lists of names: each round reaches one name further
        mates = _mates(mentions, text)
        if not mates:
            break
        mentions = _longest(mentions + mates, text)
    for mention in mentions:
        if mention.new is not None:
            quote = text[mention.start : mention.end]
            at = start + mention.start
            span = Span(source_id=source.id, start=at, end=at + len(quote), quote=quote)
            mention.new = mention.new.model_copy(update={"evidence": [span]})
        mention.possessive = text[mention.end : mention.end + 2] in ("'s", "’s")
    return _with_owned(brief, source, mentions, text, start)


def _with_owned(
    brief: Brief, source: Source, mentions: list[_Mention], text: str, start: int
) -> list[_Mention]:
    """Add the names a state's possessive owns, as organisations of that state (N19-04)."""
    states = [
        (m.start, m.end, m.new.country if m.new is not None else brief.actors[m.index or 0].country)
        for m in mentions
        if m.possessive and m.type == ActorType.STATE
    ]
    taken = [(m.start, m.end) for m in mentions]
    owned = [
        _Mention(s, e, k, None if k is not None else a, ActorType.ORGANIZATION, owner=owner)
        for s, e, owner, a in owned_names(source, text, start, states, taken)
        for k in [find_actor(brief, a.name)]
    ]
    return sorted(mentions + owned, key=lambda m: m.start) if owned else mentions


def _longest(found: list[_Mention], text: str) -> list[_Mention]:
    """One mention per stretch of words, the longest; a brief's "Kardovan" inside "Kardovan
    Aerosystems" is part of a longer name, not a mention."""
    kept: list[_Mention] = []
    for m in sorted(found, key=lambda m: (m.start, m.start - m.end)):
        if kept and m.start < kept[-1].end:
            continue
        if m.new is None and _RUN_AFTER.match(text, m.end) and "'" not in text[m.end : m.end + 1]:
            continue
        kept.append(m)
    return kept


def _mates(mentions: list[_Mention], text: str) -> list[_Mention]:
    """Names listed next to a name already found, of the same type; a person's mate keeps as
    many words as the person's name ("the Foreign Ministers Ingrid Solberg and Yusuf Taleb")."""
    taken = [(m.start, m.end) for m in mentions]
    out: list[_Mention] = []
    for m in mentions:
        kind = m.type
        words = len(text[m.start : m.end].split())
        after = _MATE_AFTER.match(text[m.end :])
        if after:
            s, e = m.end + after.start(1), m.end + after.end(1)
            out += _mate(text, s, e, kind, words, taken)
        before = _MATE_BEFORE.search(text[: m.start])
        if before:
            out += _mate(text, before.start(1), before.end(1), kind, words, taken)
    return out


def _mate(
    text: str, s: int, e: int, kind: ActorType, words: int, taken: list[tuple[int, int]]
) -> list[_Mention]:
    name = text[s:e]
    if kind == ActorType.PERSON:
        parts = name.split()[-words:]
        name = " ".join(parts)
        s = e - len(name)
    name = re.sub(r"^The\s+", "", name)
    s = e - len(name)
    if len(name.split()) < 2 or any(a < e and s < b for a, b in taken) or is_whole_date(name):
        return []
    return [_Mention(s, e, None, Actor(name=name, type=kind), kind)]


def _sides(
    mentions: list[_Mention], text: str, kind: DealKind, read: DealSuggestion | None
) -> None:
    """Each mention's side: the reader's buyer and seller, else the word before or after it,
    else the side of the name it is listed with."""
    low = text.lower()
    for i, m in enumerate(mentions):
        if (
            m.possessive
            or (m.type == ActorType.STATE and home_of_body(text, m.start))
            or (m.new is not None and after_place_word(text, m.start))
        ):  # an owner, a body's home ("X BV, a company of the Netherlands"), a place ("at Y")
            continue
        name = m.owner or text[m.start : m.end]
        if read is not None and name and name in (read.buyer, read.seller):
            m.side = RECEIVES if name == read.buyer else GIVES
            continue
        earlier = [p for p in mentions[:i] if not p.possessive]
        m.side = cue_before(low, earlier[-1].end if earlier else 0, m.start, kind)
        if not m.side and earlier and listed(text[earlier[-1].end : m.start]):
            m.side = earlier[-1].side
        if not m.side:
            following = next((p.start for p in mentions[i + 1 :]), len(text))
            m.side = cue_after(low[m.end : following])


def _parties(
    brief: Brief, mentions: list[_Mention], kind: DealKind, new_actors: list[Actor]
) -> list[DealParty]:
    """The sides as the kind names them, each actor once (its first side)."""
    receives, gives = deal_sides(kind)
    if kind in SIGNED_ALIKE and role_fits(kind, PartyRole.SELLER):  # an MoU to supply
        receives, gives = PartyRole.BUYER, PartyRole.SELLER  # keeps its direction
    role_of = {RECEIVES: receives, GIVES: gives, SIGNS: PartyRole.SIGNATORY}
    parties: list[DealParty] = []
    seen: set[str] = set()
    for m in mentions:
        if not m.side:
            continue
        if m.index is not None:
            actor_id = brief.actors[m.index].id
        else:
            assert m.new is not None
            same = find_actor(brief, m.new.name)
            twin = next(
                (a for a in new_actors if (a.name, a.country) == (m.new.name, m.new.country)),
                None,
            )  # two countries' "Ministry of Defence" are two actors
            if same is not None:
                actor_id = brief.actors[same].id
            elif twin is not None:
                actor_id = twin.id
            else:
                new_actors.append(m.new)
                actor_id = m.new.id
        if actor_id not in seen:
            seen.add(actor_id)
            parties.append(DealParty(actor_id=actor_id, role=role_of[m.side]))
    return parties


def _what(
    read: DealSuggestion | None, text: str, start: int, source: Source
) -> tuple[list[DealItem], Money | None, DealStatus]:
    """Item, value and status: the reader's, else the selection's first amount and the words."""
    items: list[DealItem] = []
    value: Money | None = None
    status = DealStatus.REPORTED
    if read is not None:
        deal = read.to_deal(source.id, source.text, {})
        items, value, status = deal.items, deal.value, deal.status
    if value is None:
        value = _money(text, start, source.id)
    if status == DealStatus.REPORTED:
        said = hits("status", text)
        if said:
            status = DealStatus(min(said, key=lambda h: h[1].start())[0])
    return items, value, status


def _money(text: str, start: int, source_id: str) -> Money | None:
    from briefdesk.extract.money import find_money

    for found in find_money(text):
        at = start + found.start
        span = Span(
            source_id=source_id,
            start=at,
            end=start + found.end,
            quote=text[found.start : found.end],
        )
        try:
            return Money(
                amount=Decimal(found.amount),
                currency=found.currency,
                as_stated=found.as_stated,
                evidence=[span],
            )
        except ValueError:
            continue
    return None
