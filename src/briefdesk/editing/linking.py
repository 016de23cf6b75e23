"""What "add as actor", "use as deal value"… do to a brief, given a span; no Qt here.

Each function returns the edits to make (path, value) so the window can apply them as one undo
step; the brief itself is not touched.
"""

from __future__ import annotations

import re

from briefdesk.model import Actor, Brief, Money, Span
from briefdesk.model.codes import ActorType


def parse_money(text: str) -> Money | None:
    """``$1.6 billion`` → 1600000000 USD; None when no amount with a known currency is found.

    The extractor's money reader (A$/HK$/Rs, crore and lakh…) is the only one, so the words the
    user selects mean what they would mean in a suggestion."""
    from briefdesk.extract.money import find_money

    words = text.strip()
    mentions = find_money(words)
    if not mentions:
        return None
    try:
        return Money(amount=mentions[0].amount, currency=mentions[0].currency, as_stated=words)
    except ValueError:
        return None


def _norm(name: str) -> str:
    return " ".join(name.casefold().split()).removeprefix("the ")


def find_actor(brief: Brief, name: str) -> int | None:
    """Index of the actor called ``name`` (or with it as an alias), ignoring case and 'the'."""
    wanted = _norm(name)
    for index, actor in enumerate(brief.actors):
        if _norm(actor.name) == wanted or any(_norm(a) == wanted for a in actor.aliases):
            return index
    return None


def short_form_of(brief: Brief, name: str, kind: ActorType) -> int | None:
    """The one person whose name ends with ``name`` ("Vaitkus" → "Darius Vaitkus"): selected
    by hand, a surname is that person's short form, not a second actor (newcomer8 F15).
    ``None`` when no person, or more than one, answers to it."""
    wanted = _norm(bare_name(name))
    if kind != ActorType.PERSON or not wanted or len(wanted.split()) > 2:
        return None
    found = [
        index
        for index, actor in enumerate(brief.actors)
        if actor.type == ActorType.PERSON
        and _norm(actor.name) != wanted
        and _norm(actor.name).endswith(" " + wanted)
    ]
    return found[0] if len(found) == 1 else None


def short_form_org(brief: Brief, words: str) -> int | None:
    """The one body whose name or an alias starts with the selected words ("Ostrava" →
    "Ostrava Rail Systems"): a wire calls a company by its first word throughout, and selected
    by hand that is the company, not a new actor to ask about (newcomer24 N24-06). ``None``
    when no body, or more than one, answers to them, or the words are a person's."""
    wanted = _norm(bare_name(words))
    if len(wanted) < 3 or not words.strip()[:1].isupper():
        return None
    found = [
        index
        for index, actor in enumerate(brief.actors)
        if actor.type != ActorType.PERSON
        and any(_norm(name).startswith(wanted + " ") for name in (actor.name, *actor.aliases))
    ]
    return found[0] if len(found) == 1 else None


def bare_name(words: str) -> str:
    """Selected words as an actor's name: one line, no possessive ("Pakistan's" → "Pakistan"),
    no leading article ("The Indian Ocean Development Bank" at a sentence's start, as the
    suggestion names it; newcomer22 N22-05) unless one word is left ("The Hague")."""
    name = " ".join(words.split()).strip(' .,;:"“”()')
    name = re.sub(r"[’']s$", "", name) or name
    rest = re.sub(r"^the\s+", "", name, flags=re.I)
    return rest if " " in rest else name


def find_same_actor(brief: Brief, actor: Actor) -> int | None:
    """An actor already in the brief that ``actor`` (about to be added) would duplicate: the
    same name or alias, or for a state, a state with the same country code."""
    for name in (actor.name, *actor.aliases):
        found = find_actor(brief, name)
        if found is not None:
            return found
    if actor.type == ActorType.STATE and actor.country:
        for index, other in enumerate(brief.actors):
            if other.type == ActorType.STATE and other.country == actor.country:
                return index
    return None


def has_span(spans: list[Span], span: Span) -> bool:
    return any(
        s.source_id == span.source_id and s.start == span.start and s.end == span.end for s in spans
    )


def target_deal(brief: Brief, selected_path: str) -> int | None:
    """The deal a "use as deal …" action goes to: the selected one, else the only/last one."""
    match = re.match(r"deals\[(\d+)\]", selected_path or "")
    if match and int(match.group(1)) < len(brief.deals):
        return int(match.group(1))
    return len(brief.deals) - 1 if brief.deals else None


def evidence_path(brief: Brief, record_path: str) -> str | None:
    """The evidence list of the selected record, if it has one."""
    from briefdesk.editing import fieldpath

    if not record_path:
        return None
    path = f"{record_path}.evidence"
    return path if fieldpath.exists(brief, path) else None


def all_spans(brief: Brief) -> list[Span]:
    from briefdesk.model.checks import iter_spans

    return [span for _path, span in iter_spans(brief)]


def spans_of(brief: Brief, record_path: str) -> list[Span]:
    """Every span inside a record (its own evidence and that of its parts, e.g. a deal value)."""
    from briefdesk.editing import fieldpath
    from briefdesk.model.checks import iter_spans

    if not record_path or not fieldpath.exists(brief, record_path):
        return []
    return [span for _p, span in iter_spans(fieldpath.get(brief, record_path))]


def deal_in_brief(brief: Brief, suggestion: object, label: str) -> bool:
    """A suggested deal already taken: same title, same value, or the same item designation."""
    value = getattr(suggestion, "value", None)
    item = str(getattr(suggestion, "item", "") or "").casefold()
    for deal in brief.deals:
        if deal.title and deal.title.casefold() == label.casefold():
            return True
        if value is not None and deal.value is not None:
            same_amount = deal.value.amount == getattr(value, "amount", None)
            if same_amount and deal.value.currency == getattr(value, "currency", None):
                return True
        if item and any(i.designation.casefold() == item for i in deal.items):
            return True
    return False


def date_in_brief(brief: Brief, resolved: object, quotes: list[str], label: str) -> bool:
    """A suggested date already taken: a deal carries that day or those delivery words, or the
    current status lists it (where a date with no deal to go to is put)."""
    wanted = {" ".join(q.split()).casefold() for q in quotes if q.strip()}
    for deal in brief.deals:
        if resolved is not None and resolved in (deal.dates.signed, deal.dates.announced):
            return True
        delivery = " ".join(deal.dates.delivery.split()).casefold()
        if delivery and any(q in delivery for q in wanted):
            return True
    lines = {line.strip() for line in brief.current_status.splitlines()}
    return f"- {label}" in lines


def citation_edits(brief: Brief, source_id: str) -> list[tuple[str, list[Span]]]:
    """(evidence path, evidence without ``source_id``'s spans) for every list citing it."""
    from briefdesk.editing import fieldpath
    from briefdesk.model.checks import iter_spans

    lists: dict[str, None] = {}
    for path, span in iter_spans(brief):
        if span.source_id == source_id:
            lists[path.rsplit("[", 1)[0]] = None
    edits = []
    for list_path in lists:
        spans = fieldpath.get(brief, list_path)
        edits.append((list_path, [s for s in spans if s.source_id != source_id]))
    return edits


def actor_reference_edits(brief: Brief, actor_id: str) -> list[tuple[str, object]]:
    """Edits that drop every reference to ``actor_id``: deal parties and affiliations."""
    edits: list[tuple[str, object]] = []
    for index, deal in enumerate(brief.deals):
        kept = [p for p in deal.parties if p.actor_id != actor_id]
        if len(kept) != len(deal.parties):
            edits.append((f"deals[{index}].parties", kept))
    for index, actor in enumerate(brief.actors):
        if actor.affiliation_id == actor_id:
            edits.append((f"actors[{index}].affiliation_id", None))
    return edits


def record_label(brief: Brief, record_path: str, limit: int = 40) -> str:
    """What the user calls a record: an actor's name, a deal's title, a judgment's words."""
    from briefdesk.editing import fieldpath

    if not record_path or not fieldpath.exists(brief, record_path):
        return ""
    record = fieldpath.get(brief, record_path)
    for name in ("name", "title", "designation", "statement"):
        text = " ".join(str(getattr(record, name, "") or "").split())
        if text:
            return text if len(text) <= limit else text[: limit - 1] + "…"
    return ""


_DELIVERY = re.compile(r"\bdeliver(?:y|ies|ed|s)?\b|\bin service\b|\bhand(?:ed)? over\b", re.I)
_SIGNED = re.compile(
    r"\bsign(?:ed|ing|s)?\b|\binked\b|\bconcluded\b|\bawards?\b|\bawarded\b|\bgranted\b", re.I
)
# Words just before a date that make it a deadline (an option, a bid closing), no deal date.
_DEADLINE = re.compile(
    r"\b(?:option|valid until|valid through|expir(?:es|y|ing)|deadline|closing date|"
    r"bids? (?:are )?due|lapses?)\b[^.]{0,60}$",
    re.I,
)
_LEAD_IN = re.compile(r"\b(from|by|in|until|before|after|starting)\s*$", re.I)


def date_field(text: str, start: int, end: int) -> tuple[str, str]:
    """Which deal date a mention of a date in ``text[start:end]`` gives, from its sentence:
    ("signed" | "delivery" | "announced" | "deadline", words for the free-text delivery field).
    "deadline" (an option valid until, a bid closing date) is no deal date at all (N14-11)."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    context = text[sentence_start : min(stops) if stops else len(text)]
    from briefdesk.editing.date_words import (
        ARRIVAL,
        is_dateline,
        nearest_cue,
        range_end,
        signed_today,
    )

    words = text[start:end]
    if _DEADLINE.search(text[sentence_start:start]):
        return "deadline", words
    if is_dateline(text, start, end):  # dates the text; a signing only "this morning" (N21-05)
        again = _signed_again(text, words, end)
        return ("signed" if again or signed_today(text) else "announced"), words
    cue = nearest_cue(text[sentence_start:start])  # "signed … on 24 November … will deliver"
    if cue == "delivery" or (cue == "" and (_DELIVERY.search(context) or ARRIVAL.search(context))):
        lead = _LEAD_IN.search(text[sentence_start:start])
        words = text[start : range_end(text, end)]  # "from January to June 2027", whole
        return "delivery", f"{lead.group(1).lower()} {words}" if lead else words
    if cue == "signed" or _SIGNED.search(context):
        return "signed", words
    return "announced", words


def _signed_again(text: str, words: str, end: int) -> bool:
    """The dateline's date comes again in the text as a signing's ("Astana, 1 December 2026" …
    "On 1 December 2026 … the two sides signed", N25-13): the dateline's date is that signing's."""
    from briefdesk.editing.date_words import is_dateline

    found = text.find(words, end)
    while found >= 0:
        right = found + len(words)
        if not is_dateline(text, found, right) and date_field(text, found, right)[0] == "signed":
            return True
        found = text.find(words, right)
    return False


def guess_actor(words: str) -> tuple[str, str] | None:
    """(actor type value, ISO country code) the selected words most likely name, or None when
    the words alone cannot tell (a person's name, an unknown brand): the user is asked then.

    A country name or demonym is the state itself ("Azerbaijan", "Pakistani" → state PK);
    words with an organisation head ("Ministry of Defence", "Pakistan Air Force") are an
    organisation, with the country a leading name or demonym gives it."""
    from briefdesk.extract.lexicon import INTERNATIONAL_ORGS, ORG_DESCRIPTORS, ORG_HEADS

    name = " ".join(words.split()).strip(" .,;:'\"“”‘’()")
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    bare = re.sub(r"[’']s$", "", bare)
    if not bare:
        return None
    code = country_code(bare)
    if code:
        return "state", code
    if bare in INTERNATIONAL_ORGS or bare.upper() in INTERNATIONAL_ORGS:
        return "international_organization", ""
    tokens = bare.split()
    lowered = [t.lower().strip(",.") for t in tokens]
    if any(t in ORG_HEADS or t in ORG_DESCRIPTORS for t in lowered):
        return "organization", _country_within(tokens)
    return None


def _country_within(tokens: list[str]) -> str:
    """The first country named inside an organisation's name ("Ministry of Defence of
    Azerbaijan" → AZ), longest names first so "South Korean" is not read as nothing."""
    from briefdesk.extract.state_spans import region_words

    for length in (3, 2, 1):
        for start in range(len(tokens) - length + 1):
            if not tokens[start][:1].isupper():
                continue
            if start + 1 < len(tokens) and region_words(tokens[start], tokens[start + 1]):
                continue  # "Indian Ocean Development Bank": a region's, no state's (N22-05)
            code = country_code(" ".join(tokens[start : start + length]).strip(",."))
            if code:
                return code
    return ""


def country_code(words: str) -> str:
    """ISO 3166 alpha-2 code for a country's name, short name or demonym; '' when none.

    pycountry answers names in any case at once; demonyms need the extractor's gazetteer
    (loaded once, on the first word pycountry does not know that looks like a proper name)."""
    import pycountry

    text = words.strip()
    if len(text) < 2:
        return ""
    if len(text) > 3:
        try:
            return str(pycountry.countries.lookup(text).alpha_2)
        except LookupError:
            pass
    if not text[0].isupper() or not _may_be_demonym_or_short_name(text):
        return ""  # spares a person's name the registry's first load
    from briefdesk.world import world  # states only (~30 ms once), not the extractor's cities

    return world().code_of(text)


# Endings of English demonyms ("Pakistani", "Indian", "Chinese", "Turkish", "Czech", "Uzbek",
# "Kazakh", "Swiss", "Filipino", "Hellenic"): only such words and short forms ("UK", "UAE")
# need the gazetteer; pycountry knows the countries' own names.
_DEMONYM_END = re.compile(r"(?:i|n|ese|ish|ch|k|kh|ss|o|ic)$")


def _may_be_demonym_or_short_name(text: str) -> bool:
    last = text.split()[-1]
    return (text.isupper() and len(text) <= 5) or bool(_DEMONYM_END.search(last))


def state_name(words: str, code: str) -> str:
    """The name a state is listed under: the words themselves when they name the country
    ("the United States", "UK"), the country's name when they are a demonym ("Pakistani")."""
    import pycountry

    from briefdesk.world import world

    text = " ".join(words.split())
    try:
        pycountry.countries.lookup(re.sub(r"^the\s+", "", text, flags=re.I))
        return text  # a country's own name: no need to load the registry
    except LookupError:
        pass
    registry = world()
    country = registry.countries.get(code)
    if country is None or text not in registry.adjectives or text in registry.names:
        return text
    return country.name
