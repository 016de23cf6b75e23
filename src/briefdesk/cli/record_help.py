"""Help texts the record commands share (``cmd_records``): the likelihood words a judgment
takes and how a judgment cites its source."""

from __future__ import annotations

LIKELIHOODS = (
    "almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, "
    "almost certain"
)
CITE_HELP = (
    "a source the judgment rests on: SRC:'words of the source' cites those words, SRC alone "
    "its opening line (SRC is an id such as src-1 or the source's number; repeatable)"
)
