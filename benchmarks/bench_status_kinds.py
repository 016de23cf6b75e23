"""Deal status and deal kinds of found deals, as tables: gold status x proposed status (deals
paired by value, as ``scoring.py`` scores status) and gold kind x proposed kind (deals matched as
``bench_deals_missed.py`` matches them: value, a clause telling the deal, or both sides).

Round 22 (issue 10; docs/extraction.md "Round 22: status and kinds"). Readable sets only
(``deal_reader_data.TRAINING_SETS``): the checks and the blind sets are refused. ``--lines``
also prints one line per miss with the deal's own sentence, to read them.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_status_kinds.py [--lines] SET ...
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

from bench_deals_missed import _line, _match, _status  # noqa: E402
from bench_deals_not_found import _value  # noqa: E402
from bench_extract import as_gold_kinds, load_corpus  # noqa: E402
from deal_reader_data import TRAINING_SETS, tells  # noqa: E402

from briefdesk.extract import extract_text  # noqa: E402
from briefdesk.extract.party_clauses import clauses  # noqa: E402
from briefdesk.extract.text import normalise, sentences  # noqa: E402

STATUSES = (
    "reported", "proposed", "approved", "signed", "in_delivery", "delivered", "suspended",
    "cancelled", "-",
)  # fmt: skip


def _table(title: str, counts: Counter[tuple[str, str]], rows: list[str]) -> None:
    cols = sorted(
        {c for _r, c in counts}, key=lambda c: (c not in rows, rows.index(c) if c in rows else 0, c)
    )
    print(f"\n{title} (rows gold, columns proposed; '-' = no proposed deal)")
    print("| gold \\ proposed | " + " | ".join(c[:9] for c in cols) + " | wrong |")
    print("|---" * (len(cols) + 2) + "|")
    for r in [r for r in rows if any(k[0] == r for k in counts)]:
        cells = [counts.get((r, c), 0) for c in cols]
        wrong = sum(n for c, n in zip(cols, cells, strict=True) if c not in (r, "-"))
        print(f"| {r} | " + " | ".join(str(n or ".") for n in cells) + f" | {wrong} |")


def main(argv: list[str]) -> int:
    lines = "--lines" in argv
    wanted = [a for a in argv if not a.startswith("--")] or ["fresh-18"]
    refused = [s for s in wanted if s not in TRAINING_SETS]
    if refused:
        print(f"bench_status_kinds: not a readable set: {refused}", file=sys.stderr)
        return 2
    status = Counter[tuple[str, str]]()
    kinds = Counter[tuple[str, str]]()
    for split in wanted:
        for name, text, gold in load_corpus(split):
            day = date.fromisoformat(gold["published"]) if gold.get("published") else None
            pred = as_gold_kinds(extract_text(text, published=day).to_json())["deals"]
            by_value: dict[str, dict[str, Any]] = {}
            for p in pred:
                if (key := _value(p)) is not None:
                    by_value.setdefault(key, p)
            cls = list(clauses(sentences(normalise(text[:200_000]))))
            for deal in gold["deals"]:
                key = _value(deal)
                if key is not None:
                    got = by_value.get(key)
                    said = got.get("status", "-") if got else "-"
                    status[(_status(deal), said)] += 1
                    if lines and got and said != _status(deal):
                        spans = [(e["start"], e["end"]) for e in got["evidence"] if "start" in e]
                        own = text[spans[0][0] : spans[0][1]] if spans else ""
                        print(f"STAT {_status(deal)} -> {said} " + _line(name, deal, own))
                told = [c for c in cls if tells(c.text, deal, gold["actors"])]
                match = _match(deal, told, pred, gold["actors"])
                kind = match["kind"] if match else "-"
                kinds[(deal.get("kind", ""), kind)] += 1
                if lines and match and kind != deal.get("kind"):
                    spans = [(e["start"], e["end"]) for e in match["evidence"] if "start" in e]
                    own = text[spans[0][0] : spans[0][1]] if spans else ""
                    print(f"KIND {deal.get('kind')} -> {kind} " + _line(name, deal, own))
    _table("Deal status of gold deals with a value", status, list(STATUSES))
    kind_rows = [*sorted({r for r, _c in kinds}), "-"]
    _table("Deal kinds of gold deals", kinds, kind_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
