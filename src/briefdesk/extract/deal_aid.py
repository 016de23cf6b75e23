"""Which of two states gives a loan or grant that they sign together: the one whose ambassador
signs it or attends.

"Japan and Tonga signed an Exchange of Notes for grant aid of ¥1.43 billion. Ambassador Kenji
Morishita signed for Japan and Minister for Finance Tevita Fonua for the Kingdom." / "the
Philippine and Japanese governments signed a 64.3 billion yen loan (...) signed in Manila by
Foreign Affairs Secretary X and Japanese Ambassador Y." An ambassador serves abroad: aid is
signed in the recipient's capital, by the donor's envoy. Read in the deal's sentence and the one
after it, only for a state the deal's sentence names.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.resolver import Found
from briefdesk.world import world

_ENVOY = re.compile(
    r"\b(?P<before>[A-Z][a-z]+)\s+[Aa]mbassador\b"  # "Japanese Ambassador Kenji Morimoto"
    r"|\b(?P<owner>[A-Z][a-z]+)['’]s\s+ambassador\b"  # "Japan's ambassador"
    r"|\b[Aa]mbassador\s+of\s+(?P<of>[A-Z][a-z]+)\b"  # "Ambassador of Japan"
    r"|\b[Aa]mbassador\s+(?:[A-Z][\w'’-]+\s+){1,4}signed\s+for\s+(?P<for>[A-Z][a-z]+)\b"
)
_AFTER = 400  # characters after the deal's sentence: the signing is often told next


def _envoy_state(text: str, start: int, end: int) -> str:
    """The state code of the first ambassador named in text[start:end], or ''."""
    for match in _ENVOY.finditer(text, start, end):
        word = next(g for g in match.groups() if g)
        code = world().code_of(word)
        if code:
            return code
    return ""


def aid_sides(text: str, found: Found, deals: list[DealBuild]) -> None:
    """Set the giver of each loan or grant between two named states by its ambassador, then
    of each grant with no giver by its currency."""
    _by_currency(text, found, deals)
    _capital_receives(text, found, deals)
    if "mbassador" not in text:
        return
    for deal in deals:
        if deal.kind not in {"loan", "grant"} or not deal.evidence:
            continue
        start, end = deal.evidence[0]
        stop = text.find(". ", end + 2, end + _AFTER)
        code = _envoy_state(text, start, stop if stop > 0 else min(len(text), end + _AFTER))
        states = {
            key
            for begin, _end, key in found.mentions
            if start <= begin < end and key.startswith("state:")
        }
        giver = f"state:{code}"
        if not code or giver not in states or giver not in found.actors:
            continue
        name = found.actors[giver].name
        if deal.seller and deal.seller != name:
            continue  # a lender the text names (a bank, a fund) stays
        others = [found.actors[k].name for k in sorted(states - {giver})]
        deal.seller, deal.seller_why = name, "the state whose ambassador signs gives"
        if deal.buyer in ("", name) and len(others) == 1:
            deal.buyer, deal.buyer_why = others[0], "the other state that signs receives"


# Currencies many states lend or give in: they say nothing of the giver.
_SHARED = frozenset({"USD", "EUR", "XOF", "XAF", "XCD", "GBP", "CHF", "XDR"})


def _by_currency(text: str, found: Found, deals: list[DealBuild]) -> None:
    """ "Foreign Minister X has signed a NZ$24 million grant with Tonga Power": a grant given
    in the currency of exactly one state the article names comes from that state (donors give
    in their own money). Not for a currency many states use, nor when the giver is named."""
    states = [a for a in found.actors.values() if a.type == "state"]
    for deal in deals:
        if deal.kind != "grant" or deal.seller or not deal.value:
            continue
        currency = deal.value.currency
        if currency in _SHARED:
            continue
        users = [a for a in states if currency in _currencies(a.country)]
        if len(users) != 1 or users[0].name == deal.buyer:
            continue
        deal.seller = users[0].name
        deal.seller_why = f"the state whose currency ({currency}) the grant is given in"


def _currencies(code: str) -> tuple[str, ...]:
    country = world().countries.get(code)
    return country.currency_codes if country else ()


# "budget support to Honiara", "financing for Manila": a capital named for its state.
_TO_CAPITAL = re.compile(r"\b(?:to|for)\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)")


def _capital_receives(text: str, found: Found, deals: list[DealBuild]) -> None:
    """A loan or grant "to Honiara" with no borrower named: the state whose capital it is,
    when the article names that state and it is not the giver's."""
    for deal in deals:
        if deal.kind not in {"loan", "grant"} or deal.buyer or not deal.evidence:
            continue
        start, end = deal.evidence[0]
        for match in _TO_CAPITAL.finditer(text, start, end):
            code = world().capitals.get(match.group(1))
            state = found.actors.get(f"state:{code}") if code else None
            if state is not None and state.name != deal.seller:
                deal.buyer = state.name
                deal.buyer_why = f"the state whose capital receives it ({match.group(1)!r})"
                break
