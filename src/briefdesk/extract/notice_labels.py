"""The labels a notice, filing or fact box names a deal's sides with (round 15, split out of
``deal_form_fields``): "Contracting authority:", "Awarded to:", "Purchaser:", "Lender:". One
pattern serves the component that names the party in the field (``components/field_parties``)
and the deal rule that gives it its side (``deal_form_fields``), so the two never disagree on
what a label is. A label may stand after a section number ("V.2.3) Name and address of the
contractor", "2. Successful bidder:") or a section heading ("Section I: Contracting authority"),
and alone on its line: its field is then the next line.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy

# Label -> the side it names (seller: also the lender; buyer: also the borrower).
SELLER_LABELS = (
    r"successful\s+(?:tenderer|bidder|applicant)|winning\s+(?:tenderer|bidder)|"
    r"(?:contractor|supplier|vendor|seller|manufacturer|lender)|"
    r"awarded\s+to|contract(?:or)?\s+awarded\s+to"
)
BUYER_LABELS = (
    r"contracting\s+(?:authority|entity|agency)|procuring\s+(?:entity|agency|authority)|"
    r"purchas(?:er|ing\s+(?:entity|authority|agency))|buyer|customer|client|borrower|"
    r"awarding\s+(?:authority|entity)"
)
# What may open a label's line: a bullet, a section number ("2.", "V.2.3)"), a section heading.
_LEAD = (
    r"^[ \t#*•·▪‣>-]*(?:section\s+[IVX\d]{1,4}[ \t]*[:.)–—-][ \t]*)?"
    r"(?:(?:[IVX]{1,4}|\d{1,2})(?:\.\d{1,2}){0,3}[.)][ \t]+)?"
    r"(?:name\s+(?:and\s+address(?:es)?\s+)?of\s+(?:the\s+)?)?"
)
LABEL = re.compile(
    rf"{_LEAD}(?:(?P<seller>{SELLER_LABELS})|(?P<buyer>{BUYER_LABELS}))"
    r"(?:[ \t*]*[:/|][ \t*]*(?P<rest>.*)|(?P<alone>[ \t]*))$",
    re.IGNORECASE | re.MULTILINE,
)
# A line under a label that only names its parts ("I.1) Name and addresses"): the field is below.
SUB_LABEL = lazy(
    r"[ \t]*(?:[IVX]{1,4}|\d{1,2})(?:\.\d{1,2}){1,3}[.)][ \t]+name\b[^:\n]*$", re.IGNORECASE
)

# The last text scanned for labels and its matches: five readers (``field_parties`` twice,
# ``deal_form_fields``, ``deal_field_blocks``, ``deal_lots``) scan the same whole text, ~50 us
# each at 3 KB (round 17). One entry: a new text replaces it, so nothing outlives the next run.
_LAST: list[tuple[str, tuple[re.Match[str], ...]]] = []


def labels(text: str) -> tuple[re.Match[str], ...]:
    """``LABEL``'s matches in the whole of ``text`` (as ``LABEL.finditer(text)``), scanned
    once per text."""
    last = _LAST[0] if _LAST else None
    if last is not None and (last[0] is text or last[0] == text):
        return last[1]
    found = tuple(LABEL.finditer(text))
    _LAST[:] = [(text, found)]
    return found


def field_span(text: str, match: re.Match[str]) -> tuple[int, int]:
    """Where the field of a label ``match`` stands: the rest of its line, else the next line
    (past one line that only names the field's parts)."""
    if match.group("rest") is not None and match.group("rest").strip():
        return match.span("rest")
    start = match.end()
    for _ in range(2):
        start = text.find("\n", start) + 1
        while start and text[start : start + 1] == "\n":
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 or not start else end
        if not start or not SUB_LABEL.match(text, start, end):
            return (start, end) if start else (0, 0)
        start = end
    return (0, 0)
