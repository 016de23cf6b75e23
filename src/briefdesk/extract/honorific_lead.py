"""Honorifics written with a stop before a person's name ("Eng.", "Ir.", "Amb.", "Mhe.",
"Smt.", "Prof."), in any order and number ("Datuk Ir.", "Hon. Dr."): no part of the name.

Every rule that names a person passes through ``Resolver.person``; stripping there keeps the
name the same whichever rule found it (round 9)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.name_stops import HONORIFIC_STOPS
from briefdesk.extract.words import word_list

# Common honorifics the chunker already splits at their stop ("Mr." ends a run): stripped here
# too when a rule hands the resolver the whole "Hon. Dr. X".
_COMMON = frozenset({"Dr", "Hon", "Mr", "Mrs", "Ms", "Prof"})
_WORDS = "|".join(sorted(HONORIFIC_STOPS | _COMMON))
# Styles with no stop ("Councillor X", "Doña X", round 19): no part of the name either.
_STYLES = "|".join(sorted(word_list("name_styles")))
# (without a stop too for the common ones, as British usage writes them: "Ms Selma Iipinge")
_LEAD = re.compile(
    r"^(?:(?:" + _WORDS + r")\.\s+|(?:Dr|Mr|Mrs|Ms|Prof|" + _STYLES + r")\s+"
    r"|\((?:Dr|Prof)\.\)\s+)+(?=[A-Z])"
)


def honorific_lead(name: str) -> int:
    """How many characters of ``name`` are honorifics before the name (0 when none, or when
    nothing would be left)."""
    match = _LEAD.match(name)
    if not match or match.end() >= len(name):
        return 0
    return match.end()


# Styles that are also an office: when no rule found a role, the style is all there is.
_OFFICE_STYLES = {"cllr": "Councillor", "councillor": "Councillor", "councilor": "Councilor"}


def style_office(lead: str) -> str:
    """The office a stripped lead names ("Councillor X" is a councillor), or ""."""
    for word in lead.replace(".", " ").split():
        if word.lower() in _OFFICE_STYLES:
            return _OFFICE_STYLES[word.lower()]
    return ""
