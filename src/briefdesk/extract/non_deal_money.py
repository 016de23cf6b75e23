"""Amounts that are no deal's worth: in a sentence about sanctions, assets frozen or seized
("froze assets worth $200 million") and the threshold of an export or import ban ("bans
exports of machine tools worth more than €2,000 each"); a takeover's price per share ("will pay
48 euros per share": the deal's worth is the whole price, told elsewhere; newcomer24 N24-02)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.sanction_money import sanction_taken


def no_deal_amount(sentence: str, start: int, end: int) -> bool:
    """Whether the amount at ``start:end`` (offsets in ``sentence``) is a price per share or
    frozen, seized or banned property (see module)."""
    if " share" in sentence[end : end + 16] and _PER_SHARE.match(sentence, end):
        return True
    return sanction_amount(sentence, start, end)


# "48 euros per share", "$12.50 a share", "for each ordinary share" (not "a share of revenue").
_PER_SHARE = re.compile(r"\s*(?:per|a|for\s+each)\s+(?:ordinary\s+|common\s+)?share\b(?!\s+of\b)")


def sanction_amount(sentence: str, start: int, end: int) -> bool:
    """Whether the amount at ``start:end`` (offsets in ``sentence``) is frozen or seized
    property or a ban's threshold. Cheap word tests come first: most sentences hold neither."""
    if sanction_taken(sentence, start, end):
        return True  # "froze €38.5 million in assets of", "fined X €2 million for selling"
    lowered = sentence.lower()
    before = lowered[max(0, start - 80) : start]
    after = lowered[end : end + 50]
    property_named = any(word in lowered for word in _PROPERTY_WORDS)
    if property_named and (
        _SEIZED_BEFORE.search(before)
        or (_PROPERTY_BEFORE.search(before) and _SEIZED_AFTER.match(after))
    ):
        return True
    return bool(
        _THRESHOLD_BEFORE.search(before) and _BAN.search(before) and not _SIGNING.search(lowered)
    )


_PROPERTY_WORDS = ("asset", "fund", "account", "deposit", "reserve", "propert", "holding")
# "froze assets worth", "assets … worth $80 million were frozen".
_SEIZED = (
    r"(?:froze|frozen|freez(?:e|es|ing)|seiz(?:e|ed|es|ing)|confiscat\w*|impound\w*|"
    r"immobili[sz]\w*)"
)
_PROPERTY = r"(?:assets|funds|accounts|deposits|reserves|property|properties|holdings)"
_SEIZED_BEFORE = re.compile(
    rf"\b{_SEIZED}\s+(?:[\w'-]+\s+){{0,4}}?{_PROPERTY}\b[^.;]{{0,30}}$|"
    rf"\b{_PROPERTY}\s+(?:[\w'-]+\s+){{0,3}}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
    rf"{_SEIZED}\b[^.;]{{0,20}}$"
)
_PROPERTY_BEFORE = re.compile(rf"\b{_PROPERTY}\b[^.;]{{0,60}}$")
_SEIZED_AFTER = re.compile(
    rf"^[^.;]{{0,30}}?\b(?:were|was|have\s+been|had\s+been|has\s+been|are|is)\s+{_SEIZED}\b"
)
# "banned exports of machine tools worth more than £5,000", "imports above €500 each".
_BAN = lazy(r"\b(?:ban|bans|banned|banning|prohibit\w*|embargo\w*|export\s+controls?)\b")
# A deal told in the same sentence keeps its amount ("lifted the ban and signed a deal worth over").
_SIGNING = re.compile(r"\b(?:signed|signs|sign|deal|contract|agreement|ordered|order|purchase)\b")
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:(?:worth|valued\s+at|priced\s+at|costing)\s+(?:more|less)\s+than|exceeding|"
    r"in\s+excess\s+of|above|over|below|under)\s+$"
)
