"""A .docx cut short is refused in Word's terms, not as a ZIP archive (N10-20)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefdesk.sources import ImportLimits, ImportRefused, import_file


@pytest.mark.parametrize("ending", [".docx", ".docm"])
def test_a_truncated_word_file_says_so_in_words_a_desk_officer_knows(
    make_docx: Callable[..., Path], tmp_path: Path, ending: str
) -> None:
    whole = make_docx().read_bytes()
    cut = tmp_path / f"cut{ending}"
    cut.write_bytes(whole[:-200])
    with pytest.raises(ImportRefused) as refused:
        import_file(cut, limits=ImportLimits(isolate=False))
    message = str(refused.value)
    assert "damaged or incomplete Word file" in message and "save it again" in message
    assert "ZIP" not in message and "\n" not in message


def test_a_cut_zip_of_another_kind_is_still_called_a_zip(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("x.txt", "x" * 1000)
    cut = tmp_path / "a.txt"
    cut.write_bytes(path.read_bytes()[:-30])
    with pytest.raises(ImportRefused) as refused:
        import_file(cut, limits=ImportLimits(isolate=False))
    assert "Word file" not in str(refused.value)
