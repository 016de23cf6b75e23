"""Component: a company announcement's officers belong to its issuer (newcomer14 N14-29).

An exchange announcement or a company's release is written by one company, the issuer: it
defines itself as "the Company" ('Tallis Lithium Limited ("Tallis" or "the Company")') or heads
the page with its name and ticker ("TALLIS LITHIUM LIMITED (ASX: TLL)"). Its officers are then
named with a bare post ("Fiona Carrow, Managing Director"; "Company Secretary" under a name):
the post is the issuer's, so a person whose only role is a company office, and who has no
affiliation, is the issuer's officer. Another firm's officer is named with that firm ("X, chief
executive of Y"), which gives an affiliation first.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import ActorBuild, Resolver, note
from briefdesk.extract.words import word_list

_OFFICES = word_list("company_offices")
# "(ASX: TLL)", "(NYSE: ABC)", "(LSE:XYZ)": a ticker on a header line of its own.
_TICKER_LINE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][^\n(]{2,80}?)[ \t]*\((?:ASX|NYSE|NASDAQ|LSE|TSX|TSX-V|JSE|NZX|SGX|"
    r"HKEX|AIM)[ \t]*:[ \t]*[A-Z0-9.]{1,8}\)[ \t]*$",
    re.M,
)
_DEFINED = re.compile(r"[\"“](?:the\s+)?Company[\"”]")
_HEADER = 600  # the header's ticker line stands in the first characters
_SPLIT = re.compile(r"\s+(?:and|&)\s+|\s*/\s*|,\s+")


def issuer_officers(res: Resolver) -> None:
    """Give the issuer's officers their affiliation (see the module)."""
    text = res.text
    if "Company" not in text and ":" not in text[:_HEADER]:
        return
    issuer = _issuer(res)
    if issuer is None:
        return
    _cased(res, issuer)
    for actor in res.found.actors.values():
        if actor.type == "person" and not actor.affiliation and _office(actor.role):
            actor.affiliation = issuer.name
            note(actor.why, "person.issuer-officer", issuer.name)


def _issuer(res: Resolver) -> ActorBuild | None:
    """The company the text defines as "the Company", else the one its header tags."""
    orgs = [a for a in res.found.actors.values() if a.type == "organization"]
    if _DEFINED.search(res.text):
        held = [a for a in orgs if "Company" in a.aliases or "the Company" in a.aliases]
        if len(held) == 1:
            return held[0]
    line = _TICKER_LINE.search(res.text, 0, _HEADER)
    if line:
        name = line.group("name").strip().lower()
        named = [a for a in orgs if a.name.lower() == name]
        if len(named) == 1:
            return named[0]
    return None


def _cased(res: Resolver, issuer: ActorBuild) -> None:
    """The issuer's name as its body text writes it, not as the header shouts it ("TALLIS
    LITHIUM LIMITED" over "Tallis Lithium Limited ("Tallis" or "the Company")")."""
    if not issuer.name.isupper():
        return
    for start, end in issuer.evidence:
        said = res.text[start:end]
        if said.lower() == issuer.name.lower() and not said.isupper():
            issuer.aliases = [a for a in issuer.aliases if a != said]
            issuer.name = said
            return


def _office(role: str) -> bool:
    """A company office, alone or joined ("Managing Director", "Chairman and CEO")."""
    parts = [p for p in _SPLIT.split(role.lower().strip()) if p]
    return bool(parts) and all(p in _OFFICES for p in parts)
