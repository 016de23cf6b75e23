"""The pasted articles still being read, and a draft asked for meanwhile (newcomer17 N17-08).

A pasted HTML article takes seconds to read off the GUI thread; the window said nothing, and
Ctrl+D pressed meanwhile answered "Add a source first", an invitation to paste again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefdesk.gui.runner import Job, TaskRunner

READING = "Reading the pasted article…"
DRAFT_WAITS = "Still reading the pasted article — the draft follows."


class PasteWait:
    """Which paste jobs are running; ``draft_asked``: Ctrl+D came before the article did."""

    def __init__(self, runner: TaskRunner) -> None:
        self._jobs: set[int] = set()
        self.draft_asked = False
        # Finished (done, failed or cancelled) before its callback runs: the article is in.
        runner.jobFinished.connect(self._jobs.discard)

    def started(self, job: Job) -> str:
        """Note the paste's job; returns what the status line says meanwhile."""
        self._jobs.add(job.id)
        return READING

    @property
    def reading(self) -> bool:
        return bool(self._jobs)

    def take_draft(self) -> bool:
        """True once, when a draft was asked for and no paste is still being read."""
        if self.draft_asked and not self._jobs:
            self.draft_asked = False
            return True
        return False

    def forget(self) -> None:
        """Another brief: a draft asked for the old one is not made in the new."""
        self.draft_asked = False
