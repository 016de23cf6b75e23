"""Labelled clauses for the learned deal-sentence reader (round 16 experiment, issue 10).

Training material only: the tuning-corpus articles and the retired fresh sets except the
pooled checks (``bench_extract.CHECK_SETS``); the blind sets and the held-out corpus are never
loaded. Each article is cut into the clauses the deal finder reads (``text.sentences`` of the
normalised text, then ``party_clauses.clauses``).

A clause is labelled as telling gold deal *d* when
- it holds *d*'s value as stated ("$1.2 billion"), or
- it names one of *d*'s sides (a form the scorer accepts for it) and holds at least two of
  the content words of *d*'s item (all of them when the item has one), or
- it names both of *d*'s sides and holds one item word.
The rules' own answer is kept beside it: whether any deal the extractor suggests has evidence
in the clause. Rows are cached in /tmp (``--rebuild`` re-extracts).
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import CHECK_SETS, RETIRED_FRESH, load_corpus  # noqa: E402

from briefdesk.extract import deal_learned, extract_text  # noqa: E402
from briefdesk.extract.party_clauses import clauses  # noqa: E402
from briefdesk.extract.scoring import party_forms  # noqa: E402
from briefdesk.extract.text import normalise, sentences  # noqa: E402

CACHE = Path("/tmp/r24_reader_rows.json")  # (round24-freeze code; older caches differ)
TRAINING_SETS = ("tuning-corpus", *(s for s in RETIRED_FRESH if s not in CHECK_SETS))
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "into",
        "under",
        "over",
        "that",
        "this",
        "their",
        "its",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "as",
        "or",
        "new",
        "first",
        "second",
        "phase",
        "deal",
        "agreement",
        "contract",
    ]
)
_ITEM_WORD = re.compile(r"[a-z][a-z-]{3,}")


def _names(text: str, forms: set[str]) -> bool:
    return any(f and re.search(r"(?<![\w])" + re.escape(f) + r"(?![\w])", text) for f in forms)


def _item_words(item: str) -> set[str]:
    return {w for w in _ITEM_WORD.findall((item or "").lower()) if w not in _STOP}


def tells(clause: str, deal: dict[str, Any], actors: list[dict[str, Any]]) -> bool:
    """Whether the clause tells this gold deal (the labelling in the module's docstring)."""
    stated = (deal.get("value") or {}).get("as_stated") or ""
    if stated and stated in clause:
        return True
    sides = [party_forms(deal[r], actors) for r in ("buyer", "seller") if deal.get(r)]
    named = sum(_names(clause, forms) for forms in sides)
    if not named:
        return False
    words = _item_words(deal.get("item", ""))
    held = len(words & set(_ITEM_WORD.findall(clause.lower())))
    need = 1 if named >= 2 else min(2, len(words))
    return bool(words) and held >= need


def article_rows(text: str, gold: dict[str, Any]) -> list[dict[str, Any]]:
    published = date.fromisoformat(gold["published"]) if gold.get("published") else None
    on, deal_learned.THRESHOLD = deal_learned.THRESHOLD, 2.0  # "rule": the rules' own deals
    try:
        result = extract_text(text, published=published).to_json()
    finally:
        deal_learned.THRESHOLD = on
    spans = [(e["start"], e["end"]) for d in result["deals"] for e in d["evidence"] if "start" in e]
    plain = normalise(text[:200_000])
    rows = []
    for index, clause in enumerate(clauses(sentences(plain))):
        told = [i for i, d in enumerate(gold["deals"]) if tells(clause.text, d, gold["actors"])]
        rule = any(s < clause.end and clause.start < e for s, e in spans)
        rows.append({"text": clause.text, "first": index == 0, "deals": told, "rule": rule})
    return rows


def load_rows(rebuild: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Per training set, its articles: ``{"name", "rows", "gold_deals"}`` each."""
    if CACHE.exists() and not rebuild:
        return json.loads(CACHE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    out: dict[str, list[dict[str, Any]]] = {}
    for split in TRAINING_SETS:
        assert split not in CHECK_SETS
        out[split] = [
            {"name": name, "rows": article_rows(text, gold), "gold_deals": len(gold["deals"])}
            for name, text, gold in load_corpus(split)
        ]
        print(f"  {split}: {len(out[split])} articles", file=sys.stderr)
    CACHE.write_text(json.dumps(out), encoding="utf-8")
    return out


if __name__ == "__main__":
    sets = load_rows("--rebuild" in sys.argv)
    for split, articles in sets.items():
        rows = [r for a in articles for r in a["rows"]]
        pos = sum(bool(r["deals"]) for r in rows)
        deals = sum(a["gold_deals"] for a in articles)
        labelled = sum(len({i for r in a["rows"] for i in r["deals"]}) for a in articles)
        print(
            f"{split:14} articles {len(articles):3}  clauses {len(rows):5}  positive {pos:4}"
            f"  gold deals {deals:4} with a labelled clause {labelled:4}"
        )
