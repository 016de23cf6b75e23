"""The built-in sample brief: a complete fictional arms-deal note to try every feature on."""

from __future__ import annotations

from briefdesk.model.brief import Brief
from briefdesk.model.fileformat import loads
from briefdesk.resources_access import read_resource_bytes

SAMPLE_RESOURCE = "samples/sample.brief"


def sample_bytes() -> bytes:
    """The sample exactly as shipped (what ``briefdesk sample`` writes)."""
    return read_resource_bytes(SAMPLE_RESOURCE)


def load_sample() -> Brief:
    """A fresh copy of the sample brief."""
    return loads(sample_bytes())
