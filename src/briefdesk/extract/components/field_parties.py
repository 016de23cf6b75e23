"""Component: the name in a notice's party field is an organisation (round 15).

Award notices, filings and fact boxes name the sides in labelled fields, one a line:
"Awarded to: Zambeze Montagens Eléctricas, Lda., Tete, Mozambique", "Purchaser: PT X Lines,
a company incorporated in Indonesia", or a label alone with the name on the next line ("V.2.3)
Name and address of the contractor" / "Jan De Maas Dredging NV"). The chunk rules read such a
name badly: a firm with no cue word is not found, "X Road and Bridge Engineering Co., Ltd" is
cut at its "and", a Portuguese "E.P." or "Lda." ends nothing they know. The label says what the
field holds, so the field's name — its first comma part, with the legal forms set off by commas
("Co., Ltd", ", S.A.") and without a bracketed country — is one organisation, claimed before the
chunk rules run. A bracketed or trailing state ("(China)", ", Nanjing, China") is its home. A
field that is not a capitalised name ("To be announced", "Not awarded"), a state's name, its
government ("Government of Sri Lanka": the state), a body of a state ("Ministry of Defence of
Latvia", which the chunk rules split) or a person after an honorific is left alone,
and so is a one-word short form ("Customer: VNSC"): the acronym rules tie it to its full name.
A field's name the text gave before (the story over a fact box) is left to the rules that read
it there, and proposed after them (``late_field_parties``) only when they read nothing at the
field. A notice signed "For <body>" over its signatory ("For Electricidade de Moçambique, E.P."
/ "Eng. X Y") names the body it is issued by the same way, when the name ends in a legal form or
holds a body's head word ("Authority", "Company"), even when named before (its body is often
written in a form the chunk rules miss).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import HONORIFICS, LEGAL_SUFFIXES, ORG_HEADS
from briefdesk.extract.notice_labels import field_span, labels
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import NAME_PARTICLES

_MAX_WORDS = 12
# Lower-case words a firm's name may hold between its capitalised ones.
_JOINERS = frozenset({"and", "&", "of", "for", "the", "on", "e", "et"}) | NAME_PARTICLES
_BRACKET = re.compile(r"[ \t]*\(([^()]{2,40})\)")
_WORD = re.compile(r"[^\s,]+")
_OF = re.compile(r"\sof\s+")
_OF_STATE = re.compile(r"^(?:the\s+)?(?:(?:Republic|Kingdom)\s+of\s+(?:the\s+)?)?")
_STATE_FORM = re.compile(
    r"(?:the\s+)?(?:Government|Republic|Kingdom|State|Federal\s+Republic|Federation)\s+of\s+"
    r"(?:the\s+)?(.+)$",
    re.IGNORECASE,
)
# A sign-off line over a signatory: "For X", "For and on behalf of the X".
_FOR = re.compile(
    r"^[ \t]*For[ \t]+(?:and[ \t]+on[ \t]+behalf[ \t]+of[ \t]+)?(?:the[ \t]+)?(?=[A-Z])"
    r"([^\n:]{3,100})\n[ \t]*[A-Z]",
    re.MULTILINE,
)


def field_parties(res: Resolver) -> None:
    """Make the name in each party field an organisation (see the module)."""
    text = res.text
    if ":" not in text and "\n" not in text:
        return
    for match in labels(text):
        start, end = field_span(text, match)
        if start < end:
            _field(res, start, end, late=False)
    if "For " in text:
        for match in _FOR.finditer(text):
            if _body_name(match.group(1)):
                _field(res, *match.span(1), late=None)


def late_field_parties(res: Resolver) -> None:
    """After the chunk rules: a field's name told before the field (left to those rules) that
    they read nowhere at the field ("Buyer: Kalashnikov Concern") is proposed now."""
    text = res.text
    if ":" not in text:
        return
    for match in labels(text):
        start, end = field_span(text, match)
        if start < end and not any(s < end and start < e for s, e, _k in res.found.mentions):
            _field(res, start, end, late=True)


def _field(res: Resolver, start: int, end: int, late: bool | None) -> None:
    """Propose the field's name; ``late``: the pass after the chunk rules (None: a sign-off,
    read early whatever came before it)."""
    line = res.text[start:end]
    lead = len(line) - len(line.lstrip(" \t*"))
    home = ""
    for bracket in _BRACKET.finditer(line):  # "X Co., Ltd (China)": the name ends before it
        home = res.gaz.names.get(bracket.group(1).strip(), "")
        if home:
            line = line[: bracket.start()]
            break
    parts = line[lead:].rstrip().split(",")
    name, joined = parts[0], True
    for part in parts[1:]:  # "Co., Ltd", ", S.A.", ", Lda.": the legal form is the name's
        joined = joined and _legal_form(part)
        if joined:
            name += "," + part
        else:
            home = home or res.gaz.names.get(part.strip().rstrip("."), "")
    name = name.rstrip(" \t;")
    begin = start + lead
    if not _is_name(res, name) or res.claimed(begin, begin + len(name)):
        return
    if late is not None and late != (res.text.find(name, 0, begin) >= 0):
        return  # named before ("PT X Tbk (XLN)" over a fact box): the chunk rules read it first
    res.org(name, begin, begin + len(name), home)
    res.claim(begin, begin + len(name))


def _body_name(name: str) -> bool:
    """Whether a sign-off's name reads as a body's: a legal form or a head word ends it."""
    parts = name.split(",")
    words = [w.lower().rstrip(".") for w in name.replace(",", " ").split()]
    return (len(parts) > 1 and _legal_form(parts[-1])) or any(w in ORG_HEADS for w in words)


def _legal_form(part: str) -> bool:
    """Whether a comma part is a legal form ("Ltd", "S.A.", "E.P.", "Lda.")."""
    words = part.split()
    return 0 < len(words) <= 2 and all(
        w.lower().rstrip(".") in LEGAL_SUFFIXES or w.lower() in LEGAL_SUFFIXES for w in words
    )


def _is_name(res: Resolver, name: str) -> bool:
    """A capitalised name of at most twelve words, not a state's and not a titled person's."""
    words = _WORD.findall(name)
    if not words or len(words) > _MAX_WORDS or not words[0][0].isupper():
        return False
    if res.gaz.names.get(name) or words[0].rstrip(".").lower() in HONORIFICS:
        return False
    state_form = _STATE_FORM.match(name)
    if state_form and res.gaz.names.get(state_form.group(1)):
        return False  # "Government of Sri Lanka", "Republic of Ghana": the state
    if any(res.gaz.names.get(_OF_STATE.sub("", name[m.end() :])) for m in _OF.finditer(name)):
        return False  # "Ministry of Defence of the Republic of Latvia": the chunk rules' own
    if len(words) == 1 and (name.isupper() or f"({name})" in res.text):
        return False  # "VNSC": a short form the acronym rules tie to its name
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _JOINERS for w in words)
