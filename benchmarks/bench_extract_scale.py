"""Extraction time against text size on hostile, dense text: it must grow linearly.

Run by hand:  PYTHONPATH=src python benchmarks/bench_extract_scale.py

Three made-up texts, each at 25, 50, 100 and 200 KB: money-dense sentences, title-dense
sentences, and one long "A and B and C ..." list (it used to recurse once per "and"). Linear
means the time per KB stays about the same as the size doubles.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefdesk.extract import extract_text  # noqa: E402  (src on the path first)

UNITS = {
    "money-dense": (
        "Valdoria will pay $1.{n} billion, €{n}0 million and 4{n} million Australian dollars "
        "(2{n} million US dollars) for {n} patrol boats from Norland. "
    ),
    "title-dense": (
        "Defence Minister Ana Sola{n}, Foreign Minister Rui Vaz{n} and Deputy Prime Minister "
        "Ines Roca{n} of Valdoria met President Tomas Ek{n} and General Ivo Lund{n}. "
    ),
    "and-list": "Chile and Peru and France and Ghana{n} and ",
    # One sentence with no full stop: every amount used to re-read the whole sentence.
    "money-run-on": "Valdoria will pay $1.{n} billion, €{n}0 million to Norland for boats, ",
    "title-run-on": "Defence Minister Ana Sola{n}, Foreign Minister Rui Vaz{n}, ",
}
SIZES_KB = tuple(int(a) for a in sys.argv[1:]) or (25, 50, 100, 200)


def text_of(unit: str, kb: int) -> str:
    out: list[str] = []
    size, n = 0, 0
    while size < kb * 1024:
        piece = unit.format(n=n % 10)
        out.append(piece)
        size += len(piece)
        n += 1
    return "".join(out)


def main() -> int:
    extract_text("Ankara said.")  # warm: data loads once
    for name, unit in UNITS.items():
        row = []
        for kb in SIZES_KB:
            text = text_of(unit, kb)
            start = time.perf_counter()
            extract_text(text)
            seconds = time.perf_counter() - start
            row.append(f"{kb} KB {seconds:6.2f} s ({seconds / kb * 1000:5.1f} ms/KB)")
        print(f"{name:<12} " + " | ".join(row))
    paragraph = (
        "ANKARA, May 14 (Reuters) - Turkey has agreed to sell 24 jet trainers to Malaysia "
        "in a deal worth $1.2 billion, Turkish Defence Minister Yusuf Demirci said.\n\n"
    )
    text = paragraph * (2_000_000 // len(paragraph) + 1)
    start = time.perf_counter()
    extract_text(text)
    print(f"2 MB wire copy: {time.perf_counter() - start:.2f} s (the cap; was a test before)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
