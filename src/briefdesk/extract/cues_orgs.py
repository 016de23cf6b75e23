"""Reads around a name that says organisation, government (metonymy) or short form."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.described_homes import described_home
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.legal_ends import legal_end as legal_end
from briefdesk.extract.lexicon import (
    ORG_DESCRIPTORS,
    ORG_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    STOPWORDS,
)
from briefdesk.extract.names import acronym_letters, initials
from briefdesk.extract.org_cue_shapes import BUSINESS_ACRONYMS as BUSINESS_ACRONYMS
from briefdesk.extract.org_cue_shapes import acronym_source, origin_noun_before
from briefdesk.extract.resolver import ActorBuild, Resolver
from briefdesk.extract.state_spans import first_state
from briefdesk.extract.text import NAME_PARTICLES, Chunk, strip_possessive
from briefdesk.extract.vocab import (
    AGREEMENT_WORDS,
    BUSINESS_CLAUSE,
    FILING_AFTER,
    LOCATIVE,
    STATE_VERBS,
)
from briefdesk.extract.words import word_list

# Last words of programmes, documents and laws ("Mining Code", "Exchange of Notes").
INSTRUMENT_TAILS = word_list("instrument_tails")

DEAL_SUBJECT = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:won|wins|secured|secures|clinched|landed|bagged|"
    r"booked)\s+(?:a|an|the)\s+(?:[\w$€£.,-]+\s+){0,4}(?:contract|order|tender|concession|"
    r"licence|license)s?\b"
    r"|\s+(?:was|were|has\s+been|have\s+been)\s+(?:awarded|contracted)\b"
    r"|\s+(?:will|would|is\s+to|was\s+to)\s+(?:build|supply|deliver|operate|run|construct|"
    r"manufacture)\b"
)


# "has picked Rosatom to build two reactors": the one chosen to build or supply is a firm.
CHOSEN_BEFORE = re.compile(r"\b(?:picked|chose|chosen|selected|tapped|hired|contracted)\s+$")
CHOSEN_TO = re.compile(r"\s+to\s+(?:build|supply|deliver|construct|operate|run|develop)\b")


# ", a Kenyan trucking firm": built once, not on every call.
_DESCRIBED_AFTER = re.compile(
    r"\s*,\s+(?:the|a|an|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s)\s+(?:[\w-]+\s+){0,4}(?:"
    + "|".join(ORG_DESCRIPTORS)
    + r")\b"
)


# The last words of what the "made by" pattern below reads.
_MADE_ENDS = (
    *("made", "built", "produced", "manufactured", "developed", "designed", "operated"),
    *("owned", "to", "run", "arranged", "financed", "underwritten", "insured"),
    *("licence", "license", "by"),
)


def org_context(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    before = res.before(start, 40)
    after = res.after(end, 40)
    descriptor = re.search(r"(?<!\w)(\w++)[ \t]++$", before)  # (not across a line)
    if descriptor and descriptor.group(1).lower() in ORG_DESCRIPTORS:
        return True
    if BUSINESS_CLAUSE.match(after):
        return True  # "Rheinmetall, which is building a gunpowder plant"
    if origin_noun_before(res, before, words):
        return True
    # "the Istanbul-based Aselsan", "produced under licence by Bumar-Labedy".
    # (Cheap tests first: a pattern anchored at the end is tried at every position.)
    if (
        "-" in before
        and re.search(r"\w-(?:based|listed|headquartered|rival)\s(?:[a-z-]+\s){,3}$", before)
    ) or (
        before.rstrip().endswith(_MADE_ENDS)
        and re.search(
            r"\b(?:made|built|produced|manufactured|developed|designed|operated|owned|"
            r"awarded to|run|granted to|arranged|financed|underwritten|insured)"
            r"\s+(?:under licen[cs]e\s+)?(?:by\s+)?$",
            before,
        )
    ):
        return True  # "London-listed Atlantis Frontier", "a facility arranged by Afreximbank"
    if _named_group(res, before, after, words):
        return True
    # "Petróleos Mexicanos (Pemex)": a name that defines its own short form.
    acronym = re.match(r"\s*\(([A-Z][A-Za-z&]{1,9})\)", after)
    if (
        acronym
        and len(words) >= 2
        and acronym.group(1)[0] == words[0][0]
        and words[-1].lower() not in AGREEMENT_WORDS
    ):
        return True
    if before.rstrip().endswith(("in", "of")) and re.search(
        r"\b(?:[Ss]hares|[Ss]tock|[Ss]take|subsidiary|unit|rival|rivals)\s+(?:in|of)\s+$",
        before,
    ):
        return True  # "shares in Rheinmetall"
    if (len(words) == 1 or all(w.isupper() for w in words)) and re.search(
        r"\b(?:[A-Z][\w.]*)['’]s\s+(?:state(?:-owned)?\s+)?"
        r"(?:(?!of\b|to\b|for\b|from\b|with\b|at\b|in\b|near\b)[a-z]+\s+){0,3}$",
        before,
    ):  # (the cheap test first)
        return True
    if re.search(
        r"\b(?:contract|agreement|deal|deals|talks|partner|partnership|signed|inked|sealed|"
        r"partnered|teamed up)[\"”’]?\s+(?:(?:today|yesterday|also|formally)\s+)?with\s+$",
        before,
    ) or re.search(
        r"\b(?:contract|agreement|deal)\s+between\s+[^.;]{0,50}\band\s+(?:the\s+)?$",
        res.before(start, 100),
    ):
        return True  # "a contract between the Ghana Navy and Damen"
    # "agreed to buy LNG from Shell": an unknown name a buyer buys from is a supplier.
    if res.before(start, 100).rstrip().endswith("from") and re.search(
        r"\b(?:buy|buys|bought|purchase|purchased|order|ordered|import|imported|acquire|"
        r"acquired|procure|procured|source|sourced)\b(?:[^.;]|\.(?=\d)){0,60}\bfrom\s+$",
        res.before(start, 100),
    ):
        return True
    if _DESCRIBED_AFTER.match(res.after(end, 80)):
        return True  # ", a Kenyan trucking firm", ", China's largest crane maker"
    if (" from " in before or " of " in before or " at " in before) and _STAFF_OF.search(before):
        return True  # "officials from Gecamines and Trafigura", "executives at Vantor"
    if _PART_OF.match(res.after(end, 60)):
        return True  # ", a unit of Hollis Group", ", which is based in Antwerp"
    if re.match(
        r"['’]s\s+(?:(?i:chief|ceo|cfo|coo|chairman|chairwoman|chairperson|board|shares|"
        r"spokesperson|spokesman|spokeswoman|managing director|share price|stock|"
        r"subsidiary|headquarters)\b|[A-Z][\w-]*\d)",
        after,
    ):
        return True
    # "Tessaro Marine said in a stock exchange filing": filings are companies'. A plain
    # "said in a statement" is not enough: people issue statements too.
    if FILING_AFTER.match(res.after(end, 60)):
        return True
    if (
        DEAL_SUBJECT.match(res.after(end, 80))
        or (CHOSEN_TO.match(after) and CHOSEN_BEFORE.search(before))
    ) and words[0].lower() not in first_names():
        # "Hanwha Ocean won a $1.2 billion contract", "Harbourline Terminals will run the quay":
        # only firms win orders or build and run what a deal buys; people do not.
        return True
    single = len(words) == 1
    if single and acronym_source(words[0], before, after):
        return True
    if single and (words[0] == "I" or re.search(r"\b(?:two|both|all|\d+)\s+$", before)):
        return False  # "The two Sides welcomed", "If I may add": no body
    if single and words[0].lower() in res.lower_words:
        return False  # "Deal signed": the word is also written in lower case in the text
    # "Gazprom said", and "Sonatrach and Eni agreed" / "Pemex and CFE import" for both.
    speaks = re.match(
        r"(?:\s+and\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,4})?(?:\s+both)?"
        r"\s+(said|says|announced|reported|declined|signed|will(?!\s+be\s+[a-z]+(?:ed|t|n|d)\b)|has|is|agreed|plans|won|"
        r"wins|offered|offers|supplies|sells|builds|makes|posted|expects|delivered|import|"
        r"imports|export|exports|operate|operates|produce|produces|own|owns|shipped)\b",
        res.after(end, 80),
    )
    if speaks and single and _opens_sentence(res, start) and is_common_word(words[0]):
        # "Financing is the crux", "Coal exports rose": a common word opening a sentence is
        # a name only before what companies do and words do not ("Shell said"); "Price
        # reported at US$74m" is a clipped passive (round 13, N13-06), no company's report.
        passive = _CLIPPED_PASSIVE.match(res.after(end, 80), speaks.end())
        return speaks.group(1) in _COMPANY_ONLY and not passive
    if speaks and res.before(start, 6).endswith((" in ", " at ", " near ", " to ")):
        return False  # "A plant in Kasumbalesa will employ": a name in a phrase is no subject
    return bool(speaks and (single or all(w.isupper() for w in words)))


_STAFF_OF = re.compile(
    r"\b(?i:officials|executives|representatives|delegates|engineers|managers|staff|workers|"
    r"employees|bankers|lawyers)\s+(?:from|of|at)\s+(?:[A-Z][\w&'’-]*\s+and\s+)?$"
)
# A verb only a business is the subject of: "Vale agreed to sell", "X declined to comment".
COMPANY_ONLY_AFTER = re.compile(
    r"\s+(?:agreed\s+to\s+(?:sell|buy|acquire|supply)|said\s+in\s+a\s+statement|"
    r"posted|declined\s+to\s+comment|shares\s+(?:rose|fell))\b"
)
# What only a body is: a part of another body, or a "which" clause about where it sits.
_PART_OF = re.compile(
    r"\s*,\s+(?:(?:a|an|the|its)\s+(?:[a-z-]+\s+){0,2}(?:unit|subsidiary|division|affiliate|"
    r"arm|branch|joint venture|offshoot)\s+(?:of|between|formed\s+by|owned\s+by|led\s+by)\b|"
    r"which\s+(?:is|was)\s+(?:based|headquartered|listed|owned|controlled|registered)\b)"
)

_CLIPPED_PASSIVE = re.compile(r"(?<=ed)\s+(?:at|as|to\s+be|by)\b")
_COMPANY_ONLY = frozenset({"said", "says", "announced", "reported", "signed", "agreed", "won"})


def _opens_sentence(res: Resolver, start: int) -> bool:
    return start == 0 or bool(re.search(r"(?:^|[.!?:;\"“”]\s*|\n\s*)$", res.before(start, 8)))


_GROUP_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:group|consortium|militia|movement|company|firm|conglomerate|"
    r"cooperative|alliance)\b"
)


def _named_group(res: Resolver, before: str, after: str, words: list[str]) -> bool:
    """ "the Al-Shabaab militant group", "from Canada's Northlake Gold": a group named as
    such, or a country's named firm after a preposition (not a person: no given name)."""
    ending = before.rstrip()  # (cheap tests of the end before patterns anchored there)
    if (
        ending.endswith(("the", "The"))
        and re.search(r"\b[Tt]he\s+$", before)
        and _GROUP_AFTER.match(after)
    ):
        return True
    # Also at the start of a sentence: "South Korea's Hyundai Rotem builds trains."
    owner = (
        re.search(
            r"(?:\b(?:from|with|to|by|and)\s+|(?:^|[.!?;:]\s+|\n\s*))"
            r"([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+$",
            before,
        )
        if ending.endswith(("'s", "’s"))
        else None
    )
    return bool(
        owner
        and len(words) > 1
        and words[0].lower() not in first_names()
        and not {w.lower() for w in words} & ROLE_HEADS
        and res.country_of(owner.group(1))
        and not _PEOPLE_VERB.match(after)  # "and Nigeria's Bola Tinubu met": a leader
    )


_PEOPLE_VERB = re.compile(
    r"\s+(?:met|meets|visited|visits|spoke|speaks|told|attended|arrived|flew|thanked|"
    r"welcomed|held talks|is expected to visit)\b"
)


def metonymic(res: Resolver, start: int, end: int) -> bool:
    # "Tokyo, meanwhile, has offered", "New Delhi \"does not see\"": a short aside or a
    # quotation mark between the capital and its verb.
    after = re.match(r"(?:,\s+[a-z]+,)?\s+[\"“]?(\w+)", res.after(end, 40))
    before = re.search(r"(?<!\w)(\w++)\s++$", res.before(start, 20))
    if (
        before
        and before.group(1).lower() in LOCATIVE
        and not (after and after.group(1) == "and" and before.group(1).lower() == "to")
    ):
        return False
    verb = before.group(1) if before else ""
    if (
        verb.islower()
        and len(verb) > 3
        and verb.endswith(("ed", "es", "ts", "rs", "ns"))
        and verb not in LOCATIVE
        and verb not in {"was", "has", "does", "is", "its", "this", "news", "times", "years"}
    ):
        return True  # "worries Washington", "angered Beijing": the government
    if before and before.group(1) == "and":
        # "visited Kyiv and Warsaw", "officials in Islamabad and Beijing": the first
        # name's preposition decides for both.
        pair = re.search(
            r"(\w+)\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s+and\s+$", res.before(start, 60)
        )
        if pair and pair.group(1).lower() in LOCATIVE - {"to"}:
            return False
    if after and (
        after.group(1).lower() in STATE_VERBS
        or (after.group(1).islower() and after.group(1).endswith("s") and len(after.group(1)) > 3)
    ):
        return True
    return bool(
        before
        and before.group(1).lower()
        in {
            "between",
            "both",
            "and",
            "with",
            "beyond",
            "than",
            "urged",
            "pressed",
            "help",
            "helps",
            "helping",
            "for",
            "sanction",
            "thanked",
            "against",
            "told",
            "gave",
            "give",
            "given",
            "gives",
            "sent",
            "handed",
            "made",
            "supply",
            "supplies",
            "supplied",
            "sell",
            "sold",
            "arm",
            "armed",
            "backed",
            "supported",
            "invited",
            "asked",
            "accused",
        }
    )


def short_form(res: Resolver, phrase: str) -> str:
    """Actor key for a surname, acronym or short name seen before in full."""
    letters = acronym_letters(phrase)  # once, not once per actor checked

    def check(_key: str, actor: ActorBuild) -> bool:
        if actor.type == "person":
            return phrase in actor.name.split() and phrase.lower() not in NAME_PARTICLES
        return (
            phrase == actor.name
            or phrase in actor.aliases
            or initials(actor.name) == letters
            # "Piaggio" after "Piaggio Aerospace", "Hanwha" after "Hanwha Aerospace".
            or (
                actor.type == "organization"
                and actor.name.startswith(phrase + " ")
                and not res.known_entity(phrase)
                and not res.known_place(phrase)  # "Catamarca" before "Catamarca Minera ..."
                and phrase.lower() not in ORG_HEADS | ROLE_MODIFIERS | STOPWORDS
            )
        )

    return res.first(
        [
            f"w:{phrase}",
            f"a:{phrase}",
            f"o:{phrase}",
            f"i:{letters}",
            f"p:{phrase}",
        ],
        check,
    )


def org_affiliation(res: Resolver, chunk: Chunk) -> str:
    code = first_state(res, chunk.tokens)[2]  # "Bank of Papua New Guinea": all its words
    if code:
        return code
    lead = res.before(chunk.start, 60)
    possessor = (
        re.search(r"(\w[\w.]*)['’]s\s+(?:(?!(?:with|from|to|for|and|of)\s)[\w-]+\s+){0,3}$", lead)
        if "'s" in lead or "’s" in lead  # (a cheap test before the pattern)
        else None
    )
    if possessor:
        return res.country_of(possessor.group(1))
    # "Hungarian state-owned energy group MVM", "South Korean lender KEXIM", "Czech signalling
    # specialist X", "the Lisbon metro operator Y".
    return described_home(res, res.before(chunk.start, 80))


def org_name(res: Resolver, chunk: Chunk) -> str:
    return strip_possessive(res.text[chunk.start : chunk.end])


def acronym_after(res: Resolver, chunk: Chunk, name: str) -> None:
    # ("Moravian Defence Vehicles a.s. (MDV)": a lower-case legal form may come between.)
    match = re.match(
        r"\.?(?:\s[a-z]\.[a-z.]{1,5})?\s*\(([A-Z][A-Za-z&]{1,9})\)", res.after(chunk.end, 24)
    ) or re.match(
        r"\s*\([^(),]{3,50},\s*([A-Z][A-Z&]{1,9})\)", res.after(chunk.end, 64)
    )  # "Electric Power Industry of Serbia (Elektroprivreda Srbije, EPS)"
    if not match:
        # "Export-Import Bank of India (Exim Bank)": a short name of a few words that
        # keeps the head word and the first letter of the full name.
        match = re.match(r"\s*\(([A-Z][\w&-]*(?:\s[A-Z][\w&-]*){1,2})\)", res.after(chunk.end, 40))
        if match and not (
            match.group(1).split()[-1] in name.split() and match.group(1)[0] == name[0]
        ):
            match = None
    if match and not res.country_of(match.group(1)):  # "Naval Group (France)": its country
        key = f"org:{name.lower()}"
        if key not in res.found.actors:  # merged into a name seen before under another key
            key = next((k for k, a in res.found.actors.items() if a.name == name), key)
        start = chunk.end + match.start(1)
        if key in res.found.actors:
            res.alias(key, match.group(1), start, start + len(match.group(1)), "org.acronym")
            res.index(key)
            res.found.mentions.append((start, start + len(match.group(1)), key))
