"""The extraction worker's warm-up (round 23): it readies what a first article needs and
leaves no trace in what later articles get."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

# Made up: a wire story with a deal, a ministry, a person and a library name.
TEXT = (
    "OSLO, June 2 (Nordic Wire) - Norway has ordered six K9 howitzers from Hanwha Aerospace "
    "for 1.4 billion crowns, Defence Minister Per Olsen said on Monday. Deliveries of the "
    "guns to the Norwegian Army start in 2026, the ministry said in a statement."
)

PROGRAM = """
import json, sys
from briefdesk import extractrun
from briefdesk.extract.known import KnownActor
from briefdesk.model import Source
if sys.argv[1] == "warm":
    extractrun._warm_job()
    assert "briefdesk.known_people" in sys.modules  # the library path ran too
known = (KnownActor("Per Olsen"),)
for known_actors in ((), known):
    source = Source(id="src-00000001", text=sys.argv[2])
    found = extractrun._extract_job(source, (), known_actors)
    print(json.dumps(found.to_json(), sort_keys=True))
"""


def _outputs(mode: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, mode, TEXT],
        capture_output=True,
        text=True,
        env={
            "PYTHONPATH": str(SRC),
            "PATH": "/usr/bin:/bin",
            "BRIEFDESK_HOME": os.environ["BRIEFDESK_HOME"],
        },
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_warmed_worker_answers_as_a_cold_one() -> None:
    cold, warm = _outputs("cold"), _outputs("warm")
    assert cold == warm
    first, with_library = (json.loads(line) for line in cold.splitlines())
    assert first["deals"] and with_library != first  # the texts reach the deal and library rules
