"""The Reliability and Credibility drop-downs of a source: "(not set)" while it is not graded.

A source nobody graded holds F6 in the file; its drop-downs showed "F — Reliability cannot be
judged" and "6 — Truth cannot be judged", a grade nobody gave (newcomer17 N17-05). Each
drop-down here sees the whole source, so it can tell F6 (not graded) from, say, F2.
"""

from __future__ import annotations

from typing import Any

from briefdesk.gui.bindings import ComboBinding
from briefdesk.model.codes import CREDIBILITY_WORDS, RELIABILITY_WORDS

NOT_SET = "(not set)"
_NOT_GRADED = {"reliability": "F", "credibility": 6}


class GradePartBinding(ComboBinding):
    """One half of the Admiralty grade (``reliability`` or ``credibility``) as a drop-down."""

    merge = False

    def __init__(self, part: str) -> None:
        words: dict[Any, str] = RELIABILITY_WORDS if part == "reliability" else CREDIBILITY_WORDS
        choices = [(NOT_SET, None)] + [(f"{k} — {v}", k) for k, v in words.items()]
        super().__init__("", choices)  # "": the whole source, to tell F6 from a real F or 6
        self.part = part
        self.undo_text = "Change grade"
        self.combo.setToolTip(f"The source's {part} (Admiralty code); {NOT_SET} until graded")

    def read(self) -> Any:
        if self.form is None or (path := self.form.path_of(self)) is None:
            raise ValueError("no source selected")
        source = self.form.doc.value(path)
        chosen = self.combo.currentData()
        if chosen is None:  # "(not set)" takes the whole grade back to not graded
            return source.model_copy(update=_NOT_GRADED)
        return source.model_copy(update={self.part: chosen})

    def show(self, value: Any) -> None:
        graded = bool(getattr(value, "is_graded", False))
        super().show(getattr(value, self.part) if graded else None)
