"""Word sets and patterns the actor rules share (to become data files)."""

from __future__ import annotations

import re

from briefdesk.extract.lexicon import (
    HONORIFICS,
    LEGAL_SUFFIXES,
    MONTH_NAMES,
    ORG_DESCRIPTORS,
    ROLE_HEADS,
    WEEKDAY_NAMES,
)
from briefdesk.extract.scans import EndAnchored
from briefdesk.extract.text import HintedPattern
from briefdesk.extract.words import word_list

PLACE_HEADS = word_list("place_heads")

# Regions and seas that are places, never actors. One entry per line of the joined string.
REGIONS = frozenset(
    """Europe|Asia|Africa|Americas|Oceania|Middle East|Latin America|South America|North America
    |Central Asia|South Asia|Southeast Asia|East Asia|West Africa|East Africa|Southern Africa
    |North Africa|Horn of Africa|Sahel|Balkans|Caucasus|Caribbean|Arctic|Indo-Pacific|Gulf
    |Aegean|Mediterranean|Baltic|Black Sea|Red Sea|South China Sea|Eastern Europe|Western Europe
    |Central Europe|Pacific|Atlantic|Levant|Persian Gulf|Western Balkans|Kashmir|Crimea|Donbas
    |Gaza|West Bank|Indian Ocean|Baltic Sea|North Sea|Caspian Sea|Arabian Sea|Sub-Saharan Africa
    |Central America|South Caucasus|Eurasia|Asia-Pacific|Strait of Hormuz|Taiwan Strait
    |West Asia|Central Africa|Northeast Asia|South-East Asia|South Pacific""".replace(
        "\n", ""
    ).split("|")
)
REGIONS = frozenset(r.strip() for r in REGIONS)

STATE_VERBS = word_list("state_verbs")

LOCATIVE = word_list("locative")

COMMON_CITY_WORDS = frozenset(
    [
        "Of",
        "Has",  # (a district of Albania; "Has the company signed ...?")
        "Along",
        "Most",
        "Police",
        "Mobile",
        "Reading",
        "Bath",
        "Nice",
        "Split",
        "Male",
        "Bar",
        "March",
        "Mercedes",
        "Valencia",
        "Victoria",
        "Florence",
        "Salem",
        "Eden",
        "Hope",
        "Liberty",
        "Union",
        "Independence",
        "Progress",
        "Enterprise",
        "Opportunity",
        "Industry",
        "Commerce",
        "Alliance",
        "Concord",
        "Unity",
        "Harmony",
        "Gas",
        "Golden",
        "Paris",
        "Trinidad",
        "Oil",
        "Wing",
        "Sur",
        "Santa",
        "Mandal",
        "Royal",
        "Asia",
        "Africa",
        "Europe",
        "Sultan",
        "Sheikh",
        "Clark",
        "Banner",
        "Batman",
        "Temple",
        "Bay",
        "Marina",
        "Media",
        "Bonus",
        "Sale",
        "Bristol",
        "Mission",
        "Rotem",
        "Masdar",
        "Eni",
        "Sao",
        "Centre",
        "Center",
        "Hawk",
        "Block",
        "Marine",
        "Defence",
        "Defense",
        "Chief",
        "Federal",
        "National",
        "General",
        "Sydney",
    ]
) - {"Sydney"}

_MADE = r"-(?:made|built|manufactured|produced|designed|developed)\b"
ORIGIN_RE = HintedPattern(_MADE, rf"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?){_MADE}")

# "Milan-listed" (round 9): where its shares trade, a place as "Milan-based" is.
_BASED = r"-(?:based|headquartered|registered|listed|area)\b"
BASED_RE = HintedPattern(_BASED, rf"\b(?:(?:The|A|An)\s)?([A-Z][\w.]*(?: [A-Z][\w.]*)?){_BASED}")

LOWER_ROLE_RE = re.compile(
    # (an owner is no "Former": "Former US trade representative X" is the US's;
    # "Petrobras' CEO X": a possessive of a name ending in s)
    r"(?:(\b(?!(?:Former|Then)\s)[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*)"
    r"(?:['’]s|(?<=s)['’])?\s+)?"
    r"((?:[a-z][a-z\-]+\s+){0,4}[a-z][a-z\-]+)\s+$"
)

ROLE_ENDS = ROLE_HEADS | {"counterpart"}

HONORIFIC_WORDS = HONORIFICS | {"lt", "col", "gen", "maj", "capt", "adm", "brig", "sgt", "cdr"}

HEADS_VERB = {
    "heads": "head",
    "leads": "head",
    "runs": "head",
    "chairs": "chair",
    "directs": "director",
}

# Names of agreements and programmes, which are not organisations even with an acronym.
AGREEMENT_WORDS = word_list("agreement_words")

CONNECTOR_WORDS = frozenset(["of", "the", "for", "and", "to"])

# A site named by its place and a lower-case noun: the place is the name alone ("the Kalinda
# mine", "the Zhylkyn offshore block", "the Owendo mineral port", "the Galkynysh field"); a
# pipeline, strait or canal is a thing of its own and keeps its noun ("the Transmed pipeline").
SITE_AFTER = re.compile(
    r"\s+(?:(?P<keep>pipeline|strait|canal)|(?P<local>"
    r"(?:(?:offshore|onshore|deepwater|deep-water|mineral|bulk|ore|oil|gas)\s+)?"
    r"(?:gas field|oil field|oilfield|gasfield|coalfield|field|terminal|refinery|air base|"
    r"airbase|naval base|dam|nuclear plant|power plant|port|container terminal|"
    r"concession|spaceport|launch site|block|basin|valley|range|mountains|hills|plateau|"
    r"wharf|wharves|jetty|pier|chiefdom|archipelago|delta|river|"
    r"(?:power |pumping |compressor |fire |railway |rail |bus )?station|"
    r"(?:open[- ])?pit|(?:gold |copper |coal |iron ore |uranium |lithium )?mine|"
    r"quarry|smelter|concentrator|(?:container )?quay|"
    r"(?:iron ore |copper |gold |lithium |nickel |bauxite )?deposit)))\b(?!-)"
)

# "Preah Sihanouk province", "the Khorezm regions": the name alone is the place.
AREA_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?"  # "Kericho and Nyeri counties"
    r"\s+(?:province|region|district|governorate|oblast|prefecture|county|counties|municipality|"
    r"island|islands)s?\b"
)

WORKS_AFTER = re.compile(r"\s+(?:facility|facilities|plant|factory|works|shipyard|yard|complex)\b")

PLACE_OF_BEFORE = EndAnchored(  # (every match ends on "of" or "the" and spaces)
    ("of", "the"),
    r"\b(?:port|city|town|village|province|region|district|island|state|county|governorate|"
    r"oblast|prefecture|enclave|municipality|coast|shore|shores|coastline|outskirts|suburbs|"
    r"waters|islands|isle|(?:north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?(?:\s+part)?)\s+of\s+(?:the\s+)?$",
)

FILING_AFTER = re.compile(
    r"\s+(?:said|says|announced|confirmed)\s+in\s+(?:a|an|its)\s+"
    r"(?:(?:regulatory|stock exchange|exchange|securities)\s+)?(?:filing|disclosure)\b"
)

# "Port of Gwadar", "Strait of Malacca", "Taiwan Strait", "Spratly Islands": a place by its
# own words, whatever state name sits inside it.
PLACE_OF_LEAD = re.compile(
    r"^(?:(?:Port|Strait|Straits|Gulf|Bay|Sea|Island|Isle|Islands|Cape|Lake)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
    r"|(?:[A-Z][\w'-]*\s+){1,3}(?:Strait|Straits|Sea|Island|Islands|Archipelago|Gulf))$"
)

# Official names kept whole with their "of <state>" tail: "Armed Forces of the Philippines",
# "Central Bank of Nigeria", "Parliament of Georgia". A ministry keeps its tail only when the
# tail is not a state ("Ministry of Energy of Kazakhstan" loses "of Kazakhstan" elsewhere).
WHOLE_WITH_OF = word_list("whole_with_of")

ITEM_AFTER = re.compile(
    r"\s+(?:fighter\s+)?(?:jets?|fighters?|aircraft|drones?|tanks?|frigates?|submarines?|corvettes?|"
    r"helicopters?|howitzers?|missiles?|launchers?|radars?|trainers?|warships?|vehicles?|"
    r"rifles?|systems?|engines?|satellites?)\b"
)

COMMODITY_HEADS = word_list("commodity_heads")

SHORT_HEADS = word_list("short_heads")

NAME_HONORIFICS = word_list("name_honorifics")

MONTHS = frozenset(MONTH_NAMES)

WEEKDAYS = frozenset((*WEEKDAY_NAMES, "Today"))

# Legal forms at the end of a company name: "JERA Co., Inc." is "JERA".
LEGAL_TAIL = re.compile(
    r"(?:,?\s+(?:Co|Inc|Ltd|Corp|LLC|PLC|plc|SA|S\.A|AG|SpA|NV|BV|GmbH|Limited|Corporation|"
    r"PJSC|JSC|Bhd|Berhad|Tbk|Pty|Lda|Ltda|KK|SAS|SE|AS|ASA|AB|Oyj|Oy|"
    r"FZE|FZCO|FZC|DMCC|LLP|WLL|W\.L\.L|Zrt|Kft|Nyrt|Sp\.\s?z\s?o\.o)\.?)+$"  # (N12-08)
)

# A relative clause only a business takes: "X, which makes/builds/employs ...".
BUSINESS_CLAUSE = re.compile(
    r",\s+which\s+(?:is\s+|also\s+|already\s+|now\s+)?(?:build|make|makes|produc|manufactur|"
    r"employ|operat|suppl|sell|export|import|own)\w*\s"
)

# A board, a unit, a command or a report of a body leads its name: the body acts or is meant
# ("the Board of Directors of the AIIB", "the Linguistic Services Unit of the Ministry of X",
# "the Annual Report of the X Fund", round 13).
BOARD_OF = re.compile(
    r"(?:(?:(?:Executive|Supervisory|Management|Governing)\s+)?Board(?:\s+of\s+(?:Directors|"
    r"Governors|Executive Directors))?|(?:[A-Z][\w-]*\s+){0,3}Unit|(?:Annual\s+)?Report|Command)"
    r"\s+of\s+(?:the\s+)?(?=[A-Z])"
)


def of_inside(name: str) -> bool:
    """An "of" inside the body's own name ("Annual Report of the X Commission" has none)."""
    lead = BOARD_OF.match(name)
    return " of " in (name[lead.end() :] if lead else name).lower()

# A type designation leads the name of a weapon or product: "M142 HIMARS", "K9 Thunder".
DESIGNATION_LEAD = re.compile(r"^[A-Z]{1,3}-?\d{1,4}[A-Za-z]{0,3}$")

COMMA_NAME = re.compile(
    r",\s+(?:the\s+(?=Hon))?(?:(?:Dr|Prof|Dato['’]?|Datuk|Tan\sSri|Sri|Hon|H\.\s?E|Mr|Mrs|Ms|Eng)\.?\s+)*"
    # (lazy: "the Hon. Catherine Wardell MP," is the name before its post-nominal)
    r"((?:[A-Z][\w'’.-]+\s){1,3}?[A-Z][\w'’.-]+)"
    r"(?=\s*,|\.(?:\s|$)|\s+(?:said|told|says|signed|and|MP|MEP|QC|KC)\b)"
)

# (the leading class: most positions fail one test, not the lists). Scanned only in texts with
# its hint, a part of every match led by a literal: most articles carry no credit line.
CREDIT_RE = HintedPattern(
    r"By|eporting\s+by|diting\s+by|riting\s+by|ompiled\s+by|nterviewed\s+by|hotographs?\s+by|"
    r"raphics?\s+by|nterview\s+by|blog\s+by",
    r"(?=[ \tBAaRrEeWwCcIiPpGgLl])"
    r"(?:(?:^[ \t]*|[ \t][—–|·][ \t]+)By|"  # "Dakar, 26 November 2026 — By X", "· By X"
    r"\b(?:[Aa]dditional reporting|[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|"
    r"[Ii]nterviewed|[Ii]nterview|[Ll]ive blog|[Pp]hotographs?|[Gg]raphics?)\s+by)\s+(?=[A-Z])",
    re.MULTILINE,
)

CREDIT_NAME = re.compile(  # "al-Obaidi": an Arabic article joined to the last name
    r"([A-Z][\w'’.-]+(?:\s(?:[A-Z]|(?:al|el)-[A-Z])[\w'’.-]+){1,3}(?<!\w\w\w\.))"
    r"(?:\s+in\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w.-]*)?)?(\s*(?:,|and|&|with)\s*(?:and\s+)?)?"
)

BUSINESS_TAILS = word_list("business_tails")

PROGRAMME_TAILS = word_list("programme_tails")

# (on the name's own line: a break the normaliser kept ends the name, "X\nCompany Secretary")
NOT_A_PERSON_AFTER = re.compile(
    r"[ ](?:program|programme|programs|programmes|scheme|initiative|project|fund|brand|"
    r"label|strategy|framework|corridor|doctrine|plan|act|treaty|pipeline|facility|index|"
    r"stores?|shares|group|holdings?|company|& Sons|and Sons|Sons|Brothers|Group|Holdings?|"
    r"Company)\b"
    # "the York Park fire station", "the Ana Lima school" (one space: a column gap is a cell)
    r"|[ ](?:[a-z]+\s+)?(?:station|stadium|school|hospital|clinic|bridge|highway|campus)\b"
)

# Titles of office holders who speak for a state ("Foreign Minister", "Ambassador").
# A government body whose name carries no state: "Ministry of Defence", "the Defence Ministry",
# "Department of National Defense".
BARE_MINISTRY = re.compile(
    r"^(?:the\s+)?(?:(?:Federal\s+|National\s+)?(?:Ministry|Department)\s+of\s+[A-Z][\w ,&'-]*"
    r"|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?:Ministry|Department))$"
)

GOV_DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)*gov\.([a-z]{2})\b")

GOVERNMENT_ROLE = re.compile(
    r"\b(?:[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|[Aa]mbassador|[Ss]ecretary|"
    r"[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Cc]rown [Pp]rince|[Ss]pokes(?:man|woman|person)|"
    r"[Gg]overnor|[Ee]nvoy)\b"
)

OCCUPATION_AT = re.compile(r"(?:[a-z][a-z-]*\s){1,3}(?:at|with)\s+(?:the\s+)?[A-Z]")

DESCRIBED_BY_COUNTRY = re.compile(
    r"\b((?:[A-Z][\w-]*\s+)?[A-Z][\w-]*)\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)\s+$"
)


def described_as_body(text: str) -> re.Match[str] | None:
    """``DESCRIBED_BY_COUNTRY.search(text)`` when its group 2 is an organisation's descriptor
    ("South Korean lender"), else None. Group 2 is always the text's last word, so that word
    is tested first: the search (tried at every position) runs only before a descriptor."""
    last = text.rsplit(None, 1)[-1:]
    if not last or last[0].lower() not in ORG_DESCRIPTORS:
        return None
    described = DESCRIBED_BY_COUNTRY.search(text)
    return described if described and described.group(2).lower() in ORG_DESCRIPTORS else None


# Military ranks: "General Tan Wei, the new army chief" takes the function, not the rank.
RANKS = word_list("ranks")
# A rank word that opens a title: "Navy spokesman Commander Ali Khan" is a spokesman.
RANK_FIRST = word_list("rank_first")
# "Dato' Sri Haniza", "Tan Sri Lim": "Sri" after a Malay title is part of the title.
MALAY_TITLE_BEFORE = re.compile(r"\b(?:Dato['’]?|Datuk|Tan|Tun)\s+$")
MALAY_TITLE_LEAD = re.compile(r"^((?:Tan|Datuk|Dato['’]?|Tun)\s+)?(?:Sri|Seri)\s+(?=\S+\s+\S)")

# Photo credits name the photographer: "REUTERS/Kwame Adjei", "(AP Photo/Nelson Ximenes)",
# "Photo: PhilSA/Jun Dela Rosa".
PHOTO_CREDIT = re.compile(
    r"/[ \t]*([A-Z][\w'’.-]+(?:\s(?:[A-Z][\w'’.-]+|de|da|van|von|bin|dela|del)){1,3})"
)
# What stands before the slash of a photo credit: an agency in capitals, "Photo: Agency",
# "Agency Photo".
PHOTO_CREDIT_BEFORE = re.compile(
    r"(?:\b[A-Z]{2,}(?:\s+[Pp]hoto)?|[Pp]hoto:\s*[A-Z][\w-]*|\b[A-Z][\w-]*\s+[Pp]hoto)\s*$"
)

# A press release's contact: "Media contact:\nName\nTitle, Body" or "Press contact: Name, +33 ...".
CONTACT_BLOCK = re.compile(
    r"^[ \t]*((?:Media|Press)\s+(?:contacts?|enquiries|inquiries|officer))[ \t]*:[ \t]*\n?[ \t]*"
    r"([A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})[ \t]*(?:,[ \t]*|\n[ \t]*)([^\n]*)",
    re.MULTILINE | re.IGNORECASE,
)

# Legal forms that are also English words in lower case: only as written ("Halvard Maritime AS").
CASED_LEGAL_FORMS = frozenset(
    {"AS", "A/S", "S/A", "K/S", "I/S", "P/S", "AB", "SE", "Oy", "Oyj", "UAB", "SA", "SIA"}
)


def is_legal_form(word: str) -> bool:
    """ "Ltd", "GmbH", "Tbk", "AS": a word that ends a company's name."""
    return word in CASED_LEGAL_FORMS or word.lower().rstrip(".") in LEGAL_SUFFIXES


# An honorific written with a full stop right before a name: "led by Mr. Oyebola Adekunle".
HONORIFIC_DOT_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Hon)\.\s+$")

# Ship prefixes: "INS Vikrant", "HTMS Chakri Naruebet", "KRI Bung Tomo" name ships, not bodies.
SHIP_PREFIXES = frozenset(
    {
        "INS",
        "HMS",
        "USS",
        "HTMS",
        "KRI",
        "BRP",
        "HMAS",
        "HMNZS",
        "ROKS",
        "TCG",
        "PNS",
        "RSS",
        "KD",
        "MV",
        "MT",
        "SS",
        "HMCS",
        "FS",
        "NRP",
        "BNS",
        "ARC",
        "BAP",
        "CNS",
        "RFS",
    }
)

# Letters after a name that are no title of its own: "Catherine Wardell MP".
POST_NOMINALS = frozenset({"MP", "MEP", "MLA", "MPP", "MHA", "QC", "KC", "SC"})
# "Commodore Ravi Menon (retd), a defence analyst,": a retired officer's mark after the name.
RETIRED_AFTER = re.compile(r"\s+\((?:[Rr]etd|[Rr]et|[Rr]td|[Rr]etired)\.?\)")
# The first words of every verb reading of ``cues_people.apposition`` ("is a", "became",
# "joins X as", "was appointed").
APPOSITION_VERB = re.compile(
    r"\s+(?:is|was|became|becomes|has|retires|retired|resigns|resigned|steps|stepped|takes|took|stays|"
    r"serves|served|joins|joined|will|rejoins)\s"
)


def apposition_at(text: str, pos: int) -> int:
    """Where an apposition after the name ending at ``pos`` starts (past a "(retd)"), or -1
    when neither a comma nor a verb of ``APPOSITION_VERB`` follows: then every reading of
    ``cues_people.apposition`` fails, and its rewrites and patterns are skipped (round 8)."""
    retired = RETIRED_AFTER.match(text, pos)
    pos = retired.end() if retired else pos
    return pos if text.startswith(",", pos) or APPOSITION_VERB.match(text, pos) else -1


# The business word that ends a company's full name ("Karoo Defence Systems", "Orion Holdings").
BUSINESS_WORDS = word_list("business_heads") | {w.lower() for w in BUSINESS_TAILS} | LEGAL_SUFFIXES
# "… of the Independent State" / "of the Federal Republic" at the end of a title, cut there by a
# state named after it ("Prime Minister of the Independent State of Papua New Guinea"): the
# state's long form, part of its name, not of the title.
STATE_FORM_TAIL = re.compile(
    r"\s+of\s+the\s+(?:[A-Z][\w']*\s+){0,3}"
    r"(?:State|Republic|Kingdom|Federation|Commonwealth|Emirate|Principality|Sultanate)$"
)
