"""The API the GUI calls: sources in, model records out on accept, the CLI JSON shape."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.extract import extract_source, extract_text
from briefdesk.model import Brief, Source
from briefdesk.model.fileformat import dumps, loads

ARTICLE = (
    "ANKARA, May 14 (Reuters) - Turkey has agreed to sell 24 Hurjet jet trainers to Malaysia in a "
    "deal worth $1.2 billion, Turkish Defence Minister Yusuf Demirci said on Tuesday.\n\n"
    "Demirci told reporters in Ankara that the contract was signed with the Royal Malaysian Air "
    "Force. Turkish Aerospace Industries (TAI) will build the aircraft."
)
CORPUS = Path(__file__).resolve().parents[1] / "data" / "extract" / "corpus"


@pytest.fixture
def source() -> Source:
    return Source(id="src-1", text=ARTICLE, published=dt.date(2025, 5, 14))


def test_extract_source_resolves_dates_and_tags_evidence(source: Source) -> None:
    result = extract_source(source)
    assert result.source_id == "src-1"
    tuesday = next(d for d in result.dates if d.text == "Tuesday")
    assert tuesday.resolved == dt.date(2025, 5, 13)
    payload = result.to_json()
    assert payload["actors"][0]["evidence"][0]["source_id"] == "src-1"


def test_json_has_the_cli_shape(source: Source) -> None:
    payload = extract_source(source).to_json()
    assert {"actors", "deals", "places", "dates"} <= payload.keys()
    for actor in payload["actors"]:
        assert {"name", "type", "role", "affiliation", "aliases", "evidence"} <= actor.keys()
        assert actor["type"] in {"person", "organization", "state", "international_organization"}
    [deal] = payload["deals"]
    assert deal["value"] == {
        "amount": 1200000000,
        "currency": "USD",
        "as_stated": "$1.2 billion",
        "estimate": False,  # hedged amounts ("more than $1.2 billion") are estimates
    }
    assert (deal["buyer"], deal["seller"], deal["quantity"]) == ("Malaysia", "Turkey", 24)
    assert all(isinstance(p, str) for p in payload["places"] + payload["dates"])


def test_accepting_suggestions_builds_valid_model_records(source: Source) -> None:
    result = extract_source(source)
    actors = [a.to_actor(source.id, source.text) for a in result.actors]
    demirci = next(a for a in actors if a.name == "Yusuf Demirci")
    assert demirci.role == "Defence Minister" and demirci.aliases == ["Demirci"]
    assert [s.quote for s in demirci.evidence] == ["Yusuf Demirci", "Demirci"]
    ids = {a.name: a.id for a in actors}
    deal = result.deals[0].to_deal(source.id, source.text, ids)
    assert deal.value is not None and deal.value.amount == Decimal("1200000000")
    assert {(p.actor_id, p.role.value) for p in deal.parties} == {
        (ids["Malaysia"], "buyer"),
        (ids["Turkey"], "seller"),
    }
    places = [p.to_place(source.id, source.text) for p in result.places]
    brief = Brief(sources=[source], actors=actors, deals=[deal], places=places)
    again = loads(dumps(brief).encode("utf-8"))  # the file format checks every span's quote
    assert again.deals[0].value is not None
    assert again.deals[0].value.as_stated == "$1.2 billion"


def test_loan_converts_to_borrower_and_lender() -> None:
    text = "The Asian Development Bank has approved a $500 million loan to Bangladesh."
    [deal] = extract_text(text).deals
    model = deal.to_deal("s", text, {"Bangladesh": "a1", "Asian Development Bank": "a2"})
    assert {(p.actor_id, p.role.value) for p in model.parties} == {
        ("a1", "borrower"),
        ("a2", "lender"),
    }


def test_every_gold_file_has_the_cli_shape() -> None:
    golds = sorted(CORPUS.glob("*.gold.json"))
    assert len(golds) >= 30
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert {"actors", "deals", "places", "dates"} <= gold.keys(), path.name
        assert path.with_name(path.name.replace(".gold.json", ".txt")).exists()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    src = Path(__file__).resolve().parents[2] / "src"
    return subprocess.run(
        [sys.executable, "-m", "briefdesk", "extract", *args],
        capture_output=True,
        text=True,
        # The test's own BRIEFDESK_HOME: extraction keeps a table cache in the user folders.
        env={
            "PYTHONPATH": str(src),
            "PATH": "/usr/bin:/bin",
            "BRIEFDESK_HOME": os.environ["BRIEFDESK_HOME"],
        },
        timeout=120,
    )


def test_cli_on_a_brief(tmp_path: Path, source: Source) -> None:
    path = tmp_path / "one.brief"
    path.write_text(dumps(Brief(sources=[source])), encoding="utf-8")
    done = _cli(str(path), "--json")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["source_id"] == "src-1"
    assert payload["deals"][0]["value"]["currency"] == "USD"
    listing = _cli(str(path))
    assert "Yusuf Demirci, Defence Minister, Turkey" in listing.stdout


def test_cli_source_filter_and_errors(tmp_path: Path, source: Source) -> None:
    path = tmp_path / "one.brief"
    path.write_text(dumps(Brief(sources=[source])), encoding="utf-8")
    missing = _cli(str(path), "--source", "nope")
    assert missing.returncode == 1
    assert missing.stderr.strip() == (
        f"briefdesk extract: no source 'nope' in {path} (sources: src-1; or 1, 2, …)"
    )
    broken = tmp_path / "bad.brief"
    broken.write_text("{not json", encoding="utf-8")
    done = _cli(str(broken))
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_cli_on_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    done = _cli(str(path), "--json")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert "Turkey" in {a["name"] for a in payload["actors"]}
    gone = _cli(str(tmp_path / "absent.txt"))
    assert gone.returncode == 1 and "absent.txt" in gone.stderr
