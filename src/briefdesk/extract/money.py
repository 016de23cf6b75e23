"""Amounts of money as written in news ("$1.6 billion", "€410m", "Rs 63,000 crore")."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from briefdesk.extract.money_codes import ISO_EXTRA, iso_codes, near_context, word_code
from briefdesk.extract.money_lead import leading_words
from briefdesk.extract.money_numbers import NOTICE_SIGNS, NUMBER, labelled_amounts
from briefdesk.extract.money_numbers import amount_of as _amount
from briefdesk.extract.money_units import PLURALS as _PLURALS
from briefdesk.extract.money_years import without_years
from briefdesk.extract.scans import Gated, HintedPattern, factored

_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "USD": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "S$": "SGD",
    "NZ$": "NZD",
    "R$": "BRL",
    "E£": "EGP",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₦": "NGN",
    "₱": "PHP",
    "Rs": "INR",
    "Rs.": "INR",
    "Tk": "BDT",
    "KM": "BAM",  # Bosnia's convertible mark: "KM 780 million"
    "S/": "PEN",  # Peru's sol: "S/ 1,250 million", "S/. 480 millones" (N10-07)
    "S/.": "PEN",
}
# Words for currencies whose ISO code pycountry cannot pick from the word alone.
_DEFAULT_FOR_WORD: dict[str, str] = {
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "riyal": "SAR",
    "rial": "IRR",
    "dirham": "AED",
    "ruble": "RUB",
    "rouble": "RUB",
    "won": "KRW",
    "baht": "THB",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "peso": "MXN",
    "real": "BRL",
    "rand": "ZAR",
    "naira": "NGN",
    "lira": "TRY",
    "krona": "SEK",
    "krone": "NOK",
    "franc": "CHF",
    "shilling": "KES",
    "birr": "ETB",
    "taka": "BDT",
    "dinar": "KWD",
    "zloty": "PLN",
    "forint": "HUF",
    "hryvnia": "UAH",
    "tenge": "KZT",
    "dong": "VND",
    "lari": "GEL",
    "manat": "AZN",
    "cedi": "GHS",
    "tögrög": "MNT",  # Mongolia's tugrik as written there
    "togrog": "MNT",
    "rupees": "INR",
}
_SYMBOLS_BY_COUNTRY_ADJ = {
    "Rs": ("INR", "PKR", "LKR", "NPR"),
    "Rs.": ("INR", "PKR", "LKR", "NPR"),
    "$": ("USD",),
    "¥": ("JPY", "CNY"),
}

_NUMBER = NUMBER  # (round 19: thousands grouped by stops too, money_numbers)
# Case-insensitive so all-capitals headlines ("$1.2 BILLION DEAL", "$5M") read the same.
_MULT = (
    r"(?i:trillion|billion|milliards?|million|thousand|crores?|cr|lakhs?|tn|bln|bn|mln|mn|m|b|k)"
)
# Dollar signs of other states ("EC$27 million" is Eastern Caribbean, not Canadian).
_DOLLAR_PREFIXES = {
    "EC$": "XCD",
    "FJ$": "FJD",
    "TT$": "TTD",
    "NT$": "TWD",
    "BZ$": "BZD",
    "SI$": "SBD",
    "WS$": "WST",
    "Bds$": "BBD",
    "GY$": "GYD",
    "RD$": "DOP",
    "CI$": "KYD",
    "SR$": "SRD",
    "Mex$": "MXN",
    "MX$": "MXN",
    "J$": "JMD",
    "G$": "GYD",
    "N$": "NAD",
    "T$": "TOP",
    "L$": "LRD",
}
_SYMBOLS.update(_DOLLAR_PREFIXES | NOTICE_SIGNS)
_SYMBOL_LIST = (
    "|".join(re.escape(p) for p in sorted(_DOLLAR_PREFIXES, key=len, reverse=True))
    + r"|US\$|AU\$|A\$|CA\$|C\$|HK\$|S\$|NZ\$|R\$|E£|\$|€|£|¥|₹|₩|₽|₺|₦|₱|₲|B/\.|Rs\.?|Tk|KM|S/\.?"
)
# Signs and codes as one branch per first character (scans.factored), not 200 plain branches.
_SYMBOL = factored(_SYMBOL_LIST.split("|"))
_WORDS = (
    r"dollars?|euros?|pounds?(?:\s+sterling)?|sterling|yen|yuan|renminbi|rupees?|riyals?|rials?|"
    r"dirhams?|rubles?|roubles?|won|baht|rupiah|ringgit|pesos?|reais|real|rand|naira|lira|lire|"
    r"kronor|krona|kroner|krone|crowns?|korunas?|koruny|korun|francs?|shillings?|birr|taka|dinars?|zlotys?|zloty|forint|"
    r"hryvnias?|tenge|dong|lari|manats?|drams|cedis?|t[öo]gr[öo]gs?|ngultrums?|"
    # Africa, Latin America, Central and South-East Asia, the Pacific (codes from pycountry)
    r"kwachas?|kina|kip|riels?|kyats?|som|tugriks?|leones?|ariary|pula|lempiras?|quetzal(?:es)?|"
    r"guaran[ií](?:es|s)?|bolivianos?|soles|meticais|metical|kwanzas?|somonis?|afghanis?|"
    r"vatu|tala|pa'anga"
)
# The same words in an all-capitals headline ("4 BILLION YEN"); "\\s" must stay "\\s".
_WORDS_CAPS = _WORDS.upper().replace("\\S", "\\s")


# Every amount starts with a digit, a currency sign or a capital (US$, Rs, an ISO code): the
# lookahead lets the engine pass over every other position in one step.
@functools.cache
def money_re() -> re.Pattern[str]:
    """The amount pattern, built on first use (the codes come from the currency data)."""
    iso = factored(sorted(iso_codes() | ISO_EXTRA))
    return re.compile(
        r"(?=[\d$€£¥₹₩₽₺₦₱₲A-Z])"
        rf"(?:(?P<sym>{_SYMBOL}|\b(?:{iso})(?:\b|(?=\d)))\s?(?P<n1>{_NUMBER})(?:\s?[-–]\s?(?:{_NUMBER}))?(?![,.]\d)(?:[\s-]?(?P<m1>{_MULT})\b)?"
        rf"|(?<!\d[,.])\b(?P<n2>{_NUMBER})(?![,.]\d)(?:[\s-]?(?P<m2>{_MULT})\b)?(?:\s+|-)(?:(?P<adj>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+)?"
        rf"(?P<word>{_WORDS}|{_WORDS_CAPS})\b"
        rf"|(?<!\d[,.])\b(?P<n3>{_NUMBER})(?![,.]\d)\s?(?P<m3>{_MULT})?\s(?P<iso>{iso}|FCFA)\b)"
    )


def __getattr__(name: str) -> object:
    """``MONEY_RE``, kept as a name for the speed tests and benchmarks (built on first use)."""
    if name == "MONEY_RE":
        return money_re()
    raise AttributeError(name)


@dataclass(frozen=True)
class MoneyMention:
    amount: Decimal
    currency: str
    as_stated: str
    start: int
    end: int


def _word_currency(word: str, adjective: str | None, context: Counter[str]) -> str:
    from briefdesk.extract.gazetteer import gazetteer

    base = word.lower().split()[0]
    base = _PLURALS.get(base, base[:-1] if base.endswith("s") and base not in _PLURALS else base)
    gaz = gazetteer()
    candidates = gaz.currency_names.get(base, ())
    if base == "crown":
        # English for krone, krona and koruna ("2.3 billion Norwegian crowns"): the state's
        # adjective says which; without one, only a state the article is about can.
        candidates = _CROWNS
        if not adjective:  # "a 2.3 billion crown deal" in a headline: too loose to take
            singular = word.lower().split()[0] == "crown"
            return "" if singular else _by_context(candidates, context) or ""
    if adjective == "CFA":
        return _by_context(("XOF", "XAF"), context) or "XOF"  # "50 billion CFA francs"
    if adjective:
        code = gaz.adjectives.get(adjective) or gaz.names.get(adjective)
        if adjective in {"US", "U.S."}:
            code = "US"
        country = gaz.country(code) if code else None
        if country:
            for currency in country.currency_codes:
                if currency in candidates or not candidates:
                    return currency
    only = candidates[0] if candidates else "USD"  # "kina": PGK; "kwacha" with no context: MWK
    return _by_context(candidates, context) or _DEFAULT_FOR_WORD.get(base, only)


def _by_context(candidates: tuple[str, ...], context: Counter[str]) -> str | None:
    """Pick the currency of the country the article talks about most ("rupees" in Pakistan)."""
    from briefdesk.extract.gazetteer import gazetteer

    gaz = gazetteer()
    best: tuple[int, str] | None = None
    for country_code, count in context.most_common():
        country = gaz.country(country_code)
        if country is None:
            continue
        for listed in country.currency_codes:
            # A code the country data still lists after a redenomination ("ZMK" for Zambia)
            # stands for the current one of the same country ("ZMW").
            currency = next((c for c in candidates if c[:2] == listed[:2]), listed)
            if currency in candidates and (best is None or count > best[0]):
                best = (count, currency)
    return best[1] if best else None


_CROWNS = ("NOK", "SEK", "DKK", "ISK", "CZK")
_DIGIT = re.compile(r"\d")


def find_money(text: str, country_counts: Counter[str] | None = None) -> list[MoneyMention]:
    """Every amount of money in ``text``; ``country_counts`` disambiguates rupees, Rs, ¥."""
    context = country_counts or Counter()
    if not _DIGIT.search(text):  # (every pass below reads a number, but amounts in words)
        return _with_words(text, [], context) if "illion" in text else []
    found: list[MoneyMention] = []
    for match in money_re().finditer(text):
        groups = match.groupdict()
        adjective = groups.get("adj")
        if groups["n1"]:
            amount = _amount(groups["n1"], groups["m1"])
            symbol = groups["sym"]
            if symbol[:2] == "S/" and text[match.start() - 1 : match.start()].isalnum():
                continue  # "AS/400": a product's name, no sol
            currency = _SYMBOLS.get(symbol, symbol)
            glued = text[match.start() + 3 : match.start() + 4].isdigit() and symbol.isalpha()
            if glued and not groups["m1"] and amount is not None and amount < 1000:
                continue  # "COP31", "USD1": a name or a code glued to a number, no amount
            if symbol == "RMB":
                currency = "CNY"
            elif word_code(symbol) and not groups["m1"] and (amount is None or amount < 10000):
                continue  # "TOP 10", "ALL 3": a capitalised word before a small number
            ambiguous = _SYMBOLS_BY_COUNTRY_ADJ.get(symbol)
            if ambiguous and len(ambiguous) > 1:
                currency = _by_context(ambiguous, context) or currency
        elif groups["n2"]:
            amount = _amount(groups["n2"], groups["m2"])
            if adjective and adjective[0].isupper():
                currency = _word_currency(groups["word"], adjective, context)
            else:
                near = near_context(text, match.start(), groups["word"], context)
                currency = _word_currency(groups["word"], None, near)
        else:
            amount = _amount(groups["n3"], groups["m3"])
            currency = groups["iso"]
            if currency == "RMB":
                currency = "CNY"
            elif currency == "FCFA":  # "187 billion FCFA": West or Central Africa's franc
                currency = _by_context(("XOF", "XAF"), context) or "XOF"
        if amount is None or not currency:  # "5 million crowns" of no state we can tell
            continue
        start, end = match.start(), match.end()
        found.append(MoneyMention(amount, currency, text[start:end], start, end))
    found = _with_local(text, found, context)
    if _TRAILING_HINT.search(text):
        found = _with_trailing(text, found, context)
    if _FOREIGN_HINT.search(text):
        found = _with_foreign(text, found, context)
    found = _with_words(text, found, context) if "illion" in text else found
    found = labelled_amounts(text, found, iso_codes(), MoneyMention)  # "Amount (KRW): 693,240"
    found = leading_words(text, found, context, _word_currency, MoneyMention)  # "CFA francs 3.1bn"
    return without_years(text, found)  # "signed in 2027 won approval": no KRW 2,027


_CURRENCY_WORD = re.compile(rf"(?:{_WORDS})", re.IGNORECASE)


def _with_words(text: str, found: list[MoneyMention], context: Counter[str]) -> list[MoneyMention]:
    """``found`` with the amounts written in words ("eight hundred million dollars")."""
    from briefdesk.extract.money_words import word_amounts

    added = [
        MoneyMention(amount, currency, text[start:end], start, end)
        for start, end, amount, currency in word_amounts(
            text,
            lambda word, adj: _word_currency(word, adj, context),
            lambda word: bool(_CURRENCY_WORD.fullmatch(word)),
        )
        if not any(m.start < end and start < m.end for m in found)
    ]
    return sorted(found + added, key=lambda m: m.start) if added else found


# Local currency signs written before a number: "N150 billion" naira, "Dh2 billion", "CFA 50
# billion", "KSh3.5 billion", "R2.4bn" rand. A letter alone is a sign only before a scale word,
# so "K9 howitzers" or "P-8" stay what they are.
_LOCAL: dict[str, tuple[str, ...]] = {
    "GH₵": ("GHS",),
    "GH¢": ("GHS",),
    "₵": ("GHS",),
    "FCFA": ("XOF", "XAF"),
    "CFA": ("XOF", "XAF"),
    "KSh": ("KES",),
    "KShs": ("KES",),
    "Ksh": ("KES",),
    "TSh": ("TZS",),
    "USh": ("UGX",),
    "Dh": ("AED", "MAD"),
    "Dhs": ("AED", "MAD"),
    "Rp": ("IDR",),
    "SDR": ("XDR",),  # the IMF's unit: "SDR 26.6 million"
    "UA": ("XUA",),  # the African Development Bank's unit of account: "UA 48.6 million"
    "Nu": ("BTN",),  # Bhutan's ngultrum: "Nu 12.5 billion"
    "VT": ("VUV",),  # Vanuatu's vatu: "VT 2.4 billion"
    "JD": ("JOD",),  # Jordan's dinar: "JD 98 million"
    "BD": ("BHD",),  # the Gulf press's own signs: "BD 118 million", "RO 412 million",
    "RO": ("OMR",),  # "QR 2.1 billion", "KD 300 million"
    "QR": ("QAR",),
    "KD": ("KWD",),
    "RM": ("MYR",),
    "MK": ("MWK",),
    "ZK": ("ZMW",),
    "Br": ("ETB",),
    "N": ("NGN",),
    "R": ("ZAR",),
    "K": ("PGK", "ZMW", "MMK"),
    "P": ("PHP", "BWP"),
    "NIS": ("ILS",),  # round 13: the shekel's English abbreviation and sign, the hryvnia's,
    "₪": ("ILS",),  # the dong's and the colón's signs
    "₴": ("UAH",),
    "₫": ("VND",),
    "₡": ("CRC",),
    "Bs": ("BOB", "VES"),  # the boliviano and the bolívar: "Bs 186 million", "Bs. 40 millones"
    "Bs.": ("BOB", "VES"),
}
# The lookahead (the signs' first letters) skips most positions; the whole scan runs only in
# texts where a sign stands before a digit (the hint: part of every match, led by literals).
_LOCAL_SIGNS = factored([re.escape(s) for s in sorted(_LOCAL, key=len, reverse=True)], cased=True)
_LOCAL_RE = HintedPattern(
    "(?:" + _LOCAL_SIGNS + r")\s?\d",
    rf"(?=[{''.join(sorted({re.escape(s[0]) for s in _LOCAL}))}])(?<![\w$])(?P<sym>"
    + _LOCAL_SIGNS
    + rf")(?P<gap>\s?)(?P<n>{_NUMBER})"
    + r"(?:\s?(?P<m>trillion|billion|million)|(?P<m2>tn|bn|mn|m|b))\b",
)


def _with_local(text: str, found: list[MoneyMention], context: Counter[str]) -> list[MoneyMention]:
    added = []
    for match in _LOCAL_RE.finditer(text):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in found):
            continue
        if len(match.group("sym")) == 1 and match.group("sym").isalpha() and match.group("gap"):
            continue  # "Category R 5 m": a lone letter is a sign only when written on the number
        amount = _amount(match.group("n"), match.group("m") or match.group("m2"))
        if amount is None:
            continue
        codes = _LOCAL[match.group("sym")]
        currency = (_by_context(codes, context) if len(codes) > 1 else None) or codes[0]
        added.append(MoneyMention(amount, currency, text[start:end], start, end))
    return sorted(found + added, key=lambda m: m.start) if added else found


# Scale words other languages use; only when one occurs is the slower foreign pass run.
_FOREIGN_WORDS = (
    r"млрд|млн|трлн|миллиард|миллион|milliard|Milliard|Mrd|Mio|Million|millones|millón|"
    r"billones|miliard|milion|bilh|milh|illions?\s+d"
)
_FOREIGN_HINT = re.compile(factored(_FOREIGN_WORDS.split("|"), cased=True))


def _with_foreign(
    text: str, found: list[MoneyMention], context: Counter[str]
) -> list[MoneyMention]:
    """Add "1,6 milliard de dollars"-style amounts; one that overlaps an English match replaces
    it (the English reader takes "1,6 million" for 16 million)."""
    from briefdesk.extract.money_foreign import foreign_matches

    foreign = foreign_matches(text)
    if not foreign:
        return found
    kept = [m for m in found if not any(s < m.end and m.start < e for s, e, _, _ in foreign)]
    for start, end, amount, word in foreign:
        currency = "USD" if word == "$" else _word_currency(word, None, context)
        kept.append(MoneyMention(amount, currency, text[start:end], start, end))
    return sorted(kept, key=lambda m: m.start)


# "450 million €": the sign after (read only where a sign occurs)
_TRAILING_HINT = Gated(("€", "£", "$", "¥", "₹"), r"\d\s?(?:[a-z]+\s?)?[€£$¥₹]")


def _with_trailing(
    text: str, found: list[MoneyMention], context: Counter[str]
) -> list[MoneyMention]:
    from briefdesk.extract.money_trailing import trailing_matches

    added = []
    for start, end, amount, codes in trailing_matches(text, _amount):
        if not any(m.start < end and start < m.end for m in found):
            currency = (_by_context(codes, context) if len(codes) > 1 else None) or codes[0]
            added.append(MoneyMention(amount, currency, text[start:end], start, end))
    return sorted(found + added, key=lambda m: m.start) if added else found
