"""Who a deal's parties are: one side or two, a state or its company, lender or not."""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.lexicon import ORG_DESCRIPTORS
from briefdesk.extract.resolver import ActorBuild, Found
from briefdesk.extract.scans import Gated
from briefdesk.extract.words import word_list

# Between a state and its company: "South Korea's Haesong", "South African manufacturer Karoo".
LEADS_TO_COMPANY = re.compile(r"(?:-[A-Z]\w*)?(?:['’]s)?\s+((?:[a-z-]+\s+){0,3})")


def leads_to_company(gap: str) -> bool:
    """Only a possessive and describing words lie between: never a verb ("Guinea granted X")."""
    match = LEADS_TO_COMPANY.fullmatch(gap)
    if match is None:
        return False
    return all(
        word in ORG_DESCRIPTORS
        or word in {"state-owned", "state", "defence", "defense", "private"}
        # an agent noun: "Spanish builder", "Thai explorer", "Korean contractor"
        or (word.endswith(("er", "or")) and word not in _NOT_AGENTS)
        for word in match.group(1).split()
    )


_NOT_AGENTS = frozenset({"after", "for", "however", "never", "or", "order", "other", "over", "per"})


# Concessions and production-sharing contracts: the granting state sells the rights.
# Rights granted under other names read the same way: a mining convention, a mining or
# exploration licence, a lease of a site, an offshore block.
_CONCESSION = Gated(
    ("oncession", "roduction", "PSC"), r"\b(?:[Cc]oncessions?|[Pp]roduction[- ][Ss]haring|PSCs?)\b"
)
_RIGHTS = re.compile(
    r"\b(?:(?:mining|investment|establishment)\s+conventions?|"
    r"(?:mineral|mining)\s+(?:development\s+)?agreements?|"
    r"(?:mining|exploration|exploitation|prospecting|extraction|production|oil|gas|petroleum)"
    r"\s+(?:licen[cs]es?|permits?|leases?|rights)|"
    r"(?:\d+-year|long-term)\s+lease|(?:offshore|onshore|exploration|oil|gas)\s+blocks?|"
    # (round 26) a state's agreement with the investor it lets build or mine: the state grants
    r"(?:investment|project\s+development|(?:land\s+)?usufruct|host\s+government)\s+agreements?)\b",
    re.IGNORECASE,
)
_RIGHTS_HINT = Gated(
    ("onvention", "icen", "ermit", "ease", "ights", "lock", "greement"),
    r"\b(?:[Cc]onventions?|[Ll]icen[cs]es?|[Pp]ermits?|[Ll]eases?|[Rr]ights|[Bb]locks?|"
    r"[Aa]greements?)\b",
)


class _Concession:
    """``CONCESSION.search(text)``: the plain words first, the longer phrases only when one of
    their nouns occurs (the deal pass asks this of every sentence it reads)."""

    def search(self, text: str) -> re.Match[str] | None:
        found = _CONCESSION.search(text)
        if found or not _RIGHTS_HINT.search(text):
            return found
        return _RIGHTS.search(text)


CONCESSION = _Concession()
# ", operator of the Port of Manta under a state concession,": an apposition describes a party;
# the rights it names are not the deal's.
_APPOSITION = re.compile(r",\s+(?:(?:the|a|an)\s+)?[a-z][^,;]{0,80},")


# (round 26) "acquire a 40% working interest in the X exploration block from Y": a share of
# rights a holder already has, bought from that holder (a farm-in), not rights a state grants.
_SHARE_OF_RIGHTS = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s?%|(?:[Pp]articipating|[Ww]orking)|[Pp]er\s?cent)\s+"
    r"(?:(?:working|participating)\s+)?(?:interest|stake)\s+in\s+(?:the\s+|its\s+)?"
    r"(?:(?:[A-Z0-9][\w'’-]*|offshore|onshore|deepwater|exploration|shale|oil|gas)\s+){0,6}?"
    r"[Bb]locks?\b"
)


def concession_in(text: str) -> bool:
    """Whether ``text`` speaks of a concession (or rights like it) outside its appositions."""
    if CONCESSION.search(text) is None:
        return False
    if "nterest in" in text or "take in" in text:
        text = _SHARE_OF_RIGHTS.sub(" ", text)
    return CONCESSION.search(_APPOSITION.sub(",", text)) is not None


def same_side(a: ActorBuild, b: ActorBuild) -> bool:
    """An organisation and its own country are one party, not a buyer and a seller."""
    if a is b:
        return True
    a_marks = {a.name, a.country} - {""}
    b_marks = {b.name, b.country} - {""}
    return bool(
        (a.affiliation and a.affiliation in b_marks)
        or (b.affiliation and b.affiliation in a_marks)
        or (a.affiliation and a.affiliation == b.affiliation)
        # "Hungarian state-owned group MVM" and Hungary: a company and the state it belongs to.
        or (bool(a.country) and a.country == b.country and "state" in {a.type, b.type})
    )


def lender_like(actor: ActorBuild) -> bool:
    """Banks and funds lend; states and companies borrow."""
    words = set(re.findall(r"[^\W\d_]+", actor.name.lower()))
    return bool(
        words
        & {
            "bank",
            "fund",
            "exim",
            "finance",
            "financing",
            "investment",
            "credit",
            "cooperation",
            "développement",
            # banks and funds named in their own language
            "banco",
            "banque",
            "banca",
            "fondo",
            "fonds",
            "fundo",
            "desarrollo",
            "desenvolvimento",
        }
    ) or (
        (actor.type == "international_organization" and actor.name.isupper())
        # a bank named in one word: "Hanseatische Exportbank AG", "Norddeutsche Landesbank"
        or any(w.endswith("bank") and len(w) > 6 for w in words)
    )


# A state's finance or investment ministry borrows for it beside a bank ("The Ministry of
# Economy and Finance of Uzbekistan and the AIIB signed a loan agreement"), though "finance"
# is in its name (round 19, fresh-16 U21); beside a state it may lend for its own state.
_MINISTRY = re.compile(r"(?:federal\s+|state\s+)?(?:ministry|department)\s+(?:of|for)\b")
_TREASURY_WORDS = frozenset({"finance", "financing", "investment", "credit"})


def treasury_ministry(actor: ActorBuild) -> bool:
    """A ministry whose only lending word is finance or investment ("Finance Ministry")."""
    name = actor.name.lower()
    if not (_MINISTRY.match(name) or name.endswith(" ministry")):
        return False
    words = set(re.findall(r"[a-z]+", name))
    return (
        bool(words & _TREASURY_WORDS)
        and lender_like(actor)
        and not (words & {"bank", "fund", "cooperation", "développement", "development"})
    )


_GOVERNMENT_HEADS = word_list("government_heads")
_DONOR_BODIES = word_list("donor_bodies")


def donor_body(actor: ActorBuild) -> bool:
    """A body that gives in a loan or grant sentence and never borrows (the European Union
    and its Council and Commission): a lender there, but no bank or fund to look for beside
    a deal."""
    return actor.name.lower() in _DONOR_BODIES


def is_government(actor: ActorBuild) -> bool:
    """A state, or a body whose name has a public head word (ministry, agency, board ...)."""
    if actor.type == "state":
        return True
    return not _GOVERNMENT_HEADS.isdisjoint(actor.name.lower().split())


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies within a longer one of the sorted ``spans`` (names are short:
    only spans that start at most 200 characters before are read)."""
    index = bisect.bisect_right(spans, (start, 10**12)) - 1
    while index >= 0 and spans[index][0] >= start - 200:
        span_start, span_end = spans[index]
        if span_end >= end and span_end - span_start > end - start:
            return True
        index -= 1
    return False


def main_state(found: Found) -> str:
    """The key of the state an article is about: named at least three times and more often than
    any other state. A deal with one named side and an unnamed other side done with "the
    government" or "the Cabinet" is most often done with that state."""
    counts: dict[str, int] = {}
    # "China" inside "China Orbit Launch Co" names the company, not the state.
    spans = sorted(
        (start, end) for start, end, key in found.mentions if not key.startswith("state:")
    )
    for start, end, key in found.mentions:
        actor = found.actors.get(key)
        if (
            actor
            and actor.type == "state"
            and start >= found.dateline_end
            and not _inside(spans, start, end)
        ):
            counts[key] = counts.get(key, 0) + 1
    home = _dateline_state(found)
    if home in counts:
        # "BISHKEK (Reuters) - Kyrgyzstan has suspended ...": the dateline's own state, named
        # in the body, is the article's state even when a foreign one is named more often.
        return home
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


def described_as(text: str, actor: ActorBuild, state: ActorBuild) -> bool:
    """ "Okinawa Suido Engineering, a Japanese firm": an apposition right after a mention of
    ``actor`` names ``state`` (by its demonym or name) as the actor's own."""
    adjectives = gazetteer().adjectives
    for start, end in actor.evidence:
        # "was awarded to state builder PT Wijaya Karsa": owned by the article's own state
        if _STATE_OWNED.search(text, max(0, start - 30), start):
            return True
        match = _DESCRIBED.match(text, end)
        if match and state.country and adjectives.get(match.group(1)) == state.country:
            return True
        if match and match.group(1) == state.name:
            return True
    return False


_STATE_OWNED = re.compile(r"\bstate(?:-owned|-run)?\s+(?:[a-z]+\s+){0,2}$")
_DESCRIBED = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)")


def _dateline_state(found: Found) -> str:
    """The key of the state of the dateline's city ("DODOMA -" -> Tanzania), '' when none."""
    if not found.dateline_end:
        return ""
    end = found.dateline_end
    before = [p for p in found.places.values() if p.evidence and p.evidence[0][0] < end]
    if not before:
        return ""
    city = max(before, key=lambda p: p.evidence[0][0]).name  # the dateline's, just before its end
    gaz = gazetteer()
    code = gaz.capitals.get(city, "") or gaz.cities.get(city, ("", 0))[0]
    return next(
        (k for k, a in found.actors.items() if code and a.type == "state" and a.country == code),
        "",
    )


# "with Dutch shipbuilder Damen", "with a subsidiary of Turkish group Otokar", "A and B"; a seat
# of several words before "-based" ("with São José dos Campos-based X", round 20).
JOINED = re.compile(
    r"\b(?:(with|between)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w]*(?:\s+(?:d[aeo]s?|del|[A-Z][\w]*)){0,3}-(?:based|listed|owned|registered)\s+)?"
    r"(?:(?!and\b|or\b)[a-z-]+\s+(?:of\s+)?){0,3}"
    r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:(?!and\b|or\b)[a-z-]+\s+){0,2})?|and\s+(?:the\s+)?(?:company\s+|firm\s+|group\s+)?)"
    r"(?:[A-Z][\w.-]*['’]s\s+)?$"
)


# "has signed a launch services contract with", "inked a deal with": a party after "with";
# round 20: "is due to sign", "executed", "signed operating leases for four jets with".
SIGNED_WITH = re.compile(
    r"\b(?:signed|signs|sign|inked|inks|sealed|seals|concluded|agreed|executed|entered\s+into|"
    r"suspended|cancelled|canceled|terminated|scrapped|negotiating|negotiates)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:contract|agreement|deal|order|offtake|off-take|"
    r"lease|memorandum|charter)s?\s+(?:(?:for|over|of|on)\s+[^.;,]{0,60}?\s+)?with\b"
)


# A contract signed is a deal, not a habit ("signed a contract to buy 60,000 tonnes a year";
# deal_more.unpriced_veto); round 20: "executed", "entered into", an offtake, lease, memorandum.
SIGNED_FOR = re.compile(
    r"\b(?:signed|agreed|inked|sealed|executed|concluded|initiall?ed|entered\s+into)\s+"
    r"(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:contract|deal|agreement|offtake|off-take|lease|memorandum)\b"
)


# The two sides named as a pair: "A and B have signed", "signed yesterday between the State
# and the company X", "The power purchase agreement with X was cancelled".
PAIRED = re.compile(
    r"\band\s+[A-Z][^.;]{0,80}?\s(?:have|has|had)\s+(?:also\s+)?(?:signed|inked|agreed)\b|"
    r"\b(?:signed|concluded|agreed)\s+(?:\w+\s+){0,3}?between\b|"
    # "The power purchase agreement was signed in Bangkok on Tuesday by A and B"
    r"\b(?:was|were|been)\s+(?:signed|concluded|inked)\b[^.;]{0,50}?\bby\s+(?:the\s+)?[A-Z]"
    r"[^.;]{0,100}?\sand\s+(?:the\s+)?[A-Z]|"
    r"\b(?:agreement|contract|deal|concession|lease)\s+with\s+[^.;]{3,60}?\s(?:was|has\s+been)\s+"
    r"(?:cancelled|canceled|suspended|terminated|scrapped|signed)\b"
)


def acting_for(
    text: str,
    actors: dict[str, ActorBuild],
    key: str,
    why: str,
    mentions: list[tuple[int, int, str]],
) -> tuple[str, str]:
    """:func:`company_for` with its why: the why named the state's place in the sentence, so
    when the body acting for it is taken instead, the why says so (it read "buyer: subject of
    'has agreed to'" beside a buyer that was no subject)."""
    acting = company_for(text, actors, key, mentions)
    if acting != key and key in actors and acting in actors:
        why = f"{why}: {actors[key].name}, and {actors[acting].name} acts for it in the sentence"
    return acting, why


def acting_sides(
    text: str,
    actors: dict[str, ActorBuild],
    sides: tuple[str, str, str, str],
    mentions: list[tuple[int, int, str]],
) -> tuple[str, str, str, str]:
    """:func:`acting_for` on both sides (buyer, its why, seller, its why). A bank or fund and
    a state of its own country read as the two sides ("a loan … with the Bilbao lender X",
    "the money comes from Spain"): the lender is named as one, the state only guessed as the
    borrower, so the lender stays and the state goes (round 25: a lender's country from its
    city had made it one party with the state, and the lender was dropped)."""
    buyer, buyer_why, seller, seller_why = sides
    if buyer in actors and seller in actors and buyer != seller:
        state, lender = actors[buyer], actors[seller]
        if state.type == "state" and lender_like(lender) and same_side(state, lender):
            buyer, buyer_why = "", ""
    buyer, buyer_why = acting_for(text, actors, buyer, buyer_why, mentions)
    seller, seller_why = acting_for(text, actors, seller, seller_why, mentions)
    return buyer, buyer_why, seller, seller_why


def company_for(
    text: str, actors: dict[str, ActorBuild], key: str, mentions: list[tuple[int, int, str]]
) -> str:
    """A state party stands for the company or body of that state the sentence names as
    the one acting: "from South African manufacturer Karoo Defence Systems", "with South
    Korea's Haesong", "the Philippine Department of National Defense signed"."""
    state = actors.get(key)
    if state is None or state.type != "state":
        return key
    spots = [(start, end) for start, end, k in mentions if k == key]
    adjectives = gazetteer().adjectives
    for start, _end, other in mentions:
        org = actors[other]
        if org.type != "organization":
            continue
        if org.country == state.country and org.country:
            return other
        if any(
            0 <= start - spot_end <= 60
            and (
                leads_to_company(text[spot_end:start])
                # "Italian yard Cantiere Navale": after a demonym (or a short form used as
                # one: "US launch provider X"), any describing nouns
                or (
                    (
                        text[spot_start:spot_end] in adjectives
                        or _SHORT_FORM.fullmatch(text[spot_start:spot_end])
                    )
                    and _NOUNS.fullmatch(text[spot_end:start])
                )
            )
            for spot_start, spot_end in spots
        ):
            return other
    return key


_SHORT_FORM = re.compile(r"[A-Z]{2,3}|U\.S\.|U\.K\.")
_NOUNS = re.compile(
    r"\s+(?:(?![a-z]+ed\b|(?:from|to|by|for|with|and|or|of|in|on|at|as|the|a|an|was|were|is|"
    r"are|has|have|had|will|would|says?|said)\b)[a-z-]+\s+){1,3}"
)
