"""Legal forms in their national shapes that go on after the capitalised run of a firm's
name (round 8): a bracketed status ("PT Bank Wira (Persero) Tbk", "Gulf Cement Co.
(S.A.O.G.)"), and the second part of a form whose first part ended the run ("Kestrel Gold
Pty. Ltd.", "Cobre Norte S.A. de C.V.", "Catamarca Minera Sociedad del Estado", "Warsaw Radio
Sp. z o.o.", "Nordsee Werft GmbH & Co. KG"). The tails are data (``form_tails.txt``); a tail
that is not bracketed or in lower case ("Sahel Ridge Minerals plc") goes on only after a word
that opens a form (``form_openers.txt``), so "Acme said. Ltd" or "the Ministry del Estado"
never grow."""

from __future__ import annotations

import re

from briefdesk.extract.words import word_list

_TAILS = sorted(word_list("form_tails"), key=len, reverse=True)
_OPENERS = word_list("form_openers")
_TAIL = re.compile(r"\.?[ \t]+(?:" + "|".join(re.escape(tail) for tail in _TAILS) + r")(?![\w(])")


_UNIT = re.compile(
    r"[ \t]+\((?:[A-Z][\w'-]*[ \t]+){1,3}(?:"
    + "|".join(sorted(word_list("sub_unit_heads")))
    + r")\)"
)


# Round 9: the form after a bracketed state or a comma ("TRN Networks (Thailand) Co., Ltd.",
# "Hengtai Pacific Construction (Fiji) Pte Limited", "Sinoandes Road & Bridge Co., Ltd."):
# one firm, named whole. After a name, ", Ltd." goes on only after "Co." (the Asian "Co.,
# Ltd."); "Mitsubishi Heavy Industries, Ltd." keeps the name as the corpus gold writes it.
_FORM = (
    r"(?:Co\.,?[ \t]+Ltd\.?|Company[ \t]+Limited|Pte\.?[ \t]+(?:Ltd\.?|Limited)|"
    r"Pvt\.?[ \t]+(?:Ltd\.?|Limited)|Sdn\.?[ \t]+Bhd\.?|Limited|Ltd\.?|Inc\.|LLC)(?![\w])"
)
_BRACKET_FORM = re.compile(rf"[ \t]+\([A-Z][\w .'’-]{{1,30}}\)[ \t]+{_FORM}")
# ("Limited" is also an English word: "the Ministry of Finance, Limited resources" stays.)
_COMMA_FORM = re.compile(r"\.?,[ \t]+(?:Ltd\.?|Inc\.?|Limited(?![ \t]+[a-z]))(?![\w])")
# A dotted form set off by a comma ("Minera Cibao Dorado, S.R.L.", "Camões, I.P."): the
# firm's name goes on, whatever its last word (round 13).
_COMMA_DOTTED = re.compile(r",[ \t]+(?:S\.R\.L|S\.A\.S|S\.A\.C|S\.A|S\.L|I\.P)\.?(?![\w])")


def national_tail(text: str, end: int, name: str) -> str:
    """The rest of a firm's legal form after its name ``name`` ends at ``end``, or "";
    a ministry's unit in brackets too ("Ministry of Energy (Power Division)")."""
    if text[end : end + 1] not in {" ", "\t", ".", ","} or text[end - 1 : end] != name[-1:]:
        return ""
    if name.startswith("Ministry ") and text[end + 1 : end + 2] == "(":
        unit = _UNIT.match(text, end)
        return unit.group() if unit else ""
    other = (
        _BRACKET_FORM.match(text, end)
        or (_COMMA_FORM.match(text, end) if name.rstrip(".").endswith(" Co") else None)
        or _COMMA_DOTTED.match(text, end)
    )
    if other:
        return other.group()
    match = _TAIL.match(text, end)
    if not match:
        return ""
    tail = match.group()
    if "(" in tail or tail.islower() or name.rsplit(None, 1)[-1].lower().rstrip(".") in _OPENERS:
        return tail
    return ""
