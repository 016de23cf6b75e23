"""Deals said without a price whose sides a verb of its own names (round 10, issue 10).

The unpriced-deal pass (``deal_more.unpriced_deals``) reads sentences with a contract noun or
counted goods, and takes their sides from the parties patterns. Writers of unseen news also
tell a deal by what is done to a licence or who is picked for a job, with no contract noun and
with no buy or sell verb the parties patterns know:

- a licence or permit taken away or suspended: "The Ministry of Mines has revoked the
  exploration licence of Kalahari Copper Ltd", "the junta stripped Atlas Uranium SA of its
  permit": the holder holds granted rights (buyer), the authority granted them (seller);
- a provider picked for a job: "issued a notice of award to Kobe Marine Works Ltd for four
  patrol boats", "has hired Dutch contractor Noordzee Dredging BV for the dredging works",
  "has signed with Tianhe Hydropower Engineering Co for the installation of two turbines": the
  one picked sells, the one picking buys;
- work done by one firm for another: "The engines will be supplied by Rhine Motoren GmbH under
  a subcontract with Baltic Yards AS": the first sells, the contract's other side buys;
- goods bought under a framework agreement with a named firm: a purchase, not a memorandum
  ("concluded a four-year framework agreement with the manufacturer X for 155 mm ammunition");
- an asset sold outright, with no contract noun: "Kestrel Mining agreed to sell its 30% stake
  in the Lobo mine to Andes Copper Partners" (sides from the parties patterns).

Only a side the sentence names is read; a sentence that names one side of such a pattern gives
no deal (the caller needs both).
"""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.deal_frames import sentence_frames
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_licence import licence_kind, licence_sides
from briefdesk.extract.deal_role_named import role_named_sides
from briefdesk.extract.deal_use_rights import gift, use_sides
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.pattern_cues import cued
from briefdesk.extract.resolver import Found
from briefdesk.extract.scans import factored
from briefdesk.extract.side_reading import SideReading
from briefdesk.extract.text import Sentence
from briefdesk.extract.words import word_list

Mention = tuple[int, int, str]

_LICENCE = r"(?:licen[cs]es?|permits?|IUPs?|concessions?|leases?|mining\s+rights?)"
# "revoked the exploration licence of X", "suspended the mining licence held by X".
# (round 11: "suspended for six months the licence of X", "revoked an exploration licence over
# the Mumbwa West area held by X")
_TAKEN = cued(
    r"\b(?P<verb>revoked|revokes|suspended|suspends|cancelled|canceled|cancels|withdrew|"
    r"withdraws|withdrawn|terminated|terminates|annulled|annuls)\s+"
    r"(?:for\s+(?:[\w-]+\s+){1,2}?)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    + _LICENCE
    + r"(?:\s+(?:over|for|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:area|block|deposit|prospect|project|field|concession))?"
    r"\s+(?:of|held\s+by|granted\s+to)\s+(?:the\s+)?(?=[A-Z])"
)
# "stripped X of its permit", "has stripped X of the licence".
_STRIPPED = cued(
    r"\b(?P<verb>stripped|strips)\s+(?=[A-Z])(?P<who>[^,;]{2,80}?)\s+of\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,3}?" + _LICENCE + r"\b"
)
# "issued a notice of award to X", "has hired (Dutch contractor) X for", "signed with X for the
# installation of", "Latvia's award of a contract to X for".
_PICKED = re.compile(
    r"\b(?P<verb>(?:issued|gave|sent)\s+(?:a|the)\s+notice\s+of\s+award\s+to|"
    # the nominal: "Latvia's award last month of a contract to X for 24 radar units" (N10-04)
    r"award\s+(?:[A-Za-z]+\s+){0,2}?of\s+(?:a|the)\s+contract\s+to|"
    r"(?:hired|hires|engaged|engages|retained|retains|selected|selects|chose|picked|picks)|"
    r"(?:signed|signs)\s+with)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?=[A-Z])"
    r"(?P<who>[^;]{2,80}?)\s+(?:for|to)\s+(?:the\s+|a\s+|an\s+)?(?P<job>(?:[\w-]+\s+){0,3}[a-z]+)\b"
)
# "X has been selected by Y to supply ...": the one selected sells.
_PICKED_BY = cued(
    r"\b(?:has|have|was|were)\s+been\s+(?:selected|chosen|picked|hired|contracted)\s+by\s+"
    r"(?P<who>[^;]{2,80}?)\s+(?:for|to)\s+(?:the\s+|a\s+|an\s+)?(?P<job>(?:[\w-]+\s+){0,3}[a-z]+)\b"
)
# Jobs one firm does for another (a "for the ..." that is no purpose clause of another verb).
_JOBS = word_list("unpriced_jobs")
# "supplied by X under a (separate) subcontract with Y".
# (or "X will make cabling and shelters under a subcontract", "fabricated by X under a work-share
# agreement": the provider alone, its client told elsewhere)
_UNDER = (
    r"\s+under\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:sub)?(?:contract|agreement)\b"
    r"(?P<with>\s+with\s+(?=[A-Z]))?"
)
_BY_UNDER = cued(
    r"\b(?:supplied|built|made|assembled|fabricated|done|provided|installed|delivered|"
    r"manufactured|integrated)\s+by\s+(?P<who>[^;]{2,120}?)" + _UNDER
)
_WILL_UNDER = cued(
    r"\bwill\s+(?:make|build|supply|assemble|fabricate|provide|manufacture|install|integrate)\b"
    r"[^;]{2,100}?" + _UNDER
)
# "agreed to sell its stake in X to Y", "will buy the wind farm from Y": sold outright.
_OUTRIGHT = cued(
    r"\b(?:(?:agreed|agrees|agree)\s+to|will|is\s+to|are\s+to)\s+(?:sell|buy|acquire|purchase)\b"
    r"[^;]{3,120}?\b(?:to|from)\s+(?:[\w-]+\s+){0,3}?[A-Z]"
)
# "gave the concession for the terminal to X", "granted a 35-year lease of 50 acres to X",
# "granted on Monday a mining concession of 9,600 hectares to X" (N14-01: a day between).
_GIVEN = cued(
    r"\b(?P<verb>gave|gives|granted|grants|awarded|awards|leased|leases)\s+"
    r"(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+|(?:yesterday|today)\s+)?(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:concession|lease|licen[cs]e|permit)\b[^;]{0,80}?\bto\s+(?=[A-Z])"
)
# "has taken two tanker aircraft on a three-year wet lease from X", "chartered two tankers from X".
_LEASED_FROM = cued(
    r"\b(?P<verb>taken|took|takes)\s+[^;]{2,80}?\bon\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:lease|charter)\s+from\s+(?:the\s+)?(?=[A-Z])"
)
# "Japan has handed over the patrol boat Kukum to Solomon Islands", "donated by the Chinese
# government, was handed over to the National Disaster Management Office": goods given.
_HANDED = cued(
    r"\b(?:handed\s+over|donated|gifted|transfer,?\s+at\s+no\s+cost,?\s+of|"
    r"transfer,?\s+free\s+of\s+charge,?\s+of)\s+(?:(?:the|a|an|its|\w+)\s+)?[^;]{0,80}?\bto\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
_DONATED = re.compile(r"\b(?:donated|gifted|donation|gift|at\s+no\s+cost|free\s+of\s+charge)\b")
_DONATED_BY = lazy(r"\b(?:donated|gifted)\s+by\s+(?:the\s+)?(?=[A-Z])")
# A share of a company or project sold: no supply of what the project makes.
STAKE = cued(
    r"\b(?:sell|buy|acquire|purchase)\s+(?:its|their|a|the)\s+(?:[\w%-]+\s+){0,2}?"
    r"(?:stake|interest|shares|holding)\b"
)
_GATE = (
    "licen",
    "permit",
    "IUP",
    "concession",
    "lease",
    "rights",
    "award",
    "hire",
    "engage",
    "retain",
    "select",
    "chose",
    "picked",
    "picks",
    "signed with",
    "signs with",
    "under a",
    "sell",
    "buy",
    "acquire",
    "purchase",
    "charter",
    "handed over",
    "donated",
    "gifted",
    "transfer",
)
# One search for any gate word, not one substring test per word (case kept: "IUP").
# (scans.factored: one branch per first letter, not 27 tried at every candidate letter)
_GATE_RE = re.compile(factored([re.escape(word) for word in _GATE], cased=True))
# A plan, wish or past deal, not a deal told as news.
_NOT_NEWS = re.compile(
    r"\b(?-i:may)\b|"  # (the modal, not the month)
    r"\b(?-i:plans?|planned|Plans?(?=\s+to\b))\b|"  # ("the Work Plan" is a document)
    r"\b(?:wants?|wanted|hopes?|seeks?|sought|considering|could|might|would|"
    r"if|whether|talks|negotiat\w+|reportedly|rumou?rs?|(?:reported|reports|denied|denies)\s+that)\b|"
    r"\b(?:in|since)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


# "concluded a four-year framework agreement with the Polish manufacturer X for 155 mm
# ammunition", "is bought under a framework agreement with X": goods bought under a framework
# from a named firm, no memorandum.
_FRAMEWORK_WITH = re.compile(
    r"\bframework\s+(?:agreement|contract|deal)\b[^.;]{0,40}?\bwith\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?[A-Z]"
)
_MEMORANDA = re.compile(r"(?i:memorand|letters?\s+of\s+intent|heads\s+of\s+agreement)|MoU|MOU|LoI")


# No deal told: a report denied, an agreement said not to exist, an order book.
_NO_DEAL = cued(
    r"\b(?:denied|denies|dismissed|rejected)\b[^.;]{0,40}?\breports?\b|"
    r"\bthere\s+(?:is|are|was|were)\s+(?:still\s+)?no\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreement|contract|deal|order)s?\b|\border\s*books?\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\blast\s+year\b|\byears\s+ago\b")


def background_only(sentence: str, status: Callable[[str, bool], str]) -> bool:
    """Whether an unpriced sentence tells no deal of today: a denied report ("denied foreign
    media reports that Pakistan had signed a contract"), an agreement said not to exist, an
    order book, or a deal whose only status is told as past background ("Burundi signed an
    agreement with Tanzania in 2022", "a previous design contract ... was terminated last
    year"); ``status`` is deal_status (sentence, current_only)."""
    if _NO_DEAL.search(sentence):
        return True
    if not _YEAR.search(sentence):
        return False
    return status(sentence, True) == "reported" and status(sentence, False) != "reported"


def framework_order(sentence: str) -> str:
    """The sentence as its kind should read it: a framework agreement with a named firm orders
    goods ("framework" left out, so the goods tell the kind); any other sentence as it is."""
    if "framework" not in sentence or _MEMORANDA.search(sentence):
        return sentence
    if not _FRAMEWORK_WITH.search(sentence):
        return sentence
    return sentence.replace("framework ", "")


def acted_deal(sentence: str) -> bool:
    """Whether a sentence without an amount tells a deal by a verb of this module."""
    if not _GATE_RE.search(sentence) or _NOT_NEWS.search(sentence):
        return False
    picked = _PICKED.search(sentence)
    return bool(
        _TAKEN.search(sentence)
        or _STRIPPED.search(sentence)
        or (picked and _is_job(picked.group("job")))
        or ((by := _PICKED_BY.search(sentence)) and _is_job(by.group("job")))
        or _BY_UNDER.search(sentence)
        or _WILL_UNDER.search(sentence)
        or _OUTRIGHT.search(sentence)
        or _GIVEN.search(sentence)
        or _LEASED_FROM.search(sentence)
        or _HANDED.search(sentence)
        or licence_kind(sentence)
    )


def _is_job(words: str) -> bool:
    """Whether "for the <words>" names a job ("the dredging works", "four patrol boats")."""
    return not _JOBS.isdisjoint(words.lower().split())


def read_sides(
    text: str,
    found: Found,
    deal: DealBuild,
    sentence: Sentence,
    mentions: list[Mention],
    reading: SideReading | None = None,
) -> None:
    """An unpriced deal's empty sides: from its sentence's frames (deal_frames), then from
    this module's verbs (``reading``: the facts the side readers share, side_reading)."""
    sentence_frames(text, found, deal, sentence, mentions, reading)
    acted_sides(text, found, deal, sentence, mentions)
    role_named_sides(text, found, deal, sentence, mentions)  # "... The supplier is X." (r23)


def acted_sides(
    text: str, found: Found, deal: DealBuild, sentence: Sentence, mentions: list[Mention]
) -> None:
    """Fill a deal's empty sides from this module's verbs (nothing when the verb's sides are
    not both named, or the parties patterns read them another way); where the verb's sides
    stand, it also tells the kind and status ("handed over": a grant delivered; "stripped X
    of its permit": cancelled)."""
    if STAKE.search(sentence.text):
        deal.kind = "other"  # "agreed to sell its 20% stake in an offshore gas project"
    if not mentions:
        return
    body = sentence.text
    start = sentence.start
    licensed = licence_sides(body, start, mentions) if deal.kind == "licensed_production" else None
    if licensed:  # the licensee makes the goods: "assembled by X" names no seller here
        deal.buyer = deal.seller = ""
    sides = licensed or _taken(body, start, mentions) or _picked(body, start, mentions)
    sides = sides or _by_under(body, start, mentions) or _given(body, start, mentions)
    sides = sides or use_sides(body, start, mentions)  # a lease, charter or gift (round 14)
    if not sides or sides[0] == sides[1]:
        return
    buyer, seller, why = sides
    buyer_name = found.actors[buyer].name if buyer else ""
    seller_name = found.actors[seller].name if seller else ""
    if deal.buyer not in ("", buyer_name) or deal.seller not in ("", seller_name):
        return  # the parties patterns read it another way: theirs stands
    if not deal.buyer and buyer_name:
        deal.buyer, deal.buyer_why = buyer_name, f"holds or pays for what {why}"
    if not deal.seller:
        deal.seller, deal.seller_why = seller_name, f"the other side: {why}"
    if deal.status == "reported" and why.endswith("grantor"):  # "stripped X of its permit"
        deal.status = "suspended" if why.startswith("'susp") else "cancelled"
    elif deal.status == "reported" and why.endswith("granted"):  # "gave the concession to X"
        deal.status = "signed"
    if why.startswith("given") and (
        gift(body) or _DONATED.search(body) or (seller and found.actors[seller].type == "state")
    ):
        # "Japan has handed over the patrol boat Kukum to Solomon Islands"; craft "built by X
        # were handed over to" their buyer is a sale delivered.
        deal.kind = "grant"


def licence_taken(deal: DealBuild, sentence: str) -> bool:
    """Whether ``deal`` takes a licence from its holder (its buyer: "revoked the exploration
    licence of X"): a deal even when the grantor goes unnamed (round 11)."""
    return bool(deal.buyer and _GATE_RE.search(sentence) and _TAKEN.search(sentence))


def handed_over(sentence: str) -> bool:
    """Whether goods are handed over or donated: a grant in kind, a deal with sides."""
    hinted = any(word in sentence for word in ("handed over", "donated", "gifted", "transfer"))
    return (hinted and bool(_HANDED.search(sentence))) or gift(sentence)


def _first_at(mentions: list[Mention], position: int, reach: int = 60, body: str = "") -> str:
    """The key of the first mention starting at or within ``reach`` after ``position``; with
    ``body`` (the text from ``position`` on), "" when that mention only says who owns the
    holder ("the Chinese-owned X": China holds no licence)."""
    for begin, end, key in mentions:
        if position <= begin <= position + reach:
            owned = body[end - position : end - position + 6] == "-owned"
            return "" if owned else key
    return ""


def _last_before(mentions: list[Mention], position: int) -> str:
    """The key of the nearest mention ending before ``position`` (the verb's subject)."""
    before = [key for _begin, end, key in mentions if end <= position]
    return before[-1] if before else ""


def _taken(body: str, start: int, mentions: list[Mention]) -> tuple[str, str, str] | None:
    for match in _TAKEN.finditer(body):
        holder = _first_at(mentions, start + match.end(), 4, body[match.end() :])
        authority = _last_before(mentions, start + match.start())
        if holder:  # ("The same ministry has revoked ...": the grantor may go unnamed)
            return holder, authority, f"{match.group('verb')!r} a licence: holder and grantor"
    stripped = _STRIPPED.search(body)
    if stripped:
        who = stripped.start("who")
        holder = _first_at(mentions, start + who, 30, body[who:])
        authority = _last_before(mentions, start + stripped.start())
        if holder and authority:
            return holder, authority, "'stripped ... of its' licence: holder and grantor"
    return None


def _picked(body: str, start: int, mentions: list[Mention]) -> tuple[str, str, str] | None:
    match = _PICKED_BY.search(body)
    if match and _is_job(match.group("job")):  # "has been selected by Y to supply"
        provider = _last_before(mentions, start + match.start())
        client = _first_at(mentions, start + match.start("who"), 40)
        if provider and client:
            return client, provider, "'selected by' a client for a job: the one picked sells"
    match = _PICKED.search(body)
    if not match or not _is_job(match.group("job")):
        return None
    provider = _first_at(mentions, start + match.start("who"), 40)
    client = _last_before(mentions, start + match.start())
    if provider and client:
        verb = " ".join(match.group("verb").split()[:2])
        return client, provider, f"{verb!r} for a job: the one picked sells"
    return None


def _by_under(body: str, start: int, mentions: list[Mention]) -> tuple[str, str, str] | None:
    """(client or "" when the sentence names none, provider, why)."""
    match = _BY_UNDER.search(body)
    if match:  # ("by its Philippine partner, Batangas Marine Systems Inc.": the firm)
        span = [
            k for b, _e, k in mentions if start + match.start("who") <= b < start + match.end("who")
        ]
        provider = next((k for k in span if not k.startswith("state:")), span[0] if span else "")
    elif match := _WILL_UNDER.search(body):
        provider = _last_before(mentions, start + match.start())
    if not match or not provider:
        return None
    client = _first_at(mentions, start + match.end(), 4) if match.group("with") else ""
    return client, provider, "'X makes it under a contract (with Y)': X sells (to Y)"


def _given(body: str, start: int, mentions: list[Mention]) -> tuple[str, str, str] | None:
    """Rights given to a holder, something leased from an owner, goods handed over or donated:
    (receiver, giver, why)."""
    for pattern, why in (
        (_GIVEN, "rights granted"),
        (_LEASED_FROM, "leased from an owner: rights granted"),
        (_HANDED, "given: goods handed over or donated"),
    ):
        match = pattern.search(body)
        if not match:
            continue
        other = _first_at(mentions, start + match.end(), 4)
        subject = _last_before(mentions, start + match.start())
        donor = _DONATED_BY.search(body)
        if pattern is _HANDED and donor:  # "donated by X, was handed over to Y"
            subject = _first_at(mentions, start + donor.end(), 4)
        if not (other and subject):
            continue
        if pattern is _LEASED_FROM:
            return subject, other, why
        return other, subject, why
    return None
