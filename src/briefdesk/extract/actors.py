"""People with roles, organisations, states and places, found by pattern and merged by alias.

Patterns, in the order they are tried on each run of capitalised words:
pre-nominal titles ("Finnish Foreign Minister Aino Virtanen"), appositions after a name
("Khalil Hashmi, Pakistan's Ambassador to China"), titles before a comma ("Kenya's Cabinet
Secretary, Njuguna Ndung'u,"), organisation heads ("Ministry of Defence"), countries by name,
demonym or capital ("Ankara said"), and places from the city gazetteer.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from briefdesk.extract.firstnames import first_names
from briefdesk.extract.gazetteer import Gazetteer, gazetteer
from briefdesk.extract.lexicon import (
    HONORIFICS,
    INTERNATIONAL_ORGS,
    INTL_HEADS,
    INTL_PREFIXES,
    LEGAL_SUFFIXES,
    MONTH_NAMES,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    STOPWORDS,
    WEEKDAY_NAMES,
)
from briefdesk.extract.text import (
    NAME_PARTICLES,
    ORG_CONNECTORS,
    Chunk,
    Sentence,
    Token,
    chunks,
    is_possessive,
    strip_possessive,
)

PLACE_HEADS = frozenset(
    [
        "port",
        "palace",
        "base",
        "basin",
        "sea",
        "gulf",
        "strait",
        "island",
        "islands",
        "province",
        "region",
        "valley",
        "peninsula",
        "corridor",
        "canal",
        "airport",
        "harbour",
        "harbor",
        "bay",
        "desert",
        "coast",
        "river",
        "lake",
        "square",
        "pipeline",
        "terminal",
        "refinery",
        "oilfield",
        "gasfield",
    ]
)
# Regions and seas that are places, never actors. One entry per line of the joined string.
REGIONS = frozenset(
    """Europe|Asia|Africa|Americas|Oceania|Middle East|Latin America|South America|North America
    |Central Asia|South Asia|Southeast Asia|East Asia|West Africa|East Africa|Southern Africa
    |North Africa|Horn of Africa|Sahel|Balkans|Caucasus|Caribbean|Arctic|Indo-Pacific|Gulf
    |Aegean|Mediterranean|Baltic|Black Sea|Red Sea|South China Sea|Eastern Europe|Western Europe
    |Central Europe|Pacific|Atlantic|Levant|Persian Gulf|Western Balkans|Kashmir|Crimea|Donbas
    |Gaza|West Bank|Indian Ocean|Baltic Sea|North Sea|Caspian Sea|Arabian Sea|Sub-Saharan Africa
    |Central America|South Caucasus|Eurasia|Asia-Pacific|Strait of Hormuz|Taiwan Strait""".replace(
        "\n", ""
    ).split("|")
)
REGIONS = frozenset(r.strip() for r in REGIONS)
_STATE_VERBS = frozenset(
    [
        "said",
        "says",
        "has",
        "have",
        "had",
        "is",
        "was",
        "will",
        "would",
        "wants",
        "wanted",
        "and",
        "has",
        "been",
        "says",
        "urged",
        "warned",
        "accused",
        "rejected",
        "signed",
        "agreed",
        "announced",
        "expects",
        "expected",
        "plans",
        "sees",
        "insists",
        "denies",
        "welcomed",
        "responded",
        "condemned",
        # Modals: "Cairo may buy", "Ankara could supply", "Beijing must decide".
        "may",
        "might",
        "could",
        "should",
        "must",
        "can",
        "cannot",
        "did",
        "does",
        "still",
        "also",
        "already",
        "remains",
    ]
)
_LOCATIVE = frozenset(
    [
        "in",
        "at",
        "near",
        "outside",
        "to",
        "from",
        "via",
        "into",
        "across",
        "visit",
        "visited",
        "visiting",
        "through",
        "off",
        "along",
        "inside",
        "within",
    ]
)
_COMMON_CITY_WORDS = frozenset(
    [
        "Of",
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


_ORIGIN_RE = re.compile(
    r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)-(?:made|built|manufactured|produced|designed|developed)\b"
)
_BASED_RE = re.compile(r"\b(?:(?:The|A|An)\s)?([A-Z][\w.]*(?: [A-Z][\w.]*)?)-based\b")
_LOWER_ROLE_RE = re.compile(
    r"(?:(\b[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*)(?:['’]s)?\s+)?"
    r"((?:[a-z][a-z\-]+\s+){0,4}[a-z][a-z\-]+)\s+$"
)
_ROLE_ENDS = ROLE_HEADS | {"counterpart"}
_HONORIFIC_WORDS = HONORIFICS | {"lt", "col", "gen", "maj", "capt", "adm", "brig", "sgt", "cdr"}
_HEADS_VERB = {
    "heads": "head",
    "leads": "head",
    "runs": "head",
    "chairs": "chair",
    "directs": "director",
}
# Names of agreements and programmes, which are not organisations even with an acronym.
_AGREEMENT_WORDS = frozenset(
    [
        "agreement",
        "treaty",
        "accord",
        "accords",
        "pact",
        "partnership",
        "protocol",
        "convention",
        "initiative",
        "programme",
        "program",
        "plan",
        "framework",
        "declaration",
        "charter",
        "corridor",
    ]
)
_CONNECTOR_WORDS = frozenset(["of", "the", "for", "and", "to"])
_SITE_AFTER = re.compile(
    r"\s+(?:pipeline|gas field|oil field|oilfield|gasfield|field|terminal|refinery|air base|"
    r"airbase|naval base|dam|nuclear plant|power plant|mine|strait|canal)\b"
)
# "Preah Sihanouk province", "the Khorezm regions": the name alone is the place.
_AREA_AFTER = re.compile(
    r"\s+(?:province|region|district|governorate|oblast|prefecture|county|municipality)s?\b"
)
_WORKS_AFTER = re.compile(r"\s+(?:facility|facilities|plant|factory|works|shipyard|yard|complex)\b")
_PLACE_OF_BEFORE = re.compile(
    r"\b(?:port|city|town|village|province|region|district|island|state|county|governorate|"
    r"oblast|prefecture|enclave|municipality|coast|shore|shores|coastline|outskirts|suburbs|"
    r"waters|islands|isle)\s+of\s+(?:the\s+)?$"
)
_FILING_AFTER = re.compile(
    r"\s+(?:said|says|announced|confirmed)\s+in\s+(?:a|an|its)\s+"
    r"(?:(?:regulatory|stock exchange|exchange|securities)\s+)?(?:filing|disclosure)\b"
)
# "Port of Gwadar", "Strait of Malacca", "Taiwan Strait", "Spratly Islands": a place by its
# own words, whatever state name sits inside it.
_PLACE_OF_LEAD = re.compile(
    r"^(?:(?:Port|Strait|Straits|Gulf|Bay|Sea|Island|Isle|Islands|Cape|Lake)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
    r"|(?:[A-Z][\w'-]*\s+){1,3}(?:Strait|Straits|Sea|Island|Islands|Archipelago|Gulf))$"
)
# Official names kept whole with their "of <state>" tail: "Armed Forces of the Philippines",
# "Central Bank of Nigeria", "Parliament of Georgia". A ministry keeps its tail only when the
# tail is not a state ("Ministry of Energy of Kazakhstan" loses "of Kazakhstan" elsewhere).
_WHOLE_WITH_OF = frozenset(
    [
        "bank",
        "corporation",
        "republic",
        "kingdom",
        "ministry",
        "forces",
        "force",
        "agency",
        "council",
        "parliament",
        "assembly",
        "commission",
        "authority",
        "fund",
        "company",
        "navy",
        "army",
    ]
)
_ITEM_AFTER = re.compile(
    r"\s+(?:fighter\s+)?(?:jets?|fighters?|aircraft|drones?|tanks?|frigates?|submarines?|corvettes?|"
    r"helicopters?|howitzers?|missiles?|launchers?|radars?|trainers?|warships?|vehicles?|"
    r"rifles?|systems?|engines?|satellites?)\b"
)
_COMMODITY_HEADS = frozenset(["lng", "gas", "oil", "energy", "petroleum", "power", "steel"])
_SHORT_HEADS = frozenset(
    ["ministry", "agency", "commission", "council", "company", "fund", "bank", "group", "authority"]
)
_NAME_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "mme", "mx"])
_MONTHS = frozenset(MONTH_NAMES)
_WEEKDAYS = frozenset((*WEEKDAY_NAMES, "Today"))


@dataclass
class ActorBuild:
    """An actor being assembled from several mentions."""

    type: str
    name: str
    role: str = ""
    affiliation: str = ""
    country: str = ""
    aliases: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    _seen: set[tuple[int, int]] = field(default_factory=set, repr=False)

    def add(self, surface: str, start: int, end: int) -> None:
        if surface and surface != self.name and surface not in self.aliases:
            self.aliases.append(surface)
        if (start, end) not in self._seen:
            self._seen.add((start, end))
            self.evidence.append((start, end))


@dataclass
class PlaceBuild:
    name: str
    country: str = ""
    evidence: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Found:
    actors: dict[str, ActorBuild] = field(default_factory=dict)
    places: dict[str, PlaceBuild] = field(default_factory=dict)
    # (start, end, actor key) for each mention, used by deal patterns.
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    dateline_end: int = 0


class ActorFinder:
    """Finds actors and places in one text; one instance per text."""

    def __init__(self, text: str, outlet: str = "") -> None:
        self.text = text
        self.outlet = outlet[:500]
        self.gaz: Gazetteer = gazetteer()
        self.found = Found()
        self.last_org_by_head: dict[str, str] = {}
        # Lookup forms -> actor keys, so short forms resolve without scanning every actor:
        # "w:" a word of a person's name, "n:" a person's full name, "a:" an alias,
        # "i:" an organisation's initials, "u:" an all-capitals name. Candidates are checked again
        # on lookup, so a stale entry (after a rename) never gives a wrong answer.
        self._forms: dict[str, set[str]] = {}
        self._lower_words = frozenset(re.findall(r"\b[a-z][a-z-]+\b", text))
        self._order: dict[str, int] = {}
        self.dateline_country = ""
        # Chunks no early pattern claimed, for the late pass (capitals, short forms, names).
        self._pending: list[tuple[Sentence, Chunk]] = []

    # --- registry -------------------------------------------------------------------------
    def _actor(self, key: str, type_: str, name: str) -> ActorBuild:
        actor = self.found.actors.get(key)
        if actor is None:
            actor = ActorBuild(type=type_, name=name)
            self.found.actors[key] = actor
            self._order[key] = len(self._order)
        return actor

    def _index(self, key: str) -> None:
        actor = self.found.actors[key]
        if actor.type == "person":
            forms = [f"w:{w}" for w in actor.name.split()] + [f"n:{actor.name}"]
        else:
            forms = [f"a:{a}" for a in actor.aliases] + [f"i:{_initials(actor.name)}"]
            forms.append(f"o:{actor.name}")  # the same name again, later in the text
            if actor.type == "organization" and " " in actor.name:
                forms.append(f"p:{actor.name.split()[0]}")
            if actor.name.isupper():
                forms.append(f"u:{actor.name}")
        for form in forms:
            self._forms.setdefault(form, set()).add(key)

    def _first(self, forms: list[str], check: Callable[[str, ActorBuild], bool]) -> str:
        """The earliest-seen actor under any of ``forms`` that passes ``check``."""
        keys: set[str] = set()
        for form in forms:
            keys |= self._forms.get(form, set())
        for key in sorted(keys, key=self._order.__getitem__):
            if check(key, self.found.actors[key]):
                return key
        return ""

    def state(self, code: str, surface: str, start: int, end: int) -> str:
        key = f"state:{code}"
        if (
            self.gaz.capitals.get(surface) == code
            and key not in self.found.actors
            and self._after_locative(start)
        ):
            # "Chen Aizhu in Singapore": a city-state named as a location is a place. Once the
            # state is an actor elsewhere, the name stays the state's.
            self.place(surface, start, end, code)
            return key
        actor = self._actor(
            key, "state", self.gaz.countries[code].name if code in self.gaz.countries else surface
        )
        actor.country = code
        actor.add(surface, start, end)
        self._index(key)
        self.found.mentions.append((start, end, key))
        return key

    def org(self, name: str, start: int, end: int, affiliation: str = "") -> str:
        board = _BOARD_OF.match(name)
        if board and board.end() < len(name):
            # "the Board of Directors of the AIIB approved": the bank acts.
            start += board.end()
            name = name[board.end() :]
        lead = re.match(r"(U\.S\.|US|UK|U\.K\.|EU)\s+(?=[A-Z])", name)
        if lead and len(name.split()) > 2:
            code = self.gaz.names.get(lead.group(1), "")
            if code:
                self.state(code, lead.group(1), start, start + len(lead.group(1)))
                affiliation = affiliation or code
            start += lead.end()
            name = name[lead.end() :]
        intl = _is_international(name)
        key = f"org:{name.lower()}"
        if key not in self.found.actors:
            other_key = self._first(
                [f"a:{name}", f"i:{_acronym_letters(name)}", f"u:{_initials(name)}", f"p:{name}"],
                lambda _k, other: (
                    other.type not in {"person", "state"}
                    and (
                        name in other.aliases
                        or _LEGAL_TAIL.sub("", other.name) == name  # "JERA" after "JERA Co."
                        or (_acronym_like(name) and _initials(other.name) == _acronym_letters(name))
                        or (other.name.isupper() and _initials(name) == other.name)
                    )
                ),
            )
            base = _LEGAL_TAIL.sub("", name)
            if not other_key and base != name and f"org:{base.lower()}" in self.found.actors:
                other_key = f"org:{base.lower()}"  # "JERA Co., Inc." after "JERA"
            if other_key:
                other = self.found.actors[other_key]
                key = other_key
                intl = intl or other.type == "international_organization"
                if other.name.isupper() and not name.isupper():
                    other.aliases.append(other.name)
                    other.name = name
        actor = self._actor(key, "international_organization" if intl else "organization", name)
        if intl:
            actor.type = "international_organization"
        if affiliation and not actor.affiliation and not intl:
            actor.affiliation = affiliation
        actor.add(name, start, end)
        self._index(key)
        self.found.mentions.append((start, end, key))
        for word in name.lower().split():
            if word in ORG_HEADS:
                self.last_org_by_head[word] = key
        self.last_org_by_head["_any"] = key
        return key

    def person(self, name: str, start: int, end: int, role: str = "", affiliation: str = "") -> str:
        if _NOT_A_PERSON_AFTER.match(self.text, end):
            # "its Official Security Assistance program", "the Hugo Boss brand": a name of a
            # programme or a business, not a person.
            return ""
        if name.split()[-1] in _PROGRAMME_TAILS:
            return ""  # "the Marshall Plan", "the Belt and Road Initiative"
        if name.split()[-1] in _BUSINESS_TAILS:
            return self.org(name, start, end)  # "Peter Kiewit Sons", "Lehman Brothers"
        key = self._person_key(name)
        actor = self._actor(key, "person", name)
        if role and not actor.role:
            actor.role = role
        if affiliation and not actor.affiliation:
            actor.affiliation = affiliation
        actor.add(name, start, end)
        self._index(key)
        self.found.mentions.append((start, end, key))
        return key

    def _person_key(self, name: str) -> str:
        key = f"person:{name.lower()}"
        if key in self.found.actors:
            return key
        # "Sharif" after "Shehbaz Sharif", or a full name after a short one seen first.
        words = name.split()
        found = self._first(
            [f"w:{name}", *(f"n:{w}" for w in words)],
            lambda _k, actor: (
                actor.type == "person" and (name in actor.name.split() or actor.name in words)
            ),
        )
        return found or key

    def place(self, name: str, start: int, end: int, country: str = "") -> None:
        key = name.lower()
        place = self.found.places.get(key)
        if place is None:
            place = PlaceBuild(name, country)
            self.found.places[key] = place
        if not place.evidence or place.evidence[-1] != (start, end):
            place.evidence.append((start, end))

    # --- helpers --------------------------------------------------------------------------
    def country_of(self, words: str) -> str:
        """ISO code for a country name, alias or demonym, or ''."""
        word = strip_possessive(words)
        return self.gaz.names.get(word) or self.gaz.adjectives.get(word) or ""

    def affiliation_name(self, code_or_name: str) -> str:
        country = self.gaz.countries.get(code_or_name)
        return country.name if country else code_or_name

    def after(self, pos: int, length: int = 80) -> str:
        return self.text[pos : pos + length]

    def before(self, pos: int, length: int = 80) -> str:
        return self.text[max(0, pos - length) : pos]

    # --- main -----------------------------------------------------------------------------
    def run(self, sents: list[Sentence]) -> Found:
        self._dateline()
        self._origins()
        self._credits()
        pending = self._pending
        for sentence in sents:
            for chunk in chunks(sentence):
                if not self._classify(sentence, chunk):
                    pending.append((sentence, chunk))
        for sentence, chunk in pending:
            self._classify_late(sentence, chunk)
        self._short_forms()
        self._settle_countries(sents)
        return self.found

    def _credits(self) -> None:
        """Bylines and wire credits name people: "By Asif Shahzad and Gibran Naiyyar
        Peshimam", "(Additional reporting by Krishn Kaushik in New Delhi; Editing by Raju
        Gopalakrishnan)". Only names that look like names (two to four capitalised words)."""
        for credit in _CREDIT_RE.finditer(self.text):
            pos = credit.end()
            for _ in range(6):
                name = _CREDIT_NAME.match(self.text, pos)
                if not name:
                    break
                words = name.group(1).split()
                if not _name_like_words(words) or any(
                    self.country_of(w) or w.lower() in ROLE_HEADS | ORG_HEADS for w in words
                ):
                    break
                self.person(name.group(1), name.start(1), name.end(1))
                if not name.group(2):
                    break  # no "and"/"," after this name: the credit ends here
                pos = name.end()

    def _settle_countries(self, sents: list[Sentence]) -> None:
        """Fill ``country`` (the GUI's Country column) from what the text ties each actor to.

        An organisation affiliated to a state takes its code, and its affiliation is written as
        the state's name. A person takes the country of their affiliation (a state, or an
        organisation whose country is known). A person with a government title and no
        affiliation takes the one state named in the sentence that introduces them; with none
        there, the state of the dateline city. Nothing is guessed from world knowledge.
        """
        actors = self.found.actors
        for actor in actors.values():
            if actor.type in {"organization", "international_organization"} and actor.affiliation:
                if actor.affiliation in self.gaz.countries:
                    actor.country = actor.country or actor.affiliation
                    actor.affiliation = self.affiliation_name(actor.affiliation)
                elif not actor.country:
                    actor.country = self.country_of(actor.affiliation)
        by_name = {a.name: a for a in actors.values() if a.type != "person"}
        state_mentions = sorted(
            (start, key) for start, _end, key in self.found.mentions if key.startswith("state:")
        )
        starts = [sent.start for sent in sents]
        self._bare_ministries(sents, starts, state_mentions)
        people = [a for a in actors.values() if a.type == "person"]
        for actor in people:
            if actor.affiliation and not actor.country:
                owner = by_name.get(actor.affiliation)
                actor.country = (owner.country if owner else "") or self.country_of(
                    actor.affiliation
                )
        # (sentence index, country) of every person whose country the text states.
        stated = {
            (bisect.bisect_right(starts, start) - 1, person.country)
            for person in people
            if person.country
            for start, _end in person.evidence
        }
        for actor in people:
            if (
                actor.country
                or actor.affiliation
                or not actor.evidence
                or not _GOVERNMENT_ROLE.search(actor.role)
            ):
                continue
            # Only a speaker: "Kenya will buy the ships, Defence Secretary Soipan Tuya said"
            # speaks for the state the sentence is about; "the family of President Erdogan" in
            # a sentence about Cairo does not belong to Egypt.
            if not any(self._speaks(start, end) for start, end in actor.evidence):
                continue
            first = min(actor.evidence)[0]
            index = bisect.bisect_right(starts, first) - 1
            if index < 0:
                continue
            sent = sents[index]
            codes = {
                actors[key].country
                for start, key in state_mentions
                if sent.start <= start < sent.end and key in actors
            } - {""}
            guess = ""
            if len(codes) == 1:
                guess = next(iter(codes))
            elif self.dateline_country and (not codes or self.dateline_country in codes):
                # "BUDAPEST - ... Foreign Minister Péter Szijjártó said": the host's minister.
                guess = self.dateline_country
            # "Sri Lanka's Finance Minister X held talks with External Affairs Minister Y":
            # when someone else in the sentence already speaks for that state, Y is likely
            # the other side, so no country is given rather than a wrong one.
            if guess and (index, guess) not in stated:
                actor.country = guess

    def _bare_ministries(
        self, sents: list[Sentence], starts: list[int], state_mentions: list[tuple[int, str]]
    ) -> None:
        """ "The Ministry of Defence" with no state in its name, in an official release.

        A release (a dateline, or a ``gov.XX`` address in the text) tells where it comes from,
        but that alone is a guess: the ministry takes a country only when the text itself names
        that same state in the ministry's sentence or the one either side. A release from London
        about a sale to Qatar names only Qatar, so the ministry stays without a country."""
        home = self.dateline_country or _gov_domain_country(
            # Head and foot of a release carry its address; the middle is bounded work.
            f"{self.outlet}\n{self.text[:3000]}\n{self.text[-1000:]}",
            self.gaz.countries,
        )
        if not home or not sents:
            return
        actors = self.found.actors
        for actor in actors.values():
            if (
                actor.type != "organization"
                or actor.country
                or actor.affiliation
                or not actor.evidence
                or not _BARE_MINISTRY.match(actor.name)
            ):
                continue
            index = max(0, bisect.bisect_right(starts, min(actor.evidence)[0]) - 1)
            low = sents[max(0, index - 1)].start
            high = sents[min(len(sents) - 1, index + 1)].end
            # "Israel Shipyards" names a company, not a state the release speaks of.
            inside = [
                (start, end)
                for start, end, key in self.found.mentions
                if low <= start < high and not key.startswith("state:")
            ]
            codes = {
                actors[key].country
                for start, key in state_mentions
                if low <= start < high
                and key in actors
                and not any(a <= start < b for a, b in inside)
            } - {""}
            if codes == {home}:
                actor.country = home
                actor.affiliation = self.affiliation_name(home)

    def _origins(self) -> None:
        """ "Chinese-made jets", "US-built frigates": the maker's country is an actor."""
        for match in _ORIGIN_RE.finditer(self.text):
            code = self.country_of(match.group(1))
            if code:
                self.state(code, match.group(1), match.start(1), match.end(1))
        # "the Istanbul-based maker": a known city or province is where the maker is.
        for match in _BASED_RE.finditer(self.text):
            name = match.group(1)
            if self.country_of(name):
                continue  # "a US-based firm" names a state, which the chunk pass reads
            code = self.gaz.capitals.get(name) or self.gaz.provinces.get(name) or ""
            city = self.gaz.cities.get(name)
            if not code and city and name not in _COMMON_CITY_WORDS:
                code = city[0]
            if code:
                self.place(name, match.start(1), match.end(1), code)

    def _dateline(self) -> None:
        """ "ANKARA, May 14 (Reuters) -": the place, and the agency as an organisation."""
        for line_match in re.finditer(r"^[^\n]{0,400}", self.text[:1500], re.MULTILINE):
            line = line_match.group()
            # "DUBAI/BEIJING, Jan 9 (Reuters) -", "Colombo, March 17 (PTI) India on Thursday".
            match = re.match(
                r"\s*([A-Z][A-Za-zÀ-ÿ'.\- ]{1,40}?)(?:/[A-Z][A-Za-zÀ-ÿ'.\- ]{1,40}?)*"
                r"(?:,\s*([A-Z][A-Za-zÀ-ÿ .]{1,30}?))?"
                r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|,\s*\d{1,2} [A-Z][a-z]+ \d{4})?"
                r"\s*(?:\(([A-Z]\w+)\)\s*(?:(?:—|–|--|-|:)\s)?(?=[A-Z“\"])|(?:\((\w+)\)\s*)?"
                r"(?:—|–|--|-|:)\s)",
                line,
            )
            if not match:
                continue
            name = match.group(1).strip()
            agency_group = 3 if match.group(3) else 4
            for extra in re.finditer(
                r"/([A-Z][A-Za-zÀ-ÿ'.\- ]{1,40}?)(?=/|,|\s*\()", line[: match.end()]
            ):
                other = extra.group(1).strip()
                if self._known_place(other.title()) or self._known_place(other):
                    at = line_match.start() + extra.start(1)
                    self.place(other.title() if other.isupper() else other, at, at + len(other))
            known = self._known_place(name.title()) or self._known_place(name)
            # An unknown word in capitals is a dateline only with a date, region or agency after
            # it ("KAHRAMANKAZAN, Turkey -"), never "READ MORE:" or "HIGHLIGHTS -".
            placed = (
                match.group(2)
                or match.group(agency_group)
                or any(c.isdigit() for c in match.group())
            )
            if known or (name.isupper() and placed):
                start = line_match.start() + match.start(1)
                self.place(name.title() if name.isupper() else name, start, start + len(name))
                city = name.title() if name.isupper() else name
                self.dateline_country = (
                    self.gaz.capitals.get(city, "") or self.gaz.cities.get(city, ("", 0))[0]
                )
                self.found.dateline_end = line_match.start() + match.end()
                if match.group(agency_group):
                    agency = match.group(agency_group)
                    agency_start = line_match.start() + match.start(agency_group)
                    self.org(agency, agency_start, agency_start + len(agency))
                return

    def _known_place(self, name: str) -> bool:
        return name in self.gaz.cities or name in self.gaz.capitals or name in self.gaz.provinces

    def _classify(self, sentence: Sentence, chunk: Chunk) -> bool:
        """Handle a chunk whose type its words or close context decide; False to defer."""
        words = chunk.words
        if len(words) == 1 and words[0].lower().rstrip(".") in LEGAL_SUFFIXES:
            return True  # the "Ltd." of "Mitsubishi Heavy Industries, Ltd."
        if (
            len(words) >= 2
            and _DESIGNATION_LEAD.match(words[0])
            and words[0] not in INTERNATIONAL_ORGS
            and not any(w.lower() in ORG_HEADS for w in words)
        ):
            return True  # "M142 HIMARS", "K9 Thunder": a weapon, not an organisation
        if (
            len(words) == 1
            and words[0].lower() in _HONORIFIC_WORDS
            and re.match(r"\.\s+[A-Z]", self.after(chunk.end, 4))
        ):
            return True  # the "Col." of "Col. Xerxes Trinidad" is a rank, not a person
        if len(words) == 1 and strip_possessive(words[0]).lower() in _SHORT_HEADS:
            # "The Ministry announced": the last ministry named, never a new organisation.
            key = self.last_org_by_head.get(strip_possessive(words[0]).lower())
            if key:
                word = strip_possessive(words[0])
                self.found.actors[key].add(word, chunk.start, chunk.start + len(word))
                self.found.mentions.append((chunk.start, chunk.start + len(word), key))
            return True
        if (
            len(words) >= 2
            and words[0].lower().rstrip(".") in _NAME_HONORIFICS
            and _name_like(list(chunk.tokens[1:]))
        ):
            # "Mr Modi", "Ms Wong": the name without the honorific.
            named = chunk.tokens[1:]
            name = strip_possessive(self.text[named[0].start : named[-1].end])
            if not self._known_entity(name):
                self.person(name, named[0].start, named[0].start + len(name))
                return True
        last = strip_possessive(words[-1])
        phrase = self.text[chunk.start : chunk.end]
        bare = strip_possessive(phrase)
        held = re.match(r"(?:Shares|Stock|Stakes?)\s+(?:in|of)\s+(?:the\s+)?", bare)
        if held and len(bare) > held.end() and not self.country_of(bare[held.end() :]):
            # "Shares of Kestrel rose": the company whose shares a sentence opens with.
            name = bare[held.end() :]
            self.org(name, chunk.start + held.end(), chunk.start + held.end() + len(name))
            return True
        if bare in INTERNATIONAL_ORGS:
            self.org(bare, chunk.start, chunk.start + len(bare))
            return True
        code = self.gaz.names.get(bare)
        if code:
            self.state(code, bare, chunk.start, chunk.start + len(bare))
            return True
        if " and " in bare and self._split_and(sentence, chunk):
            return True
        # A leading demonym or country names the affiliation of what follows.
        lead_code = ""
        rest = list(chunk.tokens)
        lead_code = self.country_of(rest[0].text)
        if lead_code and len(rest) > 1 and self._title_with_country(chunk, rest):
            return True
        if lead_code and len(rest) > 1 and _PLACE_OF_LEAD.match(bare):
            lead_code = ""  # "Taiwan Strait", "Philippine Sea": a place, not the state
        if lead_code and len(rest) > 1:
            lead = rest[0]
            self.state(
                lead_code,
                strip_possessive(lead.text),
                lead.start,
                lead.start + len(strip_possessive(lead.text)),
            )
        elif lead_code and len(rest) == 1:
            tok = rest[0]
            self.state(
                lead_code,
                strip_possessive(tok.text),
                tok.start,
                tok.start + len(strip_possessive(tok.text)),
            )
            return True
        if self._title_comma_name(chunk, lead_code):
            return True
        if self._titled_person(sentence, chunk, lead_code):
            return True
        lowered = [strip_possessive(w).lower() for w in words]
        if _PLACE_OF_LEAD.match(bare) and not any(w in ROLE_HEADS for w in lowered):
            # "Port of Gwadar", "Strait of Malacca", "Gulf of Aden", "Luzon Strait".
            self.place(bare, chunk.start, chunk.start + len(bare))
            return True
        if last.lower() in PLACE_HEADS and not any(w in ROLE_HEADS for w in lowered):
            self.place(bare, chunk.start, chunk.start + len(bare))
            return True
        if bare in REGIONS:
            self.place(bare, chunk.start, chunk.start + len(bare))
            return True
        # "at its Cugir facility", "Hanwha's Changwon plant": the town of a works.
        if (
            _WORKS_AFTER.match(self.after(chunk.end, 20))
            and (
                self._known_place(bare)
                or re.search(r"\b(?:its|their|[A-Z][\w-]*['’]s)\s+$", self.before(chunk.start, 30))
            )
            and not self.found.actors.get(f"org:{bare.lower()}")
        ):
            self.place(bare, chunk.start, chunk.start + len(bare))
            return True
        if not lead_code or len(rest) > 1:
            # "the Transmed pipeline", "the Zohr field", "Batajnica air base".
            site = _SITE_AFTER.match(self.after(chunk.end, 20))
            if site and not is_possessive(words[-1]):
                end = chunk.end + site.end()
                self.place(self.text[chunk.start : end], chunk.start, end)
                return True
            if _AREA_AFTER.match(self.after(chunk.end, 16)) and _name_like(rest):
                self.place(bare, chunk.start, chunk.start + len(bare))
                return True
            # "the port city of Gwadar", "the province of Aceh".
            if _PLACE_OF_BEFORE.search(self.before(chunk.start, 30)) and _name_like(rest):
                self.place(bare, chunk.start, chunk.start + len(bare))
                return True
        if self._person_of(sentence, chunk):
            return True
        if any(ch.isdigit() for ch in bare):
            return False
        if len(lowered) == 1 and lowered[0] in _COMMODITY_HEADS:
            return True  # a lone "LNG" or "Gas" is a commodity, not an organisation
        if len(words) >= 2 and " & " in bare and not self._known_entity(bare):
            # "TEPCO Fuel & Power", "Procter & Gamble": an ampersand joins a firm's name.
            self.org(bare, chunk.start, chunk.start + len(bare), self._org_affiliation(chunk))
            return True
        if any(w in ORG_HEADS for w in lowered) and not all(w in ROLE_MODIFIERS for w in lowered):
            tail = re.search(r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)$", bare)
            if (
                tail
                and self.country_of(tail.group(1))
                and (
                    " of " in bare[: tail.start()]
                    or lowered[len(bare[: tail.start()].split()) - 1] not in _WHOLE_WITH_OF
                )
            ):
                code = self.country_of(tail.group(1))
                self.state(
                    code, tail.group(1), chunk.start + tail.start(1), chunk.start + tail.end(1)
                )
                name = bare[: tail.start()]
                if name.lower() in {"government", "the government", "state", "people"}:
                    # "the Government of Sri Lanka" is the state itself.
                    self.state(code, bare, chunk.start, chunk.start + len(bare))
                    return True
                # "Ministry of Energy of the Republic of Kazakhstan": the state's formal name.
                name = re.sub(
                    r"\s+of\s+the\s+(?:Republic|Kingdom|State|Federation|Sultanate|Emirate|"
                    r"Islamic Republic|People's Republic|Federal Republic|Commonwealth)$",
                    "",
                    name,
                )
                self.org(name, chunk.start, chunk.start + len(name), code)
                return True
            affiliation = lead_code or self._org_affiliation(chunk)
            self.org(
                self._org_name(chunk),
                chunk.start,
                chunk.start + len(self._org_name(chunk)),
                affiliation,
            )
            self._acronym_after(chunk, bare)
            return True
        return False

    def _title_with_country(self, chunk: Chunk, rest: list[Token]) -> bool:
        """ "Pakistan's Ambassador to China Khalil Hashmi": the country ends the title."""
        before = self.before(chunk.start, 80)
        match = re.search(r"([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})\s(to|of|for)\s$", before)
        if not match or match.group(1).split()[-1].lower() not in ROLE_HEADS:
            return False
        names = rest[1:]
        if not names or not _name_like(names):
            return False
        country = strip_possessive(rest[0].text)
        self.state(self.country_of(country), country, rest[0].start, rest[0].start + len(country))
        role = f"{match.group(1)} {match.group(2)} {country}"
        affiliation = self._possessor_before(chunk.start - len(before) + match.start())
        name = strip_possessive(self.text[names[0].start : names[-1].end])
        self.person(name, names[0].start, names[0].start + len(name), role, affiliation)
        return True

    def _person_of(self, sentence: Sentence, chunk: Chunk) -> bool:
        """ "economist Víctor Rodríguez Padilla of the National Autonomous University"."""
        words = [t.text for t in chunk.tokens]
        if "of" not in words:
            return False
        cut = words.index("of")
        left = list(chunk.tokens[:cut])
        if not left or not _name_like(left) or len(left) < 2:
            return False
        if {t.text.lower() for t in left} & (ROLE_HEADS | ROLE_MODIFIERS | ORG_HEADS):
            return False
        lower = self._lowercase_role_before(left[0].start)
        if not lower and not self._speaks(left[0].start, chunk.end):
            return False
        right = [t for t in chunk.tokens[cut + 1 :]]
        while right and right[0].text.lower() == "the":
            right = right[1:]
        if not right:
            return False
        target = self.text[right[0].start : right[-1].end]
        code = self.country_of(target)
        if code:
            self.state(code, target, right[0].start, right[-1].end)
            affiliation = self.affiliation_name(code)
        else:
            affiliation = self.found.actors[self.org(target, right[0].start, right[-1].end)].name
        name = self.text[left[0].start : left[-1].end]
        self.person(name, left[0].start, left[-1].end, lower[0] if lower else "", affiliation)
        return True

    def _split_and(self, sentence: Sentence, chunk: Chunk) -> bool:
        """ "Britain and India": two names joined by "and" are two actors, not one."""
        words = [strip_possessive(w).lower() for w in chunk.words]
        index = words.index("and")
        left, right = chunk.tokens[:index], chunk.tokens[index + 1 :]
        heads = ORG_HEADS | ROLE_HEADS
        left_heads = {t.text.lower() for t in left} & heads
        if right and right[-1].text.lower() in heads and not left_heads:
            return (
                False  # "Research and Development Organisation", "Commerce and Industry Minister"
            )
        # "Minister of Petroleum and Mineral Resources Karim Badawi": "and" inside a title
        # whose left part is nothing but title words.
        left_low = [strip_possessive(t.text).lower() for t in left]
        cut = next((k for k, w in enumerate(left_low) if w in {"of", "for"}), -1)
        if (
            cut > 0
            and set(left_low[:cut]) & ROLE_HEADS
            and all(
                w in ROLE_MODIFIERS or w in ORG_HEADS or w in _CONNECTOR_WORDS or self.country_of(w)
                for w in left_low[cut:]
            )
        ):
            return False
        # "Ministry of Energy and Mineral Resources": "and" inside the complement of a body.
        left_lower = [t.text.lower() for t in left]
        if (
            "of" in left_lower
            and set(left_lower[: left_lower.index("of")]) & ORG_HEADS
            and right
            and right[0].text.lower() != "the"
            and not {t.text.lower() for t in right} & ORG_HEADS
            and not self.country_of(self.text[right[0].start : right[-1].end])
            and right[0].text.lower() not in first_names()
            and not any(self.country_of(strip_possessive(t.text)) for t in left)
        ):
            return False
        # "Deputy Prime Minister and Defence Minister X", "Commerce and Industry Minister X":
        # one title joined by "and" stays one title.
        title_words = ROLE_HEADS | ROLE_MODIFIERS
        left_words = [strip_possessive(t.text).lower() for t in left]
        if left_words and self.country_of(left[0].text):
            left_words = left_words[1:]
        if (
            left_words
            and all(w in title_words for w in left_words)
            and any(t.text.lower() in ROLE_HEADS for t in right)
        ):
            return False
        while right and right[0].text.lower() in {"the", "of"}:
            right = right[1:]
        for part in (left, right):
            if part:
                sub = Chunk(tuple(part), False)
                if not self._classify(sentence, sub):
                    # Late, with everything else: "MVM and BOTAS" may name companies that are
                    # only recognised further on in the first pass.
                    self._pending.append((sentence, sub))
        return True

    def _org_name(self, chunk: Chunk) -> str:
        return strip_possessive(self.text[chunk.start : chunk.end])

    def _org_affiliation(self, chunk: Chunk) -> str:
        for token in chunk.tokens:
            code = self.country_of(token.text)
            if code:
                return code
        possessor = re.search(
            r"(\w[\w.]*)['’]s\s+(?:[\w-]+\s+){0,3}$", self.before(chunk.start, 60)
        )
        if possessor:
            return self.country_of(possessor.group(1))
        # "Hungarian state-owned energy group MVM", "South Korean lender KEXIM".
        described = _DESCRIBED_BY_COUNTRY.search(self.before(chunk.start, 80))
        if described and described.group(2).lower() in ORG_DESCRIPTORS:
            return self.country_of(described.group(1))
        return ""

    def _acronym_after(self, chunk: Chunk, name: str) -> None:
        match = re.match(r"\s*\(([A-Z][A-Za-z&]{1,9})\)", self.after(chunk.end, 16))
        if not match:
            # "Export-Import Bank of India (Exim Bank)": a short name of a few words that
            # keeps the head word and the first letter of the full name.
            match = re.match(
                r"\s*\(([A-Z][\w&-]*(?:\s[A-Z][\w&-]*){1,2})\)", self.after(chunk.end, 40)
            )
            if match and not (
                match.group(1).split()[-1] in name.split() and match.group(1)[0] == name[0]
            ):
                match = None
        if match:
            key = f"org:{name.lower()}"
            start = chunk.end + match.start(1)
            if key in self.found.actors:
                self.found.actors[key].add(match.group(1), start, start + len(match.group(1)))
                self._index(key)
                self.found.mentions.append((start, start + len(match.group(1)), key))

    # --- people ---------------------------------------------------------------------------
    def _title_comma_name(self, chunk: Chunk, lead_code: str) -> bool:
        """ "Indonesia's Coordinating Minister for Economic Affairs, Airlangga Hartarto, said":
        a capitalised title, then the name set off by commas."""
        tokens = list(chunk.tokens)[1:] if lead_code else list(chunk.tokens)
        if not tokens:
            return False
        lowered = [strip_possessive(t.text).lower() for t in tokens]
        if lowered[0] not in ROLE_HEADS | ROLE_MODIFIERS or not set(lowered) & ROLE_HEADS:
            return False
        if is_possessive(tokens[-1].text):
            return False
        match = _COMMA_NAME.match(self.text, chunk.end)
        if not match:
            return False
        name = match.group(1)
        words = name.split()
        if (
            not _name_like_words(words)
            or {w.lower() for w in words} & (ROLE_HEADS | ORG_HEADS | ROLE_MODIFIERS)
            or any(self.country_of(w) for w in words)
            or any(w.isupper() and len(w) > 1 for w in words)
        ):
            return False
        role = self.text[tokens[0].start : tokens[-1].end]
        affiliation = (
            self.affiliation_name(lead_code) if lead_code else self._possessor_before(chunk.start)
        )
        start = match.start(1)
        self.person(name, start, start + len(name), role, affiliation)
        return True

    def _titled_person(self, sentence: Sentence, chunk: Chunk, lead_code: str) -> bool:
        tokens = list(chunk.tokens)
        if lead_code:
            tokens = tokens[1:]
        while len(tokens) > 1 and tokens[0].text.lower().rstrip(".") in _HONORIFIC_WORDS:
            tokens = tokens[1:]  # "His Majesty Sultan X"
        lowered = [t.text.lower() for t in tokens]
        head_positions = [i for i, w in enumerate(lowered) if w in ROLE_HEADS]
        if not head_positions:
            return self._bare_person(sentence, chunk, tokens, lead_code)
        # The name is what follows the last title, organisation or country word.
        boundary = -1
        for i, token in enumerate(tokens):
            word = strip_possessive(token.text)
            if (
                word.lower() in ROLE_HEADS
                or word.lower() in ORG_HEADS
                or self.country_of(word)
                or (word.lower() in ROLE_MODIFIERS and i <= head_positions[-1])
            ):
                boundary = i
        # "Minister of Foreign Affairs Nasser Bourita", "Cabinet Secretary for Defence Soipan
        # Tuya": a complement after the last title word belongs to the title.
        after_head = head_positions[-1] + 1
        if after_head < len(tokens) and tokens[after_head].text in {"of", "for"}:
            i = after_head
            while i < len(tokens) and (
                tokens[i].text in {"of", "for", "and", "the"}
                or tokens[i].text.lower() in ROLE_MODIFIERS | ORG_HEADS
                or self.country_of(strip_possessive(tokens[i].text))
            ):
                i += 1
            # "Minister of Petroleum and Mineral Resources Karim Badawi": the name starts at
            # the first given name when the complement has words of its own.
            j = i
            while j < len(tokens) - 1 and tokens[j].text.lower() not in first_names():
                j += 1
            if i < j < len(tokens) - 1 and tokens[i - 1].text == "and":
                i = j
            elif i > after_head and len(tokens) - i >= 3:
                # "Minister of Water Resources Shavkat Khamraev": complement words of its own
                # and no given name we know; a name is most often its last two words.
                i = j if i < j < len(tokens) - 1 else len(tokens) - 2
            if i > after_head + 1 and i < len(tokens):
                boundary = max(boundary, i - 1)
        name_tokens = tokens[boundary + 1 :]
        role_tokens = tokens[: boundary + 1]
        affiliation = self.affiliation_name(lead_code) if lead_code else ""
        # An organisation before the title: "GAMI Governor Ahmad Al-Ohali".
        first_head = next(
            i
            for i, t in enumerate(role_tokens)
            if t.text.lower() in ROLE_HEADS
            or (t.text.lower() in ROLE_MODIFIERS and t.text.lower() not in _CONNECTOR_WORDS)
        )
        if first_head > 0:
            org_tokens = role_tokens[:first_head]
            org_name = self.text[org_tokens[0].start : org_tokens[-1].end]
            code = self.country_of(org_name)
            if code:
                self.state(code, org_name, org_tokens[0].start, org_tokens[-1].end)
                affiliation = self.affiliation_name(code)
            else:
                key = self.org(org_name, org_tokens[0].start, org_tokens[-1].end)
                affiliation = self.found.actors[key].name
            role_tokens = role_tokens[first_head:]
        while name_tokens and name_tokens[0].text.lower() in HONORIFICS:
            name_tokens = name_tokens[1:]
        while role_tokens and role_tokens[-1].text.lower() in HONORIFICS:
            role_tokens = role_tokens[:-1]
        for token in role_tokens:
            code = self.country_of(token.text)
            if code and token is not role_tokens[0]:
                self.state(
                    code,
                    strip_possessive(token.text),
                    token.start,
                    token.start + len(strip_possessive(token.text)),
                )
                affiliation = affiliation or self.affiliation_name(code)
        role = self.text[role_tokens[0].start : role_tokens[-1].end] if role_tokens else ""
        of_state = re.search(r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)$", role)
        if of_state and self.country_of(of_state.group(1)):
            role = role[
                : of_state.start()
            ]  # "President of Azerbaijan": the country is the affiliation
        if not name_tokens:
            if lowered[-1] in ROLE_HEADS or any(t.text.lower() in ROLE_HEADS for t in role_tokens):
                return self._title_then_name(chunk, role, affiliation)
            return False
        if not _name_like(name_tokens):
            return False
        if self._known_entity(
            strip_possessive(self.text[name_tokens[0].start : name_tokens[-1].end])
        ):
            return False
        # "Prime Minister Shehbaz Sharif of Pakistan": a country after the name.
        name = strip_possessive(self.text[name_tokens[0].start : name_tokens[-1].end])
        of_country = re.match(
            r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?: [A-Z][\w.]*)*)", self.after(chunk.end, 50)
        )
        if of_country and not affiliation:
            code = self.country_of(of_country.group(1))
            if code:
                affiliation = self.affiliation_name(code)
        if not affiliation:
            affiliation = self._possessor_before(chunk.start)
        lower_role = self._lowercase_role_before(chunk.start)
        if (
            lower_role
            and not lead_code
            and role_tokens
            and role_tokens[0].text.lower()
            in {"colonel", "general", "major", "captain", "lieutenant", "admiral", "brigadier"}
        ):
            role = lower_role[0]
            affiliation = affiliation or lower_role[1]
        self.person(name, name_tokens[0].start, name_tokens[0].start + len(name), role, affiliation)
        return True

    def _title_then_name(self, chunk: Chunk, role: str, affiliation: str) -> bool:
        """ "Kenya's Cabinet Secretary for the National Treasury, Njuguna Ndung'u, welcomed"."""
        match = re.match(
            r",\s+((?:[A-Z][\w'’\-]+)(?:\s+(?:[A-Z][\w'’\-]+|bin|al|de|van|von))"
            r"{0,4})(?=,|\s+(?:said|told|says|added))",
            self.after(chunk.end, 80),
        )
        if not match:
            return False
        affiliation = affiliation or self._possessor_before(chunk.start)
        start = chunk.end + match.start(1)
        self.person(match.group(1), start, start + len(match.group(1)), role, affiliation)
        return True

    def _possessor_before(self, pos: int) -> str:
        before = self.before(pos, 60)
        base = pos - len(before)
        match = re.search(r"([A-Z][\w.]*(?: [A-Z][\w.]*)*)['’]s\s+$", before)
        if not match:
            return ""
        code = self.country_of(match.group(1))
        if code:
            self.state(code, match.group(1), base + match.start(1), base + match.end(1))
            return self.affiliation_name(code)
        return self._org_named(match.group(1))

    def _lowercase_role_before(self, pos: int, window: str | None = None) -> tuple[str, str] | None:
        """ "Sonatrach chief executive Toufik Hakkar", "U.S. envoy Steve Witkoff"."""
        if window is None:
            window = self.before(pos, 90)
        # The title must end in a role word right before the name; checking that first skips
        # the costly end-anchored search for almost every name.
        stripped = window.rstrip()
        if len(stripped) == len(window):
            return None
        tail = len(stripped)
        while tail > 0 and ("a" <= stripped[tail - 1] <= "z" or stripped[tail - 1] == "-"):
            tail -= 1
        if stripped[tail:].lstrip("-") not in _ROLE_ENDS:
            return None
        match = _LOWER_ROLE_RE.search(window)
        if not match:
            return None
        words = match.group(2).split()
        while words and (
            words[0] not in ROLE_HEADS | ROLE_MODIFIERS | {"counterpart"}
            or words[0] in _CONNECTOR_WORDS
        ):
            words = words[1:]
        if not words or words[-1] not in ROLE_HEADS | {"counterpart"}:
            return None
        owner = re.sub(r"^(?:The|A|An)\s+", "", match.group(1) or "")
        affiliation = ""
        role = " ".join(words)
        owner_words = [w.lower() for w in owner.split()]
        possessive = bool(owner) and match.group(0)[len(owner) :].startswith(("'s", "’s"))
        if (
            owner_words
            and not possessive
            and all(w in ROLE_MODIFIERS or w in ORG_HEADS for w in owner_words)
        ):
            # "Foreign Ministry spokesperson": a generic body is part of the title.
            role = f"{owner} {role}"
            owner = ""
            affiliation = self._possessor_before(pos - len(match.group(0)))
        if owner:
            code = self.country_of(owner)
            affiliation = self.affiliation_name(code) if code else owner
            if owner.lower() in STOPWORDS:
                affiliation = ""
        return role, affiliation

    def _head_of_before(self, pos: int) -> tuple[str, str] | None:
        """ "The head of Russia's Rostec, Sergei Chemezov, said": title, then the name."""
        match = re.search(
            r"\b[Tt]he\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+of\s+(?:the\s+)?"
            r"(?:([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)['’]s\s+)?([A-Z][^,;]{1,60}?),\s+$",
            self.before(pos, 120),
        )
        if not match or match.group(1).split()[-1] not in ROLE_HEADS:
            return None
        target = match.group(3)
        code = self.country_of(target)
        if code:
            return match.group(1), self.affiliation_name(code)
        return match.group(1), self._org_named(target)

    def _counterpart(self, sentence: Sentence, pos: int, lower: tuple[str, str]) -> tuple[str, str]:
        """ "his Omani counterpart Badr Albusaidi": the same title as the other minister."""
        for start, _end, key in reversed(self.found.mentions):
            actor = self.found.actors[key]
            if sentence.start <= start < pos and actor.type == "person" and actor.role:
                return actor.role, lower[1]
        return lower

    def _bare_person(
        self, sentence: Sentence, chunk: Chunk, tokens: list[Token], lead_code: str
    ) -> bool:
        """A name with its role after it, before it in lower case, or next to "said"."""
        while len(tokens) > 1 and tokens[0].text.lower().rstrip(".") in _HONORIFIC_WORDS:
            tokens = tokens[1:]  # "Lt Col Ahmed Saleh"
        if not tokens or not _name_like(tokens) or lead_code:
            return False
        name = strip_possessive(self.text[tokens[0].start : tokens[-1].end])
        if self._known_entity(name):
            return False
        if re.match(r"['’]s\s+[A-Z][\w-]*\d|\s+\(|\s+declined", self.after(chunk.end, 20)):
            return False
        appos = self._apposition(tokens[-1].end)
        if appos:
            self.person(name, tokens[0].start, tokens[0].start + len(name), *appos)
            return True
        lower = self._lowercase_role_before(tokens[0].start)
        if not lower and re.match(r"\s*,", self.after(tokens[-1].end, 4)):
            # "Indonesia's defence minister, Prabowo Subianto, said": a title set off by commas.
            comma = re.search(r",\s+$", self.before(tokens[0].start, 6))
            if comma:
                at = tokens[0].start - len(comma.group())
                lower = self._lowercase_role_before(at + 1, self.before(at, 90) + " ")
                if lower and not lower[1]:
                    lower = None  # "..., economist, X," with no owner is too loose
        if not lower and re.match(r"\s*,", self.after(tokens[-1].end, 4)):
            lower = self._head_of_before(tokens[0].start)
        if lower and lower[0].endswith("counterpart"):
            lower = self._counterpart(sentence, tokens[0].start, lower)
        if lower and (len(tokens) >= 2 or lower[1]):
            self.person(name, tokens[0].start, tokens[0].start + len(name), *lower)
            return True
        if _FILING_AFTER.match(self.after(chunk.end, 60)):
            return False  # "Tessaro Marine said in a stock exchange filing": a company
        if len(tokens) >= 2 and self._speaks(tokens[0].start, tokens[-1].end):
            self.person(name, tokens[0].start, tokens[0].start + len(name))
            return True
        return False

    def _apposition(self, pos: int) -> tuple[str, str] | None:
        """ ", Pakistan's Ambassador to China," or ", chief executive of TAI,"."""
        heads = re.match(
            r",\s+who\s+(heads|leads|chairs|runs|directs)\s+(?:the\s+)?"
            r"([A-Z][\w.&'’-]*(?:\s(?:[A-Z][\w.&'’-]*|of|for|and|the))*)",
            self.after(pos, 120),
        )
        if heads:
            # "X, who heads the Defence Industry Agency,": head of that organisation.
            org = heads.group(2)
            at = pos + heads.start(2)
            code = self.country_of(org)
            if code:
                return "head", self.affiliation_name(code)
            key = self.org(org, at, at + len(org))
            return _HEADS_VERB[heads.group(1)], self.found.actors[key].name
        # "Dalia Ezzat is a non-resident fellow at the Middle East Institute" reads like the
        # apposition ", a non-resident fellow at ...".
        after = re.sub(r"^\s+(?:is|was)\s+(an?)\s+(?=[a-z])", r", \1 ", self.after(pos, 140))
        match = re.match(
            r",\s+(?:(the|a|an|its|his|her)\s+)?(?:([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)['’]s\s+)?"
            r"([^,;:()\"“”]{2,90}?)(?=,|\.\s|\.$|;|\)|\s+(?:said|told|says|who|in an interview))",
            after,
        )
        if not match:
            return None
        phrase = match.group(3).strip()
        words = phrase.split()
        lowered = [w.lower().strip(".") for w in words]
        head_index = next((i for i, w in enumerate(lowered[:5]) if w in ROLE_HEADS), None)
        # ", a political scientist at Cairo University", ", a defence commentator at Antena 3":
        # an occupation we have no title word for, placed at a named body.
        occupation = match.group(1) in {"a", "an"} and _OCCUPATION_AT.match(phrase)
        if head_index is None and not occupation:
            return None
        owner = match.group(2) or ""
        affiliation = ""
        if head_index is not None and head_index > 0 and not owner:
            prefix = " ".join(words[:head_index])
            known = self._org_named(prefix, create=False) or (
                self.country_of(prefix) and self.affiliation_name(self.country_of(prefix))
            )
            first_mod = next((i for i, w in enumerate(lowered) if w in ROLE_MODIFIERS), head_index)
            if not known and first_mod > 0:
                prefix = " ".join(words[:first_mod])
                known = self._org_named(prefix, create=False) or (
                    prefix if prefix.isupper() else ""
                )
            if known:
                affiliation = known
                words = words[len(prefix.split()) :]
                phrase = " ".join(words)
        generic = re.match(
            r"(?:[a-z-]+\s+){0,2}?"
            r"(company|country|group|firm|bank|ministry|agency|government|fund|lender)['’]s\s+",
            phrase,
        )
        if generic and not owner and len(words) > 1:
            # "the company's chairman": the last organisation of that kind, if any.
            body = generic.group(1)
            last = self.last_org_by_head.get("bank" if body == "lender" else body)
            if last and body != "country":
                affiliation = affiliation or self.found.actors[last].name
            phrase = phrase[generic.end() :]
            words = phrase.split()
        lead = words[0]
        if not owner and self.country_of(lead) and len(words) > 1:
            affiliation = self.affiliation_name(self.country_of(lead))
            words = words[1:]
            phrase = " ".join(words)
        if owner:
            code = self.country_of(owner)
            affiliation = self.affiliation_name(code) if code else self._org_named(owner)
        # "an energy analyst at Capital Economics in London": the city is not part of the role.
        phrase = re.sub(
            r"(\s(?:at|with|of)\s.*)\s+in\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?$", r"\1", phrase
        )
        complement = re.search(
            r"\s(?:of|at|with)\s+(?:the\s+)?([A-Z][\w.\-]*(?:\s(?:[A-Z][\w.\-]*|\d+|of|and|for))*)$",
            phrase,
        )
        if complement:
            target = complement.group(1)
            code = self.country_of(target)
            linker = phrase[complement.start() : complement.start(1)]
            at_org = bool(re.search(r"\s(?:at|with)\s", linker))
            target_words = {w.lower() for w in target.split()}
            if (
                code
                or self._org_named(target, create=False)
                or target.isupper()
                or at_org  # "a senior official at Rosatom"
                or (target_words & ORG_HEADS and not target_words & ROLE_MODIFIERS)
            ):
                affiliation = affiliation or (
                    self.affiliation_name(code) if code else self._org_named(target)
                )
                at = self.text.find(target, pos, pos + 160)
                if code and at >= 0:
                    self.state(code, target, at, at + len(target))
                if not code and at >= 0 and not self._org_named(target, create=False):
                    self.org(target, at, at + len(target))  # "at Rosatom": an organisation
                if code or (" to " not in phrase and not phrase.startswith("Senior")):
                    phrase = phrase[: complement.start()].strip()
        return phrase, affiliation

    def _org_named(self, name: str, create: bool = True) -> str:
        key = f"org:{name.lower()}"
        if key in self.found.actors:
            return self.found.actors[key].name
        for actor in self.found.actors.values():
            if name in actor.aliases:
                return actor.name
        return name if create else ""

    def _speaks(self, start: int, end: int) -> bool:
        after = re.match(r"\s*(?:,\s*)?(\w+)", self.after(end, 30))
        before = re.search(r"(\w+)\s+$", self.before(start, 30))
        by_line = re.search(
            r"(?:^|\n|\()\s*(?:By|Reporting by|Editing by|Writing by)\s+$"
            r"|;\s*(?:Editing|Writing|Additional reporting) by\s+$",
            self.before(start, 40),
        )
        return bool(
            (after and after.group(1).lower() in SPEECH_VERBS)
            or (before and before.group(1).lower() in SPEECH_VERBS)
            or by_line
            or (
                before
                and before.group(1) in {"to", "by"}
                and re.search(r"according\s+to\s+$", self.before(start, 20))
            )
        )

    def _known_entity(self, name: str) -> bool:
        return bool(
            self.gaz.names.get(name)
            or self.gaz.adjectives.get(name)
            or name in self.gaz.capitals
            or name in REGIONS
            or self.gaz.cities.get(name, ("", 0))[1] > 200_000
        )

    # --- late: capitals, cities, bare names ---------------------------------------------
    def _classify_late(self, sentence: Sentence, chunk: Chunk) -> None:
        phrase = strip_possessive(self.text[chunk.start : chunk.end])
        if phrase in _WEEKDAYS or (
            phrase in _MONTHS
            and re.search(
                r"\b(?:in|since|until|by|from|of|last|next|early|late|mid)\s+$",
                self.before(chunk.start, 8),
            )
        ):
            return
        start, end = chunk.start, chunk.start + len(phrase)
        possessive = is_possessive(chunk.words[-1])
        if phrase in self.gaz.capitals:
            code = self.gaz.capitals[phrase]
            if possessive or self._metonymic(start, end):
                self.state(code, phrase, start, end)
            else:
                self.place(phrase, start, end, code)
            return
        alias = self._short_form(phrase)
        if alias:
            self.found.actors[alias].add(phrase, start, end)
            self._index(alias)
            self.found.mentions.append((start, end, alias))
            return
        code = self.country_of(phrase)
        if code:
            self.state(code, phrase, start, end)
            return
        if phrase in self.gaz.provinces and phrase not in _COMMON_CITY_WORDS:
            self.place(phrase, start, end, self.gaz.provinces[phrase])
            return
        city = self.gaz.cities.get(phrase)
        if (
            city
            and phrase not in _COMMON_CITY_WORDS
            and (city[1] > 300_000 or self._after_locative(start))
        ):
            self.place(phrase, start, end, city[0])
            return
        words = chunk.words
        if {w.lower() for w in words} <= ROLE_HEADS | ROLE_MODIFIERS | HONORIFICS:
            return
        if _ITEM_AFTER.match(self.after(chunk.end, 30)):
            return  # "Akinci drones", "Rafale jets": a type name, not an organisation
        if self._org_context(start, end, words):
            self.org(phrase, start, end, self._org_affiliation(chunk))
            self._acronym_after(chunk, phrase)
            return
        if (
            self._after_locative(start)
            and len(words) <= 3
            and not phrase.isupper()
            and not re.search(r"\bto\s+(?:the\s+)?$", self.before(start, 12))
            and not {w.lower() for w in words} & (ORG_HEADS | ROLE_HEADS | ROLE_MODIFIERS)
            and re.match(
                r"\s*(?:,|\.|\s(?:and|on|last|this|next|for|to|from|with)\b)", self.after(end, 12)
            )
            and not any(ch.isdigit() for ch in phrase)
        ):
            self.place(phrase, start, end)
            return
        self._given_name_person(chunk, phrase, start, end)

    def _given_name_person(self, chunk: Chunk, phrase: str, start: int, end: int) -> None:
        """ "talks chaired by Maria Fernanda Espinosa": two to four name words, the first a
        known given name, and nothing else about the words says place or organisation."""
        tokens = list(chunk.tokens)
        if not 2 <= len(tokens) <= 4 or not _name_like(tokens) or phrase.isupper():
            return
        if tokens[0].text.lower() not in first_names():
            return
        if any(self._known_entity(strip_possessive(t.text)) for t in tokens):
            return
        if re.match(r"['’]s\s+[A-Z][\w-]*\d|\s+\(", self.after(chunk.end, 20)):
            return
        self.person(phrase, start, end)

    def _metonymic(self, start: int, end: int) -> bool:
        after = re.match(r"\s+(\w+)", self.after(end, 20))
        before = re.search(r"(\w+)\s+$", self.before(start, 20))
        if (
            before
            and before.group(1).lower() in _LOCATIVE
            and not (after and after.group(1) == "and" and before.group(1).lower() == "to")
        ):
            return False
        verb = before.group(1) if before else ""
        if (
            verb.islower()
            and len(verb) > 3
            and verb.endswith(("ed", "es", "ts", "rs", "ns"))
            and verb not in _LOCATIVE
            and verb not in {"was", "has", "does", "is", "its", "this", "news", "times", "years"}
        ):
            return True  # "worries Washington", "angered Beijing": the government
        if before and before.group(1) == "and":
            # "visited Kyiv and Warsaw", "officials in Islamabad and Beijing": the first
            # name's preposition decides for both.
            pair = re.search(
                r"(\w+)\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s+and\s+$", self.before(start, 60)
            )
            if pair and pair.group(1).lower() in _LOCATIVE - {"to"}:
                return False
        if after and (
            after.group(1).lower() in _STATE_VERBS
            or (
                after.group(1).islower()
                and after.group(1).endswith("s")
                and len(after.group(1)) > 3
            )
        ):
            return True
        return bool(
            before
            and before.group(1).lower()
            in {
                "between",
                "both",
                "and",
                "with",
                "beyond",
                "than",
                "urged",
                "pressed",
                "help",
                "helps",
                "for",
                "sanction",
                "thanked",
                "against",
                "told",
                "gave",
                "give",
                "gives",
                "sent",
                "handed",
                "made",
                "supply",
                "supplies",
                "supplied",
                "sell",
                "sold",
                "arm",
                "armed",
                "backed",
                "supported",
                "invited",
                "asked",
                "accused",
            }
        )

    def _after_locative(self, start: int) -> bool:
        before = re.search(r"(\w+)\s+(?:the\s+)?$", self.before(start, 30))
        return bool(before and before.group(1).lower() in _LOCATIVE)

    def _org_context(self, start: int, end: int, words: list[str]) -> bool:
        before = self.before(start, 40)
        after = self.after(end, 40)
        descriptor = re.search(r"(\w+)\s+$", before)
        if descriptor and descriptor.group(1).lower() in ORG_DESCRIPTORS:
            return True
        if _BUSINESS_CLAUSE.match(after):
            return True  # "Rheinmetall, which is building a gunpowder plant"
        # "the Istanbul-based Aselsan", "produced under licence by Bumar-Labedy".
        if re.search(r"\w-based\s+(?:[a-z-]+\s+){0,3}$", before) or re.search(
            r"\b(?:made|built|produced|manufactured|developed|designed|operated|owned|awarded to)"
            r"\s+(?:under licen[cs]e\s+)?(?:by\s+)?$",
            before,
        ):
            return True
        # "Petróleos Mexicanos (Pemex)": a name that defines its own short form.
        acronym = re.match(r"\s*\(([A-Z][A-Za-z&]{1,9})\)", after)
        if (
            acronym
            and len(words) >= 2
            and acronym.group(1)[0] == words[0][0]
            and words[-1].lower() not in _AGREEMENT_WORDS
        ):
            return True
        if re.search(
            r"\b(?:[Ss]hares|[Ss]tock|[Ss]take|subsidiary|unit|rival|rivals)\s+(?:in|of)\s+$",
            before,
        ):
            return True  # "shares in Rheinmetall"
        if re.search(
            r"\b(?:[A-Z][\w.]*)['’]s\s+(?:state(?:-owned)?\s+)?"
            r"(?:(?!of\b|to\b|for\b|from\b|with\b)[a-z]+\s+){0,3}$",
            before,
        ) and (len(words) == 1 or all(w.isupper() for w in words)):
            return True
        if re.search(
            r"\b(?:contract|agreement|deal|deals|talks|partner|partnership|signed|inked|sealed|"
            r"partnered|teamed up)\s+with\s+$",
            before,
        ):
            return True
        # "agreed to buy LNG from Shell": an unknown name a buyer buys from is a supplier.
        if re.search(
            r"\b(?:buy|buys|bought|purchase|purchased|order|ordered|import|imported|acquire|"
            r"acquired|procure|procured|source|sourced)\b(?:[^.;]|\.(?=\d)){0,60}\bfrom\s+$",
            self.before(start, 100),
        ):
            return True
        if re.match(
            r"\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}(?:" + "|".join(ORG_DESCRIPTORS) + r")\b",
            after,
        ):
            return True
        if re.match(
            r"['’]s\s+(?:(?i:chief|ceo|cfo|coo|chairman|chairwoman|chairperson|board|shares|"
            r"spokesperson|spokesman|spokeswoman|managing director|share price|stock|"
            r"subsidiary|headquarters)\b|[A-Z][\w-]*\d)",
            after,
        ):
            return True
        # "Tessaro Marine said in a stock exchange filing": filings are companies'. A plain
        # "said in a statement" is not enough: people issue statements too.
        if _FILING_AFTER.match(self.after(end, 60)):
            return True
        single = len(words) == 1
        if single and words[0].lower() in self._lower_words:
            return False  # "Deal signed": the word is also written in lower case in the text
        # "Gazprom said", and "Sonatrach and Eni agreed" / "Pemex and CFE import" for both.
        speaks = re.match(
            r"(?:\s+and\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,4})?(?:\s+both)?"
            r"\s+(?:said|says|announced|reported|declined|signed|will|has|is|agreed|plans|won|"
            r"wins|offered|offers|supplies|sells|builds|makes|posted|expects|delivered|import|"
            r"imports|export|exports|operate|operates|produce|produces|own|owns|shipped)\b",
            self.after(end, 80),
        )
        return bool(speaks and (single or all(w.isupper() for w in words)))

    def _short_form(self, phrase: str) -> str:
        """Actor key for a surname, acronym or short name seen before in full."""

        def check(_key: str, actor: ActorBuild) -> bool:
            if actor.type == "person":
                return phrase in actor.name.split() and phrase.lower() not in NAME_PARTICLES
            return (
                phrase == actor.name
                or phrase in actor.aliases
                or _initials(actor.name) == _acronym_letters(phrase)
                # "Piaggio" after "Piaggio Aerospace", "Hanwha" after "Hanwha Aerospace".
                or (
                    actor.type == "organization"
                    and actor.name.startswith(phrase + " ")
                    and not self._known_entity(phrase)
                    and phrase.lower() not in ORG_HEADS | ROLE_MODIFIERS | STOPWORDS
                )
            )

        return self._first(
            [
                f"w:{phrase}",
                f"a:{phrase}",
                f"o:{phrase}",
                f"i:{_acronym_letters(phrase)}",
                f"p:{phrase}",
            ],
            check,
        )

    def _short_forms(self) -> None:
        """ "the ministry", "the bank", "the agency": the last organisation with that head."""
        for match in re.finditer(
            r"\b[Tt]he (ministry|bank|Bank|agency|company|lender|"
            r"air force|navy|fund|Fund|group|utility)\b",
            self.text,
        ):
            head = match.group(1).lower()
            key = self.last_org_by_head.get(head.split()[-1])
            if head == "lender":
                key = self.last_org_by_head.get("bank") or self.last_org_by_head.get("fund")
            if key is None:
                continue
            actor = self.found.actors[key]
            actor.add(match.group(), match.start(), match.end())


# Legal forms at the end of a company name: "JERA Co., Inc." is "JERA".
_LEGAL_TAIL = re.compile(
    r"(?:,?\s+(?:Co|Inc|Ltd|Corp|LLC|PLC|plc|SA|S\.A|AG|SpA|NV|BV|GmbH|Limited|Corporation|"
    r"PJSC|JSC|Bhd|Berhad|Tbk)\.?)+$"
)
# A relative clause only a business takes: "X, which makes/builds/employs ...".
_BUSINESS_CLAUSE = re.compile(
    r",\s+which\s+(?:is\s+|also\s+|already\s+|now\s+)?(?:build|make|makes|produc|manufactur|"
    r"employ|operat|suppl|sell|export|import|own)\w*\s"
)
_BOARD_OF = re.compile(
    r"(?:Executive\s+|Supervisory\s+)?Board(?:\s+of\s+(?:Directors|Governors|Executive Directors))?"
    r"\s+of\s+(?:the\s+)?(?=[A-Z])"
)
# A type designation leads the name of a weapon or product: "M142 HIMARS", "K9 Thunder".
_DESIGNATION_LEAD = re.compile(r"^[A-Z]{1,3}-?\d{1,4}[A-Za-z]{0,3}$")
_COMMA_NAME = re.compile(
    r",\s+((?:[A-Z][\w'’.-]+\s){1,3}[A-Z][\w'’.-]+)(?=\s*,|\s+(?:said|told|says|signed|and)\b)"
)
_CREDIT_RE = re.compile(
    r"(?:^[ \t]*By|\b(?:[Aa]dditional reporting|[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|"
    r"[Ii]nterviewed|[Pp]hotographs?|[Gg]raphics?)\s+by)\s+(?=[A-Z])",
    re.MULTILINE,
)
_CREDIT_NAME = re.compile(
    r"([A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3})"
    r"(?:\s+in\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)?(\s*(?:,|and|&)\s*(?:and\s+)?)?"
)
_BUSINESS_TAILS = frozenset(
    ["Sons", "Brothers", "Group", "Holdings", "Holding", "Company", "Partners", "Industries"]
)
_PROGRAMME_TAILS = frozenset(
    ["Plan", "Program", "Programme", "Initiative", "Doctrine", "Act", "Project", "Treaty", "Accord"]
)
_NOT_A_PERSON_AFTER = re.compile(
    r"\s+(?:program|programme|programs|programmes|scheme|initiative|project|fund|brand|"
    r"label|strategy|framework|corridor|doctrine|plan|act|treaty|pipeline|facility|index|"
    r"stores?|shares|group|holdings?|company|& Sons|and Sons|Sons|Brothers|Group|Holdings?|"
    r"Company)\b"
)
# Titles of office holders who speak for a state ("Foreign Minister", "Ambassador").
# A government body whose name carries no state: "Ministry of Defence", "the Defence Ministry",
# "Department of National Defense".
_BARE_MINISTRY = re.compile(
    r"^(?:the\s+)?(?:(?:Federal\s+|National\s+)?(?:Ministry|Department)\s+of\s+[A-Z][\w ,&'-]*"
    r"|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?:Ministry|Department))$"
)
_GOV_DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)*gov\.([a-z]{2})\b")


def _gov_domain_country(text: str, countries: Mapping[str, object]) -> str:
    """ "www.mod.gov.ph", "gov.uk": the state of an official site named in the text."""
    codes = {"GB" if m.group(1) == "uk" else m.group(1).upper() for m in _GOV_DOMAIN.finditer(text)}
    if len(codes) != 1:
        return ""
    code = next(iter(codes))
    return code if code in countries else ""


_GOVERNMENT_ROLE = re.compile(
    r"\b(?:[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|[Aa]mbassador|[Ss]ecretary|"
    r"[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Cc]rown [Pp]rince|[Ss]pokes(?:man|woman|person)|"
    r"[Gg]overnor|[Ee]nvoy)\b"
)
_OCCUPATION_AT = re.compile(r"(?:[a-z][a-z-]*\s){1,3}(?:at|with)\s+(?:the\s+)?[A-Z]")
_DESCRIBED_BY_COUNTRY = re.compile(
    r"\b((?:[A-Z][\w-]*\s+)?[A-Z][\w-]*)\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)\s+$"
)


def _acronym_like(name: str) -> bool:
    """ "MoD", "IsDB", "NATO": one word with at least two capitals and nothing else."""
    return (
        " " not in name
        and len(name) <= 10
        and sum(c.isupper() for c in name) >= 2
        and name.replace("&", "").isalpha()
        and name[0].isupper()
    )


def _acronym_letters(name: str) -> str:
    """The capitals of an acronym written with small letters ("IsDB" -> "IDB", "MoD" -> "MD")."""
    return "".join(c for c in name if c.isupper()) if _acronym_like(name) else name


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _name_like(tokens: list[Token]) -> bool:
    return _name_like_words([t.text for t in tokens])


def _name_like_words(words: list[str]) -> bool:
    core = [strip_possessive(w) for w in words if w not in NAME_PARTICLES]
    if not 1 <= len(core) <= 5:
        return False
    for word in core:
        if any(ch.isdigit() for ch in word) or (word.isupper() and len(word) > 1):
            return False
        if word.lower() in ORG_HEADS or word.lower() in STOPWORDS or word in ORG_CONNECTORS:
            return False
    return True


def _is_international(name: str) -> bool:
    if name in INTERNATIONAL_ORGS:
        return True
    return name.startswith(INTL_PREFIXES) and any(w.lower() in INTL_HEADS for w in name.split())
