"""Component: people listed after a label, one item between semicolons (round 20).

Awards, rulings and readouts list a panel, counsel or a delegation on one line: "Tribunal:
Professor X, President; Y SAN, arbitrator appointed by the Claimants; Maître Z, arbitrator
appointed by the Respondent.", "Counsel: Mr. A, SC, for the Applicant; Ms. B, Principal State
Counsel, for the Respondent", "Also present were Ms. C, Principal Secretary for Foreign Affairs;
Mr. D, Chief Executive Officer of the SFA; and ...". The sentence rules see a run of names and
commas; the layout says each item is a person and the words after the name's comma (or in its
bracket) the post. An item counts only with an honorific, a post-nominal or a post, and a post
only when it is capitalised or holds a title word ("for the Applicant" is no post: counsel's
list gives "counsel").
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import LEGAL_SUFFIXES, ORG_HEADS, ROLE_HEADS, TITLE_WORDS
from briefdesk.extract.resolver import Resolver

_LIST = re.compile(
    r"(?:^|(?<=\n)|(?<=[.:]\s))(?P<label>Tribunal|Counsel|Panel|Delegation|Arbitrators|"
    r"Also present were|Present were|Also present|Also attending were)\s*:?\s+"
    r"(?P<items>[^\n;]+(?:;[^\n;]+)+)"
)
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor|Maître|Me|H\.\s?E\.|Hon|Justice|Judge)\.?\s+)"
_ITEM = re.compile(
    rf"\s*(?:and\s+)?(?P<hon>{_HONORIFIC}+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]+|de|da|van|von|bin|al)){1,4}?)"
    # (the name ends at a comma, a bracket, "for", a post-nominal or the item's end)
    r"(?=\s*(?:[,(]|$)|\s+for\s|\s+(?:SAN|SC|QC|KC|MP|P\.C\.)(?:\W|$))"
    r"(?:,?\s+(?P<post>SAN|SC|QC|KC|MP|P\.C\.))?"
    r"(?:\s*,\s*(?P<title>[^,;()]{2,80})|\s*\((?P<bracket>[^,;()]{2,60})[,)])?"
)
# Labels that are the post of every item of their list without one of its own.
_LABEL_ROLES = {"Counsel": "counsel"}


def label_lists(res: Resolver) -> None:
    """Propose each person of a label's semicolon list with the post the item gives."""
    text = res.text
    if ";" not in text:
        return
    for found in _LIST.finditer(text):
        label = found.group("label")
        at = found.start("items")
        for item in found.group("items").split(";"):
            _item(res, item, at, _LABEL_ROLES.get(label, ""))
            at += len(item) + 1


def _item(res: Resolver, item: str, at: int, label_role: str) -> None:
    match = _ITEM.match(item)
    if not match:
        return
    name = match.group("name")
    if any(w.lower() in ORG_HEADS or w in LEGAL_SUFFIXES for w in name.split()):
        return  # "Harcourt Lindqvist LLP (London)": a firm
    title = (match.group("title") or match.group("bracket") or "").strip().rstrip(".")
    own = _is_post(title) and not (res.known_place(title) or res.country_of(title))
    if not (match.group("hon") or match.group("post") or own):
        return  # a bare run of capitals ("Cabinet Mabiala (Respondent)"): maybe a firm
    role = title if own else label_role
    start = at + match.start("name")
    if res.person(name, start, start + len(name), role):
        res.claim(at + match.start(), start + len(name))  # (the honorific with the name)


def _is_post(title: str) -> bool:
    """ "Principal State Counsel", "arbitrator appointed by the Claimants": a post; "for the
    Applicant", "instructed by the Office of ...": none."""
    words = title.split()
    if not words or words[0] in {"for", "instructed", "who", "and", "of", "on"}:
        return False
    lowered = {w.lower().strip(".") for w in words}
    return words[0][0].isupper() or bool(lowered & ROLE_HEADS) or words[0].lower() in TITLE_WORDS
