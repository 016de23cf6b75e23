"""The registry every rule writes to: one actor per key, aliases merged, mentions kept in order."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

from briefdesk.extract import rx as re
from briefdesk.extract.date_names import date_lead
from briefdesk.extract.doc import Doc
from briefdesk.extract.form_tails import national_tail
from briefdesk.extract.gazetteer import Gazetteer
from briefdesk.extract.honorific_lead import honorific_lead, style_office
from briefdesk.extract.lexicon import (
    ORG_HEADS,
)
from briefdesk.extract.name_priority import leading_part, role_priority
from briefdesk.extract.names import (
    acronym_letters,
    acronym_like,
    initials,
    is_international,
)
from briefdesk.extract.person_or_not import not_a_person
from briefdesk.extract.person_short_forms import short_form_of
from briefdesk.extract.text import (
    Chunk,
    Sentence,
)
from briefdesk.extract.vocab import (
    BOARD_OF,
    LEGAL_TAIL,
    MALAY_TITLE_BEFORE,
    MALAY_TITLE_LEAD,
    STATE_FORM_TAIL,
    is_legal_form,
)
from briefdesk.extract.why import MAX_REASONS, explain


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
    # (rule id, plain words), first of each rule only: why the actor is suggested.
    why: list[tuple[str, str]] = field(default_factory=list)
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
    why: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Found:
    actors: dict[str, ActorBuild] = field(default_factory=dict)
    places: dict[str, PlaceBuild] = field(default_factory=dict)
    # (start, end, actor key) for each mention, used by deal patterns.
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    dateline_end: int = 0


_BASED_LEAD = re.compile(
    r"[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?-(?:based|headquartered|listed|registered)\s+(?=[A-Z])"
)
# Legal forms that open a name ("PT", "PJSC"): a cheap test before the pattern.
LEGAL_HEAD_WORDS = frozenset({"PT", "P.T", "CV", "PJSC", "OJSC", "JSC", "OAO", "ZAO", "OOO", "SC"})
# A legal form that opens a name: "PT Bumi Timur Nikel" and "Bumi Timur Nikel" are one firm.
LEGAL_HEAD = re.compile(r"^(?:PT|P\.T\.|CV|PJSC|OJSC|JSC|OAO|ZAO|OOO|SC)\.?\s+(?=[A-Z])")


_NO_KEYS: set[str] = set()  # (read only)


class Resolver:
    """Merges what the rules propose into actors and places; one instance per text."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.outlet = doc.outlet
        self.gaz: Gazetteer = doc.gaz
        self.lower_words = doc.lower_words
        self.found = Found()
        self.last_org_by_head: dict[str, str] = {}
        # Lookup forms -> actor keys, so short forms resolve without scanning every actor:
        # "w:" a word of a person's name, "n:" a person's full name, "a:" an alias,
        # "i:" an organisation's initials, "u:" an all-capitals name. Candidates are checked again
        # on lookup, so a stale entry (after a rename) never gives a wrong answer.
        self._forms: dict[str, set[str]] = {}
        self._order: dict[str, int] = {}
        # What each actor was last indexed as (type, name, aliases): forms only ever grow, so
        # indexing an unchanged actor again (every mention re-indexes) adds nothing.
        self._indexed: dict[str, tuple[str, str, tuple[str, ...]]] = {}
        self.dateline_country = ""
        # Chunks no early rule claimed, for the late pass (capitals, short forms, names).
        self.pending: list[tuple[Sentence, Chunk]] = []
        # Parts of a chunk split at "and", waiting for the chunk rules (a work list, no recursion).
        self.split: list[Chunk] = []
        # Chunks that start before this offset are already inside a name a rule claimed
        # ("Ministry of Energy, Petroleum and Mines").
        self.skip_until = -1
        # Spans settled by an early component (sorted), see ``claim``.
        self._claims: list[tuple[int, int]] = []
        # The rule now proposing (set by the pipeline, refined by components): each actor and
        # place records the rules that made it, for its "why".
        self.rule = ""
        self.after, self.before, self.country_of = doc.fast_readers()
        self.affiliation_name = doc.affiliation_name
        self.known_place = doc.known_place
        self.known_entity = doc.known_entity
        self.after_locative = doc.after_locative

    def claim(self, start: int, end: int) -> None:
        """A span an early component settled: the chunk rules skip chunks inside it."""
        bisect.insort(self._claims, (start, end))

    def claimed(self, start: int, end: int) -> bool:
        claims = self._claims
        at = bisect.bisect_right(claims, (start, len(self.text) + 1)) - 1
        if at < 0:
            return False  # (no claim starts at or before it: most chunks, no slice to read)
        # (a claim inside a wider one, a dateline's date in its line, hides no wider one; a
        # plain loop: ~130 calls an article, and ``any`` over a generator took 1.3 us, this 0.7)
        for _, claim_end in claims[at - 3 if at > 3 else 0 : at + 1]:  # noqa: SIM110
            if end <= claim_end:
                return True
        return False

    # --- registry -------------------------------------------------------------------------
    def _actor(self, key: str, type_: str, name: str) -> ActorBuild:
        actor = self.found.actors.get(key)
        if actor is None:
            actor = ActorBuild(type=type_, name=name)
            self.found.actors[key] = actor
            self._order[key] = len(self._order)
        return actor

    def index(self, key: str) -> None:
        actor = self.found.actors[key]
        signature = (actor.type, actor.name, tuple(actor.aliases))
        if self._indexed.get(key) == signature:
            return
        self._indexed[key] = signature
        if actor.type == "person":
            forms = [f"w:{w}" for w in actor.name.split()] + [f"n:{actor.name}"]
        else:
            forms = [f"a:{a}" for a in actor.aliases] + [f"i:{initials(actor.name)}"]
            forms.append(f"o:{actor.name}")  # the same name again, later in the text
            bare = LEGAL_HEAD.sub("", actor.name)
            if bare != actor.name:
                forms.append(f"a:{bare}")  # "Bumi Sakti" after "PT Bumi Sakti"
            if actor.type == "organization" and " " in actor.name:
                # "Kestrel Quay" after "Kestrel Quay Holdings": any leading part of the name.
                words = actor.name.split()
                forms.extend(f"p:{' '.join(words[:n])}" for n in range(1, len(words)))
            if actor.name.isupper():
                forms.append(f"u:{actor.name}")
            elif acronym_like(actor.name):
                forms.append(f"u:{acronym_letters(actor.name)}")  # "AfDB" before its full name
        for form in forms:
            self._forms.setdefault(form, set()).add(key)

    def first(self, forms: list[str], check: Callable[[str, ActorBuild], bool]) -> str:
        """The earliest-seen actor under any of ``forms`` that passes ``check``."""
        keys: set[str] = _NO_KEYS  # (stored sets are never changed here: unions make new ones)
        forms_of = self._forms.get
        for form in forms:
            found = forms_of(form)
            if found:
                keys = keys | found if keys else found
        if not keys:
            return ""  # most look-ups: nothing seen under any form
        for key in sorted(keys, key=self._order.__getitem__):
            if check(key, self.found.actors[key]):
                return key
        return ""

    def state(self, code: str, surface: str, start: int, end: int, governed: bool = False) -> str:
        key = f"state:{code}"  # (governed: "turned to Moscow", never the city named as a place)
        if (
            not governed
            and self.gaz.capitals.get(surface) == code
            and key not in self.found.actors
            and self.after_locative(start)
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
        note(actor.why, self._state_rule(code, surface), surface)
        self.index(key)
        self.found.mentions.append((start, end, key))
        return key

    def org(self, name: str, start: int, end: int, affiliation: str = "") -> str:
        tail = national_tail(self.text, end, name)  # "(Persero) Tbk", "Pty. Ltd." (round 8)
        if tail:  # (the chunks inside the tail are no names of their own)
            self.claim(end, end + len(tail))
            name, end = name + tail, end + len(tail)
        based = _BASED_LEAD.match(name)
        if based and based.end() < len(name):  # "Kandy-based Centre for ...": the body after it
            start += based.end()
            name = name[based.end() :]
        day = date_lead(self.text, start, name)
        if day:  # "On Friday the Asian Development Bank", "On 16 October Acme Corp" (N18-04)
            start += day
            name = name[day:]
        board = BOARD_OF.match(name)
        if board and (" " in name[board.end() :] or name[board.end() :].isupper()):
            # "the Board of Directors of the AIIB approved": the bank acts.
            start += board.end()
            name = name[board.end() :]
        lead = re.match(
            r"(U\.S\.|US|UK|U\.K\.|EU|United States(?=\s+(?:Office|Department|Embassy|"
            r"Agency|Treasury|Trade Representative)\b))\s+(?=[A-Z])",
            name,
        )
        if lead and len(name.split()) > 2:
            code = self.gaz.names.get(lead.group(1), "")
            if code:
                self.state(code, lead.group(1), start, start + len(lead.group(1)))
                affiliation = affiliation or code
            if _OFFICE.match(name, lead.end()) and not _TREASURY.match(name, lead.end()):
                start += lead.end()  # not "US International Development Finance Corporation",
                name = name[lead.end() :]  # "U.S. Geological Survey" nor the Treasury's (golds 5/5)
        intl = is_international(name)
        key = f"org:{name.lower()}"
        if key not in self.found.actors:
            other_key = self.first(
                [f"a:{name}", f"i:{acronym_letters(name)}", f"u:{initials(name)}", f"p:{name}"],
                lambda _k, other: (
                    other.type not in {"person", "state"}
                    and (
                        name in other.aliases
                        or LEGAL_TAIL.sub("", other.name) == name  # "JERA" after "JERA Co."
                        or LEGAL_HEAD.sub("", other.name) == name  # "Bumi" after "PT Bumi"
                        or (acronym_like(name) and initials(other.name) == acronym_letters(name))
                        or (other.name.isupper() and initials(name) == other.name)
                        or (
                            acronym_like(other.name)
                            and initials(name) == acronym_letters(other.name)
                        )
                        or leading_part(name, other.name)
                    )
                ),
            )
            base = LEGAL_HEAD.sub("", LEGAL_TAIL.sub("", name))
            words = name.split()
            for n in (1, 2):  # "Ministry of Defence Malaysia" after "Ministry of Defence"
                if len(words) > n + 1 and self.country_of(" ".join(words[-n:])):
                    base = re.sub(r"\s+of(?:\s+the)?$", "", " ".join(words[:-n]))
                    break
            if not other_key and base != name and f"org:{base.lower()}" in self.found.actors:
                other_key = f"org:{base.lower()}"  # "JERA Co., Inc." after "JERA"
            if other_key:
                other = self.found.actors[other_key]
                key = other_key
                intl = intl or other.type == "international_organization"
                if (
                    (other.name.isupper() and not name.isupper())
                    or (acronym_like(other.name) and not acronym_like(name))
                    or other.name == base != name
                ):
                    other.aliases.append(other.name)
                    other.name = name
        actor = self._actor(key, "international_organization" if intl else "organization", name)
        if intl:
            actor.type = "international_organization"
        if affiliation and not actor.affiliation and not intl:
            actor.affiliation = affiliation
        actor.add(name, start, end)
        note(actor.why, self._kind_rule("org", "org.context"), name)
        self.index(key)
        self.found.mentions.append((start, end, key))
        for word in name.lower().split():
            if word in ORG_HEADS:
                self.last_org_by_head[word] = key
        self.last_org_by_head["_any"] = key
        return key

    def person(self, name: str, start: int, end: int, role: str = "", affiliation: str = "") -> str:
        if "\n" in name:  # "Ratu Josefa Vakaloloma\nSuva": a name ends at its line
            name = name.split("\n")[0].rstrip()
            end = start + len(name)
        if " of the " in role:  # "Prime Minister of the Independent State"
            role = STATE_FORM_TAIL.sub("", role)
        # "Kotka Marine Oy", "the watchdog X": a body; "the Marshall Plan", "the Rio Pongo": none
        if verdict := not_a_person(self.text, name, start, end, role):
            return self.org(name, start, end) if verdict == "org" else ""
        title = MALAY_TITLE_LEAD.match(name)
        if title and (title.group(1) or MALAY_TITLE_BEFORE.search(self.before(start, 8))):
            name, start = name[title.end() :], start + title.end()  # "Tan Sri X", "Dato' Sri X"
        lead = honorific_lead(name)
        if lead and not role:  # "Councillor X said": the style is the office
            role = style_office(name[:lead])
        name, start = name[lead:], start + lead  # "Eng. X", "Ir. X"
        key = self._person_key(name)
        actor = self._actor(key, "person", name)
        if " " not in actor.name and name.endswith(" " + actor.name):
            actor.aliases.append(actor.name)  # a headline's "Minister Hale's call", then "Ana Hale"
            actor.name = name
        if role and role_priority(role) > role_priority(actor.role):
            actor.role = role  # a function beats a bare rank seen first ("General X")
        if affiliation and not actor.affiliation:
            actor.affiliation = affiliation
        actor.add(name, start, end)
        note(actor.why, self._kind_rule("person", "person.speaks"), name, role)
        self.index(key)
        self.found.mentions.append((start, end, key))
        return key

    def _person_key(self, name: str) -> str:
        key = f"person:{name.lower()}"
        if key in self.found.actors:
            return key
        # "Sharif" after "Shehbaz Sharif", or a full name after a short one seen first.
        words = name.split()
        found = self.first(
            [f"w:{name}", f"n:{name}", *(f"n:{w}" for w in words)],
            lambda _k, actor: (
                actor.type == "person"
                and (name in actor.name.split() or actor.name in words or actor.name == name)
            ),
        )
        if not found and len(words) >= 2:
            # "Quesada Vargas" after "Mariela Quesada Vargas"; "K. Ansah-Mintah" (initials)
            # after "Kojo Ansah-Mintah".
            found = self.first(
                [f"w:{words[-1]}"],
                lambda _k, actor: actor.type == "person" and short_form_of(name, actor.name),
            )
        return found or key

    def place(self, name: str, start: int, end: int, country: str = "") -> None:
        if name.endswith(("'s", "’s")) and not name.startswith(("St", "Saint")):
            name, end = name[:-2], end - 2  # "Cerro Añaypata's concentrate" (not "St. John's")
        if " " in name and is_legal_form(name.rsplit(None, 1)[-1]):
            self.org(name, start, end)  # "by Serra Helicópteros SA": a firm, never a place
            return
        key = name.lower()
        place = self.found.places.get(key)
        if place is None:
            place = PlaceBuild(name, country)
            self.found.places[key] = place
        elif country and not place.country:
            place.country = country  # "Astana" first without a state, later "in Astana" with one
        if not place.evidence or place.evidence[-1] != (start, end):
            place.evidence.append((start, end))
        note(place.why, self._kind_rule("place", "place.gazetteer"), name)

    def alias(self, key: str, surface: str, start: int, end: int, rule: str = "") -> None:
        """A later short mention of a known actor ("the ministry", "Hashmi")."""
        actor = self.found.actors[key]
        actor.add(surface, start, end)
        note(actor.why, rule or self.rule, surface)

    def _kind_rule(self, kind: str, fallback: str) -> str:
        """The current rule when it is about this kind of thing, else what the rule implies."""
        if self.rule.startswith(kind + "."):
            return self.rule
        if kind == "org" and "title" in self.rule:
            return "org.in-title"
        if kind == "org" and "apposition" in self.rule:
            return "org.in-apposition"
        if kind == "place" and self.rule == "dateline":
            return "dateline"
        return fallback

    def _state_rule(self, code: str, surface: str) -> str:
        if self.rule in {"origin.adjective", "dateline"}:
            return self.rule
        word = surface.removesuffix("'s").removesuffix("’s")
        if self.gaz.capitals.get(word) == code:
            return "state.capital"
        if self.gaz.adjectives.get(word) == code and word not in self.gaz.names:
            return "state.demonym"
        return "state.name"


_OFFICE = re.compile(
    r"(?:Office|(?:State\s+)?Department|Embassy|Agency|Treasury|Trade Representative)\b"
)
_TREASURY = re.compile(r"Treasury\s+Department\b|Department\s+of\s+the\s+Treasury\b")  # r21


def note(why: list[tuple[str, str]], rule: str, surface: str, role: str = "") -> None:
    """Keep the first reason of each rule, a few at most."""
    if len(why) < MAX_REASONS and all(rule != known for known, _text in why):
        why.append((rule, explain(rule, surface, role)))
