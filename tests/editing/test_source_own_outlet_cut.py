"""The outlet's name cut before "for"/"of"/"on" is the outlet too (round 20, newcomer20 N20-08:
"Halden Centre" from "© Halden Centre for Space Security, 2026" was offered as an actor)."""

from __future__ import annotations

import pytest

from briefdesk.editing.source_own import publishes_it
from briefdesk.model import Source
from briefdesk.model.codes import SourceKind


def _source(outlet: str, kind: SourceKind = SourceKind.NEWS) -> Source:
    return Source(text="x", outlet=outlet, kind=kind)


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("Halden Centre", "Halden Centre for Space Security"),
        ("HALDEN CENTRE FOR SPACE SECURITY", "Halden Centre for Space Security"),
        ("Nordic Institute", "Nordic Institute of International Affairs"),
    ],
)
def test_the_outlet_and_its_cut_name_are_the_outlet(name: str, outlet: str) -> None:
    assert publishes_it(name, _source(outlet))


@pytest.mark.parametrize(
    ("name", "outlet", "kind"),
    [
        ("Halden", "Halden Centre for Space Security", SourceKind.NEWS),  # one word: too loose
        ("Space Security", "Halden Centre for Space Security", SourceKind.NEWS),  # the tail
        ("Ministry", "Ministry of Defence", SourceKind.OFFICIAL_STATEMENT),  # an official text
        ("Halden Centre", "Halden Centre for Space Security", SourceKind.OFFICIAL_STATEMENT),
    ],
)
def test_other_names_are_not_the_outlet(name: str, outlet: str, kind: SourceKind) -> None:
    assert not publishes_it(name, _source(outlet, kind))
