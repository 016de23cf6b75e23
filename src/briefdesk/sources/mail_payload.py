"""The bytes a mail part carries, refused when its base64 is damaged instead of read as junk.

Python's mail reader decodes damaged base64 leniently: it drops characters that are not base64
and, when what is left cannot be decoded, hands back the encoded text itself. Read as text,
either becomes a few CJK characters or base64 letters in a source (newcomer12 N12-34), so a
part whose base64 is damaged is refused, naming the part; a stray character or two in a long
part, which decodes around them, is said in a warning.
"""

from __future__ import annotations

import re
from email import errors
from email.message import Message

from briefdesk.sources.errors import Refusal

_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=]")
# Above this share of characters that are not base64, the part is damaged, not sloppy.
_MAX_STRAY_SHARE = 0.01


def part_bytes(part: Message, where: str, warnings: list[str]) -> object:
    """``part``'s decoded payload (as ``get_payload(decode=True)``); Refusal naming ``where``
    ("the text/plain part has damaged base64 (…)") when its base64 is damaged."""
    before = len(part.defects)
    data = part.get_payload(decode=True)
    if part.get("Content-Transfer-Encoding", "").strip().lower() != "base64":
        return data
    raw = part.get_payload(decode=False)
    encoded = "".join(raw.split()) if isinstance(raw, str) else ""
    stray = len(_NOT_BASE64.findall(encoded))
    cut = any(isinstance(d, errors.InvalidBase64LengthDefect) for d in part.defects[before:])
    if cut or stray > _MAX_STRAY_SHARE * len(encoded):
        said = f"{stray} of {len(encoded)} characters are not base64" if stray else "it is cut"
        raise Refusal(f"{where} has damaged base64 ({said})")
    if stray:
        which = "characters that are" if stray > 1 else "character that is"
        warnings.append(f"{where}: {stray} {which} not base64 skipped")
    return data
