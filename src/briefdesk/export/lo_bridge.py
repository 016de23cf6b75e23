"""Run by a Python that has LibreOffice's UNO bridge (Debian ``python3-uno``), never imported.

BriefDesk's own interpreter (a venv) usually cannot import ``uno``, so this small script runs under
the system Python and converts with unoserver's ``UnoConverter`` (loaded from its file, so nothing
else of the venv leaks in). It talks to BriefDesk over stdin/stdout, one JSON object a line:
``{"in": docx, "out": pdf}`` → ``{"ok": true}`` or ``{"error": "..."}``. It only connects to the
LibreOffice listener on 127.0.0.1 that BriefDesk started.

Usage: python3 lo_bridge.py CONVERTER_PY PORT CONNECT_SECONDS
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import sys
import time


def _load_converter(path: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("briefdesk_unoserver_converter", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _say(**message: object) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main() -> int:
    converter_path, port, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    try:
        module = _load_converter(converter_path)
    except Exception as exc:
        _say(error=f"cannot load the UNO converter: {exc}")
        return 2
    deadline = time.monotonic() + seconds
    converter = None
    while converter is None:
        try:
            converter = module.UnoConverter(interface="127.0.0.1", port=port)
        except Exception as exc:
            if time.monotonic() > deadline:
                _say(error=f"LibreOffice did not answer: {exc}")
                return 3
            time.sleep(0.05)
    _say(ready=True)
    for line in sys.stdin:
        try:
            request = json.loads(line)
        except ValueError:
            _say(error="bad request")
            continue
        if request.get("quit"):
            break
        try:
            converter.convert(inpath=request["in"], outpath=request["out"], convert_to="pdf")
        except Exception as exc:
            text = str(exc).strip().splitlines()
            _say(error=text[0] if text else type(exc).__name__)
            # A dropped connection means LibreOffice died: exit so the parent restarts it.
            if "DisposedException" in type(exc).__name__ or "connection" in str(exc).lower():
                return 4
        else:
            _say(ok=True)
    # Asked to quit, or BriefDesk went away (stdin closed, even on a crash): LibreOffice goes too.
    with contextlib.suppress(Exception):
        converter.desktop.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
