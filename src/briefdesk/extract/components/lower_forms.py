"""Component: a capitalised run right before a legal form written in lower case is a firm
(round 13): "Termoinženiring d.d. from Velenje", "JEK2 Projekt d.o.o. last year", "Morava
Namenska a.d. of Kruševac". The form is the cue even when nothing else in the sentence names
a business; the firm is named with its form, as the golds write it."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.resolver import Resolver

_FORM = re.compile(
    r"[ \t]+(?:d\.o\.o|d\.d|a\.d|s\.r\.o|a\.s|s\.p\.a|s\.r\.l|sp\. z o\.o|e?hf)\.?(?!\w)"
)
# Iceland's "hf." and "ehf." (round 26: "Jökulafl hf.", "Eyrarfell ehf." in fresh-18 and fresh-23
# were cut before the form or missed).
_ICELANDIC = (" hf", " ehf")

_OF_TOWN = re.compile(r"[ \t]+of[ \t]+([A-Z][\w'’-]+)(?![\w'’-]*[ \t]+[A-Z])")


def _after_origin(res: Resolver, start: int) -> bool:
    """ "Czech maker X", "Slovak firm X": a state's adjective in the two words before."""
    before = res.text[max(0, start - 40) : start].split()[-2:]
    return any(res.country_of(word) for word in before)


def lower_form_firm(res: Resolver, v: View) -> str:
    """CLAIM the run with its lower-case legal form as a firm; NEXT otherwise."""
    end = v.chunk.end
    if (
        res.text[end + 2 : end + 3] != "."
        and res.text[end + 2 : end + 4] != "p."
        and not res.text.startswith(_ICELANDIC, end)
    ):
        return NEXT  # the cheap test: " d.", " a.", " s.", " sp.", " hf", " ehf"
    form = _FORM.match(res.text, end)
    if not form or res.country_of(v.words[-1]) or v.words[0].lower() in {"the", "a", "an"}:
        return NEXT  # ("Danubia Slovakia s.r.o.": the rules for a state in a firm's name)
    if res.text.startswith(" (", form.end()) or _after_origin(res, v.chunk.start):
        return NEXT  # "Czech maker X a.s. (MDX)": the rules for origins and short forms read it
    res.rule = "org.legal-form"
    res.org(v.bare + form.group(), v.chunk.start, form.end())
    town = _OF_TOWN.match(res.text, form.end())
    if town and not res.country_of(town.group(1)):  # "a.d. of Kruševac": where it sits
        res.rule = "place.after-legal-form"
        res.place(town.group(1), town.start(1), town.end(1))
        res.claim(town.start(1), town.end(1))
    return CLAIM
