"""Component: a signatory's state from the side the text says they signed for (round 12).

"Ambassador X signed for Japan", "X, the finance secretary, signed the agreement on behalf of
the Government of Nepal", "X signed for Dakar" (a capital stands for its state), and the
elliptical second signatory: "X signed for Japan and Foreign Minister Y for Tajikistan". Fills
only people the other rules left without a state and affiliation; never for a body's side ("for
the company", "on behalf of the Ministry"): only a state or its capital counts.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver, note

# After the name (and an apposition set off by commas): "signed [the agreement] for <Side>".
_SIGNED_FOR = re.compile(
    r"^(?:,[^,.;]{1,90},)?\s+(?:who\s+)?sign(?:ed|s)(?:\s+(?!for\b)[a-z]+){0,3}\s+"
    r"(?:for|on\s+behalf\s+of)\s+(?:the\s+(?:[Gg]overnment\s+of\s+(?:the\s+)?)?)?"
    r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})"
)
# The second of a pair: "... signed for Japan and Foreign Minister Y for Tajikistan".
_AND_FOR = re.compile(r"^\s+for\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})")
_SIGNED_BEFORE = re.compile(r"\bsigned\s+for\s+[A-Z][^.;]{0,40}\band\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")


def signatories(res: Resolver) -> None:
    """Give signatories the state they signed for (see the module's docstring)."""
    if "sign" not in res.text:
        return
    for person in res.found.actors.values():
        if person.type != "person" or person.country or person.affiliation or not person.evidence:
            continue
        for start, end in sorted(person.evidence):
            code = _side(res, start, end)
            if code:
                person.country = code
                person.affiliation = res.affiliation_name(code)
                note(person.why, "person.country-signed-for", res.affiliation_name(code))
                break


def _side(res: Resolver, start: int, end: int) -> str:
    after = res.after(end, 160)
    match = _SIGNED_FOR.match(after)
    if not match and _SIGNED_BEFORE.search(res.before(start, 90)):
        match = _AND_FOR.match(after)
    if not match:
        return ""
    words = match.group(1).split()
    for size in range(len(words), 0, -1):  # "Japan and": the state's own words only
        side = " ".join(words[:size])
        code = res.country_of(side) or res.gaz.capitals.get(side, "")
        if code:
            return code
    return ""
