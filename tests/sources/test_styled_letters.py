"""newcomer8 F17: "Admiral Tomás Errázuriz 𝐒𝐚𝐢𝐝 the aircraft…" (mathematical bold pasted from a
social media post) kept its styled letters. Styled letters and digits are plain ones on
import (searchable, quotable, spell-checked); full-width punctuation (CJK prose) stays. That
"Said" with a capital still joins the name is the extraction rules' part (reported, not here)."""

from __future__ import annotations

from briefdesk.sources.normalize import normalize_text

POST = "Admiral Tomás Errázuriz 𝐒𝐚𝐢𝐝 the aircraft would be based in Valparaíso 🚁."


def test_styled_letters_and_digits_become_plain() -> None:
    assert normalize_text(POST) == (
        "Admiral Tomás Errázuriz Said the aircraft would be based in Valparaíso 🚁."
    )
    assert normalize_text("𝟏𝟐 𝘩𝘦𝘭𝘪𝘤𝘰𝘱𝘵𝘦𝘳𝘴, ＦＡ５０") == "12 helicopters, FA50"
    assert normalize_text("中国，北京。") == "中国，北京。"  # CJK punctuation kept
