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
from deal_reader_data import tells  # noqa: E402

from briefdesk.extract import deal_learned, deal_reader, deals  # noqa: E402
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, DealBuild, deal_kind  # noqa: E402
from briefdesk.extract.deal_more import MONEYISH, unpriced_veto  # noqa: E402
from briefdesk.extract.deal_reader_classes import ends  # noqa: E402
from briefdesk.extract.scoring import actor_forms, norm, party_forms  # noqa: E402

_learned = deals.learned_deals

READABLE = (
    "tuning-corpus", "fresh-23", "fresh-22", "fresh-21", "fresh-20", "fresh-18", "fresh-16",
    "fresh-12", "fresh-11", "fresh-9", "fresh-8",
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


# --- where a lost side stops (round 24, `--stops`): the learned pass traced, sentence by sentence

# (sentence text, reader probability, why it was left, sentence span)
_TRACE: list[tuple[str, float, str, tuple[int, int]]] = []


def _traced(sents: list, deals: list, parties: Any, same: Any, named: Any) -> list:
    """``deal_learned.learned_deals`` unchanged, and why it left each sentence (in its order)."""
    out = _learned(sents, deals, parties, same, named)
    proposed = {d.sentence_index for d in out}
    spans = [span for d in deals for span in d.evidence]
    used = {d.sentence_index for d in deals}
    known = {p for d in deals for p in (d.buyer, d.seller) if p}
    for index, sentence in enumerate(sents):
        text = sentence.text
        prob = deal_reader.probability(text, index == 0)
        if index in proposed:
            why = "proposed (then lost)"
        elif index in used:
            why = "a rule deal's sentence"
        elif not ends(text):
            why = "no final stop"
        elif not named(sentence):
            why = "names no actor"
        elif any(s < sentence.end and sentence.start < e for s, e in spans):
            why = "inside a found deal's evidence"
        elif MONEYISH.search(text):
            why = "an amount"
        elif prob < deal_learned.THRESHOLD:
            why = "below threshold"
        elif unpriced_veto(text, first=not deals):
            why = "unpriced veto"
        elif deal_learned._TOLD_AGAIN.search(text):
            why = "told again / dated / hearsay"
        elif deal_kind(text, text) in NO_PARTY_KINDS:
            why = "kind without sides"
        else:
            scratch = DealBuild(deal_kind(text, text), None, rule=deal_learned.RULE)
            parties(scratch, sentence)
            sides = {scratch.buyer, scratch.seller} - {""}
            if not sides:
                why = "no side read"
            elif all(any(same(side, k) for k in known) for side in sides):
                why = "sides already in a found deal"
            else:
                why = f"cap of {deal_learned.MAX_LEARNED} learned deals"
        _TRACE.append((text, prob, why, (sentence.start, sentence.end)))
    return out


def stop(
    deal: dict, actors: list, trace: list[tuple[str, float, str, tuple[int, int]]],
    taken: list[dict],
) -> tuple[str, str]:
    """For a gold deal no found deal pairs with: (a) or (b), and why (the telling sentence the
    reader is surest of; a headline, or one holding another gold deal's found deal, last);
    ``taken``: the found deals paired with other gold deals."""
    spans = [(e["start"], e["end"]) for d in taken for e in d["evidence"] if "start" in e]
    told = []
    for text, prob, why, (start, end) in trace:
        if not tells(text, deal, actors):
            continue
        if why == "a rule deal's sentence":
            other = any(s < end and start < e for s, e in spans)
            why += ": its deal is another gold deal's" if other else ": its deal pairs with none"
        told.append((prob, why))
    if not told:
        return "(a) no sentence tells it", ""
    # (the labeller is loose: a sentence whose deal is another gold deal's tells that one, so
    # it is taken last; a headline, which the pass never reads, only when no sentence tells it)
    last = ("no final stop", "a rule deal's sentence: its deal is another gold deal's")
    prob, why = max(told, key=lambda t: (t[1] != last[1], t[1] != last[0], t[0]))
    if prob < deal_learned.THRESHOLD:
        return f"(a) reader < {deal_learned.THRESHOLD}", why
    return "(b) reader sure, dropped", why


STAGES = {  # (--stops) the brief's stages: each lost side in one, "not read" across them
    "counted twice": "counted twice",
    "empty": "(c) deal found, side empty",
    "other side": "(d) side filled wrong",
    "person": "(d) side filled wrong",
    "state": "(d) side filled wrong",
    "body": "(d) side filled wrong",
}


def main(argv: list[str]) -> int:
    listing = "--list" in argv
    stops = "--stops" in argv  # (round 24) split "not found" by the traced learned pass
    sets = [a for a in argv if not a.startswith("--")] or list(READABLE)
    if any(
        s in CHECK_SETS or s in ("checks", "tuning", "retired", "fresh-24", "fresh-25")
        for s in sets
    ):
        print("bench_side_buckets: readable sets only", file=sys.stderr)
        return 2
    if stops:
        deals.learned_deals = _traced
    print(f"| set | lost | {' | '.join(BUCKETS)} |")
    print("|---" * (len(BUCKETS) + 2) + "|")
    staged: dict[str, Counter[str]] = {}
    reasons: dict[str, Counter[str]] = {}
    for split in sets:
        counts: Counter[str] = Counter()
        stage, reason = staged.setdefault(split, Counter()), reasons.setdefault(split, Counter())
        lost = 0
        for name, text, gold in load_corpus(split):
            published = date.fromisoformat(gold["published"]) if gold.get("published") else None
            _TRACE.clear()
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
                why = ""
                if stops:
                    stage["lost"] += 1
                    stage["(e) name not read as an actor"] += unread
                    if where == "not found":
                        step, why = stop(deal, actors, _TRACE, list(pairs.values()))
                        stage[step] += 1
                        if step.startswith("(b)"):
                            reason[why] += 1
                        elif why:
                            reason[f"(a) {why}"] += 1
                    else:
                        stage[STAGES[where]] += 1
                if listing:
                    got = (found or {}).get(role) or "-"
                    flag = " (not read)" if unread else ""
                    why = f" <{why}>" if why else ""
                    print(f"  {name} {role} gold={deal[role]!r} got={got!r} [{where}]{flag}{why}")
                    if found and where != "not found":
                        start = found["evidence"][0]["start"] if found.get("evidence") else 0
                        print(f"      {text[start : start + 160]!r}")
        cells = " | ".join(str(counts[b]) for b in BUCKETS)
        print(f"| {split} | {lost} | {cells} |")
    if stops:
        _print_stops(staged, reasons)
    return 0


def _print_stops(staged: dict[str, Counter[str]], reasons: dict[str, Counter[str]]) -> None:
    """The stage table (per set and pooled) and why the learned pass left the deal sentences."""
    pooled: Counter[str] = sum(staged.values(), Counter())
    labels = [
        f"(a) reader < {deal_learned.THRESHOLD}", "(a) no sentence tells it",
        "(b) reader sure, dropped", "(c) deal found, side empty", "(d) side filled wrong",
        "counted twice", "(e) name not read as an actor",
    ]
    cut = deal_learned.THRESHOLD
    print(f"\nstage of each lost side (learned reader at {cut}, shipped weights)")
    print(f"| stage | {' | '.join(staged)} | pooled |")
    print("|---" * (len(staged) + 2) + "|")
    for label in ["lost", *labels]:
        cells = " | ".join(str(c[label]) for c in staged.values())
        print(f"| {label} | {cells} | {pooled[label]} |")
    both: Counter[str] = sum(reasons.values(), Counter())
    print("\nwhy the learned pass left the surest telling sentence, lost sides (pooled):")
    for label, n in both.most_common():
        per = ", ".join(f"{s} {r[label]}" for s, r in reasons.items() if r[label])
        print(f"  {label:44} {n:3}  ({per})")

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
