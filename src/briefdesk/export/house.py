"""BriefDesk's house style: the wording every built-in template shares, decided once here.

One citation format (outlet, “title”, author, date, grade), titles that are really titles,
aliases only when they tell the reader something, and critical-date wording that fits the kind
of brief. Templates print these strings; they do not rebuild them.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from briefdesk.extract.money_hedge import hedge_words
from briefdesk.model.codes import NOT_GRADED

# Words a headline never ends on: a title ending on one was cut mid-phrase.
_DANGLING = frozenset(
    re.findall(
        r"\w+",
        "a an the of to in on at by for from with and or but that which who as into than "
        "its their his her our is are was were be has have had will would said says",
    )
)
_ID_TOKEN = re.compile(r"^(?=.*\d)[0-9a-f]{6,}$|^\d+$", re.IGNORECASE)
_FILE_WORDS = re.compile(r"\.(docx?|pdf|html?|txt|eml|msg|md|rtf|odt)$", re.IGNORECASE)


def title_from_filename(filename: str) -> str:
    """The title an import makes from a file name (``a_b-c.pdf`` → ``a b c``)."""
    stem = Path(filename).stem
    return " ".join(stem.replace("_", " ").replace("-", " ").split())


def printable_title(title: str, filename: str = "") -> str:
    """``title`` when it reads as a title; ``""`` for file names and cut-off first sentences."""
    title = " ".join(title.split())
    if not title:
        return ""
    words = title.split()
    from_file = bool(filename) and title.lower() == title_from_filename(filename).lower()
    # A name made from the file name is only kept when it reads like words.
    if from_file and (any(_ID_TOKEN.match(w) for w in words) or len(words) < 2):
        return ""
    if _FILE_WORDS.search(title):
        return ""
    if sum(1 for w in words if _ID_TOKEN.match(w)) * 2 >= len(words):
        return ""
    if title.endswith(("…", "...", ",", ";", ":", "-", "–")):
        return ""
    # A title ending on "with" is printed as the brief holds it (N15-34: the window showed it
    # and the Word file said "(untitled)"); the checks ask for it to be completed instead.
    return title


def looks_cut_off(title: str) -> bool:
    """A title of four words or more ending on a word no headline ends on ("… concession
    with"): the first line of a wrapped heading, or a sentence cut mid-phrase."""
    words = title.split()
    return len(words) >= 4 and words[-1].lower().strip("’'\"") in _DANGLING


def citation(
    outlet: str,
    title: str,
    author: str,
    published_long: str,
    kind_label: str,
    number: int,
    filename: str = "",
) -> str:
    """``Outlet, “Title”, Author, 3 March 2026`` with whatever parts are known; a title in
    square brackets was supplied by the analyst or a draft, not the outlet, and is not quoted.
    With neither outlet nor title, the file it came from is named as a file ("Other (untitled),
    file cc.docx"): the Sources list shows that name, and "untitled" alone matched nothing."""
    supplied = title.startswith("[") and title.endswith("]")
    # Quotes inside the title turn single ('TRANSCRIPT — ‘The World Tonight’'), never straight
    # quotes nested in the curly ones (newcomer13 N13-20).
    quoted = title if supplied else "“" + _INNER_QUOTES.sub("‘\\1’", title) + "”"
    parts = [outlet, quoted if title else "", author, published_long]
    text = ", ".join(p for p in parts if p)
    if not (outlet or title):
        named = f"file {Path(filename).name}" if filename.strip() else ""
        untitled = (f"{kind_label} (untitled)", named, author, published_long)
        text = ", ".join(p for p in untitled if p)
    return text or f"Source {number}"


_INNER_QUOTES = re.compile(r"[\"“]([^\"“”]*)[\"”]")


def grade_text(grade: str) -> str:
    """A grade given as "Grade B2"; none (a source nobody graded) as "not graded"."""
    return f"Grade {grade}" if grade else NOT_GRADED


_NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "del",
        "della",
        "di",
        "van",
        "von",
        "der",
        "den",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ibn",
    ]
)


def informative_aliases(
    name: str, aliases: list[str], aids: frozenset[str] = frozenset()
) -> list[str]:
    """Aliases that add something: not the name again, not a bare part of it (a surname), not
    a description from it ("the bank", "The ministry"), not a matching aid in ``aids`` (a
    state's demonym or capital: "Egypt (Egyptian, Cairo)", N12-13), each once whatever its
    case."""
    name_words = {w.lower().strip(".,") for w in name.split()}
    out: list[str] = []
    seen = {name.lower()}
    for alias in aliases:
        alias = alias.strip()
        if not alias or alias.lower() in seen:
            continue
        folded = alias.casefold()
        if folded in aids or folded.removesuffix("s") in aids:  # "Egyptians" too
            continue
        words = {w.lower().strip(".,") for w in alias.split()} - {"the"}
        if words <= name_words | _NAME_PARTICLES:
            continue
        seen.add(alias.lower())
        out.append(alias)
    return out


_DETERMINER = re.compile(r"^(?:a|an|the|its|their)\s", re.IGNORECASE)


def critical_label(kind: str) -> str:
    """What the critical date means for this kind of brief."""
    return {
        "decision": "Decision needed by",
        "meeting": "Meeting date",
        "deal_sheet": "Key date",
    }.get(kind, "Key date")


def deal_heading(deal: dict[str, Any], made: tuple[str, ...] = ()) -> str:
    """A deal's short name: its title, one rule for every kind (newcomer16 N16-13: a typed
    "Port of Mareno container terminal concession" printed nowhere while a sanctions title
    printed). Only a title BriefDesk made from the deal's own fields (``made``: its item, or
    "Loan to Ghana") gives way to the kind, as it says nothing the Items and Parties columns do
    not; a title the user typed is what tells two deals of one kind apart."""
    title = " ".join(str(deal.get("title") or "").split())
    kind = str(deal.get("kind_label") or "Deal")
    if deal.get("kind") == "other":  # "Other" names nothing: the title, or plain "Deal"
        return title or "Deal"
    folded = title.casefold()
    plain = str(deal.get("kind") or "").replace("_", " ")
    if not title or folded in {kind.casefold(), plain} or folded in _folded(made):
        return kind
    return title


def _folded(titles: tuple[str, ...]) -> set[str]:
    return {" ".join(t.split()).casefold() for t in titles if t.strip()}


def status_line(status_label: str, signed_long: str, announced_long: str, status: str) -> str:
    """``Signed 3 March 2026`` (not "Signed, signed 3 Mar 2026"); the kind's word for signing
    when it has one: ``Adopted 3 March 2026`` for sanctions, ``Granted …`` for a concession."""
    if signed_long and status == "signed":
        return f"{status_label} {signed_long}"
    if signed_long:
        return f"{status_label}; signed {signed_long}"
    if announced_long and status == "announced":
        return f"Announced {announced_long}"
    if announced_long:
        return f"{status_label}; announced {announced_long}"
    return status_label


def deal_sentence(deal: dict[str, Any]) -> str:
    """A key point as a sentence: ``Arms sale: Chile buys 18 × FA-50 from South Korea for …``."""
    roles = deal.get("parties_by_role", {})
    items = str(deal.get("items_text") or "")
    value = deal.get("value") or {}
    worth = str(value.get("short") or "") if isinstance(value, dict) else ""
    if worth and value.get("estimate"):  # the source's own hedge: "more than", "up to"
        hedge = hedge_words(str(value.get("as_stated") or "")) or "an estimated"
        worth = f"{hedge} {worth.removeprefix('about ')}"
    other = deal.get("kind") == "other"  # a concession or a service: nobody "buys goods"
    if deal.get("kind") == "acquisition" and items[:1].isdigit():
        items = f"a {items}"  # "buys a 10% stake in the Norte field"
    if roles.get("buyer") and roles.get("seller") and items and not other:
        core = f"{roles['buyer']} {_verb(deal, 'buyer', 'buys')} {items} from {roles['seller']}"
        core += f" for {worth}" if worth else ""
    elif roles.get("lender") and roles.get("borrower") and deal.get("kind") == "grant":
        grants = _verb(deal, "lender", "grants")
        core = f"{roles['lender']} {grants} {worth or 'funds'} to {roles['borrower']}"
    elif roles.get("lender") and roles.get("borrower"):
        lends = _verb(deal, "lender", "lends")
        core = f"{roles['lender']} {lends} {worth or 'money'} to {roles['borrower']}"
    elif sides := _acting_sides(deal, roles):
        core = sides + (f", worth {worth}" if worth and deal.get("kind") != "award" else "")
    else:
        core = "; ".join(p for p in (str(deal.get("parties_text") or ""), items) if p)
        core += f", worth {worth}" if core and worth else worth
    status = str(deal.get("status_line") or "").strip()
    if status:
        status = status[0].lower() + status[1:]
        core = f"{core} ({status})" if core else status
    kind = deal_heading(deal) if other else str(deal.get("kind_label") or "Deal")
    return f"{kind}: {core}." if core else f"{kind}."


def _acting_sides(deal: dict[str, Any], roles: dict[str, str]) -> str:
    """ "Kazakhstan grants Orbit Ltd a concession for the spaceport", "Kyrgyzstan to pay Tethys
    USD 125 million", "The EU imposes an export ban on Belarus", "Ministry of Power awards Andes
    Grid Builders a contract to build a 330 kV line", "Calveran Air Force leases 2 × KT-400
    from Aerolux Leasing": both sides named; else ""."""
    items = str(deal.get("items_text") or "")
    value = deal.get("value") or {}
    worth = str(value.get("short") or "") if isinstance(value, dict) else ""
    if roles.get("grantor") and roles.get("concessionaire"):
        what = items if _DETERMINER.match(items) else f"the {items}"
        what = what if items else "a concession"
        grants = _verb(deal, "grantor", "grants")
        return f"{roles['grantor']} {grants} {roles['concessionaire']} {what}"
    if roles.get("payer") and roles.get("payee"):
        under = f" under the {items}" if items else ""
        return f"{roles['payer']} to pay {roles['payee']} {worth or 'damages'}{under}"
    if roles.get("imposing_party") and roles.get("target"):
        from briefdesk.definite import measures_of

        imposes = _verb(deal, "imposing_party", "imposes")
        return f"{roles['imposing_party']} {imposes} {measures_of(items)} on {roles['target']}"
    if roles.get("lessee") and roles.get("lessor"):  # a lease or charter (round 22)
        leases = _verb(deal, "lessee", "leases")
        if not items:
            return f"{roles['lessee']} {leases} from {roles['lessor']}"
        return f"{roles['lessee']} {leases} {items} from {roles['lessor']}"
    if roles.get("client") and roles.get("contractor"):
        from briefdesk.works_words import works_contract

        awards = _verb(deal, "client", "awards")
        return f"{roles['client']} {awards} {roles['contractor']} {works_contract(items)}"
    return ""


def _verb(deal: dict[str, Any], role: str, verb: str) -> str:
    """``verb`` ("lends") for one party in ``role``, its plural ("lend") for several: "Harwick
    Bank and Tellmar Development Bank lend USD 620 million to Zambia" (round 20, N19-02)."""
    parties = deal.get("parties") or []
    several = sum(1 for p in parties if isinstance(p, dict) and p.get("role") == role) > 1
    return verb.removesuffix("s") if several else verb


def role_and_affiliation(role: str, affiliation: str, country: str = "") -> str:
    """The actors table's "Role and affiliation" cell: the role with a capital, as titles are
    printed ("Chief executive, Halvorsen" beside "Minister, Armed Forces"; N10-26), and no
    affiliation that only repeats the Country column ("France | France"; N10-13)."""
    from briefdesk.world import world

    role = role[:1].upper() + role[1:]
    if affiliation and country and world().names.get(affiliation) == country:
        affiliation = ""
    if not affiliation or affiliation.lower() in role.lower():
        return role
    return f"{role}, {affiliation}" if role else affiliation


def label_case(label: str) -> str:
    """A label as the house prints labels, first letter a capital ("economic" -> "Economic"),
    the rest as typed ("EU trade" stays): the Standard note printed "economic:" (N14-31)."""
    return label[:1].upper() + label[1:]


def deal_names(deals: list[dict[str, Any]]) -> list[str]:
    """Each deal's name as the Standard note's lines print it ("Arms sale: JF-17C jets",
    "Construction / EPC contract") — and where two deals would print the same name, each by
    its own title, so a note under the table says which deal it is on (newcomer15 N15-19)."""

    def name(deal: dict[str, Any], heading: str) -> str:
        if deal.get("kind") == "other":
            return heading
        kind = str(deal.get("kind_label") or "Deal")
        return kind if heading == kind else f"{kind}: {heading}"

    first = [name(d, str(d.get("heading") or "")) for d in deals]
    return [
        name(deal, title)
        if (title := str(deal.get("title") or "").strip()) and first.count(own) > 1
        else own
        for deal, own in zip(deals, first, strict=True)
    ]


# A stated amount that is a bare figure with thousands separators and a currency code or
# sign ("EUR 241,600,000", "US$95 000 000"): no scale word, no decimal comma to misread.
_FIGURE = re.compile(r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_CODES = re.compile(r"\b[A-Z]{2,3}\b|US|[^\w\s.,]")


def same_figure(stated: str, amount: Decimal) -> bool:
    """True when the words as stated give exactly ``amount`` in figures ("EUR 241,600,000" for
    241600000): printing "stated as" beside the short form would repeat the number (N15-19).
    Words with a scale ("241.6 million") or anything else in letters are not judged the same."""
    figures = _FIGURE.findall(stated)
    rest = _FIGURE.sub("", _CODES.sub("", stated))
    if len(figures) != 1 or any(ch.isalpha() for ch in rest):
        return False
    return Decimal(re.sub(r"[^\d.]", "", figures[0])) == amount
