"""Gold deals with no predicted deal at all, left one set out, and what the reader says of them.

Round 18 (issue 10; docs/extraction.md "Round 18: the learned reader under the new gate"). On
unseen text the largest loss is deals not found. For each training set (never the checks or
the blind sets) the reader's weights are those trained on the other sets
(``bench_deal_reader_use.fold_weights``, same options); each article is extracted and a gold
deal counts as *found* when a predicted deal has its value, names one of its sides (either
role, a form the scorer accepts) or cites a clause that tells it (``deal_reader_data.tells``).
For the others: the reader's highest probability over the clauses that tell the deal, and why
the learned pass did not take the best of them (the first test it failed, in its order).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_deals_not_found.py [0.8] [--names ...]
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

import bench_deal_reader as trainer  # noqa: E402
from bench_deal_reader_use import fold_weights  # noqa: E402
from bench_extract import as_gold_kinds, load_corpus  # noqa: E402
from deal_reader_data import tells  # noqa: E402

from briefdesk.extract import deal_learned, deal_reader, extract_text  # noqa: E402
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, deal_kind  # noqa: E402
from briefdesk.extract.deal_more import MONEYISH, unpriced_veto  # noqa: E402
from briefdesk.extract.deal_reader_classes import ends  # noqa: E402
from briefdesk.extract.party_clauses import clauses  # noqa: E402
from briefdesk.extract.scoring import norm, party_forms  # noqa: E402
from briefdesk.extract.text import normalise, sentences  # noqa: E402

CUTS = (0.5, 0.8, 0.9)


def _value(deal: dict[str, Any]) -> str | None:
    v = deal.get("value")
    return f"{Decimal(str(v['amount'])).normalize()} {v['currency']}" if v else None


def _found(
    gold: dict[str, Any], told: list[Any], pred: list[dict[str, Any]], actors: list, strict: bool
) -> bool:
    """Whether a predicted deal has ``gold``'s value, cites a clause telling it or (unless
    ``strict``) names one of its sides in either role; for a deal with neither sides nor value,
    whether a deal of its kind was predicted."""
    forms = {
        norm(f) for r in ("buyer", "seller") if gold.get(r) for f in party_forms(gold[r], actors)
    }
    key = _value(gold)
    if not key and not forms:  # (an MoU, a joint venture: no side, no value) a deal of its kind
        return any(p["kind"] == gold.get("kind") for p in pred)
    for p in pred:
        if key and _value(p) == key:
            return True
        if not strict and any(
            norm(p.get(r) or "") in forms for r in ("buyer", "seller") if p.get(r)
        ):
            return True
        spans = [(e["start"], e["end"]) for e in p["evidence"] if "start" in e]
        if any(s < c.end and c.start < e for s, e in spans for c in told):
            return True
    return False


def _why_not(text: str, prob: float, threshold: float) -> str:
    """The first test of ``deal_learned.learned_deals`` the clause fails (actor and cover not
    tested here: 'pass' may still fail them)."""
    if not ends(text):
        return "no final stop"
    if MONEYISH.search(text):
        return "an amount"
    if prob < threshold:
        return "below threshold"
    if unpriced_veto(text) or deal_learned._TOLD_AGAIN.search(text):
        return "a veto"
    if deal_kind(text, text) in NO_PARTY_KINDS:
        return "kind without sides"
    return "pass (then: actor, covered, new side)"


def main(argv: list[str]) -> int:
    cut = next((i for i, a in enumerate(argv) if a.startswith("--")), len(argv))
    options = [o for o in argv[cut:] if o != "--show"]
    show = "--show" in argv  # (each not-found deal the reader gives at least 0.5)
    threshold = float(argv[0]) if cut else 0.8
    trainer._options(options)
    folds = fold_weights(options)
    deal_learned.THRESHOLD = threshold
    total, counts, why, kinds = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    kinds_strict = Counter[str]()
    for name, table in folds.items():
        deal_reader.use_weights(table)
        for _, text, gold in load_corpus(name):
            day = date.fromisoformat(gold["published"]) if gold.get("published") else None
            pred = as_gold_kinds(extract_text(text, published=day).to_json())["deals"]
            cls = list(clauses(sentences(normalise(text[:200_000]))))
            for deal in gold["deals"]:
                told = [c for c in cls if tells(c.text, deal, gold["actors"])]
                total["gold"] += 1
                if not _found(deal, told, pred, gold["actors"], strict=True):
                    total["not found (strict)"] += 1
                    kinds_strict[deal.get("kind", "?")] += 1
                if _found(deal, told, pred, gold["actors"], strict=False):
                    continue
                total["not found"] += 1
                kinds[deal.get("kind", "?")] += 1
                if not told:
                    counts["no clause tells it"] += 1
                    continue
                best = max(told, key=lambda c: deal_reader.probability(c.text, c is cls[0]))
                prob = deal_reader.probability(best.text, best is cls[0])
                for t in CUTS:
                    counts[f"reader >= {t}"] += prob >= t
                why[_why_not(best.text, prob, threshold)] += 1
                if show and prob >= 0.5:
                    print(
                        f"{name} {deal.get('kind')} {prob:.2f} "
                        f"{_why_not(best.text, prob, threshold)}"
                        f" | {deal.get('buyer')} / {deal.get('seller')} | {best.text[:160]!r}"
                    )
    print(f"options {options or '(round-16 features)'}, threshold {threshold}")
    print(
        f"gold deals {total['gold']}, with no predicted deal {total['not found']} (strict: no"
        f" deal citing a clause that tells it or with its value {total['not found (strict)']})"
    )
    for label, n in counts.items():
        print(f"  {label:24} {n}")
    print("  best clause, why the learned pass left it:")
    for label, n in why.most_common():
        print(f"    {label:40} {n}")
    print("  gold kinds not found: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print("  (strict): " + ", ".join(f"{k} {n}" for k, n in kinds_strict.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
