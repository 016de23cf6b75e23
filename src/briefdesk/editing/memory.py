"""The desk's memory of the user's decisions about suggestions, as edits and plain data.

A suggestion the user dismissed, or accepted, is *decided*: its key goes into its source's
``dismissed`` list (``Source.dismissed``, format version 2), in the same undo step as the
dismissal or the accept, so it is never offered again — not after reopening, crash recovery
or renaming the record it became (a renamed actor no longer hides its suggestion by name).
Undo takes the key out again. One list serves both, so the file format stays at version 2:
records are ``extra="forbid"``, so a new field would make older readers refuse the file.

The user-level never-suggest list is kept in Settings as ``"PATTERN:KIND"`` strings (``KIND``
optional, default ``any``); :func:`parse_never` turns one into an ``extract.NeverSuggest``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefdesk.editing.edits import Edit
from briefdesk.extract.never import KINDS, NeverSuggest
from briefdesk.model import Brief


def decided_keys(brief: Brief, source_id: str) -> set[str]:
    """Keys of the suggestions from ``source_id`` the user already decided on."""
    source = brief.source(source_id)
    return set(source.dismissed) if source is not None else set()


def remember_edits(brief: Brief, keys: Iterable[tuple[str, str]], what: str) -> list[Edit]:
    """Edits that add each (source id, suggestion key) to its source's decided keys; none
    for a key already there or a source no longer in the brief."""
    wanted: dict[str, list[str]] = {}
    for source_id, key in keys:
        if key:
            wanted.setdefault(source_id, []).append(key)
    edits: list[Edit] = []
    for index, source in enumerate(brief.sources):
        added = [k for k in dict.fromkeys(wanted.get(source.id, [])) if k not in source.dismissed]
        if added:
            edits.append(Edit(f"sources[{index}].dismissed", [*source.dismissed, *added], what))
    return edits


def forget_edits(brief: Brief, source_id: str) -> list[Edit]:
    """The edit that clears what was decided for ``source_id`` (Suggest again); [] if none."""
    for index, source in enumerate(brief.sources):
        if source.id == source_id and source.dismissed:
            return [Edit(f"sources[{index}].dismissed", [], "decided suggestions")]
    return []


def checked(rule: NeverSuggest) -> NeverSuggest:
    """``rule``, or ``ValueError`` when it would hide every name of its kind ("*", "? *"):
    almost always a slip, and silently losing all suggestions is worse than being asked."""
    if not any(c.isalnum() for c in rule.pattern):
        raise ValueError(
            f"never-suggest {rule.pattern!r} would match every name; "
            "give part of a name, e.g. 'Hugo *'"
        )
    return rule


def parse_never(text: str) -> NeverSuggest:
    """``"Reuters"``, ``"Reuters:organization"``, ``"Jan*:person"`` → a rule; ``ValueError``
    with a one-line reason when the kind or pattern is wrong. A colon followed by something
    other than a kind stays part of the pattern ("Ratio 3:2")."""
    words = text.strip()
    pattern, sep, kind = words.rpartition(":")
    key = kind.strip().lower().replace(" ", "_").replace("-", "_")
    key = key.replace("organisation", "organization")  # the British spelling a desk types
    if sep and key in KINDS:
        return checked(NeverSuggest(pattern.strip(), key))
    if sep and not pattern.strip():
        raise ValueError(f"never-suggest {text!r}: no name or pattern before the ':'")
    if sep and re.fullmatch(r"[a-z_]+", kind.strip()):
        # ":weird" once passed as part of the name, so the rule silently never matched.
        raise ValueError(
            f"never-suggest {text!r}: unknown kind {kind.strip()!r} "
            f"(kinds: {', '.join(sorted(KINDS))})"
        )
    return checked(NeverSuggest(words, "any"))


def format_never(rule: NeverSuggest) -> str:
    """How a rule is stored in Settings (``parse_never`` reads it back)."""
    return rule.pattern if rule.kind == "any" else f"{rule.pattern}:{rule.kind}"


def never_rules(stored: Iterable[str]) -> tuple[list[NeverSuggest], list[str]]:
    """(rules, one-line problems) from the stored strings: a bad entry is skipped and named,
    never a reason to stop extraction."""
    rules: list[NeverSuggest] = []
    problems: list[str] = []
    for text in stored:
        try:
            rules.append(parse_never(text))
        except ValueError as exc:
            problems.append(str(exc))
    return rules, problems


def never_for(kind: str, name: str, actor_type: str = "") -> NeverSuggest | None:
    """The rule "Never suggest this" adds for a suggestion of ``kind`` ("actors", "places",
    "dates") named ``name``; None for kinds the list cannot hold (deals, significance)."""
    rule_kind = {"places": "place", "dates": "date"}.get(kind)
    if kind == "actors":
        rule_kind = actor_type if actor_type in KINDS else "any"
    if rule_kind is None or not name.strip():
        return None
    # A name with wildcard characters is matched as itself, not as a pattern.
    escaped = "".join(f"[{c}]" if c in "*?[" else c for c in " ".join(name.split()))
    return NeverSuggest(escaped, rule_kind)
