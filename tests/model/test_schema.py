"""The shipped JSON Schema matches the model and accepts the sample."""

from __future__ import annotations

import json

import jsonschema

from briefdesk.model.schema import build_schema
from briefdesk.resources_access import read_resource_text
from briefdesk.samples import sample_bytes


def test_shipped_schema_is_up_to_date() -> None:
    shipped = json.loads(read_resource_text("brief.schema.json"))
    assert shipped == build_schema(), "run: python resources/make_schema.py"


def test_sample_validates_against_the_schema() -> None:
    schema = json.loads(read_resource_text("brief.schema.json"))
    jsonschema.validate(json.loads(sample_bytes()), schema)


def test_schema_rejects_a_wrong_type() -> None:
    schema = json.loads(read_resource_text("brief.schema.json"))
    document = json.loads(sample_bytes())
    document["sources"][0]["credibility"] = "two"
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
    assert [list(e.absolute_path) for e in errors] == [["sources", 0, "credibility"]]
