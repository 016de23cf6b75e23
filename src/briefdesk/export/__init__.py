"""Export a brief to Word, Markdown, PDF or an HTML preview through sandboxed templates.

Imports nothing heavy: docxtpl, python-docx and Jinja load only when a function needs them.
"""

from __future__ import annotations


class ExportError(Exception):
    """An export could not be done; ``str()`` is a one-line reason for the user."""


__all__ = ["ExportError"]
