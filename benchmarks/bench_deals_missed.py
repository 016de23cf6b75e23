"""Each gold deal with no predicted deal, and each found with another status, one line each.

Round 21 (issue 10; docs/extraction.md "Round 21: deals not found"). A companion of
``bench_deals_not_found.py`` (which counts, with each set's reader left out) for reading the
shapes of the misses: the shipped weights, the same found-test, and the clause that tells the
deal (``deal_reader_data.tells``) or the article's first sentence naming a side. Readable sets
only (``deal_reader_data.TRAINING_SETS``): the checks and the blind sets are refused.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_deals_missed.py fresh-18 [tuning-corpus ...]
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_deals_not_found import _value  # noqa: E402
from bench_extract import as_gold_kinds, load_corpus  # noqa: E402
from deal_reader_data import TRAINING_SETS, tells  # noqa: E402

from briefdesk.extract import extract_text  # noqa: E402
from briefdesk.extract.party_clauses import clauses  # noqa: E402
from briefdesk.extract.scoring import norm, party_forms  # noqa: E402
from briefdesk.extract.text import normalise, sentences  # noqa: E402


def _line(name: str, deal: dict[str, Any], text: str) -> str:
    value = _value(deal) or "-"
    return (
        f"{name[:3]} {deal.get('kind')}/{deal.get('status')} {value} | "
        f"{deal.get('buyer') or '-'} / {deal.get('seller') or '-'} | {text[:230]!r}"
    )


def _status(deal: dict[str, Any]) -> str:
    return {"agreed": "approved"}.get(deal.get("status", ""), deal.get("status", ""))


def _match(
    gold: dict[str, Any], told: list[Any], pred: list[dict[str, Any]], actors: list
) -> dict[str, Any] | None:
    """The predicted deal that is ``gold``: its value, a clause telling it, or both its sides."""
    key = _value(gold)
    sides = [
        {norm(f) for f in party_forms(gold[r], actors)} for r in ("buyer", "seller") if gold.get(r)
    ]
    for p in pred:
        if key and _value(p) == key:
            return p
    for p in pred:
        spans = [(e["start"], e["end"]) for e in p["evidence"] if "start" in e]
        if any(s < c.end and c.start < e for s, e in spans for c in told):
            return p
    for p in pred:
        named = {norm(p.get(r) or "") for r in ("buyer", "seller") if p.get(r)}
        if len(sides) == 2 and all(forms & named for forms in sides):
            return p
    if not key and not sides:  # (an MoU, a joint venture: no side, no value) a deal of its kind
        return next((p for p in pred if p["kind"] == gold.get("kind")), None)
    return None


def main(argv: list[str]) -> int:
    every = "--all" in argv  # (also each deal found with its status)
    wanted = [a for a in argv if a != "--all"] or ["fresh-18"]
    refused = [s for s in wanted if s not in TRAINING_SETS]
    if refused:
        print(f"bench_deals_missed: not a readable set: {refused}", file=sys.stderr)
        return 2
    total = Counter[str]()
    for split in wanted:
        for name, text, gold in load_corpus(split):
            day = date.fromisoformat(gold["published"]) if gold.get("published") else None
            pred = as_gold_kinds(extract_text(text, published=day).to_json())["deals"]
            cls = list(clauses(sentences(normalise(text[:200_000]))))
            for deal in gold["deals"]:
                total["gold"] += 1
                told = [c for c in cls if tells(c.text, deal, gold["actors"])]
                clause = told[0].text if told else "(no clause tells it)"
                got = _match(deal, told, pred, gold["actors"])
                if got is None:
                    total["not found"] += 1
                    print("MISS  " + _line(name, deal, clause))
                    continue
                spans = [(e["start"], e["end"]) for e in got["evidence"] if "start" in e]
                said = text[spans[0][0] : spans[0][1]] if spans else clause
                if got["kind"] != deal.get("kind"):
                    total["kind"] += 1
                    print(f"KIND  got {got['kind']:9} " + _line(name, deal, said))
                if _value(deal) and got.get("status") != _status(deal):
                    total["status"] += 1
                    print(f"STAT  got {got.get('status'):9} " + _line(name, deal, said))
                elif _value(deal) and every:
                    print(f"SAME  got {got.get('status'):9} " + _line(name, deal, said))
    print(
        f"{', '.join(wanted)}: gold deals {total['gold']}, not found {total['not found']}, "
        f"found with another kind {total['kind']}, with another status {total['status']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
