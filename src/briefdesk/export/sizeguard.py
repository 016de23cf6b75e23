"""Refuse template operations whose result would be huge, before anything is allocated.

Why: ``'x'|center(999999999)``, ``'%0999999999d' % 1``, ``'{:>999999999}'.format(1)`` or
``range(10000)|join('x' * 1000000)`` each ask for gigabytes in one C call; the output limit and
the worker's memory cap only noticed after the process had grown to 2 GB. Each size is worked out
from the arguments first and refused past ``MAX_RESULT`` characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from string import Formatter
from typing import Any

from jinja2 import TemplateRuntimeError, nodes
from jinja2.compiler import CodeGenerator, Frame

# The largest string one operation may build (the whole output is capped at 20 M characters).
MAX_RESULT = 1_000_000
_NUMBER = re.compile(r"\d+")
_PERCENT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[a-zA-Z%]")


class SizeLimitError(TemplateRuntimeError):
    """A template asked for a string or list past the size limit."""


def _refuse(what: str) -> SizeLimitError:
    return SizeLimitError(f"{what} would be over the limit of {MAX_RESULT:,} characters")


def _as_int(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return 0


def _text_size(value: Any) -> int:
    return len(value) if isinstance(value, str | bytes) else len(str(value)) if value else 0


def check_width(width: Any, what: str) -> None:
    if _as_int(width) > MAX_RESULT:
        raise _refuse(f"{what} of {_as_int(width):,}")


def check_format_spec_text(spec: str, what: str) -> None:
    """Every number in a format spec (width, precision) must be below the limit."""
    for number in _NUMBER.findall(spec):
        if len(number) > 7 or int(number) > MAX_RESULT:
            raise _refuse(f"{what} with a width of {number}")


def check_str_format(pattern: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """``str.format``: refuse big widths and widths taken from arguments (``{:{w}}``)."""
    try:
        fields = list(Formatter().parse(pattern))
    except ValueError:
        return  # format() itself will say what is wrong
    total = len(pattern)
    for _literal, name, spec, _conversion in fields:
        if name is None:
            continue
        if spec and "{" in spec:
            raise SizeLimitError("a format width taken from an argument is not allowed")
        if spec:
            check_format_spec_text(spec, "format()")
    for value in (*args, *kwargs.values()):
        total += min(_text_size(value), MAX_RESULT + 1) if isinstance(value, str) else 0
    if total > MAX_RESULT * 20:
        raise _refuse("format()")


def check_percent(pattern: str, values: Any) -> None:
    """``'%0999999999d' % 1``: refuse star widths and widths past the limit."""
    for match in _PERCENT.finditer(pattern):
        for group in match.groups():
            if group == "*":
                raise SizeLimitError("a '%' width taken from an argument is not allowed")
            if group and (len(group) > 7 or int(group) > MAX_RESULT):
                raise _refuse(f"'%' formatting with a width of {group}")


def check_join(items: Iterable[Any], separator: Any) -> list[Any]:
    """Materialise (bounded) and size a join before doing it; returns the items."""
    collected: list[Any] = []
    total = 0
    sep = len(separator) if isinstance(separator, str) else _text_size(separator)
    for item in items:
        collected.append(item)
        total += _text_size(item) + sep
        if total > MAX_RESULT * 20 or len(collected) > MAX_RESULT:
            raise _refuse("join")
    return collected


def check_method_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Check a bound ``str`` method called from a template, e.g. ``'x'.center(10**9)``."""
    # Jinja hands out ``str.format`` wrapped (``__wrapped__`` is the bound method).
    obj = getattr(obj, "__wrapped__", obj)
    owner = getattr(obj, "__self__", None)
    name = getattr(obj, "__name__", "")
    if not isinstance(owner, str):
        return
    if name in {"center", "ljust", "rjust"}:
        check_width(args[0] if args else kwargs.get("width", 0), f"{name}()")
    elif name == "zfill":
        check_width(args[0] if args else kwargs.get("width", 0), "zfill()")
    elif name == "expandtabs":
        tab = _as_int(args[0] if args else kwargs.get("tabsize", 8))
        if tab * max(1, owner.count("\t")) > MAX_RESULT:
            raise _refuse("expandtabs()")
    elif name in {"format", "format_map"}:
        if name == "format_map":
            mapping = args[0] if args and isinstance(args[0], dict) else {}
            check_str_format(owner, (), mapping)
        else:
            check_str_format(owner, args, kwargs)
    elif name == "join" and args:
        check_join(args[0], owner)
    elif name == "replace" and len(args) >= 2:
        old, new = str(args[0]), str(args[1])
        count = _as_int(args[2]) if len(args) > 2 else -1
        hits = len(owner) + 1 if old == "" else owner.count(old) if old else 0
        if count >= 0:
            hits = min(hits, count)
        if len(owner) + hits * max(0, len(new) - len(old)) > MAX_RESULT * 20:
            raise _refuse("replace()")


def bounded_filters(filters: dict[str, Callable[..., Any]]) -> dict[str, Callable[..., Any]]:
    """Jinja's size-taking filters, wrapped to check their arguments first."""
    filters = dict(filters)  # the originals: the caller puts the wrappers in its own dict
    wrapped: dict[str, Callable[..., Any]] = {}

    def center(value: Any, width: Any = 80) -> Any:
        check_width(width, "center")
        return filters["center"](value, width)

    def indent(value: Any, width: Any = 4, *args: Any, **kwargs: Any) -> Any:
        size = len(width) if isinstance(width, str) else _as_int(width)
        lines = str(value).count("\n") + 1
        if size * lines > MAX_RESULT:
            raise _refuse(f"indent of {size:,} on {lines:,} lines")
        return filters["indent"](value, width, *args, **kwargs)

    def format_(value: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(value, str):
            check_percent(value, args or kwargs)
        return filters["format"](value, *args, **kwargs)

    def join(eval_ctx: Any, value: Any, d: Any = "", attribute: Any = None) -> Any:
        items = check_join(value if value is not None else [], d)
        return filters["join"](eval_ctx, items, d, attribute)

    def replace(eval_ctx: Any, s: Any, old: Any, new: Any, count: Any = None) -> Any:
        check_method_call(str(s).replace, (str(old), str(new), -1 if count is None else count), {})
        return filters["replace"](eval_ctx, s, old, new, count)

    def batch(value: Any, linecount: Any, fill_with: Any = None) -> Any:
        check_width(linecount, "batch")
        return filters["batch"](value, linecount, fill_with)

    def slice_(value: Any, slices: Any, fill_with: Any = None) -> Any:
        check_width(slices, "slice")
        return filters["slice"](value, slices, fill_with)

    def wordwrap(value: Any, width: Any = 79, *args: Any, **kwargs: Any) -> Any:
        if isinstance(kwargs.get("wrapstring"), str) or len(args) >= 2:
            wrap = kwargs.get("wrapstring", args[1] if len(args) >= 2 else "")
            if len(str(wrap)) * (len(str(value)) + 1) > MAX_RESULT * 20:
                raise _refuse("wordwrap")
        return filters["wordwrap"](value, width, *args, **kwargs)

    plain: dict[str, Callable[..., Any]] = {
        "center": center,
        "indent": indent,
        "format": format_,
        "replace": replace,
        "batch": batch,
        "slice": slice_,
        "wordwrap": wordwrap,
    }
    for name, function in plain.items():
        if name in filters:
            wrapped[name] = function
    if "join" in filters:
        from jinja2.utils import pass_eval_context

        wrapped["join"] = pass_eval_context(join)
        wrapped["replace"] = pass_eval_context(replace)
    return wrapped


def bounded_modulo(left: Any, right: Any) -> Any:
    if isinstance(left, str):
        check_percent(left, right)
    return left % right


def bounded_concat(parts: tuple[Any, ...]) -> tuple[Any, ...]:
    """The parts of a ``~`` concatenation, after checking their total size."""
    total = sum(len(p) if isinstance(p, str) else 0 for p in parts)
    if total > MAX_RESULT * 20:
        raise _refuse("joining with '~'")
    return parts


class BoundedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` so the sizes are checked before the strings are joined.

    ``~`` is not a binary operator Jinja lets a sandbox intercept, and a macro calling itself
    with ``s ~ s`` doubles a string thirty times in a blink."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            func_name = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            func_name = "markup_join"
        else:
            func_name = "str_join"
        self.write(f"{func_name}(environment.bounded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write(")))")
