"""Party phrases read apart from the preposition rules: appositions that only describe, and
the two sides of a concession (who grants the rights and who is given them)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.words import word_list

BUYER, SELLER = "buyer", "seller"
Mention = tuple[int, int, str]  # (start, end, actor key)

_APPOSITION_OPEN = re.compile(r"[,—–]\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}$")
_APPOSITION_CLOSE = re.compile(r"(?:[\s-]+[a-z-]+){1,3}\s*[,—–]")


def descriptive(text: str, mention: Mention) -> bool:
    """ "Turkey, a NATO member, agreed to sell": NATO only describes Turkey, it is no party;
    nor is the owner in "Mekong Gas, a unit of state utility Vietnam Electricity, signed"."""
    start, end, _key = mention
    window = text[max(0, start - 80) : start]
    if (
        ("of " in window or "by " in window)
        and _OWNER_CLOSE.match(text, end)
        and _OWNER_OPEN.search(window)
    ):
        return True
    if _OWNER_OF_NAMED.match(text, end):
        return True  # "ADB's co-financier, the OPEC Fund, is considering a loan": not ADB
    if _OWNER_BEFORE_UNIT.match(text, end):
        return True  # "to the Rosatom subsidiary Uranium One": the unit is the party (N15-05)
    if window.rstrip().endswith("of") and _HOME_OF.search(text, max(0, start - 30), start):
        return True  # "a loan from Banco X (BNDES) of Brazil": Brazil is the bank's home
    return bool(
        _APPOSITION_OPEN.search(text[max(0, start - 40) : start])
        and _APPOSITION_CLOSE.match(text, end)
    )


# After a company's name or its bracketed short form, "of" and a state: its home.
_HOME_OF = re.compile(
    r"(?:\([A-Z][\w&.-]{1,12}\)|\b(?:Bank|Inc|Ltd|SA|S\.A\.|Corp|Corporation|Company|Group|AG|"
    r"GmbH|plc|PLC|LLC|Fund))\.?\s+of\s+$"
)
# A possessor of a noun for another party, named in the apposition that follows.
_OWNER_OF_NAMED = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:co-?financiers?|partners?|unit|subsidiary|arm|affiliate|"
    r"parent|adviser|advisor|contractor|supplier|client|customer|lender),\s+(?:the\s+)?[A-Z]"
)


# "the Rosatom subsidiary Uranium One": an owner right before the word for its unit and the
# unit's name.
_OWNER_BEFORE_UNIT = re.compile(r"\s+(?:subsidiary|affiliate|unit|offshoot)\s+[A-Z]")
# ", a unit of (listed) X,", ", a subsidiary of Russian group X,", ", a joint venture of A and B,"
_OWNER_OPEN = re.compile(
    r"[,—–(]\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:unit|subsidiary|arm|division|affiliate|"
    r"part|member|venture|owner|parent|consortium|branch)\s+(?:of|owned\s+by|led\s+by)\s+"
    r"[^,;()]{0,80}$"
)
_OWNER_CLOSE = re.compile(r"(?:\s*\([^)]{1,40}\))?(?:\s+of\s+[A-Z][\w-]*)?\s*(?:[,—–)]|and\s)")


_GRANT = r"award|awarded|awards|awarding|grant|granted|grants|granting|gave|give|gives|given"
# "granted ... to a consortium led by X", "to a joint venture of X and": the group's leader
# (or first member) is the concessionaire the sentence names (newcomer15 N15-06).
_LED = (
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:consortium|group|joint\s+venture|partnership|"
    r"grouping|alliance)\s+(?:(?:led|headed|formed)\s+by|of)\s+(?:the\s+)?|"
    # "to the Rosatom subsidiary Uranium One": the unit named after its owner holds the rights
    r"(?:[\w&.-]+\s+){1,3}(?:subsidiary|affiliate|unit|offshoot)\s+)?"
)


# "a production-sharing contract with state oil firm Petrosen", "with the national oil company".
_STATE_FIRM = re.compile(
    r"\bwith\s+(?:the\s+)?(?:state|national|state-owned|state-run|government-owned)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:firm|company|corporation|agency|body|miner|operator)?\s*$"
)


# "State oil company Staatsolie signed": a state firm named as the subject.
_STATE_FIRM_NAMED = re.compile(
    r"(?:^|[.,;:]\s*|\s)(?:state|national|state-owned|state-run)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:firm|company|corporation)\s*$"
)
_SIGNS_SOON = re.compile(r"\s+(?:[\w,]+\s+){0,4}?(?:signed|inked|concluded|awarded|granted)\b")
# "Dakar Petroleum signed a production-sharing contract with ...": the one who signs for the
# rights (or wins or secures them) is the concessionaire.
_SIGNS_FOR = re.compile(
    r"\s+(?:(?:has|have|had|will|would)\s+)?(?:also\s+)?(signed|inked|concluded|won|secured|obtained)\b"
)


_WINS = frozenset({"won", "secured", "obtained"})


_RIGHTS_OF = re.compile(
    r"\b(?:convention|concession|licen[cs]e|permit|lease|block|contract)s?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def concession_roles(before: str, following: str) -> list[tuple[str, int, str]]:
    """A concession or production-sharing contract: the state that grants it is the seller, the
    concessionaire that pays for the rights the buyer; verbs of contracts read the other way."""
    body = DEMONYM_BODY.match(following)  # "the Guinean government suspended the convention"
    following = following[body.end() :] if body else following
    given = re.search(rf"\b(?:{_GRANT})\s+(?:the\s+)?$", before.lower()) or re.search(
        rf"\b(?:{_GRANT})\b[^.;,]{{0,110}}\bto\s+(?:the\s+)?{_LED}$", before.lower()
    )
    if given:
        # "granted the X", "awarded a 25-year concession for the port to X"
        cue = " ".join(given.group().split()[:1] + given.group().split()[-1:])
        return [(BUYER, 3, f"concessionaire: given the rights, {cue!r}")]
    if _STATE_FIRM.search(before.lower()):
        return [(SELLER, 3, "grants the rights: a state firm the contract is signed with")]
    if _STATE_FIRM_NAMED.search(before.lower()) and _SIGNS_SOON.match(following):
        # "State oil company Staatsolie ... signed a PSC with X": the state firm grants
        return [(SELLER, 3, "grants the rights: a state firm signs them away")]
    if re.search(r"\b(?:held|owned|operated|run)\s+by\s+(?:the\s+)?$", before.lower()):
        return [(BUYER, 3, "concessionaire: holds the rights, 'held by'")]
    if _RIGHTS_OF.search(before):
        # "suspended the mining convention of Boké Alumina SA", "the company's licence": whose
        return [(BUYER, 3, "concessionaire: the rights are its own, 'of'")]
    by = re.search(rf"\b(?:{_GRANT})\b[^.;]{{0,80}}\bby\s+(?:the\s+)?$", before.lower())
    if by:
        return [(SELLER, 3, "grants the rights: passive 'granted ... by'")]
    signs = _SIGNS_FOR.match(following)
    # A state signs with a company too ("Suriname signed a PSC with Petronas"): the signer is
    # the concessionaire only when it signs with a state firm; one who wins the rights always is.
    if signs and (signs.group(1) in _WINS or _STATE_FIRM.search(following.lower())):
        return [(BUYER, 3, f"concessionaire: {signs.group(1)!r} the rights")]
    revokes = re.match(
        r"\s+(?:(?:has|have|had|will|would)\s+)?(suspended|revoked|cancelled|canceled|terminated)\b",
        following,
    )
    if revokes:  # "Antigua and Barbuda has suspended the airport concession": who granted it
        return [(SELLER, 3, f"grants the rights: {revokes.group(1)!r} them")]
    # ("on 21 October granted": a date or two may stand between)
    grants = re.match(
        rf"\s+(?:(?!(?:was|were|is|are|be|been|being)\b)\w+\s+){{0,3}}?"
        rf"(?:(?:has|have|had|will|would)\s+)?({_GRANT})\b",
        following,
    )
    if grants:
        return [(SELLER, 3, f"grants the rights: {grants.group(1)!r}")]
    return []


# A body that acts for the organisation that owns it: "the Bank's Board of Directors".
ORGAN = re.compile(r"(?:Executive\s+)?(?:Board|Directors|Governors)\b|Boards?\s+of\b")
SIGN_VERBS = frozenset(
    {"signed", "signs", "inked", "sealed", "concluded", "finalised", "executed", "firmed"}
)
_DEALS = frozenset({"deal", "deals", "contract", "contracts", "agreement", "order", "accord"})


def signed_for_from(words: list[str], i: int) -> bool:
    """ "X signed a deal for tanks from Y", "X has signed for six drones from Y" (newcomer12
    N12-04): the signer who gets goods "from" another buys."""
    return (
        words[i] in SIGN_VERBS
        and "from" in words[i + 2 :]
        and (words[i + 1 : i + 2] == ["for"] or any(n in _DEALS for n in words[i + 1 : i + 6]))
    )


# "to help Fiji host the summit": the one helped receives the money.
HELPED = re.compile(r"\bto\s+(?:help|support|assist)\s+(?:the\s+)?$")
_HELPED_ENDS = ("help", "support", "assist", "the")


def helped_in(lowered: str) -> re.Match[str] | None:
    """``HELPED.search(lowered)``, searched only where the text ends on a word every match
    ends on (the engine would try the end-anchored pattern at every position; round 11)."""
    return HELPED.search(lowered) if lowered.rstrip().endswith(_HELPED_ENDS) else None


# "Egypt's armed forces will procure": the state acts through its forces or ministry.
STATE_BODY = re.compile(
    r"['’]s\s+(?:(?:armed\s+)?forces|army|navy|air\s+force|military|government|cabinet|"
    r"(?:defen[cs]e\s+)?ministry(?:\s+of\s+[a-z]+)?|treasury)\b"
)
# After a demonym: "the Guinean government suspended", "the Spanish cabinet approved".
DEMONYM_BODY = re.compile(r"\s+(?:government|cabinet|authorities|ministry)\b")


LEND = word_list("lend")
_BUY_GOODS = frozenset({"buy", "purchase", "import", "acquire", "procure", "order"})
BORROW = word_list("borrow")
DEAL_NOUNS = word_list("deal_nouns")
# "to X" after these is travel or a post, never a buyer; "pressure from X" is no seller.
NOT_TRADE_BEFORE_TO = word_list("not_trade_before_to")
NOT_TRADE_BEFORE_FROM = word_list("not_trade_before_from")


# Words of giving and of the instruments a fund lends through ("an arrangement under the
# Extended Fund Facility for Egypt").
_AID_NOUNS = frozenset(
    {"aid", "support", "assistance", "grant", "grants", "funding", "donation", "arrangement"}
    | {"facility", "financing", "programme", "program", "disbursement", "tranche"}
)
# "a facility arranged by Afreximbank": the bank that arranges or funds it lends.
_ARRANGED = frozenset({"arranged", "financed", "funded", "underwritten", "extended"})


def loan_prepositional(prep: str, words: list[str]) -> list[tuple[str, int]]:
    nearest = words[0] if words else ""
    if (
        prep in {"to", "for"}
        and nearest not in NOT_TRADE_BEFORE_TO
        and any(w in LEND or w in DEAL_NOUNS or w in _AID_NOUNS for w in words[:12])
    ):
        return [(BUYER, 3)]  # "a loan to X", "A$40 million in budget support to X"
    # "A$30 million in budget support from Australia": support in money, not in words.
    money_support = nearest == "support" and words[1:2] in (["budget"], ["financial"], ["fiscal"])
    if prep == "from" and (nearest not in NOT_TRADE_BEFORE_FROM or money_support):
        # "lend Kenya $200 million to buy turbines from Siemens": Siemens sells the goods the
        # loan pays for; it lends nothing.
        return [] if any(w in _BUY_GOODS for w in words[:6]) else [(SELLER, 3)]
    if prep == "by" and any(w in LEND or w in _ARRANGED for w in words[:6]):
        return [(SELLER, 2)]
    return []


_LEND_NOUNS = frozenset({"loan", "loans", "credit", "financing", "finance"})
_HAVE = frozenset({"have", "has", "had", "gain", "gains", "get"})


_ACCESS = frozenset({"access"})
_ANNOUNCED = frozenset({"announced", "unveiled"})
_PACKAGE = frozenset({"package", "aid", "assistance"})
# The words at which ``loan_subject`` can answer (parties._subject skips the others).
LOAN_SUBJECT_WORDS = BORROW | LEND | _ACCESS | _ANNOUNCED | _PACKAGE


def loan_subject(words: list[str], i: int, passive: bool) -> list[tuple[str, int]] | None:
    """The role of a loan or grant sentence's subject from word ``i``; None reads on."""
    w = words[i]
    if w in BORROW and not passive:
        return [(BUYER, 2)]
    if w in LEND and w not in _LEND_NOUNS and words[i + 1 : i + 2] != ["facility"]:
        return [(SELLER, 2)] if not passive else []
    if w in _ACCESS and _HAVE & set(words[max(0, i - 2) : i]):
        return [(BUYER, 2)]  # "Honduras will have access to a disbursement of SDR 45 million"
    if w in _ANNOUNCED and "from" not in words[i + 1 : i + 10]:
        return [(SELLER, 2)]  # "Japan announced a 50 billion yen loan for a metro"
    if w in _PACKAGE and i < 4:
        return [(SELLER, 2)]  # "Australia announced a package of A$190 million"
    return None


_LOWER_WORD = re.compile(r"\s+(?:\d+\s+)?[a-z]")
# "the Kenyan army ordered": a body the state acts through, so the demonym stands for the state.
_BODY_NOUN = re.compile(
    r"\s+(?:armed\s+forces|army|navy|air\s+force|military|government|cabinet|ministry|"
    r"defen[cs]e|authorities|officials|coast\s*guard|treasury|state)\b"
)


def demonym_before_noun(surface: str, following: str) -> bool:
    """ "train 60 Ghanaian sailors and deliver": the demonym describes the sailors; it is the
    subject of nothing."""
    gaz = gazetteer()
    return (
        surface in gaz.adjectives
        and surface not in gaz.names
        and bool(_LOWER_WORD.match(following))
        and not _BODY_NOUN.match(following)
    )


_DETERMINERS = frozenset({"the", "a", "an", "its", "of", "their"})
# Trade words that are as often nouns ("two patrol ships", "its exports") as verbs.
_NOUN_FORMS = frozenset(
    {"ships", "supplies", "offers", "exports", "imports", "orders", "purchases", "transfers"}
)
# Words after which such a form is the verb: "Korea also ships", "which supplies", "and orders".
_VERB_LEAD = frozenset(
    {"also", "now", "still", "already", "it", "which", "who", "that", "and", "regularly"}
)


_COMPOUND_HEADS = frozenset(
    {"agreement", "agreements", "contract", "contracts", "deal", "deals", "deadline"}
)


def noun_use(words: list[str], i: int) -> bool:
    """Whether words[i], a trade word after a party, is a noun here, not the party's verb."""
    if i > 0 and words[i - 1] in _DETERMINERS:
        return True
    if words[i + 1 : i + 2] and words[i + 1] in _COMPOUND_HEADS:
        return True  # "a power purchase agreement", "the supply contract": a noun's modifier
    return words[i] in _NOUN_FORMS and i > 0 and words[i - 1] not in _VERB_LEAD


_SELL_WORDS = word_list("sell")


# The verbs that make one a party to an offtake ("executed", "entered into" since round 15).
_SIGNING = frozenset({"signed", "inked", "agreed", "initialled", "executed", "entered"})


_OFFTAKE = frozenset({"offtake"})
_TAKE_OUTPUT = frozenset({"take", "takes", "took"})
# The words at which ``offtaker`` can answer (parties._subject skips the others).
OFFTAKE_WORDS = _OFFTAKE | _TAKE_OUTPUT


def offtaker(words: list[str], i: int) -> str:
    """The role of one who signs an offtake or takes a plant's output: it buys, unless the
    clause says it supplies ("inked an offtake agreement to supply nickel ore to X") or signs
    it with another (who then takes the output). '' when no offtake is told."""
    if words[i] in _OFFTAKE and not any(w in _SELL_WORDS for w in words[i + 1 :]):
        if not any(w in _SIGNING for w in words[:i]):
            return ""
        return SELLER if "with" in words[i + 1 : i + 4] else BUYER
    if words[i] in _TAKE_OUTPUT and "output" in words[i + 1 : i + 5]:
        return BUYER
    return ""
