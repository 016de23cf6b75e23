"""How found mentions become suggestions a reader sees: one alias per spelling, one date
suggestion per date (moved out of ``pipeline`` to keep it under the module limit)."""

from __future__ import annotations

import datetime as dt

from briefdesk.extract.date_mention import DateMention
from briefdesk.extract.results import DateSuggestion, Reason


def distinct_aliases(name: str, aliases: list[str]) -> list[str]:
    """Aliases as a reader wants them listed: one per spelling whatever its case ("the bank"
    for "The bank" at a sentence start and "the bank" in one), never the name again."""
    kept: dict[str, str] = {name.casefold(): name}
    for alias in aliases:
        key = alias.casefold()
        if key not in kept or (
            kept[key] != name and kept[key][:1].isupper() and alias[:1].islower()
        ):
            kept[key] = alias
    return [form for key, form in kept.items() if key != name.casefold()]


def merged_dates(
    mentions: list[DateMention], by_text_date: dict[int, str] | None = None
) -> list[DateSuggestion]:
    """One suggestion per date: "Tuesday" said three times is one date with three evidence spans
    (a suggestion's key is its folded text, so two suggestions with one key would be one
    decision shown twice). The same words resolved to different days stay apart."""
    merged: dict[tuple[str, dt.date | None], DateSuggestion] = {}
    for mention in mentions:
        suggestion = DateSuggestion(
            mention.text,
            mention.resolved,
            mention.precision,
            [(mention.start, mention.end)],
            why=[Reason("date.stated", f"date as stated: {mention.text!r}")],
        )
        if mention.why:  # the year or day chosen for a date written without it
            suggestion.why.append(Reason("date.year-by-tense", mention.why))
        if by_text_date and mention.start in by_text_date:  # no published date (dateline_date)
            suggestion.why.append(Reason("date.reference-dateline", by_text_date[mention.start]))
        same = merged.setdefault((suggestion.key, mention.resolved), suggestion)
        if same is not suggestion:
            same.evidence.append((mention.start, mention.end))
    return list(merged.values())
