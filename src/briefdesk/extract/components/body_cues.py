"""Component: a person's state from the words the text puts round their body (round 10).

"Tran Ha, head of defence markets of Aeronaves do Sul" says nothing of a state, but the text
wrote "Brazilian manufacturer Aeronaves do Sul" a paragraph before. For a person still without
a country whose role or affiliation names a body the text found, read round that body's
mentions:

- a state before it: "Brazilian manufacturer X", "Korea's X", "the Chinese company X";
- a city before it: "Istanbul-based builder X" (not "London-listed X": a market, not a home);
- a state after it: "X, the Congolese copper producer";
- where the person's own phrase places it: "an analyst at X in Taipei", "of X of Bergen".

Only when every cue names the same state; the body itself is left to the organisation rules.
With no cue, a legal form only one state writes (round 12, ``legal_forms``): "Sdn Bhd", "Oyj".

First, a short name's full name: "executive vice-president of Hanseong" after "South Korea's
Hanseong Defense Systems" — the short name may be the full name's first words, one of its
short forms or its initials, and every such body must be placed in the same state.
Runs after the other person-country rules and before the lead rule.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.legal_forms import legal_form_state
from briefdesk.extract.resolver import ActorBuild, Resolver, note

_BODIES = frozenset({"organization", "international_organization"})
# A bank of many states ("the IMF's mission chief for Egypt") speaks for none.
# A capitalised word or two (a state, its adjective, a city), maybe "-based", then up to three
# lower-case words, right before the body.
_BEFORE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)(?:['’]s|-(?:based|registered|headquartered))?"
    r"\s+(?:[a-z][\w-]*\s+){0,3}$"
)
_AFTER_STATE = re.compile(r"^(?:\s\([^)]{1,12}\))?,\s+(?:the|a|an)\s+([A-Z][a-z]+)\s+[a-z]")
_AFTER_CITY = re.compile(
    r"^(?:\s\([^)]{1,12}\))?,?\s+(?:in|of|based\s+in)\s+"
    r"([A-Z][\w'’-]*(?:\s(?:es\s|de\s|do\s|da\s)?[A-Z][\w'’-]*){0,2})(?=[,.;\s]|$)"
)
_CITY_PEOPLE = 200_000
_NOT_NOUNS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "its", "of", "on", "or"}
    | {"said", "says", "signed", "the", "their", "to", "with", "will", "was", "is"}
)


def body_states(res: Resolver) -> None:
    """A short body name's full name first ("Hanseong" for "Hanseong Defense Systems"), then
    the words round the body."""
    body_short_names(res)
    body_cues(res)


def body_cues(res: Resolver) -> None:
    """Give people the state the text puts round their body (see the module's docstring)."""
    people = [
        a
        for a in res.found.actors.values()
        if a.type == "person" and not a.country and (a.role or a.affiliation)
    ]
    if not people:
        return
    bodies = [a for a in res.found.actors.values() if a.type in _BODIES and a.evidence]
    for person in people:
        body = _body_of(person, bodies)
        if body is None or body.type != "organization":
            continue
        code = body.country or _cue_state(res, body)
        rule = "person.country-of-body"
        if not code and legal_form_state(body.name):
            code, rule = legal_form_state(body.name), "person.country-legal-form"
        if code:
            person.country = code
            person.affiliation = person.affiliation or body.name
            note(person.why, rule, body.name)


def _body_of(person: ActorBuild, bodies: list[ActorBuild]) -> ActorBuild | None:
    """The longest body named in the person's affiliation or role."""
    said = f"{person.affiliation} | {person.role}"
    best: ActorBuild | None = None
    for body in bodies:
        for name in (body.name, *body.aliases):
            if len(name) > 2 and name in said and (best is None or len(name) > len(best.name)):
                best = body
    return best


def _cue_state(res: Resolver, body: ActorBuild) -> str:
    codes = set()
    for start, end in body.evidence:
        before = res.before(start, 60)
        lead = _BEFORE.search(before) if before.endswith(" ") else None
        if lead and _describes(res, lead):
            codes.add(res.country_of(lead.group(1)) or _city_code(res, lead.group(1)))
        after = res.after(end, 80)
        state = _AFTER_STATE.match(after)
        if state:
            codes.add(res.country_of(state.group(1)))
        city = _AFTER_CITY.match(after) if before.endswith((" at ", " of ", " with ")) else None
        if city:
            codes.add(res.country_of(city.group(1)) or _city_code(res, city.group(1)))
    codes.discard("")
    return next(iter(codes)) if len(codes) == 1 else ""


def _describes(res: Resolver, lead: re.Match[str]) -> bool:
    """ "Brazilian manufacturer X", "Korea's X": not "Kazakhstan and X" (a list)."""
    gap = lead.group().split()[len(lead.group(1).split()) :]
    if set(gap) & _NOT_NOUNS:
        return False
    return (
        bool(gap)
        or lead.group().rstrip().endswith(("s", "d"))
        or lead.group(1) in res.gaz.adjectives
    )


def _city_code(res: Resolver, name: str) -> str:
    code = res.gaz.capitals.get(name, "")
    if not code and name in res.gaz.cities and not is_common_word(name):
        city_code, people = res.gaz.cities[name]
        code = city_code if people >= _CITY_PEOPLE else ""
    return code


def body_short_names(res: Resolver) -> None:
    """Give people tied to a body's short name the state of its full name (see above)."""
    people = [
        a
        for a in res.found.actors.values()
        if a.type == "person" and a.affiliation and not a.country
    ]
    if not people:
        return
    bodies = [a for a in res.found.actors.values() if a.type in _BODIES]
    for person in people:
        short = person.affiliation
        longer = [b for b in bodies if b.name != short and _shortens(short, b)]
        codes = {b.country or legal_form_state(b.name) for b in longer}
        if len(codes) != 1 or "" in codes:
            continue
        person.country = next(iter(codes))
        if len(longer) == 1:
            person.affiliation = longer[0].name
        note(person.why, "person.country-of-body", longer[0].name)


def _shortens(short: str, body: ActorBuild) -> bool:
    """Whether ``short`` is the first words, a short form or the initials of ``body``."""
    if body.name.startswith(short + " ") or short in body.aliases:
        return True
    if not (2 <= len(short) <= 6 and short.isupper()):
        return False
    initials = "".join(w[0] for w in body.name.split() if w[:1].isupper())
    return initials == short
