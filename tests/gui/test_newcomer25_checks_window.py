"""N25-07 in the window: the Checks panel tells what to drop from a judgment that mixes
likelihood and confidence, and that its Confidence field already says the level."""

from __future__ import annotations

import os
from typing import Any

from briefdesk.model import KeyJudgment
from briefdesk.model.codes import Confidence, Likelihood


def test_checks_panel_says_what_to_write_instead(window: Any, qtbot: Any) -> None:
    judgment = KeyJudgment(
        statement="Vilnor will likely reopen the frigate tender in 2027, with moderate confidence.",
        likelihood=Likelihood.LIKELY,
        confidence=Confidence.MODERATE,
    )
    window.doc.insert_record("significance.judgments", judgment)
    window.checks.refresh()
    messages = [m for path, m in window.checks.findings() if path.endswith("[0].statement")]
    wanted = "drop “with moderate confidence”: the Confidence field says Moderate"
    assert any(wanted in m for m in messages), messages  # (a spelling note may share the path)
    shot = os.environ.get("BRIEFDESK_SHOT_DIR")
    if shot:  # for a person to look at: BRIEFDESK_SHOT_DIR=/tmp/shots
        window.side.setCurrentWidget(window.checks)
        qtbot.wait(50)
        window.grab().save(os.path.join(shot, "n25_07_checks.png"))
