"""Where a firm is from is no side (issue 10, round 10): "an EPC contract with Ruixiang
Engineering Co., Ltd. from China", "with the company Abu Dhabi Unmanned Systems LLC from the
United Arab Emirates" - the state after "from" says where the firm is registered, it sells
nothing. A "from" right after a name that ends in a legal form (Ltd, LLC, S.A., GmbH) is read
so; "an order from the Navy" or "bought from Saab" keep their frames.
"""

from __future__ import annotations

from briefdesk.extract.words import word_list

Mention = tuple[int, int, str]
_LEGAL_FORMS = word_list("legal_suffixes")


def firm_from(text: str, units: list[Mention], at: int) -> bool:
    """Whether the "from" at ``at`` follows a party whose name ends in a legal form."""
    for start, end, _key in units:
        if end <= at and not text[end:at].strip(" ,"):
            last = text[start:end].split()[-1].strip(".,").lower()
            return last in _LEGAL_FORMS or last + "." in _LEGAL_FORMS
    return False
