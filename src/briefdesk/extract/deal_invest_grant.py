"""The rights an investment pledge prices, told in a sentence before it (round 23, issue 10).

A concession, convention or licence is often told in two steps by writers of every kind (wire,
ministry Q&A, translated weekly, award summary): who granted what to whom first, the pledge
after it, naming the holder only by pointing back or by a short form:

- "The Autorité portuaire des Comores (APC) granted the operation of the quays to Océanis
  Terminaux Comores, a subsidiary of a group based in Marseille. The concessionaire undertakes
  to invest 85 million euros";
- "The contract was signed by the state development agency Corfo and Salar Andino Litio SpA, a
  joint venture of A and B. It runs for 30 years. The consortium has committed to invest ...";
- "the Republic of Madagascar ... granted MCT a 30-year concession. MCT undertook to invest ...".

``deal_commitments`` reads the holder from the pledge's own words or the one sentence before
and the grantor from the government bodies named nearby; a pointer two sentences away, a
consortium's member named last, a grantor whose name has no public head word ("Corfo", "APC")
or a contractor named in the sentence after were lost. Here the grant sentence is found (the
nearest sentence before that names rights, no works contract, a company and another party; at
most three such sentences back, within 1,200 characters; a nearer one naming rights and its
company alone stops the search), and its parties decide: the holder is the pledge's named
subject or short form, else the company named after the grant's verb ("granted ... to Y",
"signed a concession with Y"); the grantor is the grant sentence's public side (a body before
its state), else its one other party. Members named in a description of a company (", a joint
venture of A and B", ", led by A"), a company's home state ("Belgian", "incorporated in
Canada", "South Korea's X") and its owner ("its subsidiary Y") are no sides. The unpriced deal
read from the same grant with the same two sides is the pledge's deal told first: it goes.
"""

from __future__ import annotations

import bisect
import itertools

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import PARTY_TYPES, DealBuild
from briefdesk.extract.deal_parties import is_government
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.resolver import ActorBuild, Found

Mention = tuple[int, int, str]

# A sentence that tells rights granted or an agreement for them signed: the verb (the holder
# is named after it: "granted X to Y", "signed a concession with Y"), else the rights' noun.
_GRANT_VERB = re.compile(
    r"\b(?:grant(?:s|ed)?|award(?:s|ed)?|hand(?:s|ed)|gave|gives|attributed|concluded|signed|"
    r"chosen|chose|selected)\b",
    re.I,
)
_RIGHTS = re.compile(
    r"\b(?:concessions?|conventions?|licen[cs]es?|permits?|leases?|"
    r"project\s+development\s+agreement|operating\s+contract|the\s+right\s+to|"
    r"(?:mining|exploration|production[- ]sharing|host[- ]government)\s+(?:agreement|contract)|"
    r"the\s+operation\s+of)\b",
    re.I,
)
# "awarded the EPC contract to X": works bought, no rights granted.
_WORKS = re.compile(
    r"\b(?:EPC|engineering|construction|civil\s+works|supply|procurement|dredging)\s+"
    r"(?:contract|deal|order)",
    re.I,
)
# ", a joint venture of A and B", "a consortium led by A", ", a subsidiary of X": the names
# after it describe the company before it.
_DESCRIPTION = re.compile(
    r"\s*(?:\([^()]{0,40}\))?\s*,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:joint\s+venture|consortium|subsidiary|unit|arm|company|group|partnership|venture|"
    r"vehicle|firm)\b|\s*,\s+(?:led|owned|formed|backed)\s+by\b"
)
_STATE_DESCRIBED = re.compile(
    r"\b(?:state|government|public|national)(?:-owned|-run)?\s+(?:[a-z]+\s+){0,2}$"
)
# "a company incorporated in Canada", "based in Perth": a company's home, no party.
_HOME_BEFORE = lazy(
    r"\b(?:incorporated|registered|based|headquartered|listed|domiciled)\s+in\s+(?:the\s+)?$"
)
# "its 85%-owned subsidiary, X", "X, a unit of Y": an owner and its company are one side.
_OWNER_LINK = re.compile(r"\b(?:subsidiar(?:y|ies)|owned|unit|arm|parent|affiliate)\b")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|ch|i)$")
_HOME_AFTER = re.compile(r"-(?:based|registered|listed|headquartered)\b")
_POSSESSIVE = re.compile(r"['’]s\s+")
# "The state-run company has committed": a pointer to the public side, no holder.
_PUBLIC_SUBJECT = re.compile(
    r"\b(?:state|government|public)(?:-owned|-run)?\s+(?:[a-z]+\s+)?"
    r"(?:company|corporation|firm|enterprise|operator|utility|agency)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(]?[A-Z0-9])|\n\s*")
# "Mr. Sunil", "Co. Ltd", "J. Smith": a period that ends no sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Hon|Prof|St|No|Co|Jr|Sr|Gen|Col|Lt|Capt|Messrs)|\b[A-Z])\.$"
)
_CLOSED = (".", "!", "?", '."', ".”", ".’", ".)")
_REACH = 3  # sentences naming two parties or more read before the pledge for its grant
_WINDOW = 1200  # characters before the pledge read for them


def _sentences_before(text: str, start: int) -> list[tuple[int, int]]:
    """The whole sentences ending before ``start`` within ``_WINDOW``, nearest first."""
    low = max(0, start - _WINDOW)
    cuts = [
        m.end()
        for m in _SENTENCE_END.finditer(text, low, start)
        if not _ABBREVIATION.search(text, max(0, m.start() - 6), m.start() + 1)
    ]
    bounds = [low, *cuts, start] if low == 0 else [*cuts, start]  # (no sentence cut in two)
    spans = [
        (a, b)
        for a, b in itertools.pairwise(bounds)
        if text[a:b].rstrip().endswith(_CLOSED)  # (a headline or title line tells no grant)
    ]
    return spans[::-1]


def _parties(
    text: str, found: Found, mentions: list[Mention], start: int, end: int
) -> list[Mention]:
    """The party mentions in [start, end), longest of overlapping ones, without the members
    named in a description of a company."""
    at = bisect.bisect_left(mentions, (max(start, found.dateline_end), -1, ""))  # no outlet
    out: list[Mention] = []
    for m in mentions[at:]:
        if m[0] >= end:
            break
        actor = found.actors.get(m[2])
        if actor is None or actor.type not in PARTY_TYPES or not actor.name:
            continue
        if out and m[0] < out[-1][1]:
            if m[1] - m[0] > out[-1][1] - out[-1][0]:
                out[-1] = m
            continue
        out.append(m)
    kept: list[Mention] = []
    for m in out:
        kept.append(m)
        if _company(found.actors[m[2]]) and _DESCRIPTION.match(text, m[1]):
            break  # what follows describes this company: its members, no sides
    return kept


def _company(actor: ActorBuild) -> bool:
    return actor.type == "organization" and not is_government(actor)


def _public(text: str, found: Found, m: Mention) -> bool:
    actor = found.actors[m[2]]
    return is_government(actor) or bool(_STATE_DESCRIBED.search(text, max(0, m[0] - 40), m[0]))


def _home(text: str, found: Found, m: Mention, named: list[Mention]) -> bool:
    """A state named as a company's home ("Belgian operator X", "incorporated in Canada",
    "the Mauritius-based X", "South Korea's X")."""
    actor = found.actors[m[2]]
    if actor.type != "state":
        return False
    surface = text[m[0] : m[1]]
    if (
        (surface != actor.name and _DEMONYM.fullmatch(surface))  # (not "Japan", "Djibouti")
        or _HOME_BEFORE.search(text, max(0, m[0] - 40), m[0])
        or _HOME_AFTER.match(text, m[1])
    ):
        return True
    owned = _POSSESSIVE.match(text, m[1])
    nxt = next((n for n in named if n[0] >= m[1]), None)
    return bool(
        owned
        and nxt is not None
        and nxt[0] - m[1] <= 40
        and _company(found.actors[nxt[2]])
        and not _public(text, found, nxt)
    )


def _owner(text: str, m: Mention, holder: Mention) -> bool:
    """Whether ``m`` is named as the holder's owner or unit ("X and its subsidiary Y")."""
    low, high = min(m[1], holder[1]), max(m[0], holder[0])
    return high - low <= 160 and bool(_OWNER_LINK.search(text, low, high))


def _named_in(actor: ActorBuild, subject: str) -> bool:
    """Whether the pledge's subject names ``actor`` by its name or one of its short forms."""
    forms = [f for f in (actor.name, *actor.aliases) if len(f) >= 3]
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", subject) for f in forms)


def grant_sides(
    text: str,
    found: Found,
    mentions: list[Mention],
    deal: DealBuild,
    pledge: tuple[int, int],
    holder: ActorBuild | None,
) -> tuple[int, int] | None:
    """Give ``deal`` (a pledge whose subject spans ``pledge``; ``holder`` the company it
    names, if any) the sides of the grant told before it; the grant sentence's span, if any.
    ``mentions``: ``found.mentions`` sorted (once per article, by the caller)."""
    start, subject = pledge[0], text[pledge[0] : pledge[1]]
    if holder is None and _PUBLIC_SUBJECT.search(subject.rpartition(",")[2]):
        return None  # "The state-run company has committed": the grantor's side pledges
    read = 0
    for low, high in _sentences_before(text, start):
        verb, rights = _GRANT_VERB.search(text, low, high), _RIGHTS.search(text, low, high)
        if not rights or _WORKS.search(text, low, high):
            continue
        cue = verb or rights
        every = _parties(text, found, mentions, low, high)
        named = [m for m in every if not _home(text, found, m, every)]
        names = {found.actors[m[2]].name for m in named}
        if len(names) < 2:
            if any(_company(found.actors[m[2]]) for m in named):
                return None  # the nearest grant names its holder alone: no pair to read
            continue
        read += 1
        if read > _REACH:
            return None
        firms = [m for m in named if _company(found.actors[m[2]]) and not _public(text, found, m)]
        if not firms or (holder is not None and holder.name not in names):
            continue
        # The rights go to the pledge's named subject (or its short form: "MCT undertook"),
        # else to the company named after the grant's verb ("granted X to Y", "signed a
        # concession with Y"), else to the first one named.
        short = next((m for m in firms if _named_in(found.actors[m[2]], subject)), None)
        # With no verb, the company named last before the rights ("X has chosen Y, a
        # consortium of A and B, for a concession").
        after = [m for m in firms if m[0] >= cue.start()]
        first = after[0] if after else (firms[0] if verb else firms[-1])
        chosen = holder or found.actors[(short or first)[2]]
        at = next(m for m in named if found.actors[m[2]].name == chosen.name)
        others = [
            m for m in named if found.actors[m[2]].name != chosen.name and not _owner(text, m, at)
        ]
        public = sorted(
            (m for m in others if _public(text, found, m)),
            key=lambda m: found.actors[m[2]].type == "state",  # (a body before its state)
        )
        rest = {found.actors[m[2]].name for m in others}
        lone = rest.pop() if len(rest) == 1 else ""
        grantor = found.actors[public[0][2]].name if public else lone
        if not grantor:
            return None
        deal.buyer, deal.buyer_why = chosen.name, "pledges the investment: the grant's holder"
        deal.seller, deal.seller_why = grantor, "grants the rights the pledge prices"
        return low, high
    return None


def told_twice(deals: list[DealBuild], deal: DealBuild, grant: tuple[int, int]) -> None:
    """Drop the unpriced deal read from the grant sentence with the pledge's two sides: the
    pledge prices it, one deal (its evidence joins the priced one)."""
    for other in list(deals):
        if (
            other is not deal
            and other.value is None
            and {other.buyer, other.seller} == {deal.buyer, deal.seller}
            and any(s < grant[1] and grant[0] < e for s, e in other.evidence)
        ):
            deals.remove(other)
            deal.evidence.extend(e for e in other.evidence if e not in deal.evidence)
