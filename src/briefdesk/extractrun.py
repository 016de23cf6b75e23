"""Extraction under a time limit, in a warm child process (CLI and window alike).

Why: extraction is pure Python over text the user did not write; a pathological article (dense
money or titles, long "A and B and C" chains) once took 94 s for 200 KB with nothing to stop it.
Here it runs in a :mod:`briefdesk.isolation` worker that stays warm (its gazetteers load once,
about 0.3 s) and is killed past the limit: the caller gets ``TooLongToAnalyse``, a one-line
"too long to analyse" result, and the next source gets a fresh worker.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from briefdesk import isolation
from briefdesk.model import Source

if TYPE_CHECKING:
    from briefdesk.extract.known import KnownActor
    from briefdesk.extract.never import NeverSuggest

EXTRACT_SECONDS = 30.0
EXTRACT_MEMORY = 1024**3


class ExtractionFailed(Exception):
    """No suggestions for this source; ``str()`` is a one-line reason."""


class TooLongToAnalyse(ExtractionFailed):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"too long to analyse (gave up after {seconds:g} s)")


_worker: isolation.Worker | None = None
_worker_lock = threading.Lock()


def _shared() -> isolation.Worker:
    global _worker
    with _worker_lock:
        if _worker is None:
            _worker = isolation.Worker(
                isolation.Limits(seconds=EXTRACT_SECONDS, memory_bytes=EXTRACT_MEMORY),
                name="briefdesk-extract",
            )
        return _worker


def extract_isolated(
    source: Source,
    *,
    never: Sequence[NeverSuggest] = (),
    known_actors: Sequence[KnownActor] = (),
    cancel: isolation.CancelCheck | None = None,
    time_limit: float | None = None,
) -> Any:
    """The :class:`~briefdesk.extract.results.Extraction` of ``source``, within the limit.

    ``never`` is the user's never-suggest list; ``source.dismissed`` keys are left out;
    ``known_actors`` is the library's gazetteer (see ``extract_text``).
    Raises ``TooLongToAnalyse``, ``ExtractionFailed`` or ``isolation.Cancelled``.
    """
    limit = EXTRACT_SECONDS if time_limit is None else time_limit
    try:
        return _shared().run(
            _extract_job,
            (source, tuple(never), tuple(known_actors)),
            time_limit=limit,
            cancel=cancel,
        )
    except isolation.TimedOut:
        raise TooLongToAnalyse(limit) from None
    except isolation.CannotStart:
        # No child process possible here (a locked-down system): read it in this process.
        return _extract_job(source, tuple(never), tuple(known_actors))
    except isolation.WorkerDied:
        raise ExtractionFailed(
            "could not be analysed (the worker stopped: out of memory?)"
        ) from None
    except isolation.JobFailed as exc:
        if exc.kind in {"MemoryError", "RecursionError"}:
            raise ExtractionFailed(f"could not be analysed ({exc.reason})") from None
        raise ExtractionFailed(
            "could not be analysed (an internal error in the extraction rules)"
        ) from None


def warm_up() -> None:
    """Start the worker and load the gazetteers before the first source arrives."""
    with contextlib.suppress(isolation.IsolationError):
        _shared().run(_warm_job, time_limit=EXTRACT_SECONDS)


def shutdown() -> None:
    global _worker
    with _worker_lock:
        worker, _worker = _worker, None
    if worker is not None:
        worker.stop()


def _extract_job(
    source: Source, never: Sequence[NeverSuggest] = (), known: tuple[KnownActor, ...] = ()
) -> Any:
    from briefdesk.extract import extract_source

    extraction = extract_source(source, never=never, known_actors=known)
    if known:
        extraction = _known_people(extraction, source, never, known)
    return extraction


def _known_people(
    extraction: Any, source: Source, never: Sequence[NeverSuggest], known: tuple[KnownActor, ...]
) -> Any:
    """A name the library knows as a person is that person, not a place (newcomer7 F24) nor,
    as a lone surname, a body (newcomer18 N18-12), and
    a state it knows is suggested where the text names it (newcomer16 N16-19); the user's never
    list and dismissals still hold for what these add."""
    from briefdesk.extract.never import apply_never, without_keys
    from briefdesk.known_bodies import prefer_known_bodies
    from briefdesk.known_people import prefer_known_people
    from briefdesk.known_states import add_known_states
    from briefdesk.known_surnames import add_lone_surnames, prefer_known_surnames

    extraction = prefer_known_people(extraction, source.text, known)
    extraction = prefer_known_surnames(extraction, source.text, known)  # N18-12
    extraction = add_lone_surnames(extraction, source.text, known)  # N19-14
    extraction = prefer_known_bodies(extraction, source.text, known)  # N19-14
    extraction = add_known_states(extraction, source.text, known)
    extraction = without_keys(apply_never(extraction, never), source.dismissed)
    extraction.source_id = source.id
    return extraction


# The warm-up's own known actors: the library path (``_known_people``) runs on its first source
# too, so its modules and patterns are ready before a desk with a library pastes.
_WARM_KNOWN = (
    ("Marcela Fuentes", "person", "CL"),
    ("Defense Acquisition Program Administration", "organisation", "KR"),
)


def _warm_job() -> None:
    """Run the job a pasted source runs, on the built-in sample brief's sources (a wire story
    and a press release, ~2.4 KB): a one-line text left many of the patterns and tables a
    real article needs to its first paste (round 23, docs/extraction.md)."""
    from briefdesk.extract import deal_reader
    from briefdesk.extract.known import KnownActor
    from briefdesk.samples import load_sample

    known = tuple(KnownActor(name, type=kind, country=code) for name, kind, code in _WARM_KNOWN)
    for source in load_sample().sources:
        _extract_job(source, (), known)
    deal_reader.model()  # the learned reader's weights (~10 ms), read only on unpriced clauses
