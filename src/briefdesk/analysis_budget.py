"""Say when extraction read only part of a source, never leave a short list looking complete.

Extraction reads at most ``extract.pipeline.MAX_CHARS`` characters of a source (a bound on
time and memory for hostile input); past it the rest of the text was cut off without a word
(newcomer8 F10). The CLI prints this note and the Suggestions panel shows it. The time budget
needs no note here: past it extraction is stopped and says "too long to analyse".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefdesk.model import Source

# No text this short is cut (the cap is 500,000; a test keeps this below it): checked first,
# so the window does not load the extraction modules (about 1 s) to compare two lengths.
SURELY_WHOLE = 250_000


def analysed_chars() -> int:
    """How many characters of a source extraction reads (read at call time: tests lower it)."""
    from briefdesk.extract import pipeline

    return int(pipeline.MAX_CHARS)


def partial_note(source: Source) -> str:
    """ "" when the whole text is analysed; else one line saying how much was left out."""
    size = len(source.text)
    if size <= SURELY_WHOLE:
        return ""
    limit = analysed_chars()
    if size <= limit:
        return ""
    return (
        f"suggestions are incomplete: only the first {limit:,} of {size:,} characters were "
        "analysed (split the source to read the rest)"
    )
