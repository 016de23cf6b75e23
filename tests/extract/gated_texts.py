"""Random texts for checking a gated pattern (``scans.Gated``) against its plain form: pieces
joined in random case, some with a letter ``re`` folds to ASCII inside a word ("projectſ")."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from briefdesk.extract.scans import Gated


def random_parts(
    rng: random.Random, pieces: Sequence[str], most: int, fold: Callable[[str], str]
) -> list[str]:
    """One to ``most`` pieces, each upper-, lower- or as-cased, one in ten passed to ``fold``."""
    parts = []
    for _ in range(rng.randint(1, most)):
        piece = rng.choice(pieces)
        pick = rng.random()
        piece = piece.upper() if pick < 0.2 else piece.lower() if pick < 0.4 else piece
        if rng.random() < 0.1:
            piece = fold(piece)
        parts.append(piece)
    return parts


def plain_pattern(gated: Gated) -> re.Pattern[str]:
    """The pattern a ``Gated`` wraps, searched everywhere."""
    return re.compile(gated.pattern.pattern, gated.pattern.flags)
