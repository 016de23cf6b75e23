"""What the desk's confirmed actors (``Library.gazetteer()``) would add to extraction recall.

Leave-one-out over the *tuning* split of tests/data/extract/corpus (held-out articles are never
used): for each article, a SQLite library is built from briefs holding the gold actors of every
*other* tuning article; its gazetteer entries whose name or alias appears in the article (whole
words, case as written) are added to the extractor's actors when it missed them. Scored with
bench_extract's rules, before and after. The extractor itself is unchanged (it does not take a
gazetteer yet): this measures what wiring it in would be worth.

    PYTHONPATH=.:src .venv/bin/python benchmarks/bench_gazetteer.py
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src"), str(ROOT / "benchmarks")]

from bench_extract import briefdesk_extract, evaluate, load_corpus, report  # noqa: E402

from briefdesk.library.api import GazetteerEntry  # noqa: E402
from briefdesk.library.digest import norm  # noqa: E402
from briefdesk.library.sqlite import SqliteLibrary  # noqa: E402
from briefdesk.model import Actor, Brief, Header  # noqa: E402
from briefdesk.model.codes import ActorType  # noqa: E402
from briefdesk.model.fileformat import dumps  # noqa: E402


def gold_brief(name: str, gold: dict) -> Brief:
    actors = [
        Actor(
            id=f"act-{i}",
            type=ActorType(a["type"]),
            name=a["name"],
            aliases=list(a.get("aliases", [])),
            role=a.get("role", ""),
            affiliation=a.get("affiliation", ""),
        )
        for i, a in enumerate(gold["actors"])
    ]
    return Brief(id=f"brief-{name[:40]}", header=Header(title=name), actors=actors)


def gazetteers(items: list[tuple[str, str, dict]], work: Path) -> dict[str, list[GazetteerEntry]]:
    """Article name → the gazetteer of a library holding every other article's actors."""
    folder = work / "briefs"
    folder.mkdir()
    for name, _text, gold in items:
        (folder / f"{name}.brief").write_text(dumps(gold_brief(name, gold)), encoding="utf-8")
    out = {}
    for name, _text, _gold in items:
        lib = SqliteLibrary(work / f"{name}.sqlite3")
        lib.index([folder])
        lib.forget_file(str((folder / f"{name}.brief").resolve()))
        out[name] = lib.gazetteer()
        lib.close()
    return out


def with_gazetteer(pred: dict, text: str, entries: list[GazetteerEntry]) -> dict:
    known = {norm(a["name"]) for a in pred["actors"]}
    known |= {norm(x) for a in pred["actors"] for x in a.get("aliases", [])}
    added = []
    for entry in entries:
        forms = [entry.name, *entry.aliases]
        if any(norm(f) in known for f in forms):
            continue
        if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms if len(f) > 2):
            added.append(
                {
                    "name": entry.name,
                    "type": entry.type,
                    "role": "",
                    "affiliation": "",
                    "country": entry.country,
                    "aliases": list(entry.aliases),
                }
            )
            known |= {norm(f) for f in forms}
    return {**pred, "actors": [*pred["actors"], *added]}


def main() -> int:
    items = load_corpus("tuning")
    by_text = {text: name for name, text, _ in items}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFDESK_HOME"] = tmp
        gaz = gazetteers(items, Path(tmp))

    def extract_plus(text: str, published: date | None) -> dict:
        return with_gazetteer(briefdesk_extract(text, published), text, gaz[by_text[text]])

    sizes = sorted(len(g) for g in gaz.values())
    print(f"{len(items)} tuning articles; gazetteer of {sizes[0]}–{sizes[-1]} actors each")
    report("extractor alone", evaluate("tuning", briefdesk_extract, False))
    report("extractor + the desk's gazetteer", evaluate("tuning", extract_plus, False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
