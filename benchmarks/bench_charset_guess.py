"""Which detector guesses the encoding of a legacy text file (no BOM, not UTF-8, no label) right.

Run by hand: ``PYTHONPATH=src python benchmarks/bench_charset_guess.py``. Texts: sentences in
sixteen languages written for the benchmark (``data/charset_samples.txt``), each encoded in its
language's Windows code page (German also in Mac OS Roman, French in ISO-8859-15) and cut three
ways (one sentence, two, all five), plus every corpus article's headline line and whole text
encoded as Windows-1252 (those that hold a character outside ASCII and inside cp1252). A guess
is right when its decoding equals the text (so cp1250 for an English text whose only non-ASCII
letters sit at the same bytes counts as right).
Candidates, side by side in one run: charset-normalizer with BriefDesk's old tie rule,
BriefDesk's rules now (src/briefdesk/sources/decode.py), and uchardet (Mozilla's
detector, through faust-cchardet) with its label read as browsers read it (WHATWG).

Measured 2026-12-01 on the 2-core machine (155 texts; faust-cchardet installed by hand, it is
not a dependency):
    charset-normalizer, old tie rule  127/155 right  1.3 ms/text  (fr-1 as cp1257, 07 as cp775)
    BriefDesk now                     145/155 right  1.2 ms/text  (short hu/cs/ro/lt: cp1252)
    uchardet (faust-cchardet)          87/155 right  0.08 ms/text (cp1252 articles: "UTF-8")
Round 6, same machine and texts, ties between the Latin Windows code pages settled by the text's
language (langdetect) and accented letters (src/briefdesk/sources/charset_letters.py):
    BriefDesk now                     153/155 right  3.6 ms/text  (de-mac-1, de-mac-2 wrong)
    (145/155 before in the same run: 1.8 ms/text); 12 of the 155 are reported as unsure with
    both code pages named: the 8 ties it settled, de-mac-2 (wrong, flagged) and 3 articles.
Round 16 (N15-42), 204 texts (Hungarian in ISO-8859-2, French and Spanish in Mac OS Roman added),
src/briefdesk/sources/charset_mac.py:
    unlabelled                 198 -> 200/204 right (de-mac-1, de-mac-2 now right; es-mac wrong)
    labelled "iso-8859-1"      195 -> 198/204 read right, 42 -> 45/45 in another page said,
                               false alarms on Windows-1252 unchanged (the same 11)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "data" / "extract" / "corpus"


def samples() -> list[tuple[str, str, bytes]]:
    """(name, text, its bytes) for every case."""
    out = []
    for line in (HERE / "data" / "charset_samples.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        language, codec, body = line.split("\t")
        sentences = body.split(" | ")
        for count in (1, 2, len(sentences)):
            text = " ".join(sentences[:count])
            out.append((f"{language}-{count}", text, text.encode(codec)))
    for path in sorted(CORPUS.glob("*.txt")):
        whole = path.read_text(encoding="utf-8")
        for name, text in (
            (f"{path.stem[:3]}-line", whole.split("\n", 1)[0]),
            (path.stem[:3], whole),
        ):
            try:
                data = text.encode("cp1252")
            except UnicodeEncodeError:
                continue
            if not data.isascii():
                out.append((name, text, data))
    return out


def old_rule(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        tied = match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.01
        if tied and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return str(best.encoding)


def uchardet(data: bytes) -> str | None:
    import cchardet

    from briefdesk.sources.decode import whatwg_codec

    label = cchardet.detect(data)["encoding"]
    return whatwg_codec(label) if label else None


def current(data: bytes) -> str | None:
    from briefdesk.sources.decode import _guess

    return _guess(data)


CANDIDATES: dict[str, Callable[[bytes], str | None]] = {
    "charset-normalizer, old tie rule": old_rule,
    "BriefDesk now (src/briefdesk/sources/decode.py)": current,
    "uchardet (faust-cchardet), WHATWG labels": uchardet,
}


def main() -> None:
    cases = samples()
    print(f"{len(cases)} texts")
    for label, guess in CANDIDATES.items():
        try:
            guess(b"caf\xe9")
        except ImportError as exc:
            print(f"{label}: not installed ({exc})")
            continue
        wrong = []
        start = time.perf_counter()
        for name, text, data in cases:
            codec = guess(data)
            try:
                right = codec is not None and data.decode(codec) == text
            except (UnicodeDecodeError, LookupError):
                right = False
            if not right:
                wrong.append(f"{name}:{codec}")
        ms = (time.perf_counter() - start) * 1000 / len(cases)
        print(f"{label}: {len(cases) - len(wrong)}/{len(cases)} right, {ms:.2f} ms/text")
        print("   wrong: " + (", ".join(wrong) if wrong else "none"))
    labelled(cases)


def labelled(cases: list[tuple[str, str, bytes]]) -> None:
    """Every text served under "iso-8859-1" (a server's default, N15-42): right when the import
    reads it as written; a false alarm when a text that is Windows-1252 gets a note."""
    from briefdesk.sources.decode import read_single_byte_label

    wrong, alarms, said = [], [], 0
    for name, text, data in cases:
        read, note = read_single_byte_label(data, "cp1252", "iso-8859-1")
        western = data.decode("cp1252", errors="replace") == text
        if read != text:
            wrong.append(name)
        if note and western:
            alarms.append(name)
        said += bool(note) and not western
    other = sum(1 for _, text, data in cases if data.decode("cp1252", "replace") != text)
    print(
        f'labelled "iso-8859-1": {len(cases) - len(wrong)}/{len(cases)} read right; '
        f"{said}/{other} texts in another page said; false alarms on Windows-1252: "
        + (", ".join(alarms) or "none")
    )
    print("   wrong: " + (", ".join(wrong) if wrong else "none"))


if __name__ == "__main__":
    main()
