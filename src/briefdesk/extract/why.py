"""Rule ids and the plain words that explain them: every suggestion says why it was made.

A rule id is stable (``"person.title-before-name"``); the text is one line for the user with the
words that triggered the rule ("title before a name: 'Defence Minister'").
"""

from __future__ import annotations

# rule id -> template; {s} is the words of the mention, {role} the role found with it.
TEXTS: dict[str, str] = {
    "dateline": "named in the dateline: {s!r}",
    "dateline.agency": "news agency in the dateline: {s!r}",
    "origin.adjective": "origin adjective: {s!r}",
    "place.based-in": "'-based' names where a company sits: {s!r}",
    "person.byline": "named in a byline or credit: {s!r}",
    "person.speaker-label": "a speaker's label at the start of a transcript's turn: {s!r}",
    "person.attendance": "listed under a meeting's attendance heading: {s!r}",
    "person.roster-line": "a list's line: the name, then the post in its own cell: {s!r}",
    "person.office-line": "named on the letterhead line of the office held: {s!r}",
    "person.family-capitals": "given names, then the family name in capitals: {s!r}",
    "person.counterpart": "a counterpart holds the same title: {role!r}",
    "person.contact": "the contact of a press release: {role!r}",
    "person.honorific": "honorific before a name: {s!r}",
    "person.title-before-name": "title before a name: {role!r}",
    "person.title-to-country": "title ending in a country before a name: {role!r}",
    "person.late-title": "title before the name and its honorifics: {s!r}",
    "person.country-of-body": "country of the body the text ties the person to: {s!r}",
    "person.country-counterpart": "the other side of a meeting with a counterpart: {s!r}",
    "person.country-signed-for": "signed for the state: {s!r}",
    "person.country-nationality": "the entry's nationality field: {s!r}",
    "person.designation-entry": "a listed person's entry, family name first: {s!r}",
    "person.country-legal-form": "the legal form of the person's company names one state: {s!r}",
    "person.country-delegation": "a member of the delegation the text gives a state: {s!r}",
    "person.country-lead": "a bare government post in a text whose lead names one state: {s!r}",
    "person.country-issuer": (
        "a bare government post in an official text whose letterhead names one state: {s!r}"
    ),
    "person.country-titled": "the text writes the same post with a state elsewhere: {s!r}",
    "person.country-block": (
        "a bare government post in a paragraph that names one state, the text's most named: {s!r}"
    ),
    "person.title-comma-name": "title, then the name in commas: {role!r}",
    "person.rank-before-name": "rank or honorific before the name, not part of it: {s!r}",
    "person.role-comma-name": "title or body, a comma, then the name: {role!r}",
    "org.not-a-person": "a body where a person's name might stand: {s!r}",
    "person.possessed-title": "a state's or body's title, a comma, then the name: {role!r}",
    "person.moved": "a people-moves line: joined, moved or is new as {role!r}",
    "person.title-then-name": "title, then the name after a comma: {role!r}",
    "person.name-of-body": "name followed by 'of' and a body: {s!r}",
    "person.apposition": "role in an apposition after the name: {role!r}",
    "person.role-before-name": "role before the name: {role!r}",
    "person.appointed-as": "appointed to an office ('as ...'): {role!r}",
    "person.speaks": "a name next to a speech verb: {s!r}",
    "person.leader-possessive": "a name that owns a cabinet or government: {s!r}",
    "person.given-name": "starts with a known given name: {s!r}",
    "org.legal-form": "business name (ampersand or legal form): {s!r}",
    "org.shares-of": "company whose shares are named: {s!r}",
    "org.international": "known international organisation: {s!r}",
    "org.head-word": "organisation head word in the name: {s!r}",
    "org.facility": "a fund named a facility or an investment framework: {s!r}",
    "org.interview-label": "an interviewer's label, the outlet's initials: {s!r}",
    "org.short-head": "short form of an organisation named before: {s!r}",
    "org.in-title": "organisation before a title: {s!r}",
    "org.in-apposition": "organisation in a person's apposition: {s!r}",
    "org.country-brand": "company named after a country: {s!r}",
    "org.context": "words around the name mark a company: {s!r}",
    "org.goods-from": "the seller named after the goods of a purchase ('... boats from X'): {s!r}",
    "org.acronym-defined": "a name that spells the acronym in brackets after it: {s!r}",
    "org.defined-party": "a party a formal document defines a term for in brackets: {s!r}",
    "org.remit-list": "a body named by its remit, read to the end of the list: {s!r}",
    "org.masthead": "publication named in a header or credit line: {s!r}",
    "org.foreign-name": "organisation named in another language ('Banco', 'Ministère'): {s!r}",
    "org.acronym": "short form given in brackets: {s!r}",
    "org.the-head": "'the ministry', 'the bank': the last one named: {s!r}",
    "org.office": "an office named as a body ('the Attorney General'): {s!r}",
    "org.state-body": "a body named with its state at the end: {s!r}",
    "alias.short-form": "short form of a name seen before: {s!r}",
    "person.signature-block": "a name on its line above a post, as a document is signed: {s!r}",
    "alias.defined-term": "term the document defines for this party in brackets: {s!r}",
    "place.shape": "place word in the name: {s!r}",
    "place.after-legal-form": "town after a company's name ('of'): {s!r}",
    "place.works-town": "town of a works or plant: {s!r}",
    "place.site": "a named site: {s!r}",
    "place.project-title": "a known town opening a project's title: {s!r}",
    "place.section-town": "a city alone on its line, heading a section: {s!r}",
    "place.landmark": "a building or hill named by its last word: {s!r}",
    "place.titled-site": "a road, bridge, dam or reef named with a capital on its noun: {s!r}",
    "place.in-a-list": "in a list with a place: {s!r}",
    "place.body-town": "a town alone after 'in', 'near' or 'a depot at', named like a body: {s!r}",
    "place.state-in-name": "a town or region whose name holds a state's: {s!r}",
    "place.owned-site": "a body's site named by its place: {s!r}",
    "place.byline-town": "the town a byline is filed from: {s!r}",
    "place.dwellers-of": "where people or villages are 'of': {s!r}",
    "place.seat": "the seat a member of parliament sits for: {s!r}",
    "org.table-cell": "a name in a table's buyer or seller column: {s!r}",
    "org.source-note": "the outlet a translation note names: {s!r}",
    "org.press-question": "the outlet of a reporter asking a question: {s!r}",
    "place.region": "a region named as one: {s!r}",
    "place.capital": "capital as a place: {s!r}",
    "place.gazetteer": "known city or province: {s!r}",
    "place.named-before": "named as a place earlier in the text: {s!r}",
    "place.listed-town": "in a list of known places: {s!r}",
    "place.described": "said to be near a place, a mine or a town: {s!r}",
    "place.address": "part of an address line: {s!r}",
    "place.route-end": "the end of a route from a known place: {s!r}",
    "place.firm-town": "a city's possessive before a firm's name: {s!r}",
    "place.after-place": "region after a place and a comma: {s!r}",
    "place.after-locative": "after 'in', 'at' or 'near': {s!r}",
    "place.route": "towns joined by a dash (a road, a line): {s!r}",
    "state.name": "country named: {s!r}",
    "state.demonym": "adjective of a country: {s!r}",
    "state.capital": "capital standing for its government: {s!r}",
    "deal.unpriced": "an order or contract stated without a price, with its own parties",
    "deal.financing": "a loan that pays for a purchase told beside it",
}
MAX_REASONS = 4


def explain(rule: str, surface: str, role: str = "") -> str:
    """The plain-words line for ``rule`` with the words that triggered it."""
    template = TEXTS.get(rule)
    if template is None:
        return f"{rule.replace('.', ': ').replace('-', ' ')}: {surface!r}"
    return template.format(s=surface, role=role or surface)
