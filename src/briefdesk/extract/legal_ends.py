"""A firm's name read on to the legal form after it (moved out of ``cues_orgs`` in round 13):
"Sanwa Metals Trading Co., Ltd.", "Petróleos de Venezuela, S.A.", "Minera X, S.R.L.",
"Himalayan Civil Works Pvt. Ltd.", "Kestrel d.d." — the chunk stops at the stop or the comma."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver

# A second legal form after a name's first, or one set off by a comma: "Co., Ltd.",
# "Co. Ltd", ", S.A.", "Pte. Ltd." — the chunk stops at the stop or the comma.
_LEGAL_MORE = re.compile(
    r"(?:\.,?|,)?[ \t]+(?:Ltd|Limited|S\.A\.S|S\.A\.A|S\.A\.C|S\.A|S\.R\.L|S\.L|I\.P|LLC|PLC|"
    r"Pte\.?[ \t]+Ltd|Inc|GmbH|AG|N\.V|B\.V|DMCC|FZE|FZCO|JSC|Tbk|Sdn\.?[ \t]+Bhd|Bhd)\b\.?"
)
# (Iceland's "hf." and "ehf.": round 26, fresh-18 W20, fresh-23 B22 cut the name before them.)
_LOWER_FORMS = re.compile(
    r",?[ \t]+(?:s\.r\.o|a\.s|d\.o\.o|d\.d|a\.d|s\.p\.a|s\.r\.l|sp\. z o\.o|e?hf)\.?(?!\w)"
)
# A two-word form written with stops keeps its last one: "X Pte. Ltd. (SMM)" (round 16).
_STOPPED_PAIR = re.compile(r"\b(?:Pvt|Pte|Sdn)\.[ \t]+(?:Ltd|Limited|Bhd)$")
_FIRST_FORMS = frozenset({"co", "corp", "company", "inc", "pte", "pvt", "sdn"})


def legal_end(res: Resolver, name: str, end: int) -> str:
    """ "Sanwa Metals Trading Co" -> "Sanwa Metals Trading Co., Ltd.", "Petróleos de
    Venezuela" -> "Petróleos de Venezuela, S.A.": the name with the legal form after it."""
    after = res.text[end : end + 16]
    if not after or after[0] not in ". ,":
        return name
    if after[0] == "." and _STOPPED_PAIR.search(name):
        return name + "."
    lower_form = _LOWER_FORMS.match(res.text, end)
    if lower_form:  # "MDV Slovakia s.r.o.", "Kestrel d.o.o."
        return name + lower_form.group()
    last = name.rsplit(None, 1)[-1].lower().rstrip(".")
    if last not in _FIRST_FORMS and not after.startswith(", "):
        return name
    more = _LEGAL_MORE.match(res.text, end)
    if not more or (last not in _FIRST_FORMS and not after.startswith(", S.A")):
        return name
    return name + more.group()
