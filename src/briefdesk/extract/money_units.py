"""Units of money words: multipliers ("bn", "crore", "milliard") and the singular of a
currency's plural ("kroner" -> "krone"), kept apart from the patterns in ``money``."""

from __future__ import annotations

from decimal import Decimal

MULTIPLIERS: dict[str, Decimal] = {
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "billion": Decimal(10) ** 9,
    "milliard": Decimal(10) ** 9,  # translated copy: "17.6 milliard dinars"
    "milliards": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
    "cr": Decimal(10) ** 7,  # "Tk 9,420cr"
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
}

# A currency word's plural as written -> the singular the currency names are keyed by.
PLURALS = {
    "reais": "real",
    "kronor": "krona",
    "kroner": "krone",
    "crowns": "crown",
    "koruny": "koruna",
    "korun": "koruna",
    "lire": "lira",
    "rubles": "ruble",
    "roubles": "rouble",
    "yuan": "yuan",
    "won": "won",
    "yen": "yen",
    "baht": "baht",
    "rupiah": "rupiah",
    "ringgit": "ringgit",
    "naira": "naira",
    "rand": "rand",
    "birr": "birr",
    "taka": "taka",
    "dong": "dong",
    "tenge": "tenge",
    "zlotys": "zloty",
    "zloty": "zloty",
    "forint": "forint",
    "hryvnias": "hryvnia",
    "lari": "lari",
    "manat": "manat",
    "sterling": "sterling",
    "renminbi": "renminbi",
    "soles": "sol",
    "meticais": "metical",
    "quetzales": "quetzal",
    "guaranies": "guarani",
    "guaranis": "guarani",
    "guaraní": "guarani",
    "ariary": "ariary",
    "kina": "kina",
    "kip": "kip",
    "som": "som",
    "pula": "pula",
    "vatu": "vatu",
    "tala": "tala",
    "kwacha": "kwacha",
}
