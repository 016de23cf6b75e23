"""Round 9's speed pass skips only work that could change nothing (the tuning corpus).

The chunk loop does not call a rule of ``chunk_dispatch.SEVERAL_WORDS_ONLY`` on a run of one
word, nor one of ``chunk_dispatch.ONE_WORD_ONLY`` on a run of several: here every skipped call is
made anyway, on every chunk of every tuning article, and must answer NEXT and leave the resolver
as it was.
"""

from __future__ import annotations

from typing import Any

import pytest

from briefdesk.extract import chunk_dispatch, chunk_pass, chunk_view, extract_text, pipeline
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Chunk, Sentence

from .tuning_texts import tuning_texts


def _state(res: Resolver) -> Any:
    found = res.found
    return (
        list(res.split),
        res.skip_until,
        {
            key: (a.name, a.role, a.affiliation, a.country, list(a.evidence))
            for key, a in found.actors.items()
        },
        {key: list(p.evidence) for key, p in found.places.items()},
        list(found.mentions),
    )


def test_skipped_rules_answer_next_and_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = pipeline.classify
    asked = {"one": 0, "several": 0}

    def checked(res: Resolver, sentence: Sentence, chunk: Chunk) -> bool:
        one = len(chunk.tokens) == 1
        skipped = chunk_dispatch.SEVERAL_WORDS_ONLY if one else chunk_dispatch.ONE_WORD_ONLY
        view = chunk_view.view(res, sentence, chunk)
        for rule in chunk_pass.CHUNK_RULES:
            if rule in skipped:
                before = _state(res)
                assert rule(res, view) == chunk_view.NEXT, (rule.__name__, view.phrase)
                assert _state(res) == before, (rule.__name__, view.phrase)
                asked["one" if one else "several"] += 1
        return plain(res, sentence, chunk)

    monkeypatch.setattr(pipeline, "classify", checked)
    for text in list(tuning_texts()):
        extract_text(text)
    assert asked["one"] > 1000 and asked["several"] > 1000


def test_tables_keep_the_order_and_every_other_rule() -> None:
    # (since round 15 the size split is one kind of chunk_triggers' triggers; a run of words
    # that trigger nothing else gets exactly round 9's table)
    for skipped, lowered in (
        (chunk_dispatch.SEVERAL_WORDS_ONLY, ["zyxw"]),
        (chunk_dispatch.ONE_WORD_ONLY, ["zyxw", "vuts"]),
    ):
        assert skipped <= set(chunk_pass.CHUNK_RULES)
        text = " ".join(lowered)
        table = [entry[0] for entry in chunk_pass.DISPATCH.table(lowered, text, 0, len(text))]
        assert not set(table) & skipped
        assert table == [rule for rule in chunk_pass.CHUNK_RULES if rule in table]
    assert not chunk_dispatch.SEVERAL_WORDS_ONLY & chunk_dispatch.ONE_WORD_ONLY
