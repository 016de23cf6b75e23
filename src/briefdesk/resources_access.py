"""One accessor for files shipped inside the package (``briefdesk/resources/``)."""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable


def resource(relative: str) -> Traversable:
    """A shipped file such as ``samples/sample.brief``, wherever the package is installed."""
    node = files("briefdesk").joinpath("resources")
    for part in relative.split("/"):
        node = node.joinpath(part)
    return node


def read_resource_bytes(relative: str) -> bytes:
    return resource(relative).read_bytes()


def read_resource_text(relative: str) -> str:
    return resource(relative).read_text(encoding="utf-8")


__all__ = ["as_file", "read_resource_bytes", "read_resource_text", "resource"]
