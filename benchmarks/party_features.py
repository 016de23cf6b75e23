"""Candidate deal sides and their features, for the learned side-chooser experiments.

Shared by ``bench_party_loso.py`` (round 12). Pure Python: it reads an extraction (actors with
their evidence, deals with their sentence and the rules' sides) and the text, and describes
every state / organisation / international organisation of the article as a candidate buyer
(borrower) and seller (lender) of each found deal. Two feature sets:

* ``window``: round 6's kind of features (distance to the deal's value, the word before the
  mention, trade words in a 30-character window, type, mentions, the rules' choice);
* ``syntax``: dependency-free cues of the sentence's structure added to ``window``: the
  preposition that governs the mention (skipping "the", capitalised words and "'s"), the
  mention before or after the sentence's trade verb and that verb's class and voice
  ("was sold to", "bought by"), the first candidate of the clause (a subject), a possessive
  before a deal noun ("Poland's purchase"), "between A and B", the article's main state and
  the dateline's, the candidate's side in the article's other deals, kind x type.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from briefdesk.extract.results import ActorSuggestion, DealSuggestion, Extraction
from briefdesk.extract.scoring import in_forms, norm, party_forms
from briefdesk.extract.text import sentences

SIDES = ("buyer", "seller")
CANDIDATE_TYPES = {"state", "organization", "international_organization"}
PREPS = ("to", "from", "with", "by", "for", "between", "and", "of", "in", "on", "at")
WINDOW_VERBS = {
    "sell": r"sell|sold|sale|export",
    "buy": r"buy|bought|purchas|acquir|procur|import",
    "order": r"order",
    "lend": r"lend|lent|loan|credit|financ",
    "award": r"award|won|win|contract",
    "sign": r"sign|agree|deal",
    "supply": r"suppl|deliver|provid|build",
    "grant": r"grant|donat|aid|gift",
    "receive": r"receiv|get|obtain|secur",
}
# Trade verbs by which side their subject usually is (active voice).
VERB_CLASSES = {
    "buy": r"buy|buys|buying|bought|purchas\w*|acquir\w*|order(?:s|ed|ing)?|procur\w*|"
    r"import(?:s|ed|ing)?|receiv\w*|borrow\w*|obtain\w*|secur\w*|get|gets|got|tak\w*|"
    r"took|seek\w*|sought|lease[sd]?",
    "sell": r"sell|sells|selling|sold|suppl\w*|deliver\w*|export(?:s|ed|ing)?|provid\w*|"
    r"grant\w*|lend\w*|lent|award\w*|offer\w*|giv\w*|gave|donat\w*|extend\w*|"
    r"financ\w*|fund\w*|build\w*|built|transfer\w*|pledg\w*|approv\w*",
    "sign": r"sign\w*|agree\w*|ink\w*|seal\w*|conclud\w*|reach\w*|finali[sz]\w*|"
    r"announc\w*|clinch\w*|struck|strike\w*",
    "win": r"win|wins|won|winning|land\w*|clinch\w*|bag\w*",
}
VERB_RX = {c: re.compile(rf"\b(?:{rx})\b", re.I) for c, rx in VERB_CLASSES.items()}
BE_RX = re.compile(r"\b(?:is|are|was|were|be|been|being|has been|have been|had been)\s+$", re.I)
BUY_NOUNS = r"purchase|order|acquisition|procurement|imports?|loan request|bid"
SELL_NOUNS = r"sale|sales|exports?|supply|delivery|offer|grant|loan|credit|financing|aid"
POSS_RX = re.compile(rf"^(?:'s|’s|')\s+(?:\w+\s+){{0,2}}?({BUY_NOUNS}|{SELL_NOUNS})\b", re.I)
WORD_RX = re.compile(r"[A-Za-z][A-Za-z'’.-]*|\S")
SKIP_LEFT = {"the", "'s", "’s", "state-owned", "state-run", "its", "their", "a", "an"}
KINDS = (
    "arms_sale", "energy_supply", "grant", "joint_venture", "licensed_production", "loan", "mou",
    "other", "trade_agreement",
)  # briefdesk.model.DealKind


@dataclass
class Cand:
    """One candidate of one deal: its name, features (name -> value) and gold labels."""

    name: str
    key: str
    feats: dict[str, float]
    label: dict[str, int] = field(default_factory=dict)  # a gold side of any deal
    paired: dict[str, int] = field(default_factory=dict)  # a gold side of the paired gold deal
    gain: dict[str, int] = field(default_factory=dict)  # a gold side the rules left unmatched


@dataclass
class DealRows:
    index: int
    rule: dict[str, str]
    rule_key: dict[str, str]
    cands: list[Cand] = field(default_factory=list)


@dataclass
class ArticleRows:
    name: str
    group: str
    gold: dict[str, Any]
    pred: dict[str, Any]
    deals: list[DealRows] = field(default_factory=list)


def mentions(text: str, actor: ActorSuggestion) -> list[tuple[int, int]]:
    """Where the actor is named: its evidence plus every whole-word occurrence of a form."""
    spans = set(actor.evidence)
    for form in {actor.name, *actor.aliases}:
        if len(form) < 2:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            spans.add((m.start(), m.end()))
    return sorted(spans)


def governing_prep(text: str, start: int, sent_start: int) -> str:
    """The first lower-case word left of the mention, skipping capitalised words, "the" and a
    possessive: 'from' in "from the United States", 'to' in "to Poland's army"."""
    words = [m.group(0) for m in WORD_RX.finditer(text[max(sent_start, start - 80) : start])]
    for word in reversed(words[-6:]):
        low = word.lower()
        if low in SKIP_LEFT or word[:1].isupper() or word in {",", "-"}:
            if word == ",":
                return ","
            continue
        return low if low in PREPS else "word"
    return "start"


def verb_cues(sent: str, rel: int, rel_end: int) -> dict[str, float]:
    """The trade verb nearest the mention in its sentence: its class, the mention before or
    after it, and the voice (a form of 'be' before it makes it passive)."""
    best: tuple[int, str, re.Match[str]] | None = None
    for cls, rx in VERB_RX.items():
        for m in rx.finditer(sent):
            dist = m.start() - rel_end if m.start() >= rel_end else rel - m.end()
            if best is None or dist < best[0]:
                best = (dist, cls, m)
    if best is None:
        return {"no_verb": 1.0}
    _, cls, m = best
    passive = bool(BE_RX.search(sent[max(0, m.start() - 16) : m.start()])) and m.group(
        0
    ).lower().endswith(("ed", "old", "ought", "ent", "ilt", "ven", "ok", "on"))
    where = "before" if rel_end <= m.start() else "after"
    voice = "pass" if passive else "act"
    out = {f"verb_{cls}_{where}_{voice}": 1.0, f"verb_{cls}": 1.0}
    out["log_verb_dist"] = math.log1p(max(0, best[0])) / 5.0
    return out


def window_feats(
    text: str, sents: list[tuple[int, int]], deal: DealSuggestion, spans: list[tuple[int, int]]
) -> tuple[dict[str, float], tuple[int, int], int]:
    """Round 6's features of the mention nearest the deal's value; also returns that mention
    and its sentence index."""
    anchor_span = deal.value.evidence if deal.value and deal.value.evidence else deal.evidence
    anchor = anchor_span[0][0] if anchor_span else 0

    def sent_of(pos: int) -> int:
        return next((i for i, (s, e) in enumerate(sents) if s <= pos < e), len(sents) - 1)

    deal_sents = {sent_of(s) for s, _ in deal.evidence} | {sent_of(anchor)}
    best = min(
        spans,
        key=lambda sp: (min(abs(sent_of(sp[0]) - d) for d in deal_sents), abs(sp[0] - anchor)),
    )
    sdist = min(abs(sent_of(best[0]) - d) for d in deal_sents)
    before = text[max(0, best[0] - 40) : best[0]].lower()
    after = text[best[1] : best[1] + 40].lower()
    prev_word = (re.findall(r"[a-z]+", before[-15:]) or [""])[-1]
    f = {
        "same_sent": float(sdist == 0),
        "sent_dist1": float(sdist == 1),
        "sent_dist2plus": float(sdist >= 2),
        "log_char_dist": math.log1p(abs(best[0] - anchor)) / 8.0,
        "before_value": float(best[0] < anchor),
        "possessive": float(after.startswith(("'s", "’s"))),
    }
    if prev_word in PREPS:
        f[f"prev_{prev_word}"] = 1.0
    for name, rx in WINDOW_VERBS.items():
        if re.search(rx, before[-30:]):
            f[f"wverb_before_{name}"] = 1.0
        if re.search(rx, after[:30]):
            f[f"wverb_after_{name}"] = 1.0
    return f, best, sent_of(best[0])


def syntax_feats(
    text: str, sents: list[tuple[int, int]], best: tuple[int, int], sent_index: int
) -> dict[str, float]:
    """Cues of the sentence's structure around the chosen mention."""
    s_start, s_end = sents[sent_index] if sents else (0, len(text))
    sent = text[s_start:s_end]
    rel, rel_end = best[0] - s_start, best[1] - s_start
    f = verb_cues(sent, rel, rel_end)
    f[f"gov_{governing_prep(text, best[0], s_start)}"] = 1.0
    m = POSS_RX.match(text[best[1] : best[1] + 40])
    if m:
        noun = m.group(1).lower()
        f["poss_buy_noun" if re.fullmatch(BUY_NOUNS, noun) else "poss_sell_noun"] = 1.0
    if re.search(r"\bbetween\s+(?:the\s+)?$", text[max(s_start, best[0] - 14) : best[0]], re.I):
        f["between_first"] = 1.0
    return f


def build_article(
    name: str, group: str, text: str, gold: dict[str, Any], ext: Extraction
) -> ArticleRows:
    """Every found deal's candidates with both feature sets (``syn_`` prefix for syntax)."""
    art = ArticleRows(name, group, gold, ext.to_json())
    sents = [(s.start, s.end) for s in sentences(text)] or [(0, len(text))]
    cands = [a for a in ext.actors if a.type in CANDIDATE_TYPES]
    spans_of = {a.key: mentions(text, a) for a in cands}
    counts = {a.key: len(spans_of[a.key]) for a in cands}
    states = [a for a in cands if a.type == "state" and spans_of[a.key]]
    main_state = max(states, key=lambda a: (counts[a.key], -spans_of[a.key][0][0]), default=None)
    head_end = text.find("\n") if "\n" in text else min(len(text), 120)
    accepts = {
        side: set().union(
            *(party_forms(d[side], gold["actors"]) for d in gold["deals"] if d.get(side))
        )
        for side in SIDES
    }
    pairs = pair_deals(ext, gold)
    left = unmatched_after_rules(ext, gold)
    for index, deal in enumerate(ext.deals):
        rows = DealRows(
            index,
            {s: getattr(deal, s) for s in SIDES},
            {s: getattr(deal, f"{s}_key") for s in SIDES},
        )
        for actor in cands:
            spans = spans_of[actor.key]
            if not spans:
                continue
            f, best, sent_index = window_feats(text, sents, deal, spans)
            f.update(
                {
                    f"type_{actor.type}": 1.0,
                    "in_headline": float(spans[0][0] < head_end),
                    "log_mentions": math.log1p(counts[actor.key]) / 3.0,
                    f"kind_{deal.kind if deal.kind in KINDS else 'other'}": 1.0,
                }
            )
            for side in SIDES:
                if rows.rule_key[side] == actor.key:
                    f[f"rule_{side}"] = 1.0
            for k, v in syntax_feats(text, sents, best, sent_index).items():
                f[f"syn_{k}"] = v
            f["syn_main_state"] = float(main_state is not None and actor.key == main_state.key)
            f["syn_in_dateline"] = float(any(s < 60 and s > head_end for s, _ in spans))
            kind = deal.kind if deal.kind in KINDS else "other"
            f[f"syn_{kind}_x_{actor.type}"] = 1.0
            for other_index, other in enumerate(ext.deals):
                if other_index == index:
                    continue
                for side in SIDES:
                    if getattr(other, f"{side}_key") == actor.key:
                        f[f"syn_other_deal_{side}"] = 1.0
            label = {s: int(bool(accepts[s]) and in_forms(actor.name, accepts[s])) for s in SIDES}
            g = pairs.get(index)
            paired = {
                s: int(
                    g is not None
                    and bool(g.get(s))
                    and in_forms(actor.name, party_forms(g[s], gold["actors"]))
                )
                for s in SIDES
            }
            gain = {s: int(any(in_forms(actor.name, forms) for forms in left[s])) for s in SIDES}
            rows.cands.append(Cand(actor.name, actor.key, f, label, paired, gain))
        add_relative(rows.cands)
        art.deals.append(rows)
    return art


def add_relative(cands: list[Cand]) -> None:
    """Ranks among the deal's candidates: nearest to the value, the most mentioned, alone in
    the deal's sentence; first candidate of the sentence (a subject) for the syntax set."""
    if not cands:
        return

    def near_key(c: Cand) -> tuple[float, float]:
        f = c.feats
        return (2 * f.get("sent_dist2plus", 0) + f.get("sent_dist1", 0), f["log_char_dist"])

    near = sorted(range(len(cands)), key=lambda i: near_key(cands[i]))
    top = max(c.feats["log_mentions"] for c in cands)
    in_sent = [c for c in cands if c.feats["same_sent"]]
    first_in_sent = min(
        in_sent,
        key=lambda c: c.feats["log_char_dist"] * (-1 if c.feats["before_value"] else 1),
        default=None,
    )
    for i, c in enumerate(cands):
        c.feats["nearest"] = float(i == near[0])
        c.feats["second_nearest"] = float(len(near) > 1 and i == near[1])
        c.feats["most_mentioned"] = float(c.feats["log_mentions"] == top)
        c.feats["alone_in_sentence"] = float(len(in_sent) == 1 and c.feats["same_sent"] == 1.0)
        c.feats["syn_first_in_sentence"] = float(c is first_in_sent and c.feats["before_value"])
        c.feats["syn_n_in_sentence"] = len(in_sent) / 4.0


def _value_key(value: Any) -> str:
    if not value:
        return ""
    amount = value["amount"] if isinstance(value, dict) else value.amount
    currency = value["currency"] if isinstance(value, dict) else value.currency
    return f"{float(amount):.0f} {currency}"


def pair_deals(ext: Extraction, gold: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """Each found deal's gold deal, one to one: the same value first, then the same kind with
    the most shared item words and sides."""
    scored = []
    for i, d in enumerate(ext.deals):
        words = set(re.findall(r"[a-z]{3,}", d.item.lower()))
        for j, g in enumerate(gold["deals"]):
            same_value = bool(_value_key(d.value)) and _value_key(d.value) == _value_key(
                g.get("value")
            )
            shared = len(words & set(re.findall(r"[a-z]{3,}", (g.get("item") or "").lower())))
            sides = sum(
                bool(getattr(d, s)) and bool(g.get(s)) and norm(getattr(d, s)) == norm(g[s])
                for s in SIDES
            )
            score = 10 * same_value + 2 * (d.kind == g.get("kind")) + shared + sides
            if same_value or d.kind == g.get("kind") or shared or sides:
                scored.append((score, i, j))
    out: dict[int, dict[str, Any]] = {}
    used: set[int] = set()
    for _, i, j in sorted(scored, reverse=True):
        if i not in out and j not in used:
            out[i] = gold["deals"][j]
            used.add(j)
    return out


def unmatched_after_rules(ext: Extraction, gold: dict[str, Any]) -> dict[str, list[set[str]]]:
    """The gold sides (their accepted forms) the rules' own sides leave unmatched, by side:
    filling an empty side with one of them is a right side, as ``scoring`` counts."""
    left = {
        s: [party_forms(d[s], gold["actors"]) for d in gold["deals"] if d.get(s)] for s in SIDES
    }
    for d in ext.deals:
        for s in SIDES:
            name = getattr(d, s)
            hit = next((i for i, f in enumerate(left[s]) if name and in_forms(name, f)), None)
            if hit is not None:
                left[s].pop(hit)
    return left
