"""N9-21: "huge.txt: has more characters of text than the limit of 5,000,000" said neither how
big the file is nor what to do. The refusal names the size, the limit and the way out."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main


def test_too_long_text_file_says_its_size_and_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("word " * 1_100_000, encoding="utf-8")  # 5.5 million characters
    capsys.readouterr()
    assert main(["import", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "has 5,499,999 characters of text, over the limit of 5,000,000" in err
    assert "split it into parts" in err
