"""The one writer of a batch run: whole lines, appended, fsync'd, under an exclusive lock."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ie.errors import OutputBusy


class Output:
    """The one writer of the output: whole lines, one ``write`` and one ``fsync`` per batch.

    ``path`` None is stdout; ``tee`` gets a copy of every line.
    """

    def __init__(self, path: Path | None, tee: Path | None = None):
        self.fds: list[int] = []
        if path is not None:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except ImportError:  # not POSIX: no lock
                pass
            except BlockingIOError:
                os.close(fd)
                raise OutputBusy(f"{path}: another 'ie extract' is writing to this file") from None
            self.fds.append(fd)
        if tee is not None:
            self.fds.append(os.open(tee, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644))
        self.stdout = path is None

    def write(self, lines: list[str]) -> None:
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        for fd in self.fds:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        if self.stdout:
            stream = getattr(sys.stdout, "buffer", None)
            if stream is None:
                sys.stdout.write(data.decode("utf-8"))
            else:
                stream.write(data)
            sys.stdout.flush()

    def close(self) -> None:
        for fd in self.fds:
            os.close(fd)
        self.fds = []
