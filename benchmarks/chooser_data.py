"""Rows for the learned chooser of counterparts (round 17, issue 10), and where sides are lost.

Training material only (``deal_reader_data.TRAINING_SETS``: the tuning-corpus and the retired
sets minus the checks); the checks, the blind sets and the held-out corpus are never loaded.
Each article is extracted with the chooser recording (``deal_chooser.RECORDER``): for every
side of a found deal with buyer and seller (round 25: filled ones too, with the rules' answer),
the candidates and their features; nothing is filled. The rows keep
the extractor's output and the gold, so the harness can fill sides and score them exactly as
``bench_extract`` does. Cached in /tmp (``--rebuild`` re-extracts).

    PYTHONPATH=src .venv/bin/python benchmarks/chooser_data.py   # the table of lost sides
"""

from __future__ import annotations

import json
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
from deal_reader_data import TRAINING_SETS  # noqa: E402

from briefdesk.extract import deal_chooser  # noqa: E402
from briefdesk.extract.scoring import norm, party_forms  # noqa: E402

CACHE = Path("/tmp/r25_chooser_rows2.json")  # (round 25: every side, with the rules' answer)
ROLES = ("buyer", "seller")


def load_rows(rebuild: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Per training set, its articles: ``{"name", "pred", "gold", "records"}``."""
    if CACHE.exists() and not rebuild:
        return json.loads(CACHE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    out: dict[str, list[dict[str, Any]]] = {}
    records: list[Any] = []
    deal_chooser.RECORDER[:] = [lambda i, role, rows, cur: records.append([i, role, rows, cur])]
    try:
        for split in TRAINING_SETS:
            assert split not in CHECK_SETS
            out[split] = []
            for name, text, gold in load_corpus(split):
                records.clear()
                published = date.fromisoformat(gold["published"]) if gold.get("published") else None
                pred = briefdesk_extract(text, published)
                out[split].append(
                    {"name": name, "pred": pred, "gold": gold, "records": list(records)}
                )
            print(f"  {split}: {len(out[split])} articles", file=sys.stderr)
    finally:
        deal_chooser.RECORDER.clear()
    CACHE.write_text(json.dumps(out), encoding="utf-8")
    return out


def value_key(deal: dict[str, Any]) -> str | None:
    value = deal.get("value")
    if not value:
        return None
    return f"{Decimal(str(value['amount'])).normalize()} {value['currency']}"


def gold_sides(gold: dict[str, Any]) -> list[tuple[int, str, set[str]]]:
    """(gold deal index, role, accepted forms) for each gold side, in the scorer's order."""
    return [
        (i, role, {norm(f) for f in party_forms(d[role], gold["actors"])})
        for i, d in enumerate(gold["deals"])
        for role in ROLES
        if d.get(role)
    ]


def credited(pred_deals: list[dict[str, Any]], sides: list[tuple[int, str, set[str]]]) -> set[int]:
    """Which of ``sides`` the scorer's greedy one-to-one matching credits."""
    unmatched = list(range(len(sides)))
    for deal in pred_deals:
        for role in ROLES:
            if not deal.get(role):
                continue
            name = norm(deal[role])
            hit = next((i for i in unmatched if sides[i][1] == role and name in sides[i][2]), None)
            if hit is not None:
                unmatched.remove(hit)
    return set(range(len(sides))) - set(unmatched)


def pair_deals(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[int, int]:
    """Gold deal index -> the found deal told as it (same value; else same kind, an unpriced
    found deal, preferring one that shares a side with it)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for gi, g in enumerate(gold):
        key = value_key(g)
        hit = next((pi for pi, p in enumerate(pred) if key and value_key(p) == key), None)
        if hit is not None:
            pairs[gi] = hit
            used.add(hit)
    for gi, g in enumerate(gold):
        if gi in pairs:
            continue
        free = [pi for pi, p in enumerate(pred) if pi not in used and p["kind"] == g["kind"]]
        free = [pi for pi in free if not (value_key(pred[pi]) and value_key(g))]
        shared = [
            pi
            for pi in free
            if {norm(pred[pi].get(r) or "") for r in ROLES}
            & ({norm(g.get(r) or "") for r in ROLES} - {""})
        ]
        pick = (shared or free or [None])[0]
        if pick is not None:
            pairs[gi] = pick
            used.add(pick)
    return pairs


def lost_sides(sets: dict[str, list[dict[str, Any]]]) -> Counter[str]:
    table: Counter[str] = Counter()
    for articles in sets.values():
        for a in articles:
            pred, gold = a["pred"]["deals"], a["gold"]
            sides = gold_sides(gold)
            got = credited(pred, sides)
            pairs = pair_deals(pred, gold["deals"])
            table["gold sides"] += len(sides)
            table["credited"] += len(got)
            for i, (gi, role, _) in enumerate(sides):
                if i in got:
                    continue
                if gi not in pairs:
                    table["lost: deal not found"] += 1
                elif pred[pairs[gi]].get(role):
                    table["lost: deal found, side wrong"] += 1
                else:
                    table["lost: deal found, side empty"] += 1
                    kind = pred[pairs[gi]]["kind"]
                    table[f"  empty, kind {kind}"] += 1
            paired = set(pairs.values())
            for deal in pred:
                for role in ROLES:
                    if deal.get(role):
                        table["predicted sides"] += 1
            empty = [r for r in a["records"] if not r[3]]
            table["found deals with an empty side (recorded)"] += len({r[0] for r in empty})
            table["empty sides recorded"] += len(empty)
            table["empty sides with a candidate"] += sum(bool(r[2]) for r in empty)
            table["filled sides recorded"] += len(a["records"]) - len(empty)
            table["found deals paired with gold"] += len(paired)
            table["found deals"] += len(pred)
    return table


if __name__ == "__main__":
    rows = load_rows("--rebuild" in sys.argv)
    print(f"training sets: {', '.join(rows)}; articles {sum(len(a) for a in rows.values())}")
    for label, n in sorted(lost_sides(rows).items()):
        print(f"  {label:45} {n}")
