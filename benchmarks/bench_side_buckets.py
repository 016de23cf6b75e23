"""Where the lost deal sides go, per readable set: a table of buckets (round 20, issue 10).

Each gold side the scorer leaves unmatched (its own greedy, role-aware match over the article)
is put in one bucket, by the found deal paired with its gold deal (the found deal of the gold's
value, else one naming both of its sides, else one naming either side in either role):

- ``not found``: no found deal pairs with the gold deal;
- ``counted twice``: the paired deal names it, but the scorer matched that name to another
  gold deal of the article (fewer found deals than gold deals with that party);
- ``empty``: the paired deal leaves that side empty;
- ``other side``: the side holds the gold's other side (swapped or both sides one party);
- ``person`` / ``state`` / ``body``: the side holds a wrong person, a wrong state or place, or
  a wrong organisation;
and, across the buckets, ``not read``: no extracted actor takes any of the gold side's forms
(a short form, a pronoun, a demonym, a name the actor reader cut or missed).

Readable sets only (never the checks, never the blind sets):

    PYTHONPATH=src .venv/bin/python benchmarks/bench_side_buckets.py [--list] fresh-16 fresh-12 ...
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import CHECK_SETS, briefdesk_extract, load_corpus  # noqa: E402

from briefdesk.extract.scoring import actor_forms, norm, party_forms  # noqa: E402

READABLE = (
    "tuning-corpus", "fresh-21", "fresh-20", "fresh-18", "fresh-16", "fresh-12", "fresh-11",
    "fresh-9", "fresh-8",
)
BUCKETS = (
    "not found",
    "counted twice",
    "empty",
    "other side",
    "person",
    "state",
    "body",
    "not read",
)


def _value(deal: dict[str, Any]) -> str | None:
    v = deal.get("value")
    return f"{Decimal(str(v['amount'])).normalize()} {v['currency']}" if v else None


def _forms(party: str, actors: list[dict[str, Any]]) -> set[str]:
    return {norm(f) for f in party_forms(party, actors)}


def _pairs(gold: list[dict], pred: list[dict], actors: list) -> dict[int, dict]:
    """Gold deal index -> its found deal, one to one: by value, then by both sides, then by
    one side in either role."""
    free = list(range(len(pred)))
    out: dict[int, dict] = {}
    names = [{norm(p.get(r) or "") for r in ("buyer", "seller")} - {""} for p in pred]
    sides = [[_forms(g[r], actors) for r in ("buyer", "seller") if g.get(r)] for g in gold]
    tests = (
        lambda g, j: bool(_value(gold[g])) and _value(pred[j]) == _value(gold[g]),
        lambda g, j: bool(sides[g]) and all(names[j] & s for s in sides[g]),
        lambda g, j: any(names[j] & s for s in sides[g]),
    )
    for test in tests:
        for g in range(len(gold)):
            if g in out:
                continue
            hit = next((j for j in free if test(g, j)), None)
            if hit is not None:
                free.remove(hit)
                out[g] = pred[hit]
    return out


def _unmatched(pred: list[dict], gold: list[dict], actors: list) -> list[tuple[str, int]]:
    """The gold (role, deal index) sides the scorer's greedy match leaves unmatched."""
    wanted = [
        (role, i, {f"{role}:{f}" for f in _forms(d[role], actors)})
        for i, d in enumerate(gold)
        for role in ("buyer", "seller")
        if d.get(role)
    ]
    left = list(range(len(wanted)))
    for d in pred:
        for role in ("buyer", "seller"):
            if d.get(role):
                item = f"{role}:{norm(d[role])}"
                hit = next((i for i in left if item in wanted[i][2]), None)
                if hit is not None:
                    left.remove(hit)
    return [(wanted[i][0], wanted[i][1]) for i in left]


def bucket(role: str, gold: dict, found: dict | None, actors: list, pred_actors: list) -> str:
    if found is None:
        return "not found"
    name = found.get(role) or ""
    if not name:
        return "empty"
    if norm(name) in _forms(gold[role], actors):
        return "counted twice"
    other = "seller" if role == "buyer" else "buyer"
    if gold.get(other) and norm(name) in _forms(gold[other], actors):
        return "other side"
    kind = next((a["type"] for a in pred_actors if norm(a["name"]) == norm(name)), "")
    if kind == "person":
        return "person"
    return "state" if kind in ("state", "place", "") else "body"


def main(argv: list[str]) -> int:
    listing = "--list" in argv
    sets = [a for a in argv if not a.startswith("--")] or list(READABLE)
    if any(
        s in CHECK_SETS or s in ("checks", "tuning", "retired", "fresh-22", "fresh-23")
        for s in sets
    ):
        print("bench_side_buckets: readable sets only", file=sys.stderr)
        return 2
    print(f"| set | lost | {' | '.join(BUCKETS)} |")
    print("|---" * (len(BUCKETS) + 2) + "|")
    for split in sets:
        counts: Counter[str] = Counter()
        lost = 0
        for name, text, gold in load_corpus(split):
            published = date.fromisoformat(gold["published"]) if gold.get("published") else None
            pred = briefdesk_extract(text, published)
            actors = gold["actors"]
            read = {norm(f) for a in pred["actors"] for f in actor_forms(a)}
            pairs = _pairs(gold["deals"], pred["deals"], actors)
            for role, index in _unmatched(pred["deals"], gold["deals"], actors):
                lost += 1
                deal, found = gold["deals"][index], pairs.get(index)
                where = bucket(role, deal, found, actors, pred["actors"])
                counts[where] += 1
                unread = not (_forms(deal[role], actors) & read)
                counts["not read"] += unread
                if listing:
                    got = (found or {}).get(role) or "-"
                    flag = " (not read)" if unread else ""
                    print(f"  {name} {role} gold={deal[role]!r} got={got!r} [{where}]{flag}")
                    if found and where != "not found":
                        start = found["evidence"][0]["start"] if found.get("evidence") else 0
                        print(f"      {text[start : start + 160]!r}")
        cells = " | ".join(str(counts[b]) for b in BUCKETS)
        print(f"| {split} | {lost} | {cells} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
