"""The signatories of an agreement read from a selection, and the hint for a side not found
(newcomer25 N25-12).

*New deal from selection* over "The Ministry of Industry of the Republic of Kazakhstan and the
Ministry of Trade of the Republic of Korea signed a memorandum of understanding …" found
neither ministry and told the user to "use Use as deal buyer": the words before and after each
name only know buying and selling verbs, "signed" after a list of names said nothing, and the
state after "of the Republic of" stood between the two names so they did not read as one list.
An MoU, a trade agreement or a joint venture has signatories, not a buyer and a seller: the
names listed before its signing verb (and the one it is signed "with") sign it; a state named
as a body's home ("Ministry of Trade of the Republic of Korea") is that body's country, not a
party of its own. A side still not found is pointed to the command that fills it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from briefdesk.editing.deal_text_cues import GIVES, RECEIVES, SIGNS, listed
from briefdesk.model import Brief
from briefdesk.model.codes import SIGNED_ALIKE, ActorType, DealKind, PartyRole, deal_sides

# "<body> of the <state>": the state is where the body is from.
_HOME_GAP = re.compile(r"^\s+of\s+(?:the\s+)?$")
# The verb that signs an agreement, right after the list of its signatories.
_SIGNING = re.compile(
    r"^[\s,]*(?:(?:have|has|had|will|would|jointly|formally|on\s+\w+|today|also)\s+){0,3}"
    r"(?:signed|sign|initialled|initialed|inked|concluded|agreed|formed|set\s+up|"
    r"established|launched|entered\s+into)\b",
    re.IGNORECASE,
)
_WITH = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)


def homes_absorbed(brief: Brief, mentions: list[Any], text: str) -> list[Any]:
    """``mentions`` without the states that only say where the body just named is from; the
    body's list reaches over its home (``home_end``), and a new body takes the state's country (an
    extraction that merged two countries' "Ministry of Defence" gave both one)."""
    kept: list[Any] = []
    for m in mentions:
        body = kept[-1] if kept else None
        if (
            body is not None
            and m.type == ActorType.STATE
            and body.type == ActorType.ORGANIZATION
            and not body.possessive
            and _HOME_GAP.match(text[body.end : m.start])
        ):
            country = m.new.country if m.new is not None else brief.actors[m.index or 0].country
            if body.new is not None and country:  # the text says so here
                body.new = body.new.model_copy(update={"country": country})
            body.home_end = m.end  # (its name stays the reader's: "Ministry of X")
            continue
        kept.append(m)
    return kept


def signatory_sides(mentions: Sequence[Any], text: str, kind: DealKind) -> None:
    """For an agreement signed alike, the names listed right before its signing verb sign it,
    and so does a name it is signed "with" once another signs; when a direction word gave the
    rest a side (an MoU "to supply gas to B"), the signers take the other side."""
    if kind not in SIGNED_ALIKE:
        return
    signed = False
    run: list[Any] = []
    for i, m in enumerate(mentions):
        if m.possessive:
            continue
        if run and not listed(text[_end(run[-1]) : m.start]):
            run = []
        run.append(m)
        following = next((p.start for p in mentions[i + 1 :]), len(text))
        if _SIGNING.match(text[_end(m) : following]):
            rest = [p.side for p in mentions if p not in run and not _with(p, text)]
            side = _opposite(rest)
            for one in run:
                if not one.side:
                    one.side = side
            signed = signed or any(one.side == SIGNS for one in run)
            run = []
    if not signed:
        return
    for m in mentions:
        directed = any(p.side not in ("", SIGNS) and not _with(p, text) for p in mentions)
        if not m.possessive and not directed and _with(m, text):
            m.side = SIGNS  # "A signed an MoU with B": B signs too


def _end(m: Any) -> int:
    """Where a mention ends, its home state included ("Ministry of X of the Republic of Y")."""
    return int(getattr(m, "home_end", m.end))


def _with(m: Any, text: str) -> bool:
    """Whether ``m``'s side came from "with" before it ("signed an MoU with B")."""
    return bool(m.side == RECEIVES and _WITH.search(text[: m.start]))


def _opposite(others: Sequence[str]) -> str:
    """The signers' side: the other side of a direction the rest of the sentence gave ("A
    signed an MoU to supply gas to B": B receives, so A gives), else they sign."""
    directions = set(others) - {"", SIGNS}
    if directions == {RECEIVES}:
        return GIVES
    if directions == {GIVES}:
        return RECEIVES
    return SIGNS


def side_hint(kind: DealKind, missing: Sequence[str]) -> str:
    """ "sides: signatories not found — select one and use Use as deal party (Ctrl+Alt+R)";
    a buyer-like side points to Use as deal buyer, a seller-like one to seller."""
    role = missing[0]
    receives, _gives = deal_sides(kind)
    if receives == PartyRole.SIGNATORY:
        sides = "signatories" if len(missing) > 1 else "a signatory"
        return f"sides: {sides} not found — select one and use Use as deal party (Ctrl+Alt+R)"
    use = "buyer (Ctrl+Alt+B)" if role == words(receives) else "seller (Ctrl+Alt+L)"
    return f"sides: {' and '.join(missing)} not found — select it and use Use as deal {use}"


def words(role: PartyRole) -> str:
    """A role as the status line says it ("prime contractor" for prime_contractor)."""
    return str(role.value).replace("_", " ")
