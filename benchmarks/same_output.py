"""Is the extractor's output byte-for-byte the same as a baseline tree's? (for speed work)

Run by hand:  python benchmarks/same_output.py [--baseline REF] [--tuning]
(--tuning: only the tuning split of the corpus, the shared sample and the made-up texts)

Every text in tests/data/extract/ (all folders) and the shared sample, each at full length,
cut or repeated to 3 KB, with and without a publication date, with its sentences' case
shuffled (upper/lower), and the made-up run-on texts of bench_extract_scale.py at 20 KB, go
through this tree and the baseline's ``src`` (exported with ``git archive``), each in its own
interpreter. The ``extract --json`` shape is compared by hash. Prints only "identical" or
"differs: <file> <variant>" — never the output itself, so held-out and fresh texts are
compared without being read by anyone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "extract"
SAMPLES = Path("/work/shared/samples")

WORKER = r"""
import datetime as dt, hashlib, json, random, re, sys
from pathlib import Path
from briefdesk.extract import extract_text
paths = json.loads(sys.argv[1])
extra = json.loads(sys.argv[2])
SIZE = 3072
def shuffled(text, seed):
    rng = random.Random(seed)
    parts = re.split(r"(?<=[.!?])(\s+)", text)
    out = []
    for part in parts:
        pick = rng.random()
        out.append(part.upper() if pick < 0.15 else part.lower() if pick < 0.3 else part)
    return "".join(out)
def variants(text):
    cut = (text * (SIZE // max(1, len(text)) + 1))[:SIZE]
    date = dt.date(2024, 5, 14)
    yield "full", text, None
    yield "full+date", text, date
    yield "3kb", cut, None
    yield "3kb+date", cut, date
    yield "shuffled", shuffled(text, len(text)), date
hashes = {}
texts = [(p, Path(p).read_text(encoding="utf-8")) for p in paths] + list(extra.items())
for name, text in texts:
    for variant, body, published in variants(text):
        out = extract_text(body, published=published).to_json()
        blob = json.dumps(out, sort_keys=True, ensure_ascii=False).encode()
        hashes[f"{name} {variant}"] = hashlib.sha256(blob).hexdigest()
print(json.dumps(hashes))
"""


def texts(tuning_only: bool = False) -> list[str]:
    found = sorted(str(p) for p in DATA.rglob("*.txt"))
    if tuning_only:  # the blind rules: no held-out or fresh text goes through the extractor
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from bench_extract import CORPUS, split_of

        found = [
            p
            for p in found
            if Path(p).parent == CORPUS and split_of(int(Path(p).name.split("_", 1)[0])) == "tuning"
        ]
    found += sorted(str(p) for p in SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []
    return found


def run_on() -> dict[str, str]:
    """bench_extract_scale.py's made-up texts at 20 KB (run-on and dense)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    argv, sys.argv = sys.argv, sys.argv[:1]  # it reads sizes from the command line
    try:
        import bench_extract_scale as scale
    finally:
        sys.argv = argv

    return {f"scale:{name}": scale.text_of(unit, 20) for name, unit in scale.UNITS.items()}


def hashes(src: Path, home: Path, paths: list[str], extra: dict[str, str]) -> dict[str, str]:
    env = {"PYTHONPATH": str(src), "PYTHONHASHSEED": "0", "BRIEFDESK_HOME": str(home)}
    out = subprocess.run(
        [sys.executable, "-c", WORKER, json.dumps(paths), json.dumps(extra)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if out.returncode:  # the error's last lines only: never the texts it was given
        raise SystemExit(
            f"{src}: the extractor failed:\n" + "\n".join(out.stderr.splitlines()[-6:])
        )
    result: dict[str, str] = json.loads(out.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="main", help="git ref to compare with")
    parser.add_argument(
        "--tuning", action="store_true", help="only the corpus's tuning articles (blind rules)"
    )
    args = parser.parse_args()
    paths, extra = texts(args.tuning), run_on()
    with tempfile.TemporaryDirectory(prefix="same-output-") as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", args.baseline, "src"],
            capture_output=True,
            check=True,
        ).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(Path(tmp) / "base", filter="data")
        before = hashes(Path(tmp) / "base" / "src", Path(tmp) / "home-a", paths, extra)
        after = hashes(ROOT / "src", Path(tmp) / "home-b", paths, extra)
    differ = sorted(key for key in before if before[key] != after.get(key))
    for key in differ:
        print(f"differs: {Path(key.split(' ')[0]).name} {key.split(' ')[-1]}")
    digest = hashlib.sha256(json.dumps(sorted(after.items())).encode()).hexdigest()[:12]
    print(f"{len(before)} outputs compared; " + ("identical" if not differ else "NOT identical"))
    print(f"(output digest {digest})")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
