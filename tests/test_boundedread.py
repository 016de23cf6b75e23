"""One size helper for every message (import, templates, briefs, settings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.boundedread import FileRefused, check_regular, describe_size

MB = 1024 * 1024


@pytest.mark.parametrize(
    ("size", "words"),
    [
        (1, "1 byte"),
        (12, "12 bytes"),
        (512 * 1024, "512 KB"),
        (1536, "1.5 KB"),
        (50 * MB, "50 MB"),  # limits set in binary units read as set
        (20_000_000, "20 MB"),  # and those set in decimal ones too
        (62_500_000, "62.5 MB"),
        # Just over a limit never reads as the limit itself.
        (20_000_001, "20,000,001 bytes"),
        (50 * MB + 1, "52.4 MB"),
    ],
)
def test_sizes_read_in_the_units_limits_are_set_in(size: int, words: str) -> None:
    assert describe_size(size) == words


def test_a_file_just_over_the_limit_says_two_different_sizes(tmp_path: Path) -> None:
    path = tmp_path / "big.brief"
    path.write_bytes(b"x" * 64_001)
    with pytest.raises(FileRefused) as refused:
        check_regular(path, 64_000)
    assert str(refused.value).endswith("the file is 64,001 bytes; at most 64 KB can be read")
