"""The Export dialog's notice says each thing once: a drafted BLUF is both a reason it is not
ready and one of the checks' warnings (seen on the README screenshot, round 13)."""

from __future__ import annotations

from briefdesk.gui.export_template_state import readiness_text

DRAFTED = "the BLUF is still BriefDesk's draft: check it against the source"


def test_a_warning_already_named_as_not_ready_is_not_repeated() -> None:
    text = readiness_text([DRAFTED], [DRAFTED, "no handling marking"])
    assert text.count(DRAFTED) == 1
    assert "<b>Also:</b> no handling marking." in text
