"""Where a brief's Save and Open dialogs open (newcomer25 N25-16).

Save As of a new brief proposed the folder of the last *export* (`nc25_exports/…brief`): a
brief and its Word copies are different things, kept in different places. A brief is proposed
where briefs live: beside the brief it was opened from (the file's own path, elsewhere), else
the folder of the last brief opened or saved, else the first library folder in Settings (the
desk's briefs), else the briefs folder, ``Briefs`` in the user's Documents (platformdirs, or
under ``BRIEFDESK_HOME``). Plain data, no widgets.
"""

from __future__ import annotations

from pathlib import Path

from briefdesk.settings import Settings

BRIEFS_NAME = "Briefs"


def briefs_dir() -> Path:
    """``Briefs`` in the user's Documents folder (``paths.documents_dir``), made when asked
    for: the file dialog opens in a folder that exists."""
    from briefdesk.paths import documents_dir

    folder = documents_dir() / BRIEFS_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def brief_folder(settings: Settings) -> Path:
    """The folder a new brief's Save (and Open) proposes: the last brief's folder, a library
    folder, else :func:`briefs_dir`; never the export folder."""
    last = [Path(name).expanduser().parent for name in settings.recent_files[:1]]
    library = [Path(name).expanduser() for name in settings.library_folders[:1]]
    return next((folder for folder in [*last, *library] if folder.is_dir()), None) or briefs_dir()
