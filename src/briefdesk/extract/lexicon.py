"""Closed-class English words the patterns hinge on: titles, organisation heads, deal verbs.

These are words of the language, not facts about the world (those come from data packages in
``gazetteer``), so a short hand-kept list is the right tool here.
"""

from __future__ import annotations

# Head words of a person's title or job; a role phrase must contain one.
ROLE_HEADS = frozenset(
    """minister premier president ambassador secretary chancellor king queen emir sultan prince
    princess emperor empress chairman chairwoman chairperson chair ceo cfo coo cto executive director
    director-general governor spokesperson spokesman spokeswoman envoy head adviser advisor
    assistant commander chief general admiral marshal colonel lieutenant brigadier captain major
    mayor senator lawmaker deputy analyst economist researcher professor official founder
    consul undersecretary under-secretary representative delegate commissioner attaché attache
    counsellor counselor diplomat officer manager negotiator leader speaker mp
    secretary-general president-elect prime-minister vice-president""".split()
)
# Words that may stand before a head word inside a title ("Foreign", "Deputy Prime").
ROLE_MODIFIERS = frozenset(
    """foreign defence defense finance trade energy economy economic interior home commerce
    industry transport transportation petroleum oil health justice deputy vice prime chief
    executive senior acting first armed forces state military regional country managing general
    air army navy naval cabinet external affairs agriculture development planning national
    security treasury principal special permanent junior retired former joint top assistant
    lead investment sales business marketing operating financial technology science education
    crown labour labor environment climate mining industries infrastructure communications information
    digital culture tourism water power and of for to the""".split()
)
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady sheikh sheikha madam mme".split()
)
# Last or key words of organisation names.
ORG_HEADS = frozenset(
    """ministry department bank agency authority corporation corp corp. company co co. group inc
    inc. ltd ltd. llc plc sa ag gmbh nv bv industries aerospace aviation systems energy petroleum
    oil gas motor motors airlines airways force forces navy army corps commission council committee
    congress parliament senate assembly office association organisation organization institute
    university fund foundation treasury regiment board administration shipyard shipyards dockyard
    holdings technologies electronics dynamics works centre center service services court party
    union network federation alliance consortium conglomerate enterprises partners capital
    securities exchange reserve cabinet government secretariat directorate division brigade
    command police guard coalition club press news times post agency's""".split()
)
# Descriptions that mark the next proper name as an organisation ("the German utility Uniper").
ORG_DESCRIPTORS = frozenset(
    """company firm utility conglomerate maker manufacturer group operator producer contractor
    shipbuilder shipyard lender partner giant agency insurer bank developer supplier
    exporter importer broadcaster newspaper outlet startup airline automaker carmaker
    miner refiner""".split()
)
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
    Security Council|UN Security Council|International Criminal Court|ICC""".replace("\n", "")
    .replace(" ", " ")
    .split("|")
)
INTERNATIONAL_ORGS = frozenset(s.strip() for s in INTERNATIONAL_ORGS)
INTL_PREFIXES = ("International ", "World ", "United Nations ", "Asian ", "African ", "European ",
                 "Inter-American ", "Islamic ", "Arab ", "Eurasian ", "Gulf ")
INTL_HEADS = frozenset("bank fund organisation organization union agency commission council".split())

# Words that can start a sentence capitalised without being a name.
STOPWORDS = frozenset(
    """a an the this that these those it its it's he she they we i you his her their our my your
    in on at to from by for with of and or but as after before during since until while when
    where why how what which who whom whose if then than there here also however meanwhile
    separately critics analysts officials both all some many most several each every no not
    under over between among against about above below into through across along around beyond
    near outside inside within without upon according last next earlier later later, yet still
    so such other another one two three four five six seven eight nine ten first second third
    more less further further, despite although though because instead once twice today
    tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec press release statement joint for further information please
    contact reporting editing writing additional by photo file update updated read more
    advertisement subscribe page""".split()
)
SPEECH_VERBS = frozenset(
    """said says told added announced stated noted stressed warned urged welcomed described
    confirmed reported declined denied insisted argued explained wrote called thanked
    emphasised emphasized underlined pledged""".split()
)

# Deal vocabulary.
DEAL_CUES = frozenset(
    """deal deals agreement agreements contract contracts sale sales purchase purchases buy buys
    bought buying sell sells sold selling order ordered orders loan loans credit financing
    facility package accord pact memorandum mou supply supplies supplying deliver delivered
    delivery deliveries acquire acquisition acquired worth valued grant grants signed sign
    lend lent invest investment procurement export exports import imports provide
    pledged""".split()
)
NON_DEAL_CUES = ("trade of", "bilateral trade", "gdp", "budget", "public debt", "stockpile",
                 "portfolio", "revenue", "turnover", "committed a record", "mobilised", "mobilized")
ARMS_WORDS = frozenset(
    """fighter fighters jet jets aircraft warplane warplanes missile missiles tank tanks frigate
    frigates submarine submarines drone drones uav uavs howitzer howitzers helicopter helicopters
    corvette corvettes destroyer destroyers rifles ammunition munitions weapons arms radar radars
    air-defence air-defense artillery launcher launchers warship warships trainers trainer
    bombers interceptors armoured armored vehicles rocket rockets defence defense""".split()
)
ENERGY_WORDS = frozenset(
    """lng gas oil crude pipeline pipelines barrels cubic tonnes electricity power""".split()
)
SELL_VERBS = frozenset(
    """sell sells sold selling supply supplies supplied supplying deliver delivers delivered
    delivering export exports exported exporting provide provides provided providing ship ships
    shipped offer offers offered""".split()
)
BUY_VERBS = frozenset(
    """buy buys bought buying purchase purchases purchased purchasing acquire acquires acquired
    acquiring order orders ordered ordering procure procures procured import imports imported
    receive receives received receiving""".split()
)
LEND_VERBS = frozenset(
    """lend lends lent lending approve approves approved approving extend extends extended
    provide provides provided give gives gave grant grants granted disburse disbursed""".split()
)
BORROW_VERBS = frozenset(
    """borrow borrows borrowed secure secures secured securing obtain obtains obtained receive
    receives received seek seeks sought take took""".split()
)
STATUS_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cancelled", ("cancelled", "canceled", "scrapped", "terminated")),
    ("suspended", ("suspended", "frozen", "halted", "put on hold")),
    ("delivered", ("delivered", "handed over", "took delivery", "takes delivery", "received the")),
    ("in_delivery", ("first batch", "second batch", "deliveries began", "have been delivered",
                     "receives", "received")),
    ("signed", ("signed", "signs", "inked", "sealed", "seal", "concluded")),
    ("approved", ("approved", "agreed", "cleared", "selected", "has chosen", "chose",
                  "will give", "would provide", "will provide")),
    ("proposed", ("proposed", "considering", "negotiating", "talks", "expected to sign",
                  "is expected", "plans to", "planned", "potential", "offered")),
)
