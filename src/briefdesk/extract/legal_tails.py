"""Legal forms that stand apart from the capitalised run of a firm's name (round 6): a
bracketed part ("Drakensberg Process Engineering (Pty) Ltd", "(Pvt) Ltd", "(Private)
Limited") and a name that goes on after a lower-case particle to its legal form ("Obras
Andinas del Sur S.A.C.", "Construtora do Norte Ltda"). The chunk ends at the bracket or the
particle; these read on to the form."""

from __future__ import annotations

import re

from briefdesk.extract.vocab import CASED_LEGAL_FORMS, is_legal_form


def ends_in_form(words: list[str]) -> bool:
    """ "Halvard Maritime AS", "Lusail Power Contracting W.L.L.": a legal form ends the run (a
    dotted one is a form whatever its case)."""
    last = words[-1]
    return len(words) > 1 and (last in CASED_LEGAL_FORMS or ("." in last and is_legal_form(last)))


_BRACKETED = re.compile(r"[ \t]+\((?:Pty|Pvt|Private|Proprietary)\)[ \t]+(?:Ltd|Limited)\b\.?")
_PARTICLE_FORM = re.compile(
    r"[ \t]+(?:del|de|da|do|dos|das|di|du|des)[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
    r",?[ \t]+(?:S\.A\.C\.?|S\.A\.S\.?|S\.A\.|S\.A\b|SAC\b|Ltda\b\.?|Lda\b\.?|S\.R\.L\.?|"
    r"S\.p\.A\.?|SpA\b|SARL\b|S\.L\.?|GmbH\b|EIRL\b)"
)


def legal_tail(text: str, end: int) -> str:
    """The rest of a firm's name after its chunk ends at ``end`` (" (Pty) Ltd", " del Sur
    S.A.C."), or ""."""
    if text[end : end + 1] not in {" ", "\t"}:
        return ""
    match = _BRACKETED.match(text, end) or _PARTICLE_FORM.match(text, end)
    return match.group() if match else ""


_BEFORE_PARTICLE = re.compile(
    r"(?:^|[^\w'’-])([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]+"
    r"(?:del|de|da|do|dos|das|di|du|des)[ \t]+$"
)


def particle_head(text: str, start: int) -> int:
    """Where a firm's name begins when its legal form's chunk at ``start`` follows a
    lower-case particle ("Obras Andinas del | Sur S.A.C."), or 0."""
    before = text[max(0, start - 60) : start]
    match = _BEFORE_PARTICLE.search(before)
    return start - len(before) + match.start(1) if match else 0
