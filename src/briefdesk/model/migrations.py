"""Upgrade older ``.brief`` documents, one format version at a time, before validation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefdesk.model.brief import FORMAT_VERSION
from briefdesk.model.weburl import web_url_problem

Document = dict[str, Any]
Migration = Callable[[Document], Document]


def _v1_to_v2(document: Document) -> Document:
    """Version 2 adds ``sources[].dismissed`` (suggestion keys the user dismissed; none yet)
    and takes only http(s) source addresses: older ones are kept, never lost (see below)."""
    sources = document.get("sources")
    if isinstance(sources, list):
        document["sources"] = [
            _web_address_only({**source, "dismissed": []}) if isinstance(source, dict) else source
            for source in sources
        ]
    return document


def _web_address_only(source: Document) -> Document:
    """A bare host ("example.org/a") gains ``https://``; any other non-web address
    (``mailto:``, ``file:``, ``javascript:``) moves into the source's notes, word for word."""
    url = source.get("url")
    if not isinstance(url, str) or web_url_problem(url) is None:
        return source
    guessed = f"https://{url.strip()}"
    if "://" not in url and ":" not in url.split("/", 1)[0] and web_url_problem(guessed) is None:
        return {**source, "url": guessed}
    notes = source.get("notes") if isinstance(source.get("notes"), str) else ""
    kept = f"Address from an older BriefDesk, not a web address: {url}"
    return {**source, "url": "", "notes": f"{notes}\n{kept}".strip()}


def _v2_to_v3(document: Document) -> Document:
    """Version 3 adds deal kinds (concession, acquisition, award, sanctions) and their party
    roles (grantor, concessionaire, payer, payee, imposing party, target). A version-2 brief
    uses none of them, so it opens unchanged; the version moves so that a BriefDesk that knows
    only version 2 refuses a brief that may use them, with its "newer BriefDesk" message."""
    return document


def _v3_to_v4(document: Document) -> Document:
    """Version 4 adds the civil procurement and construction deal kinds and a works contract's
    client and contractor. A version-3 brief uses none of them and opens unchanged; the version
    moves so that a BriefDesk that knows only version 3 refuses a brief that may use them."""
    return document


def _v4_to_v5(document: Document) -> Document:
    """Version 5 adds the lease kind (a lease or charter of aircraft, ships or land) and its
    lessor and lessee. A version-4 brief uses none of them and opens unchanged (a lease filed
    as "other" with buyer and seller stays so; the user may change its kind); the version
    moves so that a BriefDesk that knows only version 4 refuses a brief that may use them."""
    return document


# MIGRATIONS[n] turns a version-n document into a version-(n+1) one.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}


def migrate(document: Document, *, target: int = FORMAT_VERSION) -> Document:
    """Bring ``document`` up to ``target``; raises ``LookupError`` if a step is missing."""
    version = document["version"]
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise LookupError(f"no migration from format version {version}")
        document = step(dict(document))
        version += 1
        document["version"] = version
    return document
