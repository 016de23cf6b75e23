"""Closed-class English words the patterns hinge on: titles, organisation heads, deal verbs.

These are words of the language, not facts about the world (those come from data packages in
``gazetteer``), so a short hand-kept list is the right tool here.
"""

from __future__ import annotations

from briefdesk.extract.words import word_list

# Head words of a person's title or job; a role phrase must contain one.
ROLE_HEADS = word_list("role_heads")
# Words that may stand before a head word inside a title ("Foreign", "Deputy Prime").
ROLE_MODIFIERS = word_list("role_modifiers")
HONORIFICS = word_list("honorifics")
# Last or key words of organisation names.
ORG_HEADS = word_list("org_heads")
# Words that qualify a post and name no body: "Independent Non-Executive Director".
POST_QUALIFIERS = word_list("post_qualifiers")
LEGAL_SUFFIXES = word_list("legal_suffixes")
# Descriptions that mark the next proper name as an organisation ("the German utility Uniper").
ORG_DESCRIPTORS = word_list("org_descriptors")
INTERNATIONAL_ORGS = frozenset(
    """United Nations|UN|U.N.|NATO|European Union|EU|European Commission|European Parliament|
    European Council|ASEAN|African Union|AU|World Bank|IMF|International Monetary Fund|
    Asian Development Bank|ADB|Asian Infrastructure Investment Bank|AIIB|
    African Development Bank|African Development Bank Group|AfDB|New Development Bank|NDB|
    International Atomic Energy Agency|IAEA|World Trade Organization|WTO|OPEC|OPEC+|G20|G7|
    Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO|BRICS|
    Gulf Cooperation Council|GCC|Arab League|OSCE|World Health Organization|WHO|
    Inter-American Development Bank|IDB|European Investment Bank|EIB|EBRD|
    European Bank for Reconstruction and Development|Islamic Development Bank|IsDB|OECD|UNDP|
    UNICEF|UNHCR|Organisation of Islamic Cooperation|OIC|Commonwealth|Interpol|
    International Finance Corporation|IFC|Eurasian Economic Union|CSTO|Mercosur|ECOWAS|SADC|
    Security Council|UN Security Council|International Criminal Court|ICC|World Food Programme|
    World Food Program|WFP|United Nations Development Programme|UN Development Programme|
    United Nations Environment Programme|UNEP""".replace("\n", "")
    .replace(" ", " ")
    .split("|")
)
INTERNATIONAL_ORGS = frozenset(s.strip() for s in INTERNATIONAL_ORGS)
INTL_PREFIXES = (
    "International ",
    "World ",
    "United Nations ",
    "Asian ",
    "African ",
    "European ",
    "Inter-American ",
    "Islamic ",
    "Arab ",
    "Eurasian ",
    "Gulf ",
)
INTL_HEADS = word_list("intl_heads")

# English calendar names, for the date reader and for the name finders (which must not take
# "March" or "Tuesday" for a name). Not from ``calendar``: its names follow the process locale.
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Words that can start a sentence capitalised without being a name.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "it's",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "in",
        "on",
        "at",
        "to",
        "from",
        "by",
        "for",
        "with",
        "of",
        "and",
        "or",
        "but",
        "as",
        "after",
        "before",
        "during",
        "since",
        "until",
        "while",
        "when",
        "where",
        "why",
        "how",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "if",
        "then",
        "than",
        "there",
        "here",
        "also",
        "however",
        "meanwhile",
        "separately",
        "critics",
        "analysts",
        "officials",
        "both",
        "all",
        "some",
        "many",
        "most",
        "several",
        "each",
        "every",
        "no",
        "not",
        "under",
        "over",
        "between",
        "among",
        "against",
        "about",
        "above",
        "below",
        "into",
        "through",
        "across",
        "along",
        "around",
        "beyond",
        "near",
        "outside",
        "inside",
        "within",
        "without",
        "upon",
        "according",
        "last",
        "next",
        "earlier",
        "later",
        "later,",
        "yet",
        "still",
        "so",
        "such",
        "other",
        "another",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "first",
        "second",
        "third",
        "more",
        "less",
        "further",
        "further,",
        "despite",
        "although",
        "though",
        "because",
        "instead",
        "once",
        "twice",
        "today",
        "tomorrow",
        "yesterday",
        *(w.lower() for w in (*WEEKDAY_NAMES, *MONTH_NAMES, *MONTH_ABBREVIATIONS)),
        "press",
        "release",
        "statement",
        "joint",
        "for",
        "further",
        "information",
        "please",
        "contact",
        "reporting",
        "editing",
        "writing",
        "additional",
        "by",
        "photo",
        "file",
        "update",
        "updated",
        "read",
        "more",
        "advertisement",
        "subscribe",
        "page",
    ]
)
SPEECH_VERBS = word_list("speech_verbs")

# Deal vocabulary.
DEAL_CUES = word_list("deal_cues")
NON_DEAL_CUES = (
    "trade of",
    "bilateral trade",
    "gdp",
    "budget",
    "public debt",
    "stockpile",
    "portfolio",
    "revenue",
    "turnover",
    "committed a record",
    "mobilised",
    "mobilized",
)
ARMS_WORDS = word_list("arms_words")
ENERGY_WORDS = word_list("energy_words")
STATUS_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cancelled", ("cancelled", "canceled", "scrapped", "terminated")),
    ("suspended", ("suspended", "frozen", "halted", "put on hold")),
    ("delivered", ("delivered", "handed over", "took delivery", "takes delivery", "received the")),
    (
        "in_delivery",
        (
            "first batch",
            "second batch",
            "deliveries began",
            "have been delivered",
            "receives",
            "received",
        ),
    ),
    ("signed", ("signed", "signs", "inked", "sealed", "seal", "concluded")),
    (
        "approved",
        (
            "approved",
            "agreed",
            "cleared",
            "selected",
            "has chosen",
            "chose",
            "will give",
            "would provide",
            "will provide",
        ),
    ),
    (
        "proposed",
        (
            "proposed",
            "considering",
            "negotiating",
            "talks",
            "expected to sign",
            "is expected",
            "plans to",
            "planned",
            "potential",
            "offered",
        ),
    ),
)

# Unions the rules test words against, built once: building one costs microseconds, and the
# rules asked thousands of times per text.
TITLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS  # the words of a title ("Deputy Defence Minister")
HEAD_WORDS = ROLE_HEADS | ORG_HEADS  # a word that heads a title or an organisation name
TITLE_OR_ORG_WORDS = ROLE_HEADS | ROLE_MODIFIERS | ORG_HEADS
TITLE_OR_HONORIFIC = ROLE_HEADS | ROLE_MODIFIERS | HONORIFICS
