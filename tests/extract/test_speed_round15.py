"""Round 15's declared triggers leave out only calls that could change nothing.

``chunk_triggers`` gives each chunk rule a trigger (the run's size, a word of the run, its last
word) that restates the rule's first test, and the chunk loop calls a rule only where its
trigger holds. Here the loop runs with the triggers off on every chunk of the tuning corpus:
every rule whose trigger fails is called anyway, in its place in the order, and must answer
NEXT and leave the resolver as it was; and the whole output, with each proposal's rule ids,
is the same with the triggers on and off.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from briefdesk.extract import chunk_pass, chunk_triggers, chunk_view, extract_text, pipeline
from briefdesk.extract.chunk_triggers import MORE, ONE, TWO, Dispatch, Trigger
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Chunk, Sentence

from .tuning_texts import tuning_texts


def _state(res: Resolver) -> Any:
    found = res.found
    return (
        list(res.split),
        res.skip_until,
        list(res._claims),
        dict(res.last_org_by_head),
        {
            key: (a.name, a.role, a.affiliation, a.country, list(a.evidence), set(a.aliases))
            for key, a in found.actors.items()
        },
        {key: list(p.evidence) for key, p in found.places.items()},
        list(found.mentions),
    )


def _holds(trigger: Trigger, lowered: list[str], text: str, start: int, end: int) -> bool:
    """The trigger read directly from its fields (not through the dispatch's bits)."""
    forms = [word.rstrip(".") for word in lowered]
    size = min(len(lowered), MORE)
    return (
        size in trigger.sizes
        and (trigger.words is None or not trigger.words.isdisjoint(forms))
        and (trigger.last is None or forms[-1] in trigger.last)
        and (trigger.before is None or text[max(0, start - 2) : start] in trigger.before)
        and (trigger.third_after is None or text[end + 2 : end + 3] in trigger.third_after)
    )


def test_left_out_rules_answer_next_and_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    left_out: dict[str, int] = {}

    def checked(res: Resolver, sentence: Sentence, chunk: Chunk) -> bool:
        view = chunk_view.view(res, sentence, chunk)
        where = (res.text, chunk.start, chunk.end)
        table = chunk_pass.DISPATCH.table(view.lowered, *where)
        for entry in chunk_pass._RULES:
            rule, rule_id, _ = entry
            res.rule = rule_id
            holds = _holds(chunk_triggers.trigger_of(rule), view.lowered, *where)
            assert holds == (entry in table), (rule.__name__, view.phrase)
            if holds:
                verdict = rule(res, view)
                if verdict != chunk_view.NEXT:
                    return verdict == chunk_view.CLAIM
                continue
            before = _state(res)
            assert rule(res, view) == chunk_view.NEXT, (rule.__name__, view.phrase)
            assert _state(res) == before, (rule.__name__, view.phrase)
            left_out[rule.__name__] = left_out.get(rule.__name__, 0) + 1
        return False

    monkeypatch.setattr(pipeline, "classify", checked)
    for text in list(tuning_texts()):
        extract_text(text)
    declared = {rule.__name__ for rule in chunk_triggers._DECLARED}
    assert declared <= set(left_out)  # every declared trigger left calls out
    assert sum(left_out[name] for name in declared) > 50_000


def test_output_is_the_same_with_the_triggers_off(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = list(tuning_texts())[::3]
    on = [json.dumps(extract_text(text).to_json(), sort_keys=True) for text in texts]
    monkeypatch.setattr(chunk_triggers, "_DECLARED", {})  # round 9's size split alone
    monkeypatch.setattr(chunk_pass, "_table", Dispatch(chunk_pass._RULES).table)
    off = [json.dumps(extract_text(text).to_json(), sort_keys=True) for text in texts]
    assert on == off
    assert len(chunk_pass.DISPATCH.tables) > 2  # the triggers were in use


def test_the_size_split_is_round_nines() -> None:
    from briefdesk.extract.chunk_dispatch import ONE_WORD_ONLY, SEVERAL_WORDS_ONLY

    for rule in chunk_pass.CHUNK_RULES:
        sizes = chunk_triggers.trigger_of(rule).sizes
        declared = chunk_triggers._DECLARED.get(rule, Trigger()).sizes
        several = {TWO, MORE} if rule in SEVERAL_WORDS_ONLY else {ONE, TWO, MORE}
        one = {ONE} if rule in ONE_WORD_ONLY else {ONE, TWO, MORE}
        assert sizes == declared & several & one, rule.__name__
    assert chunk_triggers.trigger_of(chunk_triggers.landmark).sizes == {TWO, MORE}
    assert chunk_triggers.trigger_of(chunk_triggers.cr.short_head).sizes == {ONE}


def _rules_for(text: str) -> list[Any]:
    """The table of the run of capitals marked "[...|" in ``text``."""
    before, _, marked = text.partition("[")
    run, _, after = marked.partition("|")
    lowered = [word.lower() for word in run.split(" ")]
    start, end = len(before), len(before) + len(run)
    table = [
        entry[0] for entry in chunk_pass.DISPATCH.table(lowered, before + run + after, start, end)
    ]
    assert table == [rule for rule in chunk_pass.CHUNK_RULES if rule in table]
    return table


def test_a_run_gets_the_rules_its_words_trigger_in_order() -> None:
    embassy = _rules_for("at the [Russian Embassy| in Lima")
    assert chunk_triggers.state_embassy in embassy
    assert chunk_triggers.landmark not in embassy
    assert chunk_triggers.landmark not in _rules_for("at [House| of")  # (two words at least)
    hill = _rules_for("at [Capitol Hill| on")
    assert chunk_triggers.landmark in hill and chunk_triggers.state_embassy not in hill
    assert chunk_triggers.cr.honorific_name in _rules_for("said [Mr. Modi| on")
    assert chunk_triggers.cr.honorific_name not in hill


def test_a_run_gets_the_rules_its_neighbours_trigger() -> None:
    assert chunk_triggers.christened in _rules_for("to be named [Sassandra| and")
    assert chunk_triggers.christened not in _rules_for("in [Sassandra| and")
    assert chunk_triggers.owned_site in _rules_for("at NDMA's [Kolsas| site")
    assert chunk_triggers.owned_site not in _rules_for("at the [Kolsas| site")
    assert chunk_triggers.lower_form_firm in _rules_for("from [Termo| d.d. of")
    assert chunk_triggers.lower_form_firm in _rules_for("from [Termo| sp. z o.o.")
    assert chunk_triggers.lower_form_firm not in _rules_for("from [Termo| said")
    assert chunk_triggers.remit_then_name in _rules_for("minister for [Trade Peter Obi| said")
    assert chunk_triggers.remit_then_name not in _rules_for("when [Trade Peter Obi| said")
