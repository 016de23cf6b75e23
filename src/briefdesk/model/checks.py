"""Rules that span records: evidence quotes match their source, ids are unique, links resolve."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from briefdesk.model.bounds import check_dates
from briefdesk.model.brief import Brief, Span
from briefdesk.model.errors import Problem


def iter_spans(node: object, path: str = "") -> Iterator[tuple[str, Span]]:
    """Every evidence span in a brief with its field path, e.g. ``actors[0].evidence[1]``."""
    if isinstance(node, Span):
        yield path, node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            if name == "sources":
                continue
            child = getattr(node, name)
            yield from iter_spans(child, f"{path}.{name}" if path else name)
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from iter_spans(child, f"{path}[{index}]")


def check_brief(brief: Brief) -> list[Problem]:
    """All cross-record problems; an empty list means the brief is consistent."""
    return [
        *_check_unique_ids(brief),
        *_check_references(brief),
        *_check_spans(brief),
        *check_dates(brief),
    ]


def _check_unique_ids(brief: Brief) -> Iterator[Problem]:
    groups: dict[str, list[str]] = {
        "actors": [a.id for a in brief.actors],
        "deals": [d.id for d in brief.deals],
        "places": [p.id for p in brief.places],
        "sources": [s.id for s in brief.sources],
        "options": [o.id for o in brief.options],
        "recommendations": [r.id for r in brief.recommendations],
        "significance.judgments": [j.id for j in brief.significance.judgments],
    }
    for group, ids in groups.items():
        seen: set[str] = set()
        for index, record_id in enumerate(ids):
            if record_id in seen:
                yield Problem(f"{group}[{index}].id", f"duplicate id {record_id!r}")
            seen.add(record_id)


def _check_references(brief: Brief) -> Iterator[Problem]:
    actor_ids = {a.id for a in brief.actors}
    for d_index, deal in enumerate(brief.deals):
        for p_index, party in enumerate(deal.parties):
            if party.actor_id not in actor_ids:
                yield Problem(
                    f"deals[{d_index}].parties[{p_index}].actor_id",
                    f"no actor has id {party.actor_id!r}",
                )
    for a_index, actor in enumerate(brief.actors):
        if actor.affiliation_id is not None and actor.affiliation_id not in actor_ids:
            yield Problem(
                f"actors[{a_index}].affiliation_id", f"no actor has id {actor.affiliation_id!r}"
            )


def _check_spans(brief: Brief) -> Iterator[Problem]:
    texts = {s.id: s.text for s in brief.sources}
    for path, span in iter_spans(brief):
        text = texts.get(span.source_id)
        if text is None:
            yield Problem(f"{path}.source_id", f"no source has id {span.source_id!r}")
        elif span.end > len(text):
            yield Problem(
                f"{path}.end",
                f"{span.end} is past the end of source {span.source_id!r} ({len(text)} characters)",
            )
        elif text[span.start : span.end] != span.quote:
            yield Problem(
                f"{path}.quote",
                f"{_short(span.quote)} does not match the source text at {span.start}-{span.end} "
                f"({_short(text[span.start : span.end])})",
            )


def _short(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")
