"""JSON Schema of the ``.brief`` format, generated from the model and shipped as package data."""

from __future__ import annotations

import json
from typing import Any

from briefdesk.model.brief import FORMAT_VERSION, Brief
from briefdesk.model.versions import OLDEST_WRITTEN

SCHEMA_ID = f"https://briefdesk.invalid/schema/brief-v{FORMAT_VERSION}.json"


def build_schema() -> dict[str, Any]:
    """The schema as the model defines it today (the shipped file must equal this)."""
    schema = Brief.model_json_schema(by_alias=True, mode="validation")
    # Files say the oldest version that holds them (model/versions.py): 2 or 3.
    written = list(range(OLDEST_WRITTEN, FORMAT_VERSION + 1))
    schema["properties"]["version"] = {
        "enum": written,
        "default": FORMAT_VERSION,
        "title": "Version",
        "type": "integer",
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": f"BriefDesk brief, format version {FORMAT_VERSION}",
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"
