"""Amounts written the way other languages write them: "1,6 млрд долларов", "1,6 milliard de
dollars", "1,6 Milliarden Euro", "1.600 millones de dólares", "1,6 miliardi di euro".

Only the safe shape is read: a number, a scale word of that language and a currency word (or
symbol), so a bare "1.600" or "1,6" is never taken for money. In these forms the comma is the
decimal mark and a dot or space groups thousands; "1,600" with no scale-free reading (a comma and
exactly three digits) is ambiguous between the two conventions and is skipped rather than guessed.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy

_SCALES: tuple[tuple[str, int], ...] = (
    # Ten to the twelfth: Spanish "billón", German "Billion(en)", Russian "трлн".
    (r"трлн\.?|триллион\w*|billones|billón|billon|Billionen|Billion", 12),
    # Ten to the ninth.
    (
        r"млрд\.?|миллиард\w*|milliards?|Milliarden|Milliarde|Mrd\.?|mil\s+millones|"
        r"miliardi|miliardo|bilhões|bilhoes|bilhão|bilhao|mld\.?|miliardów|miliardy|miliard",
        9,
    ),
    # Ten to the sixth.
    (
        r"млн\.?|миллион\w*|Millionen|Million|Mio\.?|millones|millón|millon|milioni|milione|"
        r"milhões|milhoes|milhão|milhao|milionów|miliony|milion|millions|million",
        6,
    ),
)
# The English word each foreign currency word stands for; money.py turns it into a code.
_CURRENCIES: tuple[tuple[str, str], ...] = (
    (
        r"доллар\w*|dollars?|Dollar|US-Dollar|dólares|dólar|dolares|dollari|dolarów|dolarach",
        "dollar",
    ),
    (r"евро|euros?|Euro|eur|EUR", "euro"),
    (r"рубл\w*|Rubel|roubles|rublos|rubli", "ruble"),
    (r"юан\w*|Yuan|yuans|yuanes", "yuan"),
    (r"иен\w*|йен\w*|yens|Yen|yenes", "yen"),
    (r"фунт\w*|livres\s+sterling|Pfund|libras", "pound"),
    (r"рупи\w*|roupies|Rupien|rupias", "rupee"),
    (r"reais", "real"),
    (r"\$", "$"),
    (r"€", "euro"),
    (r"£", "pound"),
)
_NUMBER = r"\d{1,3}(?:[. \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE_RE = "|".join(f"(?P<s{i}>{pattern})" for i, (pattern, _) in enumerate(_SCALES))
_CURRENCY_RE = "|".join(f"(?P<c{i}>{pattern})" for i, (pattern, _) in enumerate(_CURRENCIES))
FOREIGN_MONEY_RE = lazy(
    rf"(?<![\d.,])(?P<number>{_NUMBER})\s?(?:{_SCALE_RE})(?![\w])\s*"
    rf"(?P<link>(?:de|di|des|da|do)\s+|d['’]\s?)?(?:{_CURRENCY_RE})(?![\w])"
)


def foreign_amount(number: str, scale: int) -> Decimal | None:
    """The value of "1,6" or "1.600" times ten to ``scale``; None when the number is ambiguous."""
    if re.fullmatch(r"\d{1,3},\d{3}", number):
        return None  # "1,600": a thousands comma or a decimal comma, no way to tell
    digits = re.sub(r"[. \u00a0]", "", number).replace(",", ".")
    try:
        value = Decimal(digits) * Decimal(10) ** scale
    except InvalidOperation:
        return None
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def foreign_matches(text: str) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, amount, English currency word or "$") for each foreign-form amount."""
    found: list[tuple[int, int, Decimal, str]] = []
    for match in FOREIGN_MONEY_RE.finditer(text):
        groups = match.groupdict()
        scale = next(_SCALES[i][1] for i in range(len(_SCALES)) if groups[f"s{i}"])
        word = next(_CURRENCIES[i][1] for i in range(len(_CURRENCIES)) if groups[f"c{i}"])
        if (
            groups["s2"]
            and groups["s2"].startswith("million")
            and not groups["link"]
            and "," not in groups["number"]
        ):
            # "1.600 million dollars" is English; "1,6 million dollars" has a decimal comma.
            continue
        amount = foreign_amount(groups["number"], scale)
        if amount is not None:
            found.append((match.start(), match.end(), amount, word))
    return found
