"""The watcher: decides WHEN a dropped file is taken, never WHAT becomes of it (that is `ingest.Pipeline`).

A file is handed to the pipeline once
1. its inode, size and mtime have not changed for `stable_seconds` of our own clock (the mtime is compared
   with its earlier value, never with our clock: a network share's clock may differ from ours);
2. no process holds it open for writing. The test is a read lease (fcntl F_SETLEASE, F_RDLCK), which the
   kernel refuses while any local process — the scanner, smbd, cp — has a writable descriptor on the file,
   whatever user it runs as. It costs one open and two fcntl calls (no scan of /proc, which would also miss
   other users' processes). It needs the file's owner or CAP_LEASE and a file system with leases; without
   them, and for a writer on the far side of a network share that no local test can see, the stability
   delay decides alone;
3. it does not look cut short (a PDF without `%%EOF` near its end, a zip without its central directory, a
   JPEG without its end marker): such a file waits up to INCOMPLETE_FACTOR × the stability delay for a
   writer that closes the file between chunks; after that it is taken anyway, and a truly truncated file
   goes to review with its reason.

Events (inotify, or polling with --poll) only say "look at this path now"; a full rescan every
RESCAN_SECONDS finds the files present at start-up and whatever an event missed. One worker thread feeds
batches to Pipeline.ingest with one Extractor, so its OCR pool is shared by every batch.

Stopping (SIGTERM, SIGINT): no new batch starts; the batch in progress stops between two documents, and
no document read after the stop request is concluded (a terminal's Ctrl-C also kills the OCR processes:
their page is not "unreadable"); what is not concluded stays untouched in the inbox. If a document is
still being read after STOP_GRACE_SECONDS (a long OCR), `run` returns False and the caller exits anyway:
the ingest journal makes that as safe as a crash, and the document is taken again at the next start.
"""
from __future__ import annotations

import errno
import fcntl
import logging
import os
import queue
import signal
import stat
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from .config import Home, Settings
from .intake import DiskFull, disk_full_error, inbox_entries, is_ignored

log = logging.getLogger("docpipe.watch")

TICK_SECONDS = 0.1
RESCAN_SECONDS = 30.0
STOP_GRACE_SECONDS = 8.0
INCOMPLETE_FACTOR = 10
DISK_FULL_WAIT_SECONDS = 10.0  # a full disk: no batch for this long, then one try
RETRY_SECONDS = (5.0, 30.0, 120.0, 600.0, 3600.0)  # a file still in the inbox after its pass: tried again
TAIL_BYTES = 65_536 + 22  # a zip's end-of-central-directory record sits within the last 64 KiB + 22 bytes


class StopRequested(Exception):
    """Raised between two documents of a batch once a stop is asked for."""


# --- is the file finished? ------------------------------------------------------------------------

def identity_of(path: Path) -> tuple[int, int, int] | None:
    """(inode, size, mtime) of an entry of the inbox; None for what is gone and for folders. Links, pipes
    and devices are handed on too, to be refused and said once (intake.refusal), never opened here."""
    try:
        info = path.lstat()
    except OSError:
        return None
    if stat.S_ISDIR(info.st_mode):
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


def is_special(path: Path) -> bool:
    """A pipe, a device or a socket: opening it could block or act on the device."""
    try:
        mode = path.lstat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISLNK(mode) or stat.S_ISDIR(mode))


def open_quietly(path: Path) -> int | None:
    try:
        return os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None  # a link (refused later, never read), or gone


def writer_holds(path: Path) -> bool:
    """True when a local process has the file open for writing (or leases are unusable and we cannot say:
    False, the stability delay decides). SIGIO must be ignored: see `Watcher.run`."""
    if signal.getsignal(signal.SIGIO) is not signal.SIG_IGN:
        return False  # a lease broken while held would deliver SIGIO, which would end the process
    fd = open_quietly(path)
    if fd is None:
        return False
    try:
        fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_RDLCK)
        fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_UNLCK)
        return False
    except OSError as exc:
        return exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EBUSY)
    finally:
        os.close(fd)


def looks_complete(path: Path) -> bool:
    """The end marker of the common formats is there (only a hint, never a verdict)."""
    fd = open_quietly(path)
    if fd is None:
        return True
    try:
        size = os.fstat(fd).st_size
        head = os.pread(fd, 8, 0)
        tail = os.pread(fd, min(size, TAIL_BYTES), max(0, size - TAIL_BYTES))
    except OSError:
        return True
    finally:
        os.close(fd)
    if head.startswith(b"%PDF"):
        return b"%%EOF" in tail[-2048:]
    if head.startswith(b"PK\x03\x04"):
        return b"PK\x05\x06" in tail
    if head.startswith(b"\xff\xd8"):
        return b"\xff\xd9" in tail[-64:]
    if head.startswith(b"\x89PNG"):
        return b"IEND" in tail[-64:]
    return True


# --- which files are ready ------------------------------------------------------------------------

@dataclass
class Candidate:
    identity: tuple[int, int, int]
    changed_at: float  # our monotonic clock, when this identity was first seen
    retry_at: float = 0.0
    attempts: int = 0


class StabilityTracker:
    """Follows the inbox entries seen by events and rescans; hands out those that are ready."""

    def __init__(self, stable_seconds: float):
        self.stable_seconds = stable_seconds
        self.incomplete_grace = INCOMPLETE_FACTOR * stable_seconds
        self.waiting: dict[Path, Candidate] = {}
        self.in_flight: dict[Path, Candidate] = {}

    def observe(self, path: Path, now: float) -> None:
        if path in self.waiting or path in self.in_flight:
            return
        identity = identity_of(path)
        if identity is not None:
            self.waiting[path] = Candidate(identity, now)

    def take_ready(self, now: float, limit: int) -> list[Path]:
        ready = []
        for path, candidate in sorted(self.waiting.items(), key=lambda item: item[1].changed_at):
            if len(ready) >= limit:
                break
            identity = identity_of(path)
            if identity is None:
                del self.waiting[path]
            elif identity != candidate.identity:
                self.waiting[path] = Candidate(identity, now)  # still changing: a new file for us
            elif self.is_ready(path, candidate, now):
                ready.append(path)
        for path in ready:
            self.in_flight[path] = self.waiting.pop(path)
        return ready

    def is_ready(self, path: Path, candidate: Candidate, now: float) -> bool:
        age = now - candidate.changed_at
        if now < candidate.retry_at or age < self.stable_seconds:
            return False
        if is_special(path):
            return True  # never opened: refused unread by the pipeline
        if writer_holds(path):
            return False
        return age >= self.incomplete_grace or looks_complete(path)

    def settle(self, paths: list[Path], now: float) -> list[Path]:
        """After a batch: forget what left the inbox; what is still there, unchanged, waits for a retry.
        Returns the latter."""
        left = []
        for path in paths:
            candidate = self.in_flight.pop(path)
            identity = identity_of(path)
            if identity is None:
                continue
            if identity != candidate.identity:
                self.waiting[path] = Candidate(identity, now)
                continue
            if is_special(path):  # refused and said once: looked at again only now and then
                candidate.retry_at = now + RETRY_SECONDS[-1]
                self.waiting[path] = candidate
                continue
            candidate.retry_at = now + RETRY_SECONDS[min(candidate.attempts, len(RETRY_SECONDS) - 1)]
            candidate.attempts += 1
            self.waiting[path] = candidate
            left.append(path)
        return left

    def idle(self, now: float) -> bool:
        """Nothing in flight and nothing due before a retry delay."""
        return not self.in_flight and all(c.retry_at > now for c in self.waiting.values())


def inbox_candidate(home: Home, raw: str | bytes) -> Path | None:
    """An event path we may look at: inside the inbox, no ignored name on the way, no linked folder."""
    path = Path(os.fsdecode(raw))
    try:
        parts = path.relative_to(home.inbox).parts
    except ValueError:
        return None
    if not parts or any(is_ignored(part) for part in parts):
        return None
    folder = home.inbox
    for part in parts[:-1]:
        folder = folder / part
        if folder.is_symlink() or not folder.is_dir():
            return None
    return path


# --- the worker: one Extractor, batches through the pipeline -------------------------------------

class Worker(threading.Thread):
    """Runs batches through Pipeline.ingest. Its SQLite connection and Extractor live in this thread."""

    def __init__(self, home: Home, settings: Settings, stop: threading.Event, wake: threading.Event,
                 on_outcome: Callable):
        super().__init__(name="docpipe-watch-worker", daemon=True)
        self.home, self.settings, self.stop, self.wake, self.on_outcome = home, settings, stop, wake, on_outcome
        self.batches: queue.Queue[list[Path]] = queue.Queue(maxsize=1)
        self.finished: queue.Queue[list[Path]] = queue.Queue()
        self.busy = threading.Event()
        self.fatal: Exception | None = None  # nothing can be processed (no Tesseract, no database): stop
        self.disk_full: DiskFull | None = None  # set by the last batch when the disk was full

    def submit(self, batch: list[Path]) -> None:
        self.busy.set()
        self.batches.put(batch)

    def run(self) -> None:
        from .extract import Extractor
        from .store import Store
        try:
            store = Store(self.home.database)
            try:
                while not self.stop.is_set():
                    # Opened before the first file (fail fast, warm pool); a fresh one after a failed batch.
                    with Extractor(self.settings, self.home.scratch) as extractor:
                        self.serve(store, extractor)
            finally:
                store.close()
        except Exception as exc:
            self.fatal = exc
            self.stop.set()

    def serve(self, store, extractor) -> None:
        """Batches until a stop, or until a batch fails (its Extractor may be broken: a dead pool process)."""
        while not self.stop.is_set():
            try:
                batch = self.batches.get(timeout=TICK_SECONDS)
            except queue.Empty:
                continue
            if not self.run_batch(store, extractor, batch):
                return

    def run_batch(self, store, extractor, batch: list[Path]) -> bool:
        from .ingest import Pipeline
        self.disk_full = None
        try:
            # A new Pipeline per batch: it rebuilds the registry index, so patients imported meanwhile count.
            reader = StoppableExtractor(extractor, self.stop)
            Pipeline(self.home, self.settings, store, reader).ingest(batch, self.conclude)
            return True
        except StopRequested:
            return True
        except DiskFull as exc:  # nothing lost (the inbox keeps the files): the watcher says it and waits
            self.disk_full = exc
            return True
        except Exception as exc:  # the batch's remaining files stay in the inbox; the watcher goes on
            if (full := disk_full_error(self.home, exc)) is not None:
                self.disk_full = full
                return True
            # The type only: a message may carry a file name (--verbose shows the whole traceback).
            log.error("lot interrompu (%s) ; ses fichiers non traités restent dans inbox/", type(exc).__name__)
            log.debug("détail de l'erreur", exc_info=True)
            return False
        finally:
            self.finished.put(batch)
            self.busy.clear()
            self.wake.set()  # the next batch is handed over at once, not at the next tick

    def conclude(self, outcome) -> None:
        self.on_outcome(outcome)
        if self.stop.is_set() and outcome.ends_a_file:
            raise StopRequested


class StoppableExtractor:
    """The Extractor, whose results stop being handed on once a stop is asked for: a page read after that
    may be spoilt (a terminal's Ctrl-C reaches the OCR processes too), so its file is left untouched in the
    inbox rather than sent to review as unreadable."""

    def __init__(self, extractor, stop: threading.Event):
        self.extractor, self.stop = extractor, stop

    def extract_many(self, paths):
        for result in self.extractor.extract_many(paths):
            if self.stop.is_set():
                raise StopRequested
            yield result

    def __getattr__(self, name):
        return getattr(self.extractor, name)


# --- the watcher ----------------------------------------------------------------------------------

class InboxEvents(FileSystemEventHandler):
    def __init__(self, events: queue.SimpleQueue):
        self.events = events

    def on_any_event(self, event: FileSystemEvent) -> None:
        self.events.put(event)


class Watcher:
    """The main thread: events, rescans and the stability tracker; hands ready files to the Worker."""

    def __init__(self, home: Home, settings: Settings, *, on_outcome: Callable, on_notice: Callable[[str], None],
                 poll_seconds: float | None = None, stable_seconds: float | None = None,
                 exit_when_idle: bool = False, batch_size: int | None = None):
        if stable_seconds is not None:
            settings = replace(settings, stable_seconds=stable_seconds)
        self.home, self.settings = home, settings
        self.on_notice = on_notice
        self.poll_seconds = poll_seconds
        self.exit_when_idle = exit_when_idle
        self.batch_size = batch_size or max(8, 4 * (settings.ocr_workers or os.cpu_count() or 1))
        self.stop = threading.Event()
        self.wake = threading.Event()
        self.events: queue.SimpleQueue[FileSystemEvent] = queue.SimpleQueue()
        self.tracker = StabilityTracker(settings.stable_seconds)
        self.paused_until = 0.0  # a full disk: no new batch before this instant
        self.disk_full_said = False
        self.worker = Worker(home, settings, self.stop, self.wake, on_outcome)

    def request_stop(self, *_signal_args) -> None:
        self.stop.set()
        self.wake.set()

    def run(self) -> bool:
        """Watch until stopped. False when the batch in progress did not end within the grace delay."""
        self.home.init()
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, self.request_stop)
            signal.signal(signal.SIGINT, self.request_stop)
            signal.signal(signal.SIGIO, signal.SIG_IGN)  # see writer_holds
        observer = self.start_observer()
        self.worker.start()
        mode = f"scrutation toutes les {self.poll_seconds:g} s" if self.poll_seconds else "événements inotify"
        self.on_notice(f"Surveillance de {self.home.inbox} ({mode}, délai de stabilité "
                       f"{self.settings.stable_seconds:g} s). Ctrl-C pour arrêter.")
        try:
            self.loop()
        finally:
            self.stop.set()
            observer.stop()
        self.worker.join(STOP_GRACE_SECONDS)
        observer.join(2.0)
        if self.worker.fatal is not None:
            raise self.worker.fatal
        return not self.worker.is_alive()

    def start_observer(self):
        handler = InboxEvents(self.events)
        for make in ([lambda: PollingObserver(timeout=self.poll_seconds)] if self.poll_seconds else
                     [Observer, lambda: PollingObserver(timeout=2.0)]):
            observer = make()
            try:
                observer.schedule(handler, str(self.home.inbox), recursive=True)
                observer.start()
                return observer
            except OSError as exc:  # inotify limits reached, or a file system without it
                self.on_notice(f"Surveillance par événements impossible ({os.strerror(exc.errno or 0)}) : "
                               "scrutation toutes les 2 s.")
        raise RuntimeError("no observer could start")  # unreachable: polling needs no kernel support

    def loop(self) -> None:
        next_rescan = 0.0
        while not self.stop.is_set():
            now = time.monotonic()
            if self.drain_events(now) or now >= next_rescan:
                for path in inbox_entries(self.home):
                    self.tracker.observe(path, now)
                next_rescan = now + RESCAN_SECONDS
            self.collect_finished(now)
            if not self.worker.busy.is_set() and now >= self.paused_until:
                batch = self.tracker.take_ready(now, self.batch_size)
                if batch:
                    self.worker.submit(batch)
                elif self.exit_when_idle and self.tracker.idle(now):
                    break
            self.wake.wait(TICK_SECONDS)
            self.wake.clear()

    def drain_events(self, now: float) -> bool:
        """Files seen by an event start being followed; True when a folder event asks for a rescan
        (files moved in with their folder raise no event of their own)."""
        rescan = False
        while True:
            try:
                event = self.events.get_nowait()
            except queue.Empty:
                return rescan
            if event.is_directory:
                rescan = rescan or event.event_type in ("created", "moved")
                continue
            for raw in (event.src_path, getattr(event, "dest_path", "")):
                path = inbox_candidate(self.home, raw) if raw else None
                if path is not None:
                    self.tracker.observe(path, now)

    def collect_finished(self, now: float) -> None:
        while True:
            try:
                batch = self.worker.finished.get_nowait()
            except queue.Empty:
                return
            left = self.tracker.settle(batch, now)
            if self.note_disk(now, left):
                continue
            for path in left:
                candidate = self.tracker.waiting[path]
                delay = candidate.retry_at - now
                self.on_notice(f"Un fichier reste dans la boîte de dépôt (pris par un autre processus, illisible "
                               f"ou en erreur) : nouvel essai dans {delay:.0f} s.")
                log.debug("laissé dans inbox/ : %r", str(path))

    def note_disk(self, now: float, left: list[Path]) -> bool:
        """A full disk is said once, then batches wait DISK_FULL_WAIT_SECONDS between tries (the files
        left keep their place, without a retry delay of their own); its end is said once too."""
        full = self.worker.disk_full
        if full is None:
            if self.disk_full_said:
                self.disk_full_said = False
                self.on_notice("Espace disque de nouveau disponible : le traitement reprend.")
            return False
        if not self.disk_full_said:
            self.disk_full_said = True
            self.on_notice(f"{full.message_fr} La surveillance attend et réessaie toutes les "
                           f"{DISK_FULL_WAIT_SECONDS:g} s.")
        self.paused_until = now + DISK_FULL_WAIT_SECONDS
        for path in left:
            self.tracker.waiting[path].retry_at = self.paused_until
            self.tracker.waiting[path].attempts = 0
        return True


# --- leaving while a document is still being read -----------------------------------------------

def abandon_and_exit(code: int = 0) -> None:
    """The worker thread is still reading: end our own OCR processes (by pid) and leave without waiting
    for them (the interpreter would join the OCR pool at exit). The ingest journal makes this as safe as
    a crash: the document stays in inbox/ and is taken again at the next start."""
    import sys
    for pid in child_processes():
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def child_processes() -> list[int]:
    """Our own children, read from /proc (Linux); none elsewhere."""
    pids = []
    for children in Path("/proc/self/task").glob("*/children"):
        try:
            pids += [int(pid) for pid in children.read_text().split()]
        except OSError:
            pass
    return pids
