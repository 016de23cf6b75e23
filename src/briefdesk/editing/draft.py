"""Draft from a source: one operation that fills an empty brief from what a source says.

Adds the actors that take part (people with a role, the main deal's parties; not states that
are only mentioned; not a person whose type or country the reading only guessed, which stays a
suggestion: ``draft_trust``), the main deal, places, a title, the source's own title and kind, the
marking and author from the user's defaults, and a BLUF *draft* recorded in ``Brief.drafted`` so
the checks flag it until the user rewrites it. Significance sentences are left as suggestions:
they are evidence for the analyst's judgments, never the judgment itself. Nothing the user wrote
is overwritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefdesk.editing.accept import add_actor, add_deal, deal_title
from briefdesk.editing.buyer_country import with_buyer_country
from briefdesk.editing.co_parties import joined, many, plural_verb, side, with_co_parties
from briefdesk.editing.deal_act import BARTER, act_title, as_lease, own_act
from briefdesk.editing.deal_agreement import named_agreement
from briefdesk.editing.deal_chosen import chosen_sentence
from briefdesk.editing.deal_sentence import deal_sentence, is_stake
from briefdesk.editing.deal_works import works_title
from briefdesk.editing.draft_affiliates import add_employers
from briefdesk.editing.draft_dates import add_deal_dates
from briefdesk.editing.draft_home import RULE as HOME_RULE
from briefdesk.editing.draft_home import give_home_state, home_given, home_state
from briefdesk.editing.draft_lead import headline_of, lead_actors
from briefdesk.editing.draft_one_side import one_side_title
from briefdesk.editing.draft_partner import with_named_partner
from briefdesk.editing.draft_sides import add_sides
from briefdesk.editing.draft_sure import as_signatories, directed_sides, main_deal, signed_sides
from briefdesk.editing.draft_trust import sure_actor
from briefdesk.editing.edits import Edit, apply_edits, changed_fields
from briefdesk.editing.library_taken import library_sides, library_taken
from briefdesk.editing.memory import remember_edits
from briefdesk.editing.source_marking import raised_marking, source_marking
from briefdesk.editing.source_own import source_own
from briefdesk.editing.source_voice import Voice, source_voice, voiced_title
from briefdesk.editing.suggested import taken_keys
from briefdesk.extract.byline_outlets import outlet_staff
from briefdesk.extract.never import without_keys
from briefdesk.extract.results import DealSuggestion, Extraction, PlaceSuggestion
from briefdesk.model import Brief, Marking, Person, Source
from briefdesk.model.codes import SIGNED_ALIKE, ActorType, MarkingScheme, SourceKind
from briefdesk.world import display_name

# What a draft may change, with the words the undo menu and the CLI use for each.
DRAFTED_FIELDS: tuple[tuple[str, str], ...] = (
    ("header.title", "title"),
    ("header.from", "author"),
    ("marking", "marking"),
    ("bluf", "BLUF"),
    ("actors", "actors"),
    ("deals", "deals"),
    ("places", "places"),
    ("drafted", "draft marks"),
)

# Titles for deals whose sides are not a seller and a buyer: g gives or acts, r receives.
_ACTS = {
    "concession": "{g} grants {what} to {r}",
    "award": "{g} ordered to pay {r}",
    "sanctions": "{g} sanctions on {r}",
}
# Kinds whose deal without an item is better titled by the article's headline (a concession or
# a stake was "other" before brief format 3, and kept the headline; a works contract or a
# purchase that names nothing built or bought says less than its headline).
_HEADLINED = frozenset({"other", "concession", "acquisition", "construction", "procurement"})


@dataclass(frozen=True)
class Defaults:
    """The user's settings a draft fills in when the brief has none yet."""

    author: Person | None = None
    marking: Marking | None = None


class DraftError(ValueError):
    """Nothing to draft from (no such source); ``str()`` is one line for the user."""


def draft(
    brief: Brief, source_id: str, extraction: Extraction, defaults: Defaults | None = None
) -> list[Edit]:
    """The edits that draft ``brief`` from one source; empty when there is nothing to add."""
    source = brief.source(source_id)
    if source is None:
        raise DraftError(f"the brief has no source {source_id!r}")
    defaults = defaults or Defaults()
    work = brief.model_copy(deep=True)
    # People first (the brief's readers look for who), then the deal with its parties.
    for actor in extraction.actors:
        staff = outlet_staff(actor.role)
        drafted = actor.type == ActorType.PERSON.value and (actor.role or actor.affiliation)
        if source_own([actor.name, *actor.aliases], source):
            continue  # the writer and the outlet are never actors (N17-07, N18-06)
        if drafted and not staff and sure_actor(actor, extraction, source.text):
            # A guessed type or country stays a suggestion.
            add_actor(work, actor, source, extraction.actors)
    add_employers(work, extraction, source)  # "X, chief executive of Y": Y too (N24-01)
    # "with its Japanese partner": the one Japanese company the text names (round 20)
    lead = with_named_partner(main_deal(extraction, source.text), extraction, source.text)
    # a lease or charter read as a purchase is drafted as a lease: lessee and lessor (round 22)
    deal = as_lease(signed_sides(lead, extraction, source.text), source.text)
    sides = deal
    if deal is not None and not work.deals:
        sides = directed_sides(deal, extraction) or deal  # the suggestion's sides (N20-01)
        as_signatories(add_deal(work, sides, extraction, source), sides)
        add_sides(work, deal, extraction, source)
        add_deal_dates(work, len(work.deals) - 1, deal, extraction, source)
    elif deal is None:  # no deal's parties: who the lead names is who the story is about
        for actor in lead_actors(extraction, source.text, headline_of(source.text)):
            writer = outlet_staff(actor.role) or source_own([actor.name, *actor.aliases], source)
            if not writer and sure_actor(actor, extraction, source.text):
                add_actor(work, actor, source, extraction.actors)
    known_places = {p.name.casefold() for p in work.places}
    for place in extraction.places:
        if not sure_place(place):
            continue  # left a suggestion: "12 November 2026", "Supreme Decree No" (N10-03)
        if place.name.casefold() not in known_places:
            work.places.append(place.to_place(source.id, source.text))
            known_places.add(place.name.casefold())
    homed = give_home_state(brief, work, extraction)  # "Ministry of Energy" in Zambia's release
    headline = _not_label(_not_masthead(headline_of(source.text), source.text), source)
    home = home_state(work, extraction) if deal is not None and deal.buyer in homed else ""
    said = with_buyer_country(deal, extraction, home) if deal is not None else None
    voice = source_voice(said.buyer, said.seller, source, said.evidence) if said else Voice()
    act = own_act(said, source.text)  # a lease is titled "X to lease …" (N21-02)
    if not work.header.title.strip():
        given = "" if _cut_title(source) else source.title  # a mail's Subject, a page's title
        work.header.title = calm(_title(said, headline or given, voice, act) or source.title)
        # Marked as BriefDesk's, so it follows a replaced party and the checks can tell it
        # from a title the user wrote (newcomer16 N16-03).
        work.drafted = {**work.drafted, "header.title": work.header.title}
    if defaults.author is not None and not work.header.from_.name.strip():
        work.header.from_ = defaults.author.model_copy()
    if defaults.marking is not None and work.marking.scheme is MarkingScheme.NONE:
        work.marking = defaults.marking.model_copy()
    if (raised := raised_marking(work, source)) is not None:
        work.marking = raised  # a readout marked OFFICIAL makes an OFFICIAL brief (N14-27)
    if not work.bluf.strip() and brief.deals:  # cleared to be drafted again (N24-05)
        from briefdesk.editing.bluf_follow import main_deal_bluf

        if text := main_deal_bluf(work):
            work.bluf = text
            work.drafted = {**work.drafted, "bluf": text}
    if not work.bluf.strip() and said is not None:
        text = bluf_draft(said, source.text, voice)
        if not text and sides is not None:  # "INASA has chosen Arvelle" (N20-12)
            text = chosen_sentence(sides, source.text)
        if text:
            work.bluf = text
            work.drafted = {**work.drafted, "bluf": text}
    edits = changed_fields(brief, work, DRAFTED_FIELDS)
    index = brief.sources.index(source)
    # A title BriefDesk makes up goes in square brackets (a supplied title, as in a
    # bibliography): cited in quotes it would pass for the outlet's own headline.
    supplied = f"[{brief_title(said, voice, act)}]" if brief_title(said, voice, act) else ""
    updated = source_details(source, headline or supplied, extraction)
    if updated != source:
        edits.append(Edit(f"sources[{index}]", updated, "source details"))
    return edits


def draft_remembering(
    brief: Brief, source_id: str, extraction: Extraction, defaults: Defaults | None = None
) -> tuple[list[Edit], list[Edit]]:
    """(the draft's edits, the edits that remember what it took): the one path from a
    reading of a source to a drafted brief, for the window's Ctrl+D and the CLI's ``draft``.

    Suggestions the user decided on (``source.dismissed``) are never drafted in; what the
    draft took is recorded there as decided, as accepting does, so neither a later reading
    nor renaming the record it became offers it again (undo in the window takes both back).
    ``extraction`` may hold decided suggestions or not: they are left out here either way."""
    source = brief.source(source_id)
    if source is None:
        raise DraftError(f"the brief has no source {source_id!r}")
    edits = draft(brief, source_id, without_keys(extraction, source.dismissed), defaults)
    if not edits:
        return [], []
    drafted = apply_edits(brief, edits)
    after = drafted.source(source_id)
    taken = taken_keys(drafted, after or source, extraction) - taken_keys(brief, source, extraction)
    keys = [(source_id, key) for key in sorted(taken)]
    return edits, remember_edits(drafted, keys, "decided suggestions")


# Rules that take a place from its neighbours alone ("at X", "Dakar, X"), not from its name.
_CONTEXT_ONLY = {"place.after-locative", "place.after-place"}


def sure_place(place: PlaceSuggestion) -> bool:
    """A place the draft may take: with a country, or named as a place by more than its
    neighbours; a guess from "at"/"in" or "Dakar, …" alone stays a suggestion to decide."""
    if place.country or not place.why:
        return True
    return any(reason.rule not in _CONTEXT_ONLY for reason in place.why)


def summary(
    before: Brief, after: Brief, fields: list[str], extraction: Extraction | None = None
) -> str:
    """What a draft added, in the words the window's status bar and the CLI both print:
    "4 actors, 1 deal, 1 place, a BLUF draft to rewrite" (``fields``: the edits' ``what``).
    Counted against ``before``: a second source's draft once reported the brief's totals
    (N12-18). With ``extraction``, a main deal left a suggestion is said."""
    parts = []
    for what, had, has in (
        ("actor", len(before.actors), len(after.actors)),
        ("deal", len(before.deals), len(after.deals)),
        ("place", len(before.places), len(after.places)),
    ):
        if what + "s" in fields and has > had:
            parts.append(f"{has - had} {what}{'s' if has - had != 1 else ''}")
    if "BLUF" in fields:
        parts.append("a BLUF draft to rewrite")
    if after.marking != before.marking and any(
        source_marking(s) == after.marking.model_copy(update={"caveats": ""}) for s in after.sources
    ):
        parts.append(f"marking {after.marking.label} (the source's)")
    elif not after.bluf.strip() and len(after.deals) > len(before.deals):
        # a deal drafted, but too bare for a sentence: never "no deal found" beside it (N20-12)
        parts.append("no BLUF (the deal's sentence gives too little to draft one: write it)")
    elif not after.bluf.strip():  # say why, or the empty BLUF reads as a failure (N13-35)
        parts.append("no BLUF (no deal found in this source to draft one from: write it)")
    if extraction is not None and ("actors" in fields or "places" in fields):
        home, homed = home_given(before, after, extraction)
        if homed:  # say the rule a country came from (round 20, N19-19)
            country = display_name(home)
            parts.append(f"{country} as the country of {', '.join(homed)} ({HOME_RULE})")
    parts += library_taken(before, after)  # never taken unseen (N23-21)
    parts += library_sides(extraction)  # the library moved no side: said when it would (N26-17)
    said = ", ".join(parts) if parts else ", ".join(fields)
    deal = main_deal(extraction) if extraction is not None else None
    if deal is not None and before.deals and len(after.deals) == len(before.deals):
        from briefdesk.editing.draft_around import left_note

        said += left_note(after, deal)  # never "stays a suggestion" once accepted (N26-02)
    return said


def calm(title: str) -> str:
    """A heading in capitals ("MINUTES OF THE 14th MEETING …") in sentence case: a brief's
    title (and its export file name) should not shout (newcomer13 N13-35)."""
    letters = [c for c in title if c.isalpha()]
    words = title.split()
    shouting = sum(1 for w in words if w.isupper() and len(w) > 1)
    if len(words) < 3 or not letters or shouting < 0.8 * len(words):
        return title
    kept = [w if _acronym(w) else w.lower() for w in words]  # "UK", "EU", "MOU" stay
    lowered = " ".join(kept)
    return lowered[:1].upper() + lowered[1:]


_SMALL_WORDS = frozenset(
    ["A", "AN", "AND", "AS", "AT", "BY", "FOR", "IN", "OF", "ON", "OR", "THE", "TO"]
)


def _acronym(word: str) -> bool:
    return len(word) <= 3 and word.isupper() and word not in _SMALL_WORDS


def brief_title(deal: DealSuggestion | None, voice: Voice | None = None, act: str = "") -> str:
    """ "Pakistan to sell JF-17C Block-III fighter jets to Azerbaijan"; led by the side the
    source speaks for when ``voice`` names one ("X awards Y contract for …", N17-09); in the
    deal's own ``act`` when it is a lease, charter or barter (:mod:`deal_act`, N21-02)."""
    if deal is None:
        return ""
    if voice is not None and voice.side and many(deal, voice.side):
        voice = None  # "A and B secures loan from C": the house order reads right for many
    if act == BARTER and deal.seller and deal.buyer:
        names = [*side(deal.seller, deal.more_sellers), *side(deal.buyer, deal.more_buyers)]
        about = f": {deal.item}" if deal.item else ""
        return f"Barter agreement between {joined(names)}{about}"
    if str(deal.kind) in SIGNED_ALIKE and deal.seller and deal.buyer:  # signed alike: no "to"
        names = [*side(deal.seller, deal.more_sellers), *side(deal.buyer, deal.more_buyers)]
        deal = replace(
            deal, seller="", buyer="", more_buyers=[], more_sellers=[], signatories=names
        )
        about = f": {deal.item}" if deal.item else ""
        return f"{deal_title(replace(deal, item=''))}{about}"
    whole = with_co_parties(deal)  # "A and B loan to Zambia" (N19-02)
    plural = [n for n, r in ((whole.seller, "seller"), (whole.buyer, "buyer")) if many(deal, r)]
    return plural_verb(_house_title(whole, voice, act), plural)


def _house_title(deal: DealSuggestion, voice: Voice | None, act: str = "") -> str:
    what = deal.item or deal.kind.replace("_", " ")
    if leased := act_title(deal, act, what):
        return leased  # "Calveran Air Force to lease … from Aerolux Leasing" (N21-02)
    if voice is not None and deal.seller and deal.buyer:
        spoken = voiced_title(str(deal.kind), what, deal.buyer, deal.seller, voice)
        if spoken:
            return spoken
    if deal.is_loan and deal.seller and deal.buyer:
        return f"{deal.seller} {deal.kind} to {deal.buyer}"
    works = works_title(str(deal.kind), deal.item, deal.buyer, deal.seller)
    if deal.seller and deal.buyer and works:
        return works
    if deal.seller and deal.buyer and str(deal.kind) in _ACTS:
        return _ACTS[str(deal.kind)].format(g=deal.seller, r=deal.buyer, what=what)
    if deal.seller and deal.buyer and str(deal.kind) == "acquisition" and not deal.item:
        return (
            f"Acquisition by {deal.buyer} from {deal.seller}"  # not "to buy acquisition" (N22-06)
        )
    if deal.seller and deal.buyer and str(deal.kind) == "acquisition" and not is_stake(what):
        return f"{deal.buyer} to buy {what} from {deal.seller}"  # the buyer's act (N17-01)
    if deal.seller and deal.buyer and deal.item:
        return f"{deal.seller} to sell {what} to {deal.buyer}"
    return one_side_title(deal) or deal_title(deal)


def _title(
    deal: DealSuggestion | None, headline: str, voice: Voice | None = None, act: str = ""
) -> str:
    """The deal's title, or the article's headline when the deal names only its kind's
    catch-all ("Other to Indonesia" read as a title; the headline says what it is)."""
    made = brief_title(deal, voice, act)
    # One side and no item: the title would state a guess ("Energy supply from Tavria State
    # Grain Corporation" for a wheat-for-fertiliser barter, newcomer21 N21-04).
    # An agreement named by its item is signed alike: no seller "to sell" it (N22-02).
    guessed = deal is not None and (
        (not deal.item and (str(deal.kind) in _HEADLINED or not (deal.buyer and deal.seller)))
        or (str(deal.kind) == "other" and named_agreement(deal.item))
    )
    if headline and guessed:
        return headline
    return made or headline


def bluf_draft(deal: DealSuggestion, text: str = "", voice: Voice | None = None) -> str:
    """One sentence from the deal: who, what, to whom, how much, how far along (a proposal in
    the source's own verb when ``text`` is given), led by the side the source speaks for."""
    return deal_sentence(deal, text, voice)


def pasted_title(text: str) -> str:
    """A title for pasted text: its headline, else a short first sentence whole; "" rather
    than a sentence cut mid-phrase (drafting names the source from its deal later)."""
    headline = headline_of(text)
    if headline:
        return headline
    first = " ".join(text.split())
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return sentence.rstrip(".") if len(sentence) <= 100 else ""


def source_details(source: Source, fallback_title: str, extraction: Extraction) -> Source:
    """The source with a proper title (its headline, not a first sentence cut mid-phrase), a
    kind when import could not tell, and an official text's issuer as its outlet (N16-20);
    given titles, kinds and outlets are kept."""
    from briefdesk.editing.source_issuer import issuer_outlet

    update: dict[str, object] = {}
    if outlet := issuer_outlet(source, extraction):
        update["outlet"] = outlet
    if _cut_title(source) and fallback_title:
        update["title"] = fallback_title
    # Names, roles and deals reported in running prose: an article, not a note or a list;
    # but a firm's client report names deals too, and is no news story (N17-07).
    prose = extraction.deals or extraction.actors
    if source.kind is SourceKind.OTHER and prose and not _client_report(source.text):
        update["kind"] = SourceKind.NEWS
    return source.model_copy(update=update) if update else source


def _not_masthead(headline: str, text: str) -> str:
    """``headline``, or "" when it is the outlet's masthead or a time line (N19-06, N19-11)."""
    from briefdesk.sources.masthead import masthead

    head = masthead(text)
    return "" if head is not None and headline in head.lines else headline


def _not_label(headline: str, source: Source) -> str:
    """``headline``, or the source's own title when the first line is only a label (the
    outlet's, "HALDEN CENTRE FOR SPACE SECURITY — COMMENTARY", or any line in capitals,
    "TRANSCRIPT — PRESS CONFERENCE") and the import read a real headline, a
    whole line of the text, as the title (newcomer20 N20-04: the brief was titled "Halden
    centre for space security — commentary")."""
    from briefdesk.sources.label_head import is_label

    outlet, title = source.outlet.strip().casefold(), source.title.strip()
    named = bool(outlet) and outlet in headline.casefold()
    # Any line in capitals is a label when the import read another line as the title:
    # "TRANSCRIPT — PRESS CONFERENCE", "PRESS RELEASE" (newcomer21 N21-04).
    if not headline or not (named or is_label(headline)) or title == headline:
        return headline
    lines = {line.strip() for line in source.text.splitlines()}
    return title if title and title in lines and not _cut_title(source) else headline


def _client_report(text: str) -> bool:
    from briefdesk.sources.report_head import report_head

    found = report_head(text)
    return found is not None and found.is_report


def _cut_title(source: Source) -> bool:
    """No title, one made from the file's name, or one made from the start of the first line
    (paste gives such titles)."""
    title = source.title.strip().rstrip("…").strip()
    if not title:
        return True
    stem = source.filename.rsplit(".", 1)[0]
    if stem and " ".join(re.split(r"[\s_-]+", stem)).casefold() == title.casefold():
        return True
    first = next((line.strip() for line in source.text.splitlines() if line.strip()), "")
    return first.startswith(title) and len(first) > len(title)
