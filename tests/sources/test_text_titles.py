"""How a plain-text source is titled: from its text when the text offers a headline."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.sources import import_file, import_text


@pytest.mark.parametrize(
    ("content", "title"),
    [
        # One line only: the line is the headline, a closing full stop dropped.
        ("Karvonia agreed to buy 24 jets.\n", "Karvonia agreed to buy 24 jets"),
        ("  Karvonia to buy jets  \n\n", "Karvonia to buy jets"),
        ("Is Karvonia buying jets?", "Is Karvonia buying jets?"),
        # A first line that reads as a headline, above the body: as before.
        ("Karvonia to buy jets\n\nThe ministry said so. It was Tuesday.\n", "Karvonia to buy jets"),
        # A first line that is body text: the file name, as before.
        ("Karvonia agreed to buy jets.\nThe ministry said so.\n", "deal note"),
        # One line too long to be a headline (a whole article on one line): the file name.
        ("Karvonia agreed to buy jets. " * 10, "deal note"),
    ],
)
def test_plain_text_file_title(tmp_path: Path, content: str, title: str) -> None:
    path = tmp_path / "deal_note.txt"
    path.write_text(content, encoding="utf-8")
    assert import_file(path).title == title


def test_pasted_sentence_is_not_made_a_headline() -> None:
    # A pasted sentence cited as the outlet's headline would be wrong; the draft supplies one.
    assert import_text("Karvonia has agreed to buy 24 Falcon-7 jets.").title == ""
    assert import_text("Karvonia to buy jets").title == "Karvonia to buy jets"
