"""A source's address is an http(s) web address or nothing, wherever it comes from."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from briefdesk.model import Source
from briefdesk.model.weburl import web_url_or_empty, web_url_problem
from briefdesk.sources.api import import_text
from briefdesk.sources.errors import ImportRefused


@pytest.mark.parametrize("url", ["", "https://example.org/a?b=1", "HTTP://Example.org"])
def test_web_addresses_pass(url: str) -> None:
    assert web_url_problem(url) is None
    assert Source(url=url).url == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " javascript:x",
        "file:///etc/passwd",
        "data:text/html,x",
        "https://",
        "example.org/a",
        "mailto:a@b.c",
        "http://a b",
    ],
)
def test_other_schemes_are_refused_by_the_model(url: str) -> None:
    with pytest.raises(ValidationError, match="url"):
        Source(url=url)
    assert web_url_or_empty(url) == ""


def test_pasted_text_with_a_script_address_is_refused() -> None:
    with pytest.raises(ImportRefused, match="unusable address"):
        import_text("The ministry signed a contract on Tuesday.", url="javascript:alert(1)")


def test_a_page_address_that_is_not_http_is_dropped_on_import(tmp_path: Path) -> None:
    from briefdesk.sources.api import import_file

    page = tmp_path / "p.html"
    page.write_text(
        '<html><head><meta property="og:url" content="javascript:alert(1)">'
        '<link rel="canonical" href="javascript:alert(2)"><title>Boats</title></head>'
        "<body><article><p>The ministry signed a contract worth $120 million for twelve patrol"
        " boats on Tuesday, officials said after the ceremony.</p></article></body></html>",
        encoding="utf-8",
    )
    assert import_file(page).url == ""
