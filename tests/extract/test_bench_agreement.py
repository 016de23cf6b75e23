"""benchmarks/bench_agreement.py: one gold set scored against another with the extractor's rules.

Gold files only: nothing here runs the extractor, and no fresh split's gold is read.
"""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from briefdesk.extract.scoring import EXTRA_FIELDS, FIELDS

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "extract"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_agreement", ROOT / "benchmarks" / "bench_agreement.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpus_gold(number: int) -> tuple[str, dict]:
    path = next((DATA / "corpus").glob(f"{number}_*.gold.json"))
    return path.name, json.loads(path.read_text(encoding="utf-8"))


def _write(folder: Path, name: str, gold: dict) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(json.dumps(gold), encoding="utf-8")


def test_a_gold_set_against_itself_agrees_on_every_field() -> None:
    bench = _bench()
    folder = DATA / "agreement"
    scores = bench.agreement(bench.pairs(folder, folder))
    for label in FIELDS + EXTRA_FIELDS:
        score = scores[label]
        assert score.tp > 0 and (score.fp, score.fn) == (0, 0), (label, score.misses)
        assert score.f1 == 1.0


def test_a_changed_party_lowers_buyer_seller_only(tmp_path: Path) -> None:
    bench = _bench()
    name, gold = _corpus_gold(181)
    changed = copy.deepcopy(gold)
    assert changed["deals"][1]["seller"] == "Inter-American Development Bank"
    changed["deals"][1]["seller"] = "Turkey"  # a gold actor, no party of any deal
    _write(tmp_path / "a", name, changed)
    _write(tmp_path / "b", name, gold)
    scores = bench.agreement(bench.pairs(tmp_path / "a", tmp_path / "b"))
    party = scores["buyer/seller"]
    assert (party.fp, party.fn) == (1, 1) and party.f1 < 1.0
    assert any("party FP seller:Turkey" in miss for miss in party.misses)
    for label in ("person names", "person roles", "organisations", "states", "deal values"):
        assert scores[label].f1 == 1.0, label


def test_aliases_count_only_on_the_truth_side(tmp_path: Path) -> None:
    """The prediction side names an actor once, as the extractor does: writing an alias as
    the name matches a truth that lists it, but not the reverse (F1 is not symmetric)."""
    bench = _bench()
    name, gold = _corpus_gold(181)
    renamed = copy.deepcopy(gold)
    idb = next(a for a in renamed["actors"] if a["name"] == "Inter-American Development Bank")
    idb["name"], idb["aliases"] = "IDB", []
    for deal in renamed["deals"]:
        if deal["seller"] == "Inter-American Development Bank":
            deal["seller"] = deal["lender"] = "IDB"
    _write(tmp_path / "a", name, renamed)
    _write(tmp_path / "b", name, gold)
    forward = bench.agreement(bench.pairs(tmp_path / "a", tmp_path / "b"))
    reverse = bench.agreement(bench.pairs(tmp_path / "b", tmp_path / "a"))
    assert forward["organisations"].f1 == 1.0 and forward["buyer/seller"].f1 == 1.0
    assert reverse["organisations"].f1 < 1.0 and reverse["buyer/seller"].f1 < 1.0


def test_bad_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bench = _bench()
    name, gold = _corpus_gold(181)
    _write(tmp_path / "a", name, gold)
    (tmp_path / "b").mkdir()
    assert bench.main([str(tmp_path / "a"), str(tmp_path / "b")]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "no gold file to compare" in err and name in err
    (tmp_path / "b" / name).write_text("{not json", encoding="utf-8")
    assert bench.main([str(tmp_path / "a"), str(tmp_path / "b")]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "not a readable gold file" in err
    assert bench.main([str(tmp_path / "missing"), str(tmp_path / "b")]) == 1
    assert "no such folder" in capsys.readouterr().err
