"""What a drop onto the window brings in: files as they are, folders as the articles inside them.

No Qt here, so the rules (one level, supported types only, a cap) are plain to test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# A drop is a gesture, not a bulk import: a folder of a thousand PDFs would queue a thousand
# imports and extractions before the user could stop them.
MAX_DROPPED_FILES = 50
_DESCRIBED = 20  # files left out of a folder, each named with its reason; the rest counted


@dataclass
class DropPlan:
    sources: list[Path] = field(default_factory=list)  # to import, in name order
    briefs: list[Path] = field(default_factory=list)  # .brief files dropped by themselves
    skipped: list[Path] = field(default_factory=list)  # in a folder but not an article type
    left_out: int = 0  # supported files beyond MAX_DROPPED_FILES
    folders: list[Path] = field(default_factory=list)

    def skipped_reasons(self) -> list[str]:
        """ "name: reason" for each file left out of a dropped folder (sub-folders are named
        in :meth:`summary`), from its first bytes, so a .msg gets the Save-As advice."""
        from briefdesk.sources.sniff import why_not_an_article

        lines = []
        files = [p for p in self.skipped if p.is_file()]
        for path in files[:_DESCRIBED]:
            try:
                with path.open("rb") as handle:
                    head = handle.read(8192)  # what it is, cheaply (GUI thread)
            except OSError as exc:
                lines.append(f"{path.name}: cannot read: {exc.strerror or exc}")
                continue
            lines.append(f"{path.name}: {why_not_an_article(head, path.suffix)}")
        if len(files) > _DESCRIBED:
            lines.append(f"and {len(files) - _DESCRIBED} more files that are no article type")
        return lines

    def summary(self) -> str:
        """One short paragraph saying what was not imported and why; '' when all was."""
        parts = []
        if self.left_out:
            parts.append(
                f"Only the first {MAX_DROPPED_FILES} files are imported at a time; "
                f"{self.left_out} more were left out — drop them in smaller batches."
            )
        folders = [p for p in self.skipped if not p.is_file()]
        if folders:
            names = ", ".join(p.name for p in folders[:5])
            more = f" and {len(folders) - 5} more" if len(folders) > 5 else ""
            many = len(folders) != 1
            parts.append(
                f"Skipped {len(folders)} folder{'s' if many else ''} inside (only a dropped"
                f" folder's own files are read): {names}{more}."
            )
        if self.folders and not self.sources and not self.left_out:
            folder = self.folders[0].name or str(self.folders[0])
            parts.insert(0, f"“{folder}” holds no articles to import.")
        return " ".join(parts)


def plan_drop(paths: list[Path], suffixes: tuple[str, ...]) -> DropPlan:
    """Sort dropped paths into sources to import, briefs to open and what is skipped.

    A folder contributes the files directly inside it (not its sub-folders) whose ending is
    in ``suffixes``; hidden files and Office lock files are passed over silently."""
    plan = DropPlan()
    wanted = {s.lower() for s in suffixes}
    candidates: list[Path] = []
    for path in paths:
        if path.is_dir():
            plan.folders.append(path)
            try:
                inside = sorted(path.iterdir(), key=lambda p: p.name.lower())
            except OSError:
                plan.skipped.append(path)
                continue
            for item in inside:
                if item.name.startswith((".", "~$")):
                    continue
                if item.is_file() and item.suffix.lower() in wanted:
                    candidates.append(item)
                else:
                    plan.skipped.append(item)
        elif path.suffix.lower() == ".brief":
            plan.briefs.append(path)
        else:
            # Named by the user one by one: the importer says clearly if it cannot read one.
            candidates.append(path)
    plan.sources = candidates[:MAX_DROPPED_FILES]
    plan.left_out = max(0, len(candidates) - MAX_DROPPED_FILES)
    return plan
