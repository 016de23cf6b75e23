"""Big loads pause the collector and freeze what they built (no full collections meanwhile)."""

from __future__ import annotations

import gc
import sys

from briefdesk.gcquiet import big_load


def test_the_collector_is_paused_inside_and_back_after() -> None:
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    interval = sys.getswitchinterval()
    with big_load():
        assert not gc.isenabled()
        assert sys.getswitchinterval() < interval  # the GUI thread gets the GIL back sooner
        with big_load():  # nested (two loads on two threads)
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer load still runs
        built = [[i] for i in range(1000)]
    assert gc.isenabled() and sys.getswitchinterval() == interval
    assert gc.get_freeze_count() >= frozen + len(built)  # never walked again


def test_a_failing_load_turns_the_collector_back_on() -> None:
    try:
        with big_load():
            raise ValueError("the dictionary file is broken")
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_collector_turned_off_elsewhere_stays_off() -> None:
    gc.disable()
    try:
        with big_load():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
