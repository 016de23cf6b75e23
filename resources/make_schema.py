"""Regenerate the shipped JSON Schema from the model: ``python resources/make_schema.py``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefdesk.model.schema import schema_text  # noqa: E402

OUT = ROOT / "src" / "briefdesk" / "resources" / "brief.schema.json"

if __name__ == "__main__":
    OUT.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
