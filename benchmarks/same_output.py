"""Is the extractor's output byte-for-byte the same as a baseline tree's? (for speed work)

Run by hand:  python benchmarks/same_output.py [--baseline REF] [--tuning | --readable]
              [--checks]
(--tuning: only the tuning split of the corpus, the shared sample and the made-up texts;
--readable: those, the readable retired sets (not the checks) and the genre documents;
--checks: also the held-back check's articles, reported as counts only, never by name)

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


def readable() -> list[str]:
    """The tuning corpus, the retired sets one may read (the checks left out), the genre
    documents and the shared sample: never a held-out, blind or check text."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_extract import CHECK_SETS, FRESH_FOLDERS, RETIRED_FRESH

    found = texts(tuning_only=True)
    for name in RETIRED_FRESH:
        if name not in CHECK_SETS:
            folder, prefix = FRESH_FOLDERS[name]
            found += sorted(str(p) for p in folder.glob(f"{prefix}*.txt"))
    return found + sorted(str(p) for p in (DATA / "genres").glob("*.txt"))


def checks() -> list[str]:
    """The held-back check's articles (compared by hash, counted, never named)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_extract import CHECK_SETS, FRESH_FOLDERS

    found = []
    for name in CHECK_SETS:
        folder, prefix = FRESH_FOLDERS[name]
        found += sorted(str(p) for p in folder.glob(f"{prefix}*.txt"))
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
    parser.add_argument(
        "--readable", action="store_true", help="tuning, readable retired sets, genre documents"
    )
    parser.add_argument(
        "--checks", action="store_true", help="also the checks, as counts only (never named)"
    )
    args = parser.parse_args()
    paths, extra = (readable() if args.readable else texts(args.tuning)), run_on()
    held = checks() if args.checks else []
    paths += held
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
    same = not differ
    hidden = set(held)
    if hidden:  # the checks: counts only, no name, no variant
        keys = [key for key in before if key.rsplit(" ", 1)[0] in hidden]
        wrong = sum(1 for key in keys if key in differ)
        print(
            f"checks: {len(keys)} outputs compared; {len(keys) - wrong} identical, {wrong} differ"
        )
        differ = [key for key in differ if key.rsplit(" ", 1)[0] not in hidden]
    for key in differ:
        print(f"differs: {Path(key.split(' ')[0]).name} {key.split(' ')[-1]}")
    digest = hashlib.sha256(json.dumps(sorted(after.items())).encode()).hexdigest()[:12]
    print(f"{len(before)} outputs compared; " + ("identical" if same else "NOT identical"))
    print(f"(output digest {digest})")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
