"""Double-decoded UTF-8 ("Polandâ€™s") is repaired, whether it kept the byte Windows-1252 has
no character for or lost it (N11-19); real binary junk is still refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.sources import ImportLimits, ImportRefused, import_file

SENTENCE = "Erdavia’s deal with Korvia” was signed “today” – for 90 trucks.\n"


def _double_decoded(text: str, reading: str) -> str:
    raw = text.encode("utf-8")
    if reading == "latin-1":  # every byte kept, 0x80-0x9F as C1 controls
        return raw.decode("latin-1")
    if reading == "browser":  # WHATWG windows-1252: the five bytes it lacks stay as C1
        lacks = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
        return "".join(chr(b) if b in lacks else bytes([b]).decode("cp1252") for b in raw)
    return raw.decode("cp1252", errors="ignore")  # those five bytes lost


@pytest.mark.parametrize("reading", ["latin-1", "browser", "lost"])
def test_double_decoded_text_is_repaired_and_said(tmp_path: Path, reading: str) -> None:
    path = tmp_path / "garbled.txt"
    path.write_text(_double_decoded(SENTENCE * 6, reading), encoding="utf-8")
    source = import_file(path, limits=ImportLimits(isolate=False))
    assert source.text.splitlines()[0] == SENTENCE.strip()
    assert "†" not in source.text
    assert "repaired characters that had been decoded with the wrong encoding" in source.notes


def test_binary_junk_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(1, 32)) * 200)
    with pytest.raises(ImportRefused, match="binary or garbled"):
        import_file(path, limits=ImportLimits(isolate=False))
