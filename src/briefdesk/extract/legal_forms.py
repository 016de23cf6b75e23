"""A company's state from its legal form ("Sinar Lumut Marine Sdn Bhd": Malaysia), for the forms
only one state writes (round 12). Forms several states share (Ltd, S.A., GmbH, SAS) give none."""

from __future__ import annotations

from functools import cache

from briefdesk.extract import rx as re
from briefdesk.extract.words import word_list

_MAX_FORM_WORDS = 3
_DOTS = re.compile(r"[.,]")


@cache
def _forms() -> dict[str, str]:
    pairs = (line.rsplit(" ", 1) for line in word_list("legal_form_states"))
    return {form: code for form, code in pairs}


def legal_form_state(name: str) -> str:
    """The state of the legal form that ends ``name`` (one to three words), or ""."""
    words = _DOTS.sub("", name).lower().split()
    forms = _forms()
    for size in range(min(_MAX_FORM_WORDS, len(words) - 1), 0, -1):
        code = forms.get(" ".join(words[-size:]))
        if code:
            return code
    return ""
