"""Run as a separate process by the concurrency tests: index a folder into a library, twice."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.library.conftest import open_backend

if __name__ == "__main__":
    where, folder = sys.argv[1], Path(sys.argv[2])
    library = open_backend(where)
    for _ in range(2):
        library.index([folder])
    library.close()
