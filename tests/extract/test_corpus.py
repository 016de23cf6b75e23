"""Quality gate: F1 floors on the corpus splits and JSON snapshots of the extractor's output.

Snapshots are kept for tuning articles only (the corpus's tuning articles and, from round 9, the
retired fresh sets; and the sample article): reviewing a diff of a held-out or unseen article's
output would be tuning on it. Regenerate after a deliberate rule change with
``BRIEFDESK_UPDATE_SNAPSHOTS=1`` and review the diff in the commit.
"""

from __future__ import annotations

import importlib.util
import json
import os
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.scoring import Score, new_scores, overall, score_article

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOTS = ROOT / "tests" / "data" / "extract" / "snapshots"
UPDATE = os.environ.get("BRIEFDESK_UPDATE_SNAPSHOTS") == "1"

# Floors a little under the figures measured when the gate was set up (tuning overall 0.962 on
# its first 30 articles, held-out 0.892): a rule change that costs more than this fails.
FLOORS: dict[str, dict[str, float]] = {
    # 128 articles since round 6 added 144-163 (written blind, gold before their first run:
    # 0.812 and 0.799 then). Round 5 (108 articles) had added 124-143; at the round-5 freeze
    # (tag round5-freeze) the 108 scored overall 0.941. With 144-163 on main at their merge
    # (a46e9f5 + round-6 start): overall 0.920, names 0.971, roles 0.930, organisations 0.910,
    # states 0.983, deal values 0.963, buyer/seller 0.790, places 0.919. Round 6 (continued),
    # entities branch: overall 0.934, roles 0.935, organisations 0.941, places 0.944. Round 7
    # added 164-183 (blind; first runs 0.833 and 0.824, buyer/seller 0.542 and 0.644); at their
    # merge (f8bcc5e) the 148 scored overall 0.930, names 0.988, roles 0.969, organisations
    # 0.924, states 0.979, values 0.963, buyer/seller 0.782, places 0.933 — floors re-set so.
    # Round 8 added 184-193 (blind; first run 0.807, 0.830 at round8-freeze): the 158 scored at
    # the freeze overall 0.943, names 0.995, roles 0.982, organisations 0.947, states 0.988,
    # values 0.964, buyer/seller 0.801, places 0.946 — floors re-set so. From round 9 these 158
    # are "tuning-corpus"; "tuning" adds the retired fresh sets (below).
    "tuning-corpus": {
        "overall": 0.935,
        "person names": 0.99,
        "person roles": 0.975,
        "organisations": 0.94,
        # Round 10 sides: buyer/seller 0.807 -> 0.810.
        # Round 10 (unpriced deals): buyer/seller 0.807 -> 0.814, kinds 0.857 -> 0.865.
        # Round 11 sides: buyer/seller 0.819 -> 0.822. Round 11 sides (second): 0.822 -> 0.824.
        "buyer/seller": 0.82,
        "places": 0.94,
        "states": 0.98,
        # Round 11 deals: values 0.967 -> 0.976, status 0.770 -> 0.776.
        "deal values": 0.97,
        # Round 9 (status/kind helper): deal status 0.709 -> 0.767, kinds 0.842 -> 0.856.
        "deal status": 0.77,
        # Round 12 deals not found: kinds 0.870 -> 0.869 (0.872 before the own-sentence kind).
        "deal kinds": 0.865,
    },
    # Round 9: tuning-corpus plus the 150 articles of the retired fresh sets (fresh to fresh-6,
    # scored as unseen in rounds 2-7). At round9-start the 308 scored overall 0.889, names 0.955,
    # roles 0.902, organisations 0.888, states 0.978, values 0.903, buyer/seller 0.719, places
    # 0.889 (the 150 retired alone: 0.832). Round 9 deals: buyer/seller 0.731, values 0.919
    # (tuning-corpus 0.806 and 0.965) — those two floors raised. Round 9 people branch: names
    # 0.972, roles 0.915. Round 9 organisations/places branch: organisations 0.902, places 0.901.
    # Round 10 retired fresh-7 (20 articles) too: at round10-start the 328 score overall 0.895,
    # names 0.966, roles 0.906, organisations 0.899, states 0.976, values 0.911, buyer/seller
    # 0.723, places 0.897, status 0.751, kinds 0.812 — floors re-set a little under those.
    # Round 10 people branch: names 0.968, roles 0.920 — those two floors raised.
    # Round 10 organisations/places branch: organisations 0.906, places 0.905.
    # Round 11 retired fresh-8 (30 articles) too: at round11-start the 358 score overall 0.897,
    # names 0.964, roles 0.914, organisations 0.902, states 0.973, values 0.910, buyer/seller
    # 0.732, places 0.899, status 0.759, kinds 0.822 — the places floor re-set under that.
    # Round 12 retired fresh-9 (30 articles) too: at round12-start the 388 score overall 0.900,
    # names 0.963, roles 0.915, organisations 0.899, states 0.971, values 0.946, buyer/seller
    # 0.747, places 0.902, status 0.768, kinds 0.828 — floors re-set a little under those.
    # Round 13 retired fresh-10 (24 articles) too: at round13-start the 412 score overall 0.900,
    # names 0.965, roles 0.917, organisations 0.900, states 0.972, values 0.948, buyer/seller
    # 0.744, places 0.904, status 0.771, kinds 0.831 — floors re-set a little under those.
    # Round 14 retired fresh-11 (24 articles, non-news genres) too: at round14-start the 436
    # score overall 0.898, names 0.963, roles 0.908, organisations 0.900, states 0.972, values
    # 0.946, buyer/seller 0.741, places 0.902, status 0.778, kinds 0.825 — floors re-set a
    # little under those.
    # Round 15 retired fresh-12 (24 articles, news and other documents) too: at round15-start
    # the 460 score overall 0.895, names 0.960, roles 0.901, organisations 0.897, states 0.972,
    # values 0.947, buyer/seller 0.734, places 0.900, status 0.776, kinds 0.820 — floors re-set
    # a little under those.
    # Round 16 retired fresh-13 (24 articles, news and other documents) too: at round16-start
    # the 484 score overall 0.892, names 0.957, roles 0.897, organisations 0.894, states 0.972,
    # values 0.947, buyer/seller 0.734, places 0.897, status 0.778, kinds 0.822 — floors re-set
    # a little under those.
    # Round 17 retired fresh-14 (24 articles, news and other documents) too: at round17-start
    # the 508 score overall 0.892, names 0.955, roles 0.889, organisations 0.896, states 0.972,
    # values 0.947, buyer/seller 0.739, places 0.896, status 0.780, kinds 0.831 — floors re-set
    # a little under those (roles 0.894 -> 0.886: fresh-14's roles are harder, nothing changed).
    # Round 18 retired fresh-15 (24 articles, news and other documents; also in the held-back
    # check): at round18-start the 532 score overall 0.889, names 0.953, roles 0.883,
    # organisations 0.893, states 0.972, values 0.946, buyer/seller 0.735, places 0.893, status
    # 0.779, kinds 0.829 — floors re-set a little under those (roles 0.886 -> 0.880 and
    # overall, organisations, buyer/seller, places a little lower: fresh-15 is harder, no code
    # changed between the two measurements).
    # Round 19 retired fresh-16 (24 articles, news and other documents; readable, not in the
    # check): at round19-start the 556 score overall 0.887, names 0.952, roles 0.886,
    # organisations 0.890, states 0.972, values 0.944, buyer/seller 0.732, places 0.890, status
    # 0.776, kinds 0.827 — floors re-set a little under those (no code changed between the two
    # measurements).
    # Round 20 retired fresh-17 (24 articles, news and other documents; into the held-back check,
    # unread): at round20-start the 580 score overall 0.887, names 0.952, roles 0.889,
    # organisations 0.891, states 0.972, values 0.948, buyer/seller 0.730, places 0.891, status
    # 0.782, kinds 0.822 — floors re-set a little under those (kinds 0.824 -> 0.819,
    # buyer/seller 0.729 -> 0.727, names 0.951 -> 0.949; no code changed between the two
    # measurements).
    # Round 21 retired fresh-18 (24 articles, news and other documents; readable tuning
    # material): at round21-start the 604 score overall 0.888, names 0.953, roles 0.898,
    # organisations 0.891, states 0.972, values 0.945, buyer/seller 0.731, places 0.891, status
    # 0.778, kinds 0.819 (0.8187) — floors re-set a little under those (roles 0.899 -> 0.895,
    # kinds 0.819 -> 0.816; no code changed between the two measurements).
    # Round 22 retired fresh-19 (24 articles, news and other documents; into the held-back check,
    # unread): at round22-start the 628 score overall 0.890, names 0.953, roles 0.902,
    # organisations 0.894, states 0.973, values 0.942, buyer/seller 0.732, places 0.891, status
    # 0.776, kinds 0.826 — floors re-set a little under those (buyer/seller 0.734 -> 0.730; no
    # code changed between the two measurements).
    # Round 23 retired fresh-20 (24 articles, news and other documents; readable tuning
    # material): at round23-start the 652 score overall 0.889, names 0.955, roles 0.901,
    # organisations 0.894, states 0.974, values 0.938, buyer/seller 0.733, places 0.891, status
    # 0.783, kinds 0.829 — floors re-set a little under those (overall 0.889 -> 0.887, roles
    # 0.901 -> 0.898, values 0.941 -> 0.935, buyer/seller 0.735 -> 0.730, places 0.891 -> 0.888,
    # status 0.788 -> 0.780, kinds 0.830 -> 0.826; no code changed between the two measurements).
    # Round 24 retired fresh-21 (24 articles, news and other documents; readable tuning
    # material): at round24-start the 676 score overall 0.890, names 0.955, roles 0.901,
    # organisations 0.896, states 0.974, values 0.934, buyer/seller 0.736, places 0.892, status
    # 0.807, kinds 0.829 — floors re-set a little under those (overall 0.891 -> 0.888, names
    # 0.956 -> 0.953, roles 0.902 -> 0.898, values 0.935 -> 0.931, buyer/seller 0.738 -> 0.733,
    # kinds 0.831 -> 0.826, organisations 0.896 -> 0.893, places 0.892 -> 0.889; no code
    # changed between the two measurements).
    # Round 25 retired fresh-22 (24 articles, news and other documents; readable tuning
    # material): at round25-start the 700 score overall 0.889, names 0.955, roles 0.900,
    # organisations 0.895, states 0.974, values 0.932, buyer/seller 0.739, places 0.890, status
    # 0.807, kinds 0.830 — floors re-set a little under those (overall 0.889 -> 0.887,
    # organisations 0.895 -> 0.892, buyer/seller 0.738 -> 0.735, places 0.891 -> 0.887, values
    # 0.931 -> 0.929, status 0.810 -> 0.804, kinds 0.829 -> 0.826; no code changed between the
    # two measurements).
    # Round 26 retired fresh-23 (24 articles, news and other documents; readable tuning
    # material): at round26-start the 724 score overall 0.888 (0.8879, just under its 0.888 floor),
    # names 0.954, roles 0.897, organisations 0.893, states 0.974, values 0.931, buyer/seller
    # 0.736, places 0.890, status 0.812, kinds 0.829 — floors re-set a little under those
    # (overall 0.888 -> 0.886, names 0.953 -> 0.951, roles 0.898 -> 0.894, organisations 0.892
    # -> 0.890, buyer/seller 0.739 -> 0.733, places 0.888 -> 0.887, status 0.813 -> 0.809, kinds
    # 0.828 -> 0.826; no code changed between the two measurements).
    "tuning": {
        # Round 15 merged (freeze): overall 0.896, buyer/seller 0.742, status 0.782, kinds 0.824
        # — those three floors raised a little under.
        # Round 13 merged (freeze): overall 0.905, names 0.967, roles 0.919, organisations 0.910,
        # buyer/seller 0.755, values 0.953, status 0.789 — those floors raised a little under.
        # Round 21 merged (freeze): overall 0.891, roles 0.904, buyer/seller 0.737, kinds 0.827
        # — those four floors raised a little under.
        # Round 22 merged (freeze): overall 0.891, names 0.955, buyer/seller 0.738, places 0.894,
        # states 0.975, status 0.791, kinds 0.833 — those floors raised a little under.
        # Round 23 merged (freeze, 652): overall 0.893, names 0.958, roles 0.905, organisations
        # 0.899, buyer/seller 0.741, places 0.894, status 0.805, kinds 0.834 — those floors
        # raised a little under.
        # Round 24 merged (freeze, 676): overall 0.891, organisations 0.897, buyer/seller
        # 0.741, places 0.893, status 0.813, kinds 0.832 — those floors raised a little under.
        # Round 25 merged (freeze, 700): overall 0.890, buyer/seller 0.742, places 0.891, status
        # 0.817, kinds 0.831 — those floors raised a little under.
        "overall": 0.886,
        # Round 12 people branch: names 0.963 -> 0.966, roles 0.915 -> 0.920 — both raised.
        "person names": 0.951,
        # Round 11 people branch: roles 0.914 -> 0.920.
        # Round 18 roles branch: roles 0.883 -> 0.891 — raised a little under.
        # Round 19 roles branch: roles 0.886 -> 0.892, names 0.952 -> 0.954 — raised a little
        # under.
        # Round 20 roles branch: roles 0.889 -> 0.902, names 0.952 -> 0.955 — raised a little
        # under.
        "person roles": 0.894,
        # Round 12 organisations branch: organisations 0.899 -> 0.905 (retired alone 0.867 ->
        # 0.876, fresh-9 0.868 -> 0.873).
        # Round 13 organisations branch: organisations 0.900 -> 0.909 (retired alone 0.871 ->
        # 0.885; fresh-10, the check, 0.832 -> 0.832).
        "organisations": 0.890,
        # Round 10 sides: buyer/seller 0.723 -> 0.733.
        # Round 10 (unpriced deals): buyer/seller 0.723 -> 0.738, kinds 0.812 -> 0.826.
        # Round 11 sides: buyer/seller 0.732 -> 0.742 (retired alone 0.662 -> 0.679).
        # Round 11 deals (358): buyer/seller 0.732 -> 0.740, values 0.910 -> 0.948, status
        # 0.759 -> 0.778, kinds 0.822 -> 0.836 — those four floors raised.
        # Round 11 sides (second): 0.742 -> 0.751 (retired alone 0.679 -> 0.692).
        # Round 12 deals not found: buyer/seller 0.747 -> 0.754, kinds 0.828 -> 0.838.
        # Round 12 newcomer kinds: 0.747 -> 0.749 (retired alone 0.694 -> 0.697).
        # Round 13 sides across sentences: 0.744 -> 0.750 (retired alone 0.695 -> 0.703).
        "buyer/seller": 0.733,
        # Round 11 places branch: places 0.899 -> 0.907 (retired alone 0.857 -> 0.873).
        # Round 12 places branch: places 0.902 -> 0.906 (retired alone 0.868 -> 0.876).
        "places": 0.887,
        "states": 0.972,
        # Round 13 deals (412): values 0.948 -> 0.953, status 0.771 -> 0.789 — both raised.
        "deal values": 0.929,
        # Round 9 (status/kind helper): deal status 0.758, kinds 0.810 (retired alone 0.748 and
        # 0.761, from 0.614 and 0.741 at round9-start).
        # Round 22 status (r22-status): deal status 0.776 -> 0.790 — raised a little under.
        # Round 23 status (r23-status): deal status 0.783 -> 0.806 — raised a little under.
        "deal status": 0.809,
        "deal kinds": 0.826,
    },
    # Articles 3, 6, ... 30 and 31-40, scored once at the round-2 freeze (overall 0.901: names
    # 0.952, organisations 0.815, buyer/seller 0.866, places 0.880, states 0.983, values 1.000).
    "heldout-1": {
        "overall": 0.89,
        "person names": 0.94,
        "organisations": 0.80,
        "buyer/seller": 0.85,
        "places": 0.87,
        "states": 0.97,
        "deal values": 0.97,
    },
    # Articles 66-80, scored at the round-5 freeze (overall 0.832: states 0.985, names 0.923,
    # places 0.868, organisations 0.826, buyer/seller 0.549). No snapshots of held-out.
    "heldout-2": {
        "overall": 0.82,
        "states": 0.975,
        "person names": 0.915,
        "places": 0.86,
        "organisations": 0.815,
        "buyer/seller": 0.54,
    },
}


def _bench() -> ModuleType:
    """benchmarks/bench_extract.py: the one place that says which article is in which split."""
    spec = importlib.util.spec_from_file_location(
        "bench_extract", ROOT / "benchmarks" / "bench_extract.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


def _run(text: str, gold: dict[str, Any]) -> dict[str, Any]:
    published = date.fromisoformat(gold["published"]) if gold.get("published") else None
    result: dict[str, Any] = extract_text(text, published=published).to_json()
    return result


def _scores(split: str) -> dict[str, Score]:
    scores = new_scores()
    parts = ("heldout-old", "heldout-new") if split == "heldout-1" else (split,)
    articles = [item for part in parts for item in BENCH.load_corpus(part)]
    for name, text, gold in articles:
        score_article(BENCH.as_gold_kinds(_run(text, gold)), gold, scores, name)
    return scores


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_f1_floors(split: str) -> None:
    scores = _scores(split)
    got = {label: scores[label].f1 for label in FLOORS[split] if label != "overall"}
    got["overall"] = overall(scores).f1
    # Only aggregates are reported: per-article misses of held-out text are never printed.
    low = {label: round(f1, 3) for label, f1 in got.items() if f1 < FLOORS[split][label]}
    assert not low, f"{split}: F1 under its floor: {low} (floors {FLOORS[split]})"


def _snapshot_cases() -> list[tuple[str, str, dict[str, Any]]]:
    return list(BENCH.load_corpus("tuning"))


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@pytest.mark.parametrize("case", _snapshot_cases(), ids=lambda case: case[0])
def test_snapshot(case: tuple[str, str, dict[str, Any]]) -> None:
    name, text, gold = case
    path = SNAPSHOTS / f"{name}.json"
    got = _dump(_run(text, gold))
    if UPDATE:
        SNAPSHOTS.mkdir(parents=True, exist_ok=True)
        path.write_text(got, encoding="utf-8")
    assert path.exists(), f"no snapshot {path.name}; run with BRIEFDESK_UPDATE_SNAPSHOTS=1"
    assert got == path.read_text(encoding="utf-8"), (
        f"{name}: extractor output changed; review, then BRIEFDESK_UPDATE_SNAPSHOTS=1"
    )


def test_every_snapshot_has_its_article() -> None:
    names = {name for name, _text, _gold in _snapshot_cases()}
    stale = sorted(p.stem for p in SNAPSHOTS.glob("*.json") if p.stem not in names)
    assert not stale, f"snapshots without a tuning article: {stale}"
