"""One writer per folder: an exclusive ``fcntl.flock`` on a lock file inside it.

The kernel releases the lock when the process holding it ends, however it ends (SIGKILL included),
so a lock left by a killed run is simply taken over by the next one; the lock file itself stays and
is harmless. A second writer while the first runs is refused at once with a message naming the
folder and the process holding it.

Shown in use in ``book/reliability.md``.
"""

from __future__ import annotations

import errno
import fcntl
import os
from pathlib import Path

#: The lock file's name inside the locked folder (readers and ``verify`` ignore it).
LOCK_NAME = ".synthproxy.lock"


class FolderLocked(RuntimeError):
    """Another process holds the folder's lock; the message names the folder and that process."""


class FolderLock:
    """An exclusive, non-blocking lock on ``folder`` (created if missing), held until :meth:`release`.

    Parameters
    ----------
    folder : str or Path
    what : str
        What the folder is, for the message (``"store"``).

    Raises
    ------
    FolderLocked
        When another process holds it.
    """

    def __init__(self, folder: str | Path, what: str = "store"):
        self.path = Path(folder) / LOCK_NAME
        self.fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            holder = self._holder()
            os.close(self.fd)
            self.fd = None
            if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
            raise FolderLocked(
                f"{folder}: another synthproxy process{f' (pid {holder})' if holder else ''} is writing "
                f"this {what}; wait for it to finish (a killed run's lock is released by itself)"
            ) from None
        os.ftruncate(self.fd, 0)
        os.write(self.fd, f"{os.getpid()}\n".encode())

    def _holder(self) -> str:
        try:
            return os.pread(self.fd, 32, 0).decode(errors="replace").strip()  # type: ignore[arg-type]
        except OSError:
            return ""

    def release(self) -> None:
        """Release the lock (the lock file stays; idempotent)."""
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None

    def __del__(self) -> None:  # a writer dropped without close() still lets the next one in
        try:
            self.release()
        except OSError:
            pass
