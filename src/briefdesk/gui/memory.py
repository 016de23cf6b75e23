"""The window's side of the desk's memory: decided suggestions into the brief (undoable), the
Settings never-suggest list applied to what is shown, and "Never suggest this".

The logic is Qt-free in :mod:`briefdesk.editing.memory`; this module only applies its edits
to the window's document and settings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from briefdesk.extract.never import NeverSuggest


def never_list(window: Any) -> list[NeverSuggest]:
    """The Settings list as rules; entries that do not parse are skipped (Settings names
    them when they are typed, so a hand-edited settings file cannot stop reading)."""
    from briefdesk.editing.memory import never_rules

    return never_rules(window.settings.never_suggest)[0]


def rule_kind(suggestion: Any) -> str:
    """What a never-suggest rule calls this suggestion's kind ("" when no rule applies)."""
    if suggestion.kind == "actors":
        kind = getattr(suggestion.raw, "type", "") or "any"
        return str(getattr(kind, "value", kind))
    return {"places": "place", "dates": "date"}.get(suggestion.kind, "")


def ruled_out(suggestion: Any, rules: list[NeverSuggest]) -> bool:
    """True when a rule names it (by name, label or an alias): hidden at once, before the
    next reading leaves it out for good."""
    kind = rule_kind(suggestion)
    if not kind or not rules:
        return False
    names = [suggestion.name, suggestion.label, *getattr(suggestion.raw, "aliases", [])]
    return any(rule.matches(kind, [n for n in names if n]) for rule in rules)


def remember_decided(window: Any, items: Iterable[Any], title: str) -> None:
    """Put the suggestions' keys into their sources' decided keys, as one undo step."""
    from briefdesk.editing.memory import remember_edits
    from briefdesk.gui.suggestions import suggestion_key

    edits = remember_edits(
        window.doc.brief, [(s.source_id, suggestion_key(s)) for s in items], title
    )
    if not edits:
        return
    with window.doc.macro(title):
        for edit in edits:
            window.doc.set_value(edit.path, edit.value, edit.what)


def never_suggest_this(window: Any, items: list[Any]) -> None:
    """Add a rule for each suggestion to the Settings list (kept for every brief)."""
    from briefdesk.editing.memory import format_never, never_for

    added: list[str] = []
    for suggestion in items:
        actor_type = rule_kind(suggestion) if suggestion.kind == "actors" else ""
        try:
            rule = never_for(suggestion.kind, suggestion.name or suggestion.label, actor_type)
        except ValueError as exc:
            window.show_status(f"Cannot add “{suggestion.label}” to never suggest: {exc}", 8000)
            continue
        if rule is None:
            window.show_status(
                f"“{suggestion.label}” is a {suggestion.kind.rstrip('s')}: only names, places "
                "and dates can be on the never-suggest list; dismiss it instead (Delete).",
                8000,
            )
            continue
        text = format_never(rule)
        if text not in window.settings.never_suggest:
            window.settings.never_suggest.append(text)
            added.append(suggestion.name or suggestion.label)
    if added:
        window.persist_settings()
        window.show_status(
            f"Never suggested again: {', '.join(added)} (Settings → Never suggest to undo)", 8000
        )
    window._refresh_suggestions()
