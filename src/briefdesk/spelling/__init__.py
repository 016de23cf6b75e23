"""Spelling as Word checks it: Hunspell dictionaries (en-GB by default), personal and team word
lists, and the brief's own names and source words. Qt-free: the window, the Checks panel and
``briefdesk check`` share it.

One checker per process, built on first use (0.5–0.8 s: the window builds it in the background
and the review never waits for it there, see ``LOAD_IN_REVIEW``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from briefdesk.spelling.dictionaries import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    SpellingUnavailable,
    personal_path,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "SpellConfig",
    "SpellingUnavailable",
    "configure",
    "current",
    "unavailable_reason",
]

# The CLI loads the checker when a review needs it; the window sets this to False so a review on
# the GUI thread never stalls for the load (the window loads it in the background instead).
LOAD_IN_REVIEW = True


@dataclass(frozen=True)
class SpellConfig:
    language: str = DEFAULT_LANGUAGE
    team: Path | None = None
    personal: Path | None = None  # None: the file in the user config folder (at configure)


_lock = threading.Lock()
_config: SpellConfig | None = None
_checker: object = None  # SpellChecker once loaded
_failure = ""
_explicit = False


def configure(config: SpellConfig, *, explicit: bool = True) -> bool:
    """Use this language and these lists from now on; True when the checker must be rebuilt.
    Until something configures it explicitly (the window does), each use follows the settings
    file, so a command-line run sees the same language and team list as the window."""
    global _config, _checker, _failure, _explicit
    _explicit = _explicit or explicit
    if config.personal is None:
        config = SpellConfig(config.language, config.team, personal_path())
    with _lock:
        if config == _config:
            return False
        _config, _checker, _failure = config, None, ""
        return True


def configure_from_settings(settings: object, *, explicit: bool = True) -> bool:
    language = str(getattr(settings, "spelling_language", "") or DEFAULT_LANGUAGE)
    team = str(getattr(settings, "spelling_team_dictionary", "") or "").strip()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    config = SpellConfig(language, Path(team).expanduser() if team else None)
    return configure(config, explicit=explicit)


def _follow_settings() -> None:
    from briefdesk.settings import load_settings

    configure_from_settings(load_settings(), explicit=False)


def current(load: bool = True):  # type: ignore[no-untyped-def]  # -> SpellChecker | None
    """The checker, built on first use (``load``); None while not built or when unavailable."""
    global _checker, _failure
    from briefdesk.spelling.checker import SpellChecker

    if not _explicit:
        _follow_settings()
    if isinstance(_checker, SpellChecker) or not load:
        return _checker if isinstance(_checker, SpellChecker) else None
    config = _config
    assert config is not None
    try:
        checker = SpellChecker(config.language, config.personal, config.team)
    except SpellingUnavailable as exc:
        with _lock:
            if config == _config:
                _failure = str(exc)
        return None
    with _lock:
        if config != _config:  # reconfigured while loading: this one is stale
            return None
        _checker = checker
    return checker


def unavailable_reason() -> str:
    """Why spelling is not checked ("" when it is, or is still loading)."""
    return _failure


def reset() -> None:
    """Back to "follow the settings file", nothing loaded (tests; dictionaries stay cached)."""
    global _config, _checker, _failure, _explicit, LOAD_IN_REVIEW
    with _lock:
        _config, _checker, _failure, _explicit = None, None, "", False
        LOAD_IN_REVIEW = True
