"""Whether a body's name says its state, and so whether it is a generic body ("Ministry of
Defence", "Armed Forces", "the Navy") that every state has one of."""

from __future__ import annotations


def names_a_state(name: str) -> bool:
    """True when ``name`` says a state: "Kazakh Armed Forces", "Ministry of Defence of Peru",
    "Royal Saudi Air Force"."""
    from briefdesk.world import world

    registry = world()
    words = [w.strip(".,()'’") for w in name.split()]
    for size in (1, 2, 3):
        for at in range(len(words) - size + 1):
            said = " ".join(words[at : at + size])
            if said in registry.names or said in registry.adjectives:
                return True
    return False


def generic_body(name: str) -> bool:
    """A body named by its function alone: the same words in two briefs may be two states'
    ministries (N10-30), so they are one actor only when their countries agree."""
    from briefdesk.definite import takes_the

    return takes_the(name) and not names_a_state(name)
