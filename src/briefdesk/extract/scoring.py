"""Scoring extraction output against gold files: one copy, used by the benchmark and the suite.

Matching rules (documented in docs/extraction.md): names match case-insensitively against the gold
name or any gold alias (a state also by the registry's name for its ISO code, so "Ivory Coast"
matches a gold "Côte d'Ivoire"); a role matches when one normalised role is a word-prefix of the
other; a deal party also matches an organisation whose gold affiliation is that party, or the
reverse. Overall is the micro-average of ``FIELDS``; ``EXTRA_FIELDS`` are reported but not in
overall.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

FIELDS = (
    "person names",
    "person roles",
    "organisations",
    "states",
    "deal values",
    "buyer/seller",
    "places",
)
EXTRA_FIELDS = ("dates", "deal kinds", "deal status", "person country")


def norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("defense", "defence").replace(".", "")
    for lead in ("the ", "a ", "an "):
        if text.startswith(lead):
            text = text[len(lead) :]
    return " ".join(text.split())


def role_match(pred: str, gold: str) -> bool:
    p, g = norm(pred), norm(gold)
    return bool(p and g) and (p == g or p.startswith(g + " ") or g.startswith(p + " "))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def match_sets(
    pred: list[str],
    gold: list[set[str]],
    same: Callable[[str, set[str]], bool],
    score: Score,
    label: str,
) -> None:
    """Greedy one-to-one matching; ``gold`` items are sets of acceptable forms."""
    unmatched = list(range(len(gold)))
    fp = 0
    for item in pred:
        hit = next((i for i in unmatched if same(item, gold[i])), None)
        if hit is None:
            fp += 1
            score.misses.append(f"{label} FP {item}")
        else:
            unmatched.remove(hit)
    for i in unmatched:
        score.misses.append(f"{label} FN {sorted(gold[i])[0]}")
    score.add(len(gold) - len(unmatched), fp, len(unmatched))


def in_forms(item: str, forms: set[str]) -> bool:
    return norm(item) in {norm(f) for f in forms}


def actor_forms(actor: dict[str, Any]) -> set[str]:
    """A gold actor's name and aliases."""
    return {actor["name"], *actor.get("aliases", [])}


def with_state_names(forms: set[str]) -> set[str]:
    """``forms`` plus the world registry's one name for any state among them: a state is
    identified by its ISO code, whichever of its names the gold writer chose."""
    from briefdesk.world import display_name, world

    codes = {world().names.get(form, "") for form in forms} - {""}
    return forms | {display_name(code) for code in codes}


def party_forms(party: str, gold_actors: list[dict[str, Any]]) -> set[str]:
    """The names a gold deal party accepts: its actor's forms, an organisation whose
    affiliation is the party, and the party's own affiliation (a ministry's state)."""
    result = with_state_names({party})
    for actor in gold_actors:
        if in_forms(party, actor_forms(actor)) or norm(actor.get("affiliation", "")) == norm(party):
            result |= actor_forms(actor)
    owner = next((a for a in gold_actors if in_forms(party, actor_forms(a))), None)
    if owner and owner.get("affiliation"):
        result.add(owner["affiliation"])
    return result


def score_article(
    pred: dict[str, Any], gold: dict[str, Any], scores: dict[str, Score], name: str
) -> None:
    """Add one article's matches and misses to ``scores`` (keyed by field)."""
    gold_actors = gold["actors"]

    forms = actor_forms

    def of_type(actors: list[dict[str, Any]], types: set[str]) -> list[dict[str, Any]]:
        return [a for a in actors if a["type"] in types]

    for label, types in (
        ("person names", {"person"}),
        ("organisations", {"organization", "international_organization"}),
        ("states", {"state"}),
    ):
        match_sets(
            [a["name"] for a in of_type(pred["actors"], types)],
            [
                with_state_names(forms(a)) if label == "states" else forms(a)
                for a in of_type(gold_actors, types)
            ],
            in_forms,
            scores[label],
            f"{name} {label}",
        )
    # Roles: (name, role) pairs for people who have a role.
    gold_roles = [(forms(a), a["role"]) for a in of_type(gold_actors, {"person"}) if a.get("role")]
    pred_roles = [(a["name"], a["role"]) for a in of_type(pred["actors"], {"person"}) if a["role"]]
    unmatched = list(range(len(gold_roles)))
    fp = 0
    for pname, prole in pred_roles:
        hit = next(
            (
                i
                for i in unmatched
                if in_forms(pname, gold_roles[i][0]) and role_match(prole, gold_roles[i][1])
            ),
            None,
        )
        if hit is None:
            fp += 1
            scores["person roles"].misses.append(f"{name} roles FP {pname}: {prole}")
        else:
            unmatched.remove(hit)
    for i in unmatched:
        scores["person roles"].misses.append(
            f"{name} roles FN {sorted(gold_roles[i][0])[0]}: {gold_roles[i][1]}"
        )
    scores["person roles"].add(len(gold_roles) - len(unmatched), fp, len(unmatched))

    # Person country: the ISO code of the state a gold person is affiliated with (directly or
    # through a gold organisation), against the predicted "country" of the same person.
    # A predicted code with no gold state counts as a false positive; a miss is a gold state
    # left empty.
    by_name = {a["name"]: a for a in gold_actors}

    def gold_code(person: dict[str, Any], depth: int = 0) -> str:
        owner = by_name.get(person.get("affiliation", ""))
        if owner and owner["type"] == "state":
            return _state_code(owner["name"])
        if owner and depth < 2:
            return gold_code(owner, depth + 1)
        return _state_code(person.get("affiliation", ""))

    for pred_person in of_type(pred["actors"], {"person"}):
        gold_person = next(
            (
                a
                for a in of_type(gold_actors, {"person"})
                if in_forms(pred_person["name"], forms(a))
            ),
            None,
        )
        if gold_person is None:
            continue
        want, got = gold_code(gold_person), pred_person.get("country", "")
        score = scores["person country"]
        if got and want:
            score.add(int(got == want), int(got != want), int(got != want))
        elif got:
            score.add(0, 1, 0)
        elif want:
            score.add(0, 0, 1)
        if got != want:
            score.misses.append(
                f"{name} country {pred_person['name']}: {got or '-'} / {want or '-'}"
            )

    # Deal values.
    def value_key(deal: dict[str, Any]) -> str | None:
        value = deal.get("value")
        if not value:
            return None
        return f"{Decimal(str(value['amount'])).normalize()} {value['currency']}"

    match_sets(
        [k for d in pred["deals"] if (k := value_key(d))],
        [{k} for d in gold["deals"] if (k := value_key(d))],
        lambda item, forms: item in forms,
        scores["deal values"],
        f"{name} value",
    )
    match_sets(
        [d["kind"] for d in pred["deals"]],
        [{d["kind"]} for d in gold["deals"]],
        lambda item, forms: item in forms,
        scores["deal kinds"],
        f"{name} kind",
    )
    # Status of each deal with a value, paired by value; the gold's "agreed" is the model's
    # "approved".
    gold_status = {
        k: {"agreed": "approved"}.get(d.get("status", ""), d.get("status", ""))
        for d in gold["deals"]
        if (k := value_key(d))
    }
    match_sets(
        [f"{k} {d['status']}" for d in pred["deals"] if (k := value_key(d)) in gold_status],
        [{f"{k} {status}"} for k, status in gold_status.items()],
        lambda item, forms: item in forms,
        scores["deal status"],
        f"{name} status",
    )

    # Parties: ("buyer", actor) and ("seller", actor) for each deal.
    gold_parties = [
        {f"{role}:{f}" for f in party_forms(d[role], gold_actors)}
        for d in gold["deals"]
        for role in ("buyer", "seller")
        if d.get(role)
    ]
    pred_parties = [
        f"{role}:{d[role]}" for d in pred["deals"] for role in ("buyer", "seller") if d.get(role)
    ]
    match_sets(
        pred_parties,
        gold_parties,
        lambda item, fs: norm(item) in {norm(f) for f in fs},
        scores["buyer/seller"],
        f"{name} party",
    )
    match_sets(
        pred["places"], [{p} for p in gold["places"]], in_forms, scores["places"], f"{name} place"
    )
    match_sets(
        pred["dates"], [{d} for d in gold["dates"]], in_forms, scores["dates"], f"{name} date"
    )


def _state_code(name: str) -> str:
    from briefdesk.extract.gazetteer import gazetteer

    return gazetteer().names.get(name, "") if name else ""


def new_scores() -> dict[str, Score]:
    return {f: Score() for f in FIELDS + EXTRA_FIELDS}


def overall(scores: dict[str, Score]) -> Score:
    """Micro-average of the scored fields."""
    total = Score()
    for label in FIELDS:
        total.add(scores[label].tp, scores[label].fp, scores[label].fn)
    return total
