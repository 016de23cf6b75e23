"""Agreement between two annotators: one gold file set scored against another.

Run by hand:  .venv/bin/python benchmarks/bench_agreement.py PRED_DIR TRUTH_DIR
              [--verbose] [--both]

PRED_DIR's ``*.gold.json`` files are read as if they were the extractor's output and scored
against the gold file of the same name in TRUTH_DIR with ``briefdesk.extract.scoring`` - the very
matching rules and fields of benchmarks/bench_extract.py, so the two figures can be read side by
side (an agreement of 0.88 says what a 0.90 extraction target asks of the gold). Only names and
values the first annotator wrote count: the second annotator's aliases are not used when its
file plays the prediction, exactly as the extractor's extra names are not. ``--both`` scores the
reverse direction as well (F1 is not symmetric under these rules: aliases and affiliations of the
truth side widen what matches). This reads gold files only; it never runs the extractor.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import report  # noqa: E402  (src and benchmarks on the path first)

from briefdesk.extract.scoring import (  # noqa: E402
    Score,
    _state_code,
    new_scores,
    score_article,
)

SUFFIX = ".gold.json"


class AgreementError(Exception):
    """Bad input: a missing folder, an unreadable gold file, no article in common."""


def person_country(person: dict[str, Any], by_name: dict[str, dict[str, Any]]) -> str:
    """The ISO code of the state a gold person belongs to, directly or through a gold
    organisation (two steps at most) - what the extractor reports as a person's "country"."""
    current, depth = person, 0
    while True:
        owner = by_name.get(current.get("affiliation", ""))
        if owner and owner["type"] == "state":
            return _state_code(owner["name"])
        if not owner or depth >= 2:
            return _state_code(current.get("affiliation", ""))
        current, depth = owner, depth + 1


def as_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """A gold file in the shape ``score_article`` expects of extraction output: actors with
    name, type, role ("" when none) and country; deals with kind, value, status (the gold's
    "agreed" is the model's "approved") and the buyer/seller names; places and dates as written.
    Aliases are dropped: a prediction names each actor once."""
    by_name = {a["name"]: a for a in gold["actors"]}
    actors = [
        {
            "name": a["name"],
            "type": a["type"],
            "role": a.get("role", ""),
            "country": person_country(a, by_name) if a["type"] == "person" else "",
        }
        for a in gold["actors"]
    ]
    deals = [
        {
            "kind": d["kind"],
            "value": d.get("value"),
            "status": {"agreed": "approved"}.get(d.get("status", ""), d.get("status", "")),
            "buyer": d.get("buyer", ""),
            "seller": d.get("seller", ""),
        }
        for d in gold["deals"]
    ]
    return {"actors": actors, "deals": deals, "places": gold["places"], "dates": gold["dates"]}


def _load(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AgreementError(f"{path}: not a readable gold file ({exc})") from exc
    missing = {"actors", "deals", "places", "dates"} - set(gold)
    if missing:
        raise AgreementError(f"{path}: gold file lacks {', '.join(sorted(missing))}")
    return gold


def pairs(
    pred_dir: Path, truth_dir: Path, names: Iterable[str] | None = None
) -> list[tuple[str, dict, dict]]:
    """(article, prediction-side gold, truth-side gold) for every gold file of ``pred_dir``
    (or only the articles ``names``); each must have a namesake in ``truth_dir``."""
    for folder in (pred_dir, truth_dir):
        if not folder.is_dir():
            raise AgreementError(f"{folder}: no such folder")
    if names is None:
        names = [p.name[: -len(SUFFIX)] for p in sorted(pred_dir.glob(f"*{SUFFIX}"))]
    items = []
    for name in names:
        mine, other = pred_dir / f"{name}{SUFFIX}", truth_dir / f"{name}{SUFFIX}"
        if not other.is_file():
            raise AgreementError(f"{other}: no gold file to compare {mine.name} with")
        items.append((name, _load(mine), _load(other)))
    if not items:
        raise AgreementError(f"{pred_dir}: no *{SUFFIX} files")
    return items


def agreement(items: Iterable[tuple[str, dict, dict]]) -> dict[str, Score]:
    """Per-field scores of the prediction side against the truth side, bench_extract's way."""
    scores = new_scores()
    for name, pred, truth in items:
        score_article(as_prediction(pred), truth, scores, name)
    return scores


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pred_dir", type=Path, help="gold files read as the prediction")
    parser.add_argument("truth_dir", type=Path, help="gold files read as the truth")
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("--both", action="store_true", help="also score truth against pred")
    args = parser.parse_args(list(argv) if argv is not None else None)
    directions = [(args.pred_dir, args.truth_dir)]
    if args.both:
        directions.append((args.truth_dir, args.pred_dir))
    names: list[str] | None = None  # the reverse direction scores the same articles
    for pred_dir, truth_dir in directions:
        try:
            items = pairs(pred_dir, truth_dir, names)
            names = [name for name, _, _ in items]
        except AgreementError as exc:
            print(f"bench_agreement: {exc}", file=sys.stderr)
            return 1
        scores = agreement(items)
        if args.verbose:
            for score in scores.values():
                for miss in score.misses:
                    print("   ", miss)
        report(f"{pred_dir} as prediction, {truth_dir} as truth ({len(items)} articles)", scores)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
