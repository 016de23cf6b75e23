"""Shared settings for the fuzz suite: a CI profile of about a minute, a long one by hand.

``HYPOTHESIS_PROFILE=long`` (see docs/reliability.md) runs many more examples per test.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG = os.environ.get("HYPOTHESIS_PROFILE", "") == "long"

fuzz = settings(
    max_examples=3000 if LONG else 60,
    deadline=None,
    derandomize=not LONG,  # CI runs are repeatable; long runs explore
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
