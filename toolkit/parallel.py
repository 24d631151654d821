"""Mapping per-file work over worker processes (`--jobs`) or a Dask cluster (`--scheduler`).

Files are independent, so the work is a plain ordered map: results come back in the order of
the inputs (the runner sorts paths), whatever the scheduling, so output is the same with any
number of workers. Work functions are module-level (picklable by reference) and take one task.
"""

from __future__ import annotations

import collections
import functools
import gc
import itertools
import marshal
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from .errors import UserError

T = TypeVar("T")
R = TypeVar("R")

# Below this many files a pool costs more than it saves (forking and pickling take tens of
# milliseconds; a pre-commit run checks a handful of small files and must start instantly).
PARALLEL_MIN_FILES = 8
POOL_WINDOW = 4  # batches in flight per worker process: memory stays flat, workers stay busy
ORPHAN_CHECK = 0.5  # seconds between a worker's looks at whether its parent is still there
DASK_BATCH = 64  # files per Dask task: enough work per task to hide the scheduler's overhead
DASK_WINDOW = 4  # batches in flight per worker: keeps memory flat while workers stay busy


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_ordered(work: Callable[[T], R], tasks: Sequence[T], jobs: int = 1,
                scheduler: str | None = None) -> Iterator[R]:
    """work(task) for each task, yielded in task order, locally, in processes or on Dask."""
    if scheduler:
        return _dask_map(work, tasks, scheduler)
    if not in_process(len(tasks), jobs, scheduler):
        return _pool_map(work, tasks, jobs)
    return map(work, tasks)


def in_process(tasks: int, jobs: int, scheduler: str | None = None) -> bool:
    """Whether map_ordered does `tasks` tasks in this process, one after the other."""
    return not scheduler and (jobs <= 1 or tasks < PARALLEL_MIN_FILES)


def _start_worker(parent: int) -> None:
    # Ctrl-C reaches every process of the group: the parent alone handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker of a parent killed outright (SIGKILL) would wait for work forever, holding the
    # parent's stdout open: it leaves once it has been orphaned.
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK)
    os._exit(1)


def _pool_map(work: Callable[[T], R], tasks: Sequence[T], jobs: int) -> Iterator[R]:
    import multiprocessing  # only runs with many files pay for it
    from concurrent.futures import ProcessPoolExecutor

    # fork starts workers with zhen already imported; where there is no fork, spawn imports it.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    jobs = min(jobs, len(tasks))
    # Batches amortise the pickling round trip; small enough that workers finish together.
    size = max(1, min(32, len(tasks) // (jobs * 8)))
    batches = iter([tasks[i:i + size] for i in range(0, len(tasks), size)])
    run = functools.partial(_run_batch, work)
    # concurrent.futures rather than multiprocessing.Pool: Pool's worker-handler thread wakes
    # whenever a result is waiting to be read, twice per file here, and that busy parent takes
    # CPU from the workers (10,000 files, two workers: 1.65-1.79x with Pool, 1.9x with this).
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method),
                             initializer=_start_worker, initargs=(os.getpid(),)) as pool:
        pending = collections.deque(pool.submit(run, b) for b in itertools.islice(batches, POOL_WINDOW * jobs))
        try:
            while pending:
                done = pending.popleft().result()  # in order: the oldest batch first
                batch = next(batches, None)
                if batch is not None:
                    pending.append(pool.submit(run, batch))
                yield from done
        finally:
            for future in pending:  # stopped early (an error, Ctrl-C): nothing more starts
                future.cancel()


def _run_batch(work: Callable[[T], R], batch: Sequence[T]) -> list[R]:
    return [work(task) for task in batch]


def _dask_map(work: Callable[[T], R], tasks: Sequence[T], address: str) -> Iterator[R]:
    try:
        from distributed import Client
    except ImportError:
        raise UserError("--scheduler needs Dask: pip install 'zhen[dask]'") from None
    try:
        client = Client(address, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise UserError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    with client:
        batches = [tasks[i:i + DASK_BATCH] for i in range(0, len(tasks), DASK_BATCH)]
        window = DASK_WINDOW * max(1, len(client.scheduler_info().get("workers", {})))
        run = functools.partial(_run_batch, work)
        pending: list[Any] = []
        submitted = 0
        while submitted < len(batches) or pending:
            while submitted < len(batches) and len(pending) < window:
                pending.append(client.submit(run, batches[submitted], pure=False))
                submitted += 1
            yield from pending.pop(0).result()  # in order: the oldest batch first


# -- one large document, two processes ---------------------------------------------------------
# A document this large may be checked by two processes (check_apart): below it, forking and
# sending findings back cost more than half the check saves.
SPLIT_MIN_CHARS = 1_000_000


def check_apart(ctx: Any, rules: Sequence[Any], run: Callable[..., list]) -> list | None:
    """What `run(ctx, rules)` returns (engine.run_rules: the findings, rule after rule), with
    the rules split between this process and a forked child: the child runs the rules no other
    rule reads the findings of and that read none (Rule.reads: T101 weighs the evidence of the
    B, C, D rules), this process the others, so each rule sees what it sees in one process and
    the findings come back in the same order. The document's views are worked out before the
    fork; each process then scans for its own rules' triggers. None where there is no fork,
    nothing to hand over or no CPU to spare (_cpu_to_spare): the findings are the same either
    way. A child that fails has its rules run here instead (an error in a rule is then raised
    here)."""
    reading = tuple(prefix for r in rules for prefix in r.reads)
    kept = {r.code for r in rules if r.reads or reading and r.code.startswith(reading)}
    handed = [r for r in rules if r.code not in kept]
    if not hasattr(os, "fork") or not kept or not handed or not _cpu_to_spare():
        return None
    ctx.prepare()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        ctx.scan_with(_scan_of(handed))
        _check_in_child(ctx, handed, run, read_end, write_end)  # never returns
    os.close(write_end)
    reaped = False
    try:
        # The rules this process runs, and those a reader runs on its own when the profile
        # leaves them out (T101 weighs every default evidence rule): the triggers to look for.
        from .registry import all_rules

        ctx.scan_with(_scan_of([r for r in rules if r.code in kept] +
                               [r for code, r in all_rules().items() if code.startswith(reading)]))
        own_ends: list[int] = []
        own = run(ctx, [r for r in rules if r.code in kept], own_ends)
        with os.fdopen(read_end, "rb") as pipe:
            payload = pipe.read()
        status = os.waitpid(pid, 0)[1]
        reaped = True
    finally:
        if not reaped:  # stopped (Ctrl-C, an error): the child's work is not wanted
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    if status == 0 and payload:
        other_ends, flat = marshal.loads(payload)
        other = [_finding(item) for item in flat]
    else:
        other_ends = []
        ctx.scan_with(ctx.profile.triggers)  # the triggers of every rule, as one process looks for
        other = run(ctx, handed, other_ends)
    return _interleave(rules, kept, own, own_ends, other, other_ends)


def _cpu_to_spare() -> bool:
    """Whether another CPU may be free: the load average of the last minute is at most the CPUs
    less a half. Two processes cost some 14 % more CPU than one (pages copied on write after the
    fork, work both do), so when the CPUs are taken they are slower. 10 MB, --jobs 2 split
    against --jobs 1, medians of alternated runs on 2 CPUs: 1.64 against 2.24 s at a load
    average of 0.9-1.0 (which a previous zhen run alone makes), 2.98 against 2.76 s at 2.6-3.1."""
    try:
        return os.getloadavg()[0] <= default_jobs() - 0.5
    except OSError:  # no load average here: assume a free CPU, as --jobs does
        return True


_SCANS: dict[frozenset[str], Any] = {}  # TriggerScan by the codes of its rules, for this process


def _scan_of(rules: Sequence[Any]) -> Any:
    """A TriggerScan of `rules` only: each process looks for its own rules' triggers, so the two
    share the scan's work instead of doing it once before they part."""
    from .triggers import TriggerScan

    codes = frozenset(r.code for r in rules)
    if codes not in _SCANS:
        _SCANS[codes] = TriggerScan(rules)
    return _SCANS[codes]


def _check_in_child(ctx: Any, rules: Sequence[Any], run: Callable[..., list], read_end: int,
                    write_end: int) -> None:
    code = 1
    try:
        os.close(read_end)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        # The collector would walk (and write to) every object inherited from the parent, copying
        # the pages they are on: leave those alone, this process ends with its check.
        gc.freeze()
        ends: list[int] = []
        found = run(ctx, rules, ends)
        payload = marshal.dumps((ends, [_flat(f) for f in found]))
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
        code = 0
    finally:
        os._exit(code)  # not sys.exit: nothing of the parent's (buffers, atexit) runs twice


def _flat(finding: Any) -> tuple:
    """A finding as plain values, which marshal writes and reads ten times as fast as pickle
    handles named tuples and enumerations."""
    fix = finding.fix
    return (finding.code, finding.name, finding.message, finding.severity.name, finding.start, finding.end,
            None if fix is None else (fix.safety.name, [tuple(edit) for edit in fix.edits]))


def _finding(item: tuple) -> Any:
    from .model import Edit, Finding, Fix, Safety, Severity

    code, name, message, severity, start, end, fix = item
    if fix is not None:
        # Made as tuples: checked when the child made them.
        fix = Fix(Safety[fix[0]], tuple(tuple.__new__(Edit, edit) for edit in fix[1]))
    return Finding(code, name, message, Severity[severity], start, end, fix)


def _interleave(rules: Sequence[Any], kept: set[str], own: list, own_ends: list[int], other: list,
                other_ends: list[int]) -> list:
    """The findings in the order one process gives them: rule after rule. `own_ends` and
    `other_ends` are where each rule's findings end in `own` and `other`."""
    merged: list = []
    own_at = other_at = 0
    own_rules, other_rules = iter(own_ends), iter(other_ends)
    for rule in rules:
        if rule.code in kept:
            end = next(own_rules)
            merged.extend(own[own_at:end])
            own_at = end
        else:
            end = next(other_rules)
            merged.extend(other[other_at:end])
            other_at = end
    return merged
