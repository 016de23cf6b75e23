"""How the CLI's record commands read typed text and print records: one line per record and its
details in the words the window's lists use, citations added and dropped as ``--cite`` and
``--uncite`` say. Shared by judgments/options/recommendations, actors/places and deals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefdesk.model import Brief


def evidence_after(
    brief: Brief, spans: list[Any], cite: list[str], uncite: list[str], noun: str = "judgment"
) -> list[Any]:
    from briefdesk.editing import records as rec

    dropped = set()
    for which in uncite:
        source = rec.find_source(brief, which.strip(), which).id  # named as for --cite
        if not any(s.source_id == source for s in spans):
            raise rec.RecordError(f"uncite {which!r}: the {noun} does not cite {source}")
        dropped.add(source)
    kept = [s for s in spans if s.source_id not in dropped]
    return unique_spans([*kept, *(rec.citation(brief, spec) for spec in cite)])


def unique_spans(spans: list[Any]) -> list[Any]:
    from briefdesk.editing.linking import has_span

    out: list[Any] = []
    for span in spans:
        if not has_span(out, span):
            out.append(span)
    return out


def prose(text: str) -> str:
    """``\\n`` typed on a command line is a line break, as ``set`` reads it."""
    return text.replace("\\n", "\n").strip()


def lines(values: list[str]) -> list[str]:
    return [v.strip() for v in values if v.strip()]


def line(record: Any, limit: int = 80) -> str:
    """One line per record, in the words the window's lists use (``limit=0``: unclipped)."""
    from briefdesk.model import KeyJudgment, Option

    if isinstance(record, KeyJudgment):
        return clip(record.statement, limit) + estimate(record)
    if isinstance(record, Option):
        tail = f" — {clip(record.description, limit)}" if record.description else ""
        return f"{record.label}{tail}"
    due = f" (due {record.due_by.isoformat()})" if record.due_by else ""
    return f"{clip(record.text, limit)}{due}"


def estimate(judgment: Any) -> str:
    parts = []
    if judgment.likelihood is not None:
        low, high = judgment.likelihood.percent_range
        parts.append(f"{judgment.likelihood.words} ({low}–{high}%)")
    if judgment.confidence is not None:
        parts.append(f"{judgment.confidence.value} confidence")
    return f" [{', '.join(parts)}]" if parts else " [no likelihood or confidence yet]"


def details(record: Any) -> list[str]:
    from briefdesk.model import KeyJudgment, Option

    out = []
    if isinstance(record, KeyJudgment):
        for span in record.evidence:
            out.append(f"cites {span.source_id}: “{clip(span.quote, 60)}”")
        if not record.evidence:
            out.append("cites no source")
        if record.rationale:
            out.append(f"rationale: {clip(record.rationale, 0)}")
        out.extend(f"indicator: {clip(i, 0)}" for i in record.indicators)
    elif isinstance(record, Option):
        out.extend(f"pro: {clip(p, 0)}" for p in record.pros)
        out.extend(f"con: {clip(c, 0)}" for c in record.cons)
    else:
        out.append(f"choices: {' / '.join(record.choices) or '(none)'}")
    return out


def clip(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if not limit or len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
