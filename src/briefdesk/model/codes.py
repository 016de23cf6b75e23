"""Controlled vocabularies of the brief: markings, estimative language, grades, ISO codes.

Country and currency codes come from pycountry (ISO 3166 / ISO 4217 data), never hand-typed lists.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

import pycountry


class MarkingScheme(StrEnum):
    NONE = "none"
    TLP = "tlp"
    UK = "uk"
    CUSTOM = "custom"


TLP_LEVELS: tuple[str, ...] = ("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED")
UK_LEVELS: tuple[str, ...] = ("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET")

# TLP 2.0 colours (font on black) as published by FIRST; export uses them for header/footer text.
TLP_COLOURS: dict[str, str] = {
    "CLEAR": "FFFFFF",
    "GREEN": "33FF00",
    "AMBER": "FFC000",
    "AMBER+STRICT": "FFC000",
    "RED": "FF2B2B",
}


class BriefKind(StrEnum):
    INFORMATION = "information"
    DECISION = "decision"
    MEETING = "meeting"
    DEAL_SHEET = "deal_sheet"


class BriefStatus(StrEnum):
    DRAFT = "draft"
    CLEARED = "cleared"
    FINAL = "final"


class ActorType(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    STATE = "state"
    INTERNATIONAL_ORGANIZATION = "international_organization"


class DealKind(StrEnum):
    ARMS_SALE = "arms_sale"
    TRADE_AGREEMENT = "trade_agreement"
    LOAN = "loan"
    GRANT = "grant"
    MOU = "mou"
    LICENSED_PRODUCTION = "licensed_production"
    JOINT_VENTURE = "joint_venture"
    ENERGY_SUPPLY = "energy_supply"
    CONCESSION = "concession"  # a mining, port or oil licence, a PSC: rights granted (format 3)
    ACQUISITION = "acquisition"  # a stake or a company bought (format 3)
    AWARD = "award"  # an arbitral or court award, a settlement (format 3)
    SANCTIONS = "sanctions"  # measures imposed on a state, body or person (format 3)
    PROCUREMENT = "procurement"  # civil goods or services bought: satellites, trains (format 4)
    CONSTRUCTION = "construction"  # works built under contract: a power line, an EPC (format 4)
    LEASE = "lease"  # aircraft, ships or land leased or chartered, not bought (format 5)
    OTHER = "other"


class PartyRole(StrEnum):
    BUYER = "buyer"
    SELLER = "seller"
    LENDER = "lender"
    BORROWER = "borrower"
    SIGNATORY = "signatory"
    GUARANTOR = "guarantor"
    INTERMEDIARY = "intermediary"
    GRANTOR = "grantor"  # the state body that grants a concession (format 3)
    CONCESSIONAIRE = "concessionaire"
    PAYER = "payer"  # the side an award orders to pay (format 3)
    PAYEE = "payee"
    IMPOSING_PARTY = "imposing_party"  # who imposes sanctions (format 3)
    TARGET = "target"
    # A works contract's two sides (format 4): the client who commissions the works (FIDIC's
    # "employer", a word a reader takes for someone's boss) and the contractor who builds them.
    CLIENT = "client"
    CONTRACTOR = "contractor"
    # A lease's or charter's two sides (format 5): the lessor gives the use of the thing (an
    # owner, a leasing company), the lessee (or charterer) receives it; newcomer21 N21-02.
    LESSOR = "lessor"
    LESSEE = "lessee"


# Kinds that seldom have a price: measures imposed, a memorandum, a trade agreement; "has no
# value" on each of them was noise in the checks and the Export dialog (newcomer16 N16-09). A
# concession (a mining, port or oil licence) is granted, seldom priced: a licence's fees and
# royalties are no deal value (newcomer17 N17-14).
UNPRICED_KINDS = frozenset(
    {DealKind.SANCTIONS, DealKind.MOU, DealKind.TRADE_AGREEMENT, DealKind.CONCESSION}
)
# Money lent or given, not sold: its two sides are lender and borrower (the deal editor's
# words), and a buyer or seller in one is a slip the checks point out.
FINANCING_KINDS = frozenset({DealKind.LOAN, DealKind.GRANT})
_SALE_SIDES = (PartyRole.BUYER, PartyRole.SELLER)
_LOAN_SIDES = (PartyRole.LENDER, PartyRole.BORROWER)
_OTHER_ROLES = (PartyRole.SIGNATORY, PartyRole.GUARANTOR, PartyRole.INTERMEDIARY)
# Kinds whose parties all sign alike: a memorandum, a trade agreement, a joint venture. No side
# gives and none receives, so both sides are signatories; a seller or buyer in one is a slip the
# checks point out (newcomer18 N18-03: a kind changed to Joint venture kept Seller / Buyer, and
# the export printed them). A venture's financier is its lender. A memorandum may still be one
# to sell ("gas from Qalmora to Nordmark from 2028"): it keeps a sale's sides after its own.
SIGNED_ALIKE = frozenset({DealKind.MOU, DealKind.TRADE_AGREEMENT, DealKind.JOINT_VENTURE})
_SIGNED_ROLES = (PartyRole.SIGNATORY, PartyRole.GUARANTOR, PartyRole.INTERMEDIARY, PartyRole.LENDER)
# The two sides of each kind that has its own, the side that gives or acts first (lender,
# grantor, the one ordered to pay, the one imposing), then any other role that fits.
_ROLES: dict[DealKind, tuple[PartyRole, ...]] = {
    DealKind.LOAN: _LOAN_SIDES + _OTHER_ROLES,
    DealKind.GRANT: _LOAN_SIDES + _OTHER_ROLES,
    DealKind.CONCESSION: (PartyRole.GRANTOR, PartyRole.CONCESSIONAIRE, *_OTHER_ROLES),
    DealKind.AWARD: (PartyRole.PAYER, PartyRole.PAYEE, *_OTHER_ROLES),
    DealKind.SANCTIONS: (PartyRole.IMPOSING_PARTY, PartyRole.TARGET, PartyRole.SIGNATORY),
    # The client first, as a sale's buyer: it commissions the works and awards the contract;
    # a lender finances many such projects (an export-credit or development-bank loan).
    DealKind.CONSTRUCTION: (PartyRole.CLIENT, PartyRole.CONTRACTOR, *_OTHER_ROLES, *_LOAN_SIDES),
    # The lessor first, as a loan's lender: it gives the use of the aircraft, ship or land; a
    # lease may be financed like a sale (a bank lends the lessor or the lessee).
    DealKind.LEASE: (PartyRole.LESSOR, PartyRole.LESSEE, *_OTHER_ROLES, *_LOAN_SIDES),
    **{kind: _SIGNED_ROLES for kind in SIGNED_ALIKE},
    DealKind.MOU: (*_SIGNED_ROLES, *_SALE_SIDES),
}
# Kinds whose first side is the one that receives (a sale's buyer, a works contract's client).
_RECEIVER_FIRST = frozenset({PartyRole.BUYER, PartyRole.CLIENT})
# Any other kind (an arms sale, a civil procurement, an acquisition) has a sale's roles.
_SALE_ROLES = _SALE_SIDES + _OTHER_ROLES + _LOAN_SIDES  # a sale's financier is a lender


def party_roles(kind: DealKind | str) -> tuple[PartyRole, ...]:
    """The roles a party of a deal of this kind can take, its two sides first; a deal of kind
    "other" may take any role."""
    if kind == DealKind.OTHER:
        return _SALE_ROLES + tuple(r for r in PartyRole if r not in _SALE_ROLES)
    return _ROLES.get(DealKind(kind), _SALE_ROLES) if kind in _KIND_VALUES else _SALE_ROLES


def deal_sides(kind: DealKind | str) -> tuple[PartyRole, PartyRole]:
    """The roles that fill a suggestion's two slots, (buyer slot, seller slot): the side that
    receives (buyer, borrower, concessionaire, payee, target, client, lessee), then the side
    that gives or acts (seller, lender, grantor, payer, imposing party, contractor, lessor);
    both signatories for a kind signed alike."""
    if kind in SIGNED_ALIKE:
        return PartyRole.SIGNATORY, PartyRole.SIGNATORY
    roles = party_roles(kind)
    if roles[0] in _RECEIVER_FIRST:
        return roles[0], roles[1]
    return roles[1], roles[0]


def side_role(kind: DealKind | str, role: PartyRole | str) -> PartyRole:
    """The kind's own word for a sale's side: "use as buyer" in a loan makes a borrower, in a
    concession a concessionaire, in a lease a lessee; any other role stays as it is."""
    receives, gives = deal_sides(kind)
    role = PartyRole(role)
    return {PartyRole.BUYER: receives, PartyRole.SELLER: gives}.get(role, role)


def slot_names(kind: DealKind | str, named: list[tuple[str, str]]) -> tuple[str, str]:
    """(the buyer slot's name, the seller slot's) from a deal's (role, name) pairs, in the
    kind's words: the first of each side's role; for a kind signed alike, the first signatory
    in the seller slot (the one a sentence names first) and the second in the buyer slot."""
    first = {role: name for role, name in reversed(named) if name}
    if kind in SIGNED_ALIKE and not (PartyRole.BUYER in first or PartyRole.SELLER in first):
        signed = [name for role, name in named if role == PartyRole.SIGNATORY and name]
        return (signed[1] if len(signed) > 1 else ""), (signed[0] if signed else "")
    receives, gives = deal_sides(kind) if kind not in SIGNED_ALIKE else _SALE_SIDES
    return first.get(receives, ""), first.get(gives, "")


def role_fits(kind: DealKind | str, role: PartyRole | str) -> bool:
    """False for a role the kind does not offer: a buyer in a loan, a grantor in an arms sale,
    a buyer of sanctions (a party added before the kind was set, or a role never chosen)."""
    return role in party_roles(kind)


# A kind whose two sides share the model's roles with another kind but not their words: a
# grant is given, not lent; a manager reading "borrower" asks about repayment (newcomer16 N16-09).
_KIND_ROLE_WORDS: dict[str, dict[str, str]] = {
    DealKind.GRANT: {PartyRole.LENDER: "donor", PartyRole.BORROWER: "recipient"},
}


def role_words(role: PartyRole | str, kind: DealKind | str | None = None) -> str:
    """The role as the editor and the export print it: ``imposing_party`` → ``Imposing party``;
    with ``kind``, the kind's own word (a grant's lender is its ``Donor``)."""
    value = str(PartyRole(role).value)
    text = _KIND_ROLE_WORDS.get(str(kind), {}).get(value) if kind else None
    text = text or value.replace("_", " ")
    return text[:1].upper() + text[1:]


def party_words(role: str, kind: str = "") -> str:
    """A stored role as a line of text says it ("imposing party", a grant's "donor"); a role
    this version does not know (a newer brief's, in the library) as it is stored."""
    try:
        return role_words(role, kind or None).lower()
    except ValueError:
        return role.replace("_", " ")


def role_of_words(words: str, kind: DealKind | str) -> PartyRole | None:
    """The role a kind's own word names ("donor" in a grant is its lender); None otherwise."""
    wanted = " ".join(words.replace("_", " ").split()).casefold()
    for value, said in _KIND_ROLE_WORDS.get(str(kind), {}).items():
        if said == wanted:
            return PartyRole(value)
    return None


_KIND_VALUES = frozenset(k.value for k in DealKind)
# A kind whose value is no noun for one deal: "a sanctions's parties", "a construction has no
# buyer" read wrong in a check or a refusal.
_KIND_NOUNS: dict[str, str] = {
    DealKind.SANCTIONS: "sanctions measure",
    DealKind.PROCUREMENT: "procurement contract",
    DealKind.CONSTRUCTION: "construction contract",
}


def kind_noun(kind: DealKind | str) -> str:
    """One deal of this kind in a sentence: ``construction`` → "construction contract"."""
    return _KIND_NOUNS.get(kind, str(kind).replace("_", " "))


class DealStatus(StrEnum):
    REPORTED = "reported"
    PROPOSED = "proposed"
    APPROVED = "approved"
    SIGNED = "signed"
    IN_DELIVERY = "in_delivery"
    DELIVERED = "delivered"
    SUSPENDED = "suspended"
    CANCELLED = "cancelled"


class Likelihood(StrEnum):
    """ICD 203 estimative-language scale, lowest to highest."""

    ALMOST_NO_CHANCE = "almost_no_chance"
    VERY_UNLIKELY = "very_unlikely"
    UNLIKELY = "unlikely"
    ROUGHLY_EVEN_CHANCE = "roughly_even_chance"
    LIKELY = "likely"
    VERY_LIKELY = "very_likely"
    ALMOST_CERTAIN = "almost_certain"

    @property
    def words(self) -> str:
        return self.value.replace("_", " ")

    @property
    def percent_range(self) -> tuple[int, int]:
        return LIKELIHOOD_PERCENT[self]


LIKELIHOOD_PERCENT: dict[Likelihood, tuple[int, int]] = {
    Likelihood.ALMOST_NO_CHANCE: (1, 5),
    Likelihood.VERY_UNLIKELY: (5, 20),
    Likelihood.UNLIKELY: (20, 45),
    Likelihood.ROUGHLY_EVEN_CHANCE: (45, 55),
    Likelihood.LIKELY: (55, 80),
    Likelihood.VERY_LIKELY: (80, 95),
    Likelihood.ALMOST_CERTAIN: (95, 99),
}


class Confidence(StrEnum):
    HIGH = "high"
    MODERATE = "moderate"
    LOW = "low"


class SourceKind(StrEnum):
    NEWS = "news"
    OFFICIAL_STATEMENT = "official_statement"
    GOVERNMENT_DOCUMENT = "government_document"
    SOCIAL = "social"
    OTHER = "other"


# Admiralty code: source reliability A (completely reliable) .. F (cannot be judged),
# information credibility 1 (confirmed) .. 6 (cannot be judged).
# A source nobody graded holds F6 in the file (every brief since version 1 does); every surface
# a reader sees prints this instead, never a grade nobody gave (newcomer17 N17-05).
NOT_GRADED = "not graded"
RELIABILITY_GRADES: tuple[str, ...] = ("A", "B", "C", "D", "E", "F")
RELIABILITY_WORDS: dict[str, str] = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
CREDIBILITY_WORDS: dict[int, str] = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}


def is_currency_code(code: str) -> bool:
    """True for an active ISO 4217 alphabetic code such as ``USD``."""
    return _currency_codes().__contains__(code)


def is_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code such as ``PK``."""
    return _country_codes().__contains__(code)


def country_name(code: str) -> str:
    """The one display name of a state (briefdesk.world), or the code if unknown."""
    from briefdesk.world import display_name

    return display_name(code)


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


@cache
def _country_codes() -> frozenset[str]:
    from briefdesk.world import iso_country_codes

    return iso_country_codes()
