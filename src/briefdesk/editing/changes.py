"""What an edit changed, in the user's words: ``item 2 quantity: 18 → 20``.

A command that changes a brief says exactly what it changed (and ``undo`` says what it put
back), so a user sees at once when a change landed on a field or record they did not mean.
The comparison runs over the model's JSON form, so it needs no list of fields to keep up.
"""

from __future__ import annotations

import difflib
import json
from typing import Any

from briefdesk.model import Brief

_NONE = "(none)"
# Lists whose records have no id are compared by position; these read better whole.
_WHOLE = {"parties", "aliases", "indicators", "pros", "cons", "choices", "caveats"}
_SKIP = {"modified", "created"}  # the save stamps these itself


def record_changes(before: Any, after: Any, brief: Brief | None = None) -> list[str]:
    """One line per field that differs between two versions of one record."""
    names = _actor_names(brief)
    return _diff(before.model_dump(mode="json"), after.model_dump(mode="json"), "", names)


def brief_changes(before: Brief, after: Brief, limit: int = 20) -> list[str]:
    """One line per changed field of the whole brief, at most ``limit`` (then a count)."""
    names = {**_actor_names(before), **_actor_names(after)}
    lines = _diff(before.model_dump(mode="json"), after.model_dump(mode="json"), "", names)
    if len(lines) > limit:
        return [*lines[:limit], f"… and {len(lines) - limit} more change(s)"]
    return lines


def _actor_names(brief: Brief | None) -> dict[str, str]:
    return {a.id: a.name for a in brief.actors} if brief is not None else {}


def _diff(old: Any, new: Any, where: str, names: dict[str, str]) -> list[str]:
    if old == new:
        return []
    key = where.rsplit(" ", 1)[-1]
    if _is_money(old) or _is_money(new):
        return [f"{where}: {_words(old, names)} → {_words(new, names)}"]
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[str] = []
        for name in dict.fromkeys([*old, *new]):
            if name in _SKIP or name in ("id", "content_hash"):
                continue
            label = _join(where, name.replace("_", " "))
            out += _diff(old.get(name), new.get(name), label, names)
        return out
    if isinstance(old, list) and isinstance(new, list):
        if key == "evidence" or where.endswith("evidence"):
            return _citations(old, new, where)
        if key in _WHOLE or not all(isinstance(x, dict) for x in [*old, *new]):
            return [f"{where}: {_words(old, names)} → {_words(new, names)}"]
        return _records(old, new, where, names)
    return [f"{where}: {_words(old, names)} → {_words(new, names)}"]


def _records(old: list[Any], new: list[Any], where: str, names: dict[str, str]) -> list[str]:
    """Records matched by id when they have one (so a removal is not told as every later
    record changing), by position otherwise."""
    noun = _singular(where)
    out: list[str] = []
    if all("id" in r for r in [*old, *new]):
        before = {r["id"]: (n, r) for n, r in enumerate(old, start=1)}
        after = {r["id"]: (n, r) for n, r in enumerate(new, start=1)}
        for rid, (n, record) in before.items():
            if rid not in after:
                out.append(f"{noun} {n} removed: {_title(record)}")
            else:
                out += _diff(record, after[rid][1], f"{noun} {after[rid][0]}", names)
        out += [
            f"{noun} {n} added: {_title(r)}" for rid, (n, r) in after.items() if rid not in before
        ]
        return out
    keys = (
        [json.dumps(r, sort_keys=True) for r in old],
        [json.dumps(r, sort_keys=True) for r in new],
    )
    matcher = difflib.SequenceMatcher(a=keys[0], b=keys[1], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1)
        for k in range(paired):
            out += _diff(old[i1 + k], new[j1 + k], f"{noun} {j1 + k + 1}", names)
        out += [f"{noun} {i + 1} removed: {_title(old[i])}" for i in range(i1 + paired, i2)]
        out += [f"{noun} {j + 1} added: {_title(new[j])}" for j in range(j1 + paired, j2)]
    return out


def _citations(old: list[Any], new: list[Any], where: str) -> list[str]:
    def key(span: dict[str, Any]) -> tuple[Any, ...]:
        return (span.get("source_id"), span.get("start"), span.get("end"))

    was, now = {key(s): s for s in old}, {key(s): s for s in new}
    owner = where.removesuffix("evidence").strip()
    head = f"{owner} " if owner else ""
    added = [s for k, s in now.items() if k not in was]
    gone = [s for k, s in was.items() if k not in now]
    out = [f"{head}cites {s['source_id']} “{_clip(s.get('quote', ''))}”" for s in added]
    return out + [
        f"{head}no longer cites {s['source_id']} “{_clip(s.get('quote', ''))}”" for s in gone
    ]


def _is_money(value: Any) -> bool:
    return isinstance(value, dict) and "amount" in value and "currency" in value


def _title(record: dict[str, Any]) -> str:
    for name in ("name", "designation", "title", "statement", "label", "text"):
        if record.get(name):
            return f"“{_clip(str(record[name]))}”"
    return "(empty)"


def _words(value: Any, names: dict[str, str]) -> str:
    if value is None or value == "" or value == []:
        return _NONE
    if isinstance(value, list):
        return ", ".join(_words(v, names) for v in value)
    if isinstance(value, dict):
        if "actor_id" in value and "role" in value:  # a deal's party
            return f"{names.get(value['actor_id'], value['actor_id'])} ({value['role']})"
        if "amount" in value and "currency" in value:
            return str(value.get("as_stated") or f"{value['amount']} {value['currency']}")
        return ", ".join(f"{k} {_words(v, names)}" for k, v in value.items() if v not in ("", None))
    if isinstance(value, str):
        return f"“{_clip(value)}”" if " " in value.strip() or not value.strip() else value
    return str(value)


def _singular(where: str) -> str:
    last = where.rsplit(" ", 1)[-1] if where else where
    head = where[: len(where) - len(last)]
    word = {
        "significance judgments": "judgment",
        "judgments": "judgment",
        "parties": "party",
        "evidence": "citation",
    }.get(last, last)
    if word == last and word.endswith("s"):
        word = word[:-1]
    head = head.removesuffix("significance ")
    return f"{head}{word}".strip()


def _join(where: str, name: str) -> str:
    return f"{where} {name}" if where else name


def _clip(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
