"""The hardened Jinja2 environment every template (Word, Markdown, HTML) renders in.

Layers, from Jinja's own :class:`ImmutableSandboxedEnvironment` outwards:
- no attribute access to objects from docx/docxtpl/lxml (``img.tpl.docx.save(...)`` writes files)
  nor to Jinja's template and context objects (``self``);
- no globals but a bounded ``range`` (``lipsum``, ``cycler``, ``joiner``, ``namespace``, ``dict``
  gone); ``*``, ``**`` and ``+`` refuse results past a size limit;
- output is produced chunk by chunk and stopped past a size or time limit. A loop that never
  yields (nested ``range``) is stopped by the worker process in :mod:`briefdesk.export.worker`.
"""

from __future__ import annotations

import operator
import time
from collections.abc import Callable
from typing import Any

from jinja2 import TemplateRuntimeError, Undefined
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context, TemplateReference
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefdesk.export import filters, sizeguard

MAX_RANGE = 10_000
MAX_SEQUENCE = 1_000_000
MAX_POWER = 1_000
MAX_OUTPUT_CHARS = 20_000_000

# Objects from these packages can reach the file system (``InlineImage.tpl.docx.save``).
_FORBIDDEN_PACKAGES = frozenset({"docx", "docxtpl", "lxml"})
_FORBIDDEN_TYPES: tuple[type, ...] = (TemplateReference, Context)


class LimitError(TemplateRuntimeError):
    """A template went past a time or size limit."""


def _bounded_range(*args: int) -> range:
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise LimitError(f"range() of {len(rng)} items is over the limit of {MAX_RANGE}")
    return rng


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | bytes | list | tuple) else 0


def _multiply(left: Any, right: Any) -> Any:
    counts = [v for v in (left, right) if isinstance(v, int)]
    seqs = [v for v in (left, right) if _size(v)]
    if seqs and counts and _size(seqs[0]) * max(counts[0], 0) > MAX_SEQUENCE:
        raise LimitError("repeating a sequence past the size limit")
    return operator.mul(left, right)


def _power(left: Any, right: Any) -> Any:
    if isinstance(right, int | float) and abs(right) > MAX_POWER:
        raise LimitError(f"exponent {right} is over the limit of {MAX_POWER}")
    return operator.pow(left, right)


def _add(left: Any, right: Any) -> Any:
    if _size(left) + _size(right) > MAX_SEQUENCE:
        raise LimitError("joining sequences past the size limit")
    return operator.add(left, right)


_BINOPS: dict[str, Callable[[Any, Any], Any]] = {
    "*": _multiply,
    "**": _power,
    "+": _add,
    "%": sizeguard.bounded_modulo,
}


class HardenedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with the extra refusals above."""

    intercepted_binops = frozenset(_BINOPS)
    code_generator_class = sizeguard.BoundedCodeGenerator

    @staticmethod
    def bounded_concat(parts: tuple[Any, ...]) -> tuple[Any, ...]:
        return sizeguard.bounded_concat(parts)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, _FORBIDDEN_TYPES):
            return False
        if _package(type(obj)) in _FORBIDDEN_PACKAGES:
            return False
        return bool(super().is_safe_attribute(obj, attr, value))

    def unsafe_undefined(self, obj: Any, attribute: str) -> Undefined:
        # Jinja returns a silent Undefined here; a refusal should be loud and name the culprit.
        raise SecurityError(f"access to {attribute!r} on a {type(obj).__name__} is not allowed")

    def is_safe_callable(self, obj: Any) -> bool:
        if _package(obj) in _FORBIDDEN_PACKAGES:
            return False
        return bool(super().is_safe_callable(obj))

    def call_binop(self, context: Context, operator_name: str, left: Any, right: Any) -> Any:
        return _BINOPS[operator_name](left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        # Sizes asked of string methods are checked before the method allocates anything.
        sizeguard.check_method_call(__obj, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)


def _package(obj: Any) -> str:
    module = getattr(obj, "__module__", None)
    return module.split(".")[0] if isinstance(module, str) else ""


def make_environment(
    *, autoescape: bool = True, undefined: type[Undefined] | None = None
) -> HardenedEnvironment:
    """A fresh hardened environment with BriefDesk's filters and only a bounded ``range``."""
    env = HardenedEnvironment(
        autoescape=autoescape,
        undefined=undefined or Undefined,
        keep_trailing_newline=True,
        auto_reload=False,
        cache_size=0,
    )
    env.globals.clear()
    env.globals["range"] = _bounded_range
    env.filters.update(sizeguard.bounded_filters(env.filters))
    env.filters.update(filters.ALL)
    return env


def bounded_render(
    template: Any,
    context: dict[str, Any],
    *,
    deadline: float | None = None,
    max_chars: int = MAX_OUTPUT_CHARS,
) -> str:
    """Render chunk by chunk, stopping past ``max_chars`` or after ``deadline`` (monotonic)."""
    pieces: list[str] = []
    total = 0
    for piece in template.generate(context):
        total += len(piece)
        if total > max_chars:
            raise LimitError(f"output is over the limit of {max_chars:,} characters")
        if deadline is not None and time.monotonic() > deadline:
            raise LimitError("template took longer than the time limit to render")
        pieces.append(piece)
    return "".join(pieces)


def refusal_reason(exc: BaseException) -> str:
    """One line saying why the sandbox refused, for error messages."""
    if isinstance(exc, SecurityError):
        return f"refused by the template sandbox: {exc}"
    return str(exc)
