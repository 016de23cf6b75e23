"""Where the Hunspell dictionaries and the user's word lists live, and reading/writing them.

The dictionaries are the Hunspell ones LibreOffice and Firefox use (Debian ``hunspell-en-gb`` and
``hunspell-en-us``, installed by ``scripts/setup``); ``BRIEFDESK_HUNSPELL_PATH`` adds folders.
Word lists are plain UTF-8 text, one word a line (a Hunspell ``.dic`` word count on the first line
and ``/flags`` after words are tolerated), so a team can keep theirs on a shared drive.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

LANGUAGES = {"en-GB": "British English", "en-US": "American English"}
DEFAULT_LANGUAGE = "en-GB"
PERSONAL_FILE = "dictionary.txt"
MAX_LIST_BYTES = 5 * 1024 * 1024
PATH_ENV = "BRIEFDESK_HUNSPELL_PATH"


class SpellingUnavailable(Exception):
    """No dictionary for the language; the message says what to install."""


def search_folders() -> list[Path]:
    extra = [Path(p) for p in os.environ.get(PATH_ENV, "").split(os.pathsep) if p]
    folders = [*extra, Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts")]
    folders.append(Path("/usr/share/myspell"))
    soffice = shutil.which("soffice")
    if soffice:  # LibreOffice's own install (Windows, macOS, vendor builds) ships dict-en
        folders.append(Path(soffice).resolve().parent.parent / "share" / "extensions" / "dict-en")
    return folders


def find_dictionary(language: str) -> Path:
    """The ``.dic``/``.aff`` pair's common stem for ``en-GB`` (…/en_GB)."""
    stem = language.replace("-", "_")
    for folder in search_folders():
        if (folder / f"{stem}.dic").is_file() and (folder / f"{stem}.aff").is_file():
            return folder / stem
    package = "hunspell-" + language.lower()
    raise SpellingUnavailable(
        f"no {LANGUAGES.get(language, language)} dictionary ({stem}.dic): install it with "
        f"'sudo apt-get install {package}' or run scripts/setup"
    )


def personal_path() -> Path:
    from briefdesk import paths

    return paths.config_dir() / PERSONAL_FILE


def read_words(path: Path) -> set[str]:
    """Words of a list file; raises OSError (or ValueError for a huge/binary file) on failure."""
    if path.stat().st_size > MAX_LIST_BYTES:
        raise ValueError(f"{path} is larger than {MAX_LIST_BYTES // (1024 * 1024)} MB")
    words = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        word = line.split("/", 1)[0].strip()
        if not word or word.startswith("#") or (number == 0 and word.isdigit()):
            continue
        words.add(word)
    return words


def add_word(path: Path, word: str) -> None:
    """Add ``word`` to a list file (kept sorted, written atomically)."""
    from briefdesk.store.atomic import atomic_write

    try:
        words = read_words(path)
    except FileNotFoundError:
        words = set()
    words.add(word)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(f"{w}\n" for w in sorted(words, key=str.casefold))
    atomic_write(path, text.encode("utf-8"))
