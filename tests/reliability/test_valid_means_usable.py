"""Valid means usable: what validates can be shown, exported and saved; bounds say why not."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.extract import extract_text
from briefdesk.model.errors import BriefError
from briefdesk.model.fileformat import dumps, loads
from briefdesk.samples import sample_bytes
from briefdesk.sources.dates import to_date

DATA = Path(__file__).parent.parent / "data" / "reliability"


@pytest.mark.parametrize(
    ("name", "amount"), [("amount-1e40.brief", "1e40"), ("amount-1e999999999.brief", "1e999999999")]
)
def test_handed_huge_amounts_are_refused_with_one_line(
    name: str, amount: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DATA / name
    assert json.loads(path.read_text())["deals"][0]["value"]["amount"] == amount
    before = path.read_bytes()
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().err
    assert out == (
        f"{path}: deals[0].value.amount: amount has more than 20 digits before the decimal point\n"
    )
    for command in (["show", str(path)], ["templates", "context", str(path)]):
        assert main(command) == 1
        err = capsys.readouterr().err
        assert "amount has more than 20 digits" in err and "Traceback" not in err
        assert err.count("\n") == 1
    assert path.read_bytes() == before


def _sample_with(**changes: object) -> bytes:
    document = json.loads(sample_bytes())
    for dotted, value in changes.items():
        node = document
        *parents, last = dotted.split("__")
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[last] = value
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("amount", "reason"),
    [
        ("1" + "0" * 20, "more than 20 digits before"),
        ("0.0000001", "more than 6 digits after"),
        ("1" * 4400, "characters is too long for an amount"),
        ("NaN", "finite"),
    ],
)
def test_amount_bounds(amount: str, reason: str) -> None:
    with pytest.raises(BriefError, match=reason):
        loads(_sample_with(deals__0__value__amount=amount))


def test_a_4400_digit_integer_is_refused_without_python_internals() -> None:
    data = re.sub(rb'"version": \d+', b'"version": ' + b"1" * 4400, sample_bytes(), count=1)
    with pytest.raises(BriefError) as error:
        loads(data)
    assert (
        str(error.value) == "a number with 4400 digits is longer than any field of a brief can hold"
    )


@pytest.mark.parametrize(
    "amount", ["99999999999999999999.999999", "0.000001", "0", "1E+19", "1.500000000"]
)
def test_every_valid_amount_shows_exports_and_saves(
    amount: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "b.brief"
    path.write_bytes(_sample_with(deals__0__value__amount=amount))
    brief = loads(path.read_bytes())
    assert brief.deals[0].value is not None
    assert brief.deals[0].value.amount == Decimal(amount)
    again = dumps(brief)
    assert len(again) < 2 * len(path.read_bytes())
    assert loads(again.encode()) == brief
    assert main(["show", str(path)]) == 0
    assert main(["templates", "context", str(path)]) == 0
    for out in ("b.docx", "b.md"):
        assert main(["export", str(path), "-t", "deal-sheet", "-o", str(tmp_path / out)]) == 0
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("year", [1, 1899, 2201, 9999])
def test_dates_outside_the_years_a_brief_holds_are_refused(year: int) -> None:
    day = dt.date(year, 1, 1).isoformat()
    with pytest.raises(BriefError, match=rf"sources\[0\]\.published: {day} is outside the years"):
        loads(_sample_with(sources__0__published=day))
    with pytest.raises(BriefError, match=r"header\.date: .* is outside the years 1900-2200"):
        loads(_sample_with(header__date=day))


def test_dates_at_the_limits_are_valid_and_usable(tmp_path: Path) -> None:
    path = tmp_path / "b.brief"
    path.write_bytes(
        _sample_with(
            header__date="2200-12-31",
            sources__0__published="1900-01-01",
            created="1900-01-01T00:00:00Z",
        )
    )
    loads(path.read_bytes())
    assert main(["show", str(path)]) == 0
    assert main(["extract", str(path)]) == 0
    assert main(["export", str(path), "-t", "standard", "-o", str(tmp_path / "b.docx")]) == 0


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_extract_with_a_published_date_at_the_ends_of_time_does_not_crash(
    published: dt.date,
) -> None:
    text = (
        "On Tuesday, Poland said it will buy 180 tanks for $6 billion. Yesterday, last month, "
        "next year, tomorrow, on 3 March and in March 2024 officials met in Warsaw."
    )
    extraction = extract_text(text, published=published)
    assert extraction is not None


def test_metadata_dates_outside_the_range_are_dropped_on_import() -> None:
    assert to_date("0001-01-01T00:00:00") is None
    assert to_date(dt.datetime(9999, 12, 31)) is None
    assert to_date("2026-03-04") == dt.date(2026, 3, 4)


def test_add_source_refuses_a_published_date_out_of_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    article = tmp_path / "a.txt"
    article.write_text("Poland will buy 180 tanks.")
    with pytest.raises(SystemExit):
        main(["add-source", str(brief), str(article), "--published", "9999-01-01"])
    assert "outside the years 1900-2200" in capsys.readouterr().err


def test_duplicate_keys_are_refused_with_their_line() -> None:
    data = (
        b'{\n  "format": "briefdesk.brief",\n  "version": 1,\n'
        b'  "header": {"title": "a",\n  "title": "b"}\n}'
    )
    with pytest.raises(BriefError) as error:
        loads(data)
    assert str(error.value) == "line 5: duplicate key 'title'"
    # Same key in different objects, and keys inside string values, are fine.
    loads(_sample_with(notes='"title": "x", "title": "y"'))


def test_the_window_refuses_what_a_brief_cannot_hold() -> None:
    from briefdesk.gui.bindings import parse_decimal

    assert parse_decimal("1,100,000,000") == Decimal("1100000000")
    with pytest.raises(ValueError, match="more than 20 digits"):
        parse_decimal("1e40")
    with pytest.raises(ValueError, match="more than 6 digits after"):
        parse_decimal("0.0000001")
