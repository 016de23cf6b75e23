"""The other normal forms under which one body is written across briefs.

Why (newcomer14 N14-24): a tender notice names the buyer "Estonian Centre for Defence Investment
(ECDI)", a press release "Centre for Defence Investment, Estonia"; the library kept them as two
actors, so related briefs and dossiers split the buyer. A body's name is also read without its
bracketed acronym, and as its core words plus its state when the state is given by a leading
adjective ("Estonian …") or a trailing ", Estonia": both names above give "centre for defence
investment @ee". The state stays in the key, so "Ministry of Defence, Latvia" never joins
"Estonian Ministry of Defence".
"""

from __future__ import annotations

import re

from briefdesk.library.digest import norm

_BRACKETS = re.compile(r"\s*\([^()]{1,40}\)")
_TRAILING_STATE = re.compile(r"^(?P<core>.*\S)\s*,\s*(?P<state>[^,]{2,40})$")
_THE = re.compile(r"^the\s+", re.IGNORECASE)


def name_variants(name: str) -> list[str]:
    """Keys besides ``norm(name)`` for the same body; [] when the name offers none."""
    from briefdesk.world import world

    own = norm(name)
    plain = " ".join(_BRACKETS.sub(" ", name).split())
    found = [norm(plain)] if plain != " ".join(name.split()) else []
    places = world()
    core, code = "", ""
    if (trailing := _TRAILING_STATE.match(plain)) and (
        code := places.names.get(trailing.group("state").strip(), "")
    ):
        core = trailing.group("core")
    else:
        first, _, rest = _THE.sub("", plain).partition(" ")
        if rest and (code := places.adjectives.get(first, "")):
            core = rest
    if core and norm(core):
        found.append(f"{norm(core)} @{code.lower()}")
    return [v for v in dict.fromkeys(found) if v and v != own]
