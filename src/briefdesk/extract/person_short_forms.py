"""A person's later short or initialled form ("Ruiz", "A. M. Ruiz", "Ana Ruiz" after "Ana María
Ruiz"): the resolver links such a mention to the person named in full earlier, so one actor
carries both. Pure string tests on names; no document state."""

from __future__ import annotations

from briefdesk.extract import rx as re


def short_form_of(name: str, full: str) -> bool:
    """Whether ``name`` is a shorter or initialled form of the person's ``full`` name."""
    if len(full) <= len(name):
        return False
    words = name.split()
    initials_ = [w for w in words if re.fullmatch(r"(?:[A-Z]\.)+", w)]
    rest = " ".join(words[len(initials_) :])
    if len(words) == 2 == len(full.split()) - 1 and full.startswith(words[0] + " "):
        return full.endswith(" " + words[1])  # "Ana Ruiz" after "Ana María Ruiz"
    if not rest or not full.endswith(" " + rest) or words[: len(initials_)] != initials_:
        return False
    if not initials_:
        return True
    given = full[: -len(rest)].split()
    letters = "".join(w.rstrip(".") for w in initials_).replace(".", "")
    return "".join(g[0] for g in given).startswith(letters) or given[0][0] == letters[0]
