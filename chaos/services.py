"""Private, killable PostgreSQL and Redis servers for tests, the demo and chaos drills.

Each server (PostgreSQL, Redis, and nginx in front of bot replicas) is one real process on
loopback, in its own data directory, that we start,
stop gracefully, crash for real (``SIGKILL`` by the PID in its pid file) and restart on the
same data directory and port (remembered in ``chaos-service.json``); PostgreSQL keeps
fsync on so a crash test measures what production would lose. The command line is
``python -m chaos.services {start-pg,start-redis,stop-pg,stop-redis,kill-pg,kill-redis,status}``
(default directories ``var/pg`` and ``var/redis``). See chaos/README.md for the details,
the errors and the drill scripts built on it.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import datetime as dt
import glob
import json
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, Final, Self

import psutil

__all__ = [
    "DEFAULT_PG_DIR",
    "DEFAULT_REDIS_DIR",
    "PG_BINDIR_GLOBS",
    "BinariesMissing",
    "NginxServer",
    "NotRunning",
    "PostgresServer",
    "RedisServer",
    "RunAs",
    "ServiceError",
    "ServiceStartFailed",
    "StalePidFile",
    "find_nginx",
    "find_pg_bindir",
    "find_redis_server",
    "free_port",
    "pg_run_user",
    "ram_tmp_root",
]

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PG_DIR = PROJECT_ROOT / "var" / "pg"
DEFAULT_REDIS_DIR = PROJECT_ROOT / "var" / "redis"
PG_BINDIR_GLOBS: tuple[str, ...] = ("/usr/lib/postgresql/*/bin",)

STATE_FILE = "chaos-service.json"
LOG_FILE = "chaos-server.log"
PG_CONF_FILE = "chaos-service.conf"
PG_SUPERUSER = "postgres"
LOOPBACK = "127.0.0.1"

_PG_BINARIES = ("initdb", "postgres", "pg_isready", "psql")
_DB_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_POLL = 0.02  # seconds between readiness / exit probes: fast start, negligible CPU
# Runs the server as its child and waits ("; exit" stops sh from exec-ing it in its place).
_KEEPER = ["/bin/sh", "-c", '"$@"; exit $?', "chaos-keeper"]


# --------------------------------------------------------------------------- errors


class ServiceError(Exception):
    """Base class of every error raised by this module."""


class BinariesMissing(ServiceError):
    """The server binaries are not installed; the message names the Debian package."""

    def __init__(self, what: str, package: str, searched: str) -> None:
        super().__init__(
            f"{what} not found ({searched}); install the Debian package `{package}` "
            f"(apt-get install {package}, or run ./scripts/test, which installs it)"
        )
        self.package = package


class ServiceStartFailed(ServiceError):
    """initdb failed, or the server exited or was not ready in time (message ends with its log)."""


class NotRunning(ServiceError):
    """There is no live server to stop or kill: no pid file, or its process is gone."""


class StalePidFile(NotRunning):
    """The pid file names a live process that is not this instance's server; nothing signalled."""


# --------------------------------------------------------------------------- finding binaries


def find_pg_bindir(globs: Iterable[str] = PG_BINDIR_GLOBS, path: str | None = None) -> Path:
    """The directory holding initdb, postgres, pg_isready and psql: the newest match of
    ``globs`` (Debian's ``/usr/lib/postgresql/<version>/bin``), else where ``postgres`` is
    on ``path`` (default ``$PATH``). Raises :class:`BinariesMissing` naming ``postgresql``."""
    candidates = sorted((Path(p) for g in globs for p in glob.glob(g)), key=_version_key)
    for bindir in reversed(candidates):
        if _has_pg_binaries(bindir):
            return bindir
    on_path = shutil.which("postgres", path=path)
    if on_path and _has_pg_binaries(Path(on_path).parent):
        return Path(on_path).parent
    searched = ", ".join([*globs, "PATH"])
    raise BinariesMissing(
        f"PostgreSQL server binaries ({', '.join(_PG_BINARIES)})", "postgresql", searched
    )


def find_redis_server(path: str | None = None) -> Path:
    """``redis-server`` on ``path`` (default ``$PATH``); raises :class:`BinariesMissing`
    naming the Debian package ``redis-server``."""
    found = shutil.which("redis-server", path=path)
    if found is None:
        raise BinariesMissing("redis-server", "redis-server", "PATH")
    return Path(found)


def find_nginx(path: str | None = None) -> Path:
    """``nginx`` on ``path`` (default ``$PATH``), else Debian's ``/usr/sbin/nginx``; raises
    :class:`BinariesMissing` naming the Debian package ``nginx``."""
    found = shutil.which("nginx", path=path)
    if found is None and path is None and os.access("/usr/sbin/nginx", os.X_OK):
        found = "/usr/sbin/nginx"
    if found is None:
        raise BinariesMissing("nginx", "nginx", "PATH, /usr/sbin")
    return Path(found)


def _has_pg_binaries(bindir: Path) -> bool:
    return all(os.access(bindir / name, os.X_OK) for name in _PG_BINARIES)


def _version_key(bindir: Path) -> tuple[int, ...]:
    # /usr/lib/postgresql/15/bin -> (15,); unknown layouts sort first.
    with contextlib.suppress(ValueError):
        return tuple(int(part) for part in bindir.parent.name.split("."))
    return (0,)


# --------------------------------------------------------------------------- users and ports


@dataclass(frozen=True)
class RunAs:
    """The unprivileged account a server runs as when we are root."""

    name: str
    uid: int
    gid: int


def pg_run_user() -> RunAs | None:
    """Who runs initdb and postgres: ``None`` (ourselves) unless we are root, since PostgreSQL
    refuses to run as root; then the Debian ``postgres`` user, else ``nobody``.
    Raises :class:`ServiceStartFailed` when root and neither account exists."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(name)
            return RunAs(name, entry.pw_uid, entry.pw_gid)
    raise ServiceStartFailed(
        "running as root, and PostgreSQL refuses to run as root, but neither a `postgres` "
        "nor a `nobody` account exists to run it as"
    )


def ram_tmp_root() -> Path | None:
    """``/dev/shm`` when it is a writable directory (RAM-backed on Linux), else None.

    For throwaway test instances (``tmp_root=ram_tmp_root()``): fsync stays on in the
    server, so it runs production's code paths, including the full data-directory sync of
    crash recovery, but the flush costs nothing, which keeps crash tests fast on a busy disk.
    A SIGKILLed process leaves the page cache intact either way, so what a crash test
    observes does not depend on the disk. Only a kernel or power crash would, and tests do
    not simulate those."""
    shm = Path("/dev/shm")
    return shm if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK) else None


_PORT_TAKEN: Final = "Address already in use"
"""How PostgreSQL, Redis and nginx all log a port they could not bind (strerror of
EADDRINUSE)."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago (the kernel's choice)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------- processes


# Read through psutil; a process that is gone (or not ours to inspect) reads as absent.
# Signals are sent by PID only (os.kill), never by process name.


def _alive(pid: int) -> bool:
    """Whether the process exists and is not a zombie waiting to be reaped."""
    try:
        return psutil.Process(pid).status() not in (psutil.STATUS_ZOMBIE, psutil.STATUS_DEAD)
    except psutil.Error:
        return False


def _children(pid: int) -> list[int]:
    """The PIDs of the process's direct children (none when it is gone)."""
    try:
        return [child.pid for child in psutil.Process(pid).children()]
    except psutil.Error:
        return []


def _argv0(pid: int) -> str:
    """The base name of the process's program ("" when unknown)."""
    try:
        cmdline = psutil.Process(pid).cmdline()
    except psutil.Error:
        return ""
    if not cmdline:
        return ""
    # redis-server rewrites its title to one space-separated string.
    return os.path.basename(cmdline[0].split(" ", 1)[0])


def _cwd(pid: int) -> Path | None:
    try:
        return Path(psutil.Process(pid).cwd())
    except psutil.Error:
        return None


def _wait_until(predicate: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() >= deadline:
            return False
        time.sleep(_POLL)
    return True


def _read_pid(pidfile: Path) -> int | None:
    try:
        first = pidfile.read_text().split("\n", 1)[0].strip()
    except OSError:
        return None
    return int(first) if first.isdigit() else None


@contextlib.contextmanager
def _launch_errors(kind: str, program: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise ServiceStartFailed(f"{kind}: cannot run {program}: {exc}") from exc


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------- the common part


class _Server:
    """What PostgreSQL and Redis instances share: data dir, port, state file, pid handling,
    launch, readiness wait, graceful stop, real crash. Subclasses fill in the specifics."""

    kind: ClassVar[str]  # "postgres" or "redis": names the state file's owner
    process_names: ClassVar[tuple[str, ...]]  # argv[0] basenames the server may run under
    pidfile_name: ClassVar[str]
    stop_signal: ClassVar[signal.Signals]  # the server's own graceful-shutdown signal

    def __init__(
        self,
        data_dir: str | os.PathLike[str] | None,
        port: int | None,
        die_with_parent: bool,
        detach: bool,
        tmp_root: str | os.PathLike[str] | None,
    ) -> None:
        if die_with_parent and detach:
            raise ValueError("die_with_parent and detach exclude each other")
        self._own_tmp: Path | None = None
        if data_dir is None:
            self._own_tmp = Path(tempfile.mkdtemp(prefix=f"fe-{self.kind}-", dir=tmp_root))
            self._own_tmp.chmod(0o711)  # an unprivileged server user must traverse it
            data_dir = self._own_tmp / "data"
        self.data_dir = Path(data_dir).absolute()
        self._state = self._load_state()
        self.port: int = port or int(self._state.get("port", 0)) or free_port()
        self._port_movable = not (port or self._state.get("port"))
        """The port was picked here, as free a moment ago, and no client knows it yet: a
        first start that finds it taken (another process bound it in between: test
        workers start servers side by side) moves to another one."""
        self.die_with_parent = die_with_parent
        self.detach = detach
        self._proc: subprocess.Popen[bytes] | None = None

    # ---- public surface

    @property
    def pidfile(self) -> Path:
        return self.data_dir / self.pidfile_name

    @property
    def address(self) -> str:
        """Where clients connect (a DSN or URL; never holds a password)."""
        raise NotImplementedError

    @property
    def log_file(self) -> Path:
        return self.data_dir / LOG_FILE

    @property
    def pid(self) -> int | None:
        """The server's PID when it is running (validated, see :meth:`server_pid`), else None."""
        try:
            return self.server_pid()
        except NotRunning:
            return None

    def is_running(self) -> bool:
        return self.pid is not None

    def server_pid(self) -> int:
        """The PID in the pid file, checked to be a live process that is this server (its
        argv[0] is the server binary and its working directory is our data directory).
        Raises :class:`NotRunning` or :class:`StalePidFile`."""
        self._reap()
        pid = _read_pid(self.pidfile)
        if pid is None:
            raise NotRunning(f"{self.kind}: no pid file at {self.pidfile}")
        if not _alive(pid):
            raise NotRunning(f"{self.kind}: pid {pid} in {self.pidfile} is not running")
        cwd = _cwd(pid)
        if _argv0(pid) not in self.process_names or (
            cwd is not None and cwd != self.data_dir.resolve()
        ):
            raise StalePidFile(
                f"{self.kind}: pid {pid} in {self.pidfile} is a live process that is not this "
                f"{self.kind} server ({_argv0(pid) or '?'} in {cwd}); refusing to touch it"
            )
        return pid

    def start(self, timeout: float = 30.0) -> Self:
        """Start the server (initialising the data directory the first time) and wait until it
        answers. A no-op when it is already running. Raises :class:`BinariesMissing` or
        :class:`ServiceStartFailed`."""
        if self.is_running():
            return self
        self._prepare()
        self._save_state()
        deadline = time.monotonic() + timeout
        while True:
            logged = self._log_size()
            self._launch()
            try:
                self._wait_ready(deadline)
                self._port_movable = False
                return self
            except ServiceStartFailed:
                if time.monotonic() >= deadline:
                    raise
                if self._port_movable and _PORT_TAKEN in self._log_since(logged):
                    self.port = free_port()
                    self._prepare()
                    self._save_state()
                    continue
                if not self._should_retry_start():
                    raise
                time.sleep(0.1)

    def stop(self, timeout: float = 10.0) -> int:
        """Graceful shutdown (the server's own signal), escalating to SIGKILL after
        ``timeout``. Returns the PID. Raises :class:`NotRunning` / :class:`StalePidFile`."""
        pid = self.server_pid()
        os.kill(pid, self.stop_signal)
        if not self._wait_gone([pid], timeout):
            os.kill(pid, signal.SIGKILL)
            self._wait_gone([pid], timeout)
        return pid

    def kill(self, timeout: float = 10.0) -> int:
        """Crash the server for real: SIGKILL to the PID in its pid file, then wait until it
        (and, for PostgreSQL, the backends that notice their postmaster died) is gone, so a
        restart finds the data directory free. Returns the PID.
        Raises :class:`NotRunning` / :class:`StalePidFile`."""
        pid = self.server_pid()
        family = [pid, *_children(pid)]
        os.kill(pid, signal.SIGKILL)
        if not self._wait_gone(family, timeout):
            raise ServiceError(f"{self.kind}: processes {family} still alive after SIGKILL")
        return pid

    def restart(self, timeout: float = 30.0) -> Self:
        """Stop gracefully if running, then start on the same data directory and port."""
        with contextlib.suppress(NotRunning):
            self.stop()
        return self.start(timeout)

    def close(self) -> None:
        """Kill the server if it runs and delete the data directory if we created it.
        Never raises :class:`NotRunning`: meant for teardown."""
        with contextlib.suppress(StalePidFile):
            if self.is_running():
                self.kill()
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()  # started but never wrote its pid file
            self._proc.wait()
        if self._own_tmp is not None:
            shutil.rmtree(self._own_tmp, ignore_errors=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = f"pid {self.pid}" if self.is_running() else "stopped"
        return f"<{type(self).__name__} {self.data_dir} port {self.port} {state}>"

    # ---- steps shared by subclasses

    def _launch(self) -> None:
        command = [*self._pdeathsig_prefix(), *self._keeper_prefix(), *self._command()]
        with self.log_file.open("ab") as log, _launch_errors(self.kind, command[0]):
            self._proc = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self._launch_cwd(),
                env=self._env(),
                start_new_session=True,  # a terminal's Ctrl-C is for us; we stop it ourselves
                **self._credentials(),
            )

    def _pdeathsig_prefix(self) -> list[str]:
        # The kernel kills the server if the thread that started it dies: no orphan survives a
        # crashed test session. Only from the main thread, since the signal follows the
        # creating thread, and a worker thread's exit would kill a healthy server.
        setpriv = shutil.which("setpriv")
        in_main_thread = threading.current_thread() is threading.main_thread()
        if self.die_with_parent and setpriv and in_main_thread:
            return [setpriv, "--pdeathsig", "KILL", "--"]
        return []

    def _keeper_prefix(self) -> list[str]:
        # A detached server's parent would be PID 1, and a PID 1 that is slow to reap (some
        # containers' init) leaves it a zombie after a crash: postgres then sees its old
        # postmaster as still alive and refuses to start. A keeper process that only waits
        # for the server reaps it the moment it dies.
        if not self.detach:
            return []
        return list(_KEEPER)

    def _reap(self) -> None:
        if self._proc is not None:
            self._proc.poll()  # a server we started and someone else killed: not a zombie

    def _wait_ready(self, deadline: float) -> None:
        # is_running() too: whoever answers on the port must be the process we launched.
        while not (self._probe_ready() and self.is_running()):
            if self._proc is not None and self._proc.poll() is not None:
                raise ServiceStartFailed(
                    f"{self.kind} exited with status {self._proc.returncode} during start"
                    f"{self._log_tail()}"
                )
            if time.monotonic() >= deadline:
                raise ServiceStartFailed(f"{self.kind} not ready in time{self._log_tail()}")
            time.sleep(_POLL)

    def _wait_gone(self, pids: Sequence[int], timeout: float) -> bool:
        if self._proc is not None and self._proc.pid in pids:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._proc.wait(timeout)  # reap our child, or it lingers as a zombie
        return _wait_until(lambda: not any(_alive(p) for p in pids), timeout)

    def _log_size(self) -> int:
        try:
            return self.log_file.stat().st_size
        except OSError:
            return 0

    def _log_since(self, offset: int) -> str:
        """What the server logged after ``offset`` bytes (this launch's lines)."""
        try:
            with self.log_file.open("rb") as log:
                log.seek(offset)
                return log.read().decode(errors="replace")
        except OSError:
            return ""

    def _log_tail(self, lines: int = 15) -> str:
        try:
            tail = self.log_file.read_text(errors="replace").splitlines()[-lines:]
        except OSError:
            return ""
        return "; log " + str(self.log_file) + ":\n" + "\n".join(tail)

    def _load_state(self) -> dict[str, Any]:
        try:
            state = json.loads((self.data_dir / STATE_FILE).read_text())
        except (OSError, ValueError):
            return {}
        if state.get("kind") != self.kind:
            raise ServiceError(
                f"{self.data_dir} holds a {state.get('kind')!r} instance, not {self.kind!r}"
            )
        return dict(state)

    def _save_state(self) -> None:
        self._state = {"kind": self.kind, "port": self.port, **self._extra_state()}
        self._write(self.data_dir / STATE_FILE, json.dumps(self._state, indent=2) + "\n")

    def _write(self, path: Path, text: str) -> None:
        path.write_text(text)

    def _env(self) -> dict[str, str]:
        return _server_env()

    def _launch_cwd(self) -> str:
        """The server's working directory: "/" for servers that move to their data
        directory themselves."""
        return "/"

    # ---- what each server fills in

    def _prepare(self) -> None:
        raise NotImplementedError

    def _command(self) -> list[str]:
        raise NotImplementedError

    def _probe_ready(self) -> bool:
        raise NotImplementedError

    def _credentials(self) -> dict[str, Any]:
        return {}

    def _extra_state(self) -> dict[str, Any]:
        return {}

    def _should_retry_start(self) -> bool:
        return False


# --------------------------------------------------------------------------- PostgreSQL


class PostgresServer(_Server):
    """A private PostgreSQL cluster: ``data_dir`` (default: a new temporary directory, removed
    by :meth:`close`), ``port`` (default: the one remembered in the data directory, else a
    free one), ``bindir`` (default: :func:`find_pg_bindir`), ``run_as`` (default ``True``:
    :func:`pg_run_user`; ``None``: as ourselves, or a :class:`RunAs`), ``tmp_root`` (where
    the temporary data directory goes; default the system's, see :func:`ram_tmp_root`).
    The superuser is ``postgres``, trusted on loopback. A temporary cluster is a copy of a
    pristine one made by initdb once per process; a given ``data_dir`` gets its own initdb.

    ``die_with_parent``: the kernel kills the server when the thread that started it dies
    (tests: nothing outlives a crashed session). ``detach``: the server is meant to outlive
    this process (the command line, the demo's ``var/pg``); a tiny keeper process stays its
    parent and reaps it when it dies, so it never lingers as a zombie that blocks a restart.
    By default the server is our child: kill, stop and start reap it."""

    kind = "postgres"
    process_names = ("postgres", "postmaster")
    pidfile_name = "postmaster.pid"  # line 1: the postmaster's PID
    stop_signal = signal.SIGINT  # "fast" shutdown: disconnect clients, checkpoint, exit

    def __init__(
        self,
        data_dir: str | os.PathLike[str] | None = None,
        port: int | None = None,
        *,
        bindir: str | os.PathLike[str] | None = None,
        run_as: RunAs | bool | None = True,
        die_with_parent: bool = False,
        detach: bool = False,
        tmp_root: str | os.PathLike[str] | None = None,
    ) -> None:
        super().__init__(data_dir, port, die_with_parent, detach, tmp_root)
        self._bindir = Path(bindir) if bindir is not None else None
        self.run_as: RunAs | None = pg_run_user() if run_as is True else (run_as or None)

    @property
    def bindir(self) -> Path:
        """Where the PostgreSQL binaries are; raises :class:`BinariesMissing`."""
        if self._bindir is None:
            self._bindir = find_pg_bindir()
        elif not _has_pg_binaries(self._bindir):
            raise BinariesMissing(
                f"PostgreSQL server binaries ({', '.join(_PG_BINARIES)})",
                "postgresql",
                str(self._bindir),
            )
        return self._bindir

    @property
    def address(self) -> str:
        return self.dsn

    @property
    def dsn(self) -> str:
        """libpq/asyncpg DSN of the ``postgres`` database over TCP loopback (no password)."""
        return self.dsn_for("postgres")

    def dsn_for(self, database: str) -> str:
        """The DSN of ``database``. ``sslmode=disable``: the private cluster has no TLS, and
        without it asyncpg opens every connection, and every cancel request of a cancelled
        query, with an SSL negotiation that fails loudly in a background task when the
        server closes the socket first."""
        return f"postgresql://{PG_SUPERUSER}@{LOOPBACK}:{self.port}/{database}?sslmode=disable"

    def create_database(self, name: str) -> str:
        """Create an empty database (a copy of ``template0``) and return its DSN.
        ``name``: lower-case letters, digits, underscores. Raises :class:`ServiceError`
        when psql fails (for example, the database exists)."""
        self._psql(f'CREATE DATABASE "{_db_name(name)}" TEMPLATE template0')
        return self.dsn_for(name)

    def drop_database(self, name: str) -> None:
        """Drop a database if it exists, disconnecting its clients first."""
        self._psql(f'DROP DATABASE IF EXISTS "{_db_name(name)}" WITH (FORCE)')

    # ---- steps

    def _prepare(self) -> None:
        bindir = self.bindir
        if not (self.data_dir / "PG_VERSION").exists():
            self._initdb(bindir)
        self._write_conf()

    def _initdb(self, bindir: Path) -> None:
        if self._own_tmp is None:
            _initdb(bindir, self.data_dir, self.run_as)
            return
        # A throwaway cluster: copying this process's pristine one is several times faster
        # than initdb and yields the same cluster (only the system identifier is shared).
        template = _pristine_cluster(bindir, self.run_as, self._own_tmp.parent)
        done = subprocess.run(
            ["cp", "-a", str(template), str(self.data_dir)], capture_output=True, text=True
        )
        if done.returncode != 0:
            raise ServiceStartFailed(f"copying {template} failed: {done.stderr.strip()}")

    def _write_conf(self) -> None:
        # Written at every start so the remembered port and our settings always hold; the
        # include keeps initdb's postgresql.conf untouched otherwise.
        socket_dir = str(self.data_dir).replace("'", "''")
        self._write(
            self.data_dir / PG_CONF_FILE,
            "# Written by chaos/services.py at every start: edits here are overwritten.\n"
            f"listen_addresses = '{LOOPBACK}'\n"
            f"port = {self.port}\n"
            f"unix_socket_directories = '{socket_dir}'\n"
            "fsync = on\n"
            "synchronous_commit = on\n"
            "full_page_writes = on\n"
            "logging_collector = off\n"
            # Dynamic shared memory as files under pg_dynshmem/ in the data directory, not in
            # /dev/shm: a server that is SIGKILLed (crash tests, teardown) cannot remove its
            # segments, and in /dev/shm each one held up to 1 MB of RAM until reboot; here
            # they go with the data directory, and a restart on it clears them.
            "dynamic_shared_memory_type = mmap\n",
        )
        main_conf = self.data_dir / "postgresql.conf"
        include = f"include_if_exists = '{PG_CONF_FILE}'\n"
        if include not in main_conf.read_text():
            with main_conf.open("a") as conf:
                conf.write("\n" + include)

    def _write(self, path: Path, text: str) -> None:
        path.write_text(text)
        if self.run_as is not None:
            os.chown(path, self.run_as.uid, self.run_as.gid)

    def _command(self) -> list[str]:
        return [str(self.bindir / "postgres"), "-D", str(self.data_dir)]

    def _credentials(self) -> dict[str, Any]:
        return _as_user(self.run_as)

    def _probe_ready(self) -> bool:
        # postmaster.pid's 8th line says "ready" once connections are accepted (PG >= 10);
        # pg_isready then confirms over TCP.
        lines = self.pidfile.read_text().splitlines() if self.pidfile.exists() else []
        if len(lines) < 8 or lines[7].strip() != "ready":
            return False
        probe = subprocess.run(
            [
                str(self.bindir / "pg_isready"), "-q", "-h", LOOPBACK, "-p", str(self.port),
                "-U", PG_SUPERUSER, "-d", "postgres", "-t", "2",
            ],
            env=self._env(),
            check=False,
        )  # fmt: skip
        return probe.returncode == 0

    def _should_retry_start(self) -> bool:
        # Backends of a killed postmaster may hold its shared memory a moment longer.
        return "is still in use" in self._log_tail(3)

    def _psql(self, sql: str) -> None:
        done = subprocess.run(
            [
                str(self.bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", LOOPBACK, "-p", str(self.port), "-U", PG_SUPERUSER, "-d", "postgres",
                "-c", sql,
            ],
            capture_output=True, text=True, env=self._env(), check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise ServiceError(f"psql on port {self.port} failed: {done.stderr.strip()}")


def _initdb(bindir: Path, data_dir: Path, run_as: RunAs | None) -> None:
    """initdb into ``data_dir`` as ``run_as``; raises :class:`ServiceStartFailed`."""
    data_dir.mkdir(parents=True, exist_ok=True)
    data_dir.chmod(0o700)
    if run_as is not None:
        os.chown(data_dir, run_as.uid, run_as.gid)
        _require_traversable(data_dir.parent, run_as)
    command = [
        str(bindir / "initdb"), "-D", str(data_dir), "-U", PG_SUPERUSER,
        "-A", "trust",  # loopback + 0700 socket dir only; see the module docstring
        "-E", "UTF8", "--locale=C",
        "-N",  # skips only initdb's one-time sync; the server itself runs with fsync on
    ]  # fmt: skip
    done = subprocess.run(
        command, capture_output=True, text=True, cwd="/", env=_server_env(), **_as_user(run_as)
    )
    if done.returncode != 0:
        raise ServiceStartFailed(f"initdb failed in {data_dir}:\n{done.stderr.strip()}")


_templates: dict[tuple[Path, RunAs | None, Path], Path] = {}
_templates_lock = threading.Lock()


def _pristine_cluster(bindir: Path, run_as: RunAs | None, tmp_root: Path) -> Path:
    """A never-started cluster in ``tmp_root``, made by initdb once per process and removed
    at its exit: the source of every temporary cluster there."""
    with _templates_lock:
        key = (bindir, run_as, tmp_root)
        if key not in _templates:
            base = Path(tempfile.mkdtemp(prefix="fe-postgres-template-", dir=tmp_root))
            base.chmod(0o711)
            atexit.register(shutil.rmtree, base, True)
            _initdb(bindir, base / "data", run_as)
            _templates[key] = base / "data"
        return _templates[key]


def _as_user(run_as: RunAs | None) -> dict[str, Any]:
    """subprocess arguments that run a child as ``run_as``, without our groups."""
    if run_as is None:
        return {}
    return {"user": run_as.uid, "group": run_as.gid, "extra_groups": []}


def _server_env() -> dict[str, str]:
    # Our own PG*/REDIS* settings must not redirect the server or its tools.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "REDIS"))}
    env["LC_ALL"] = "C"
    return env


def _db_name(name: str) -> str:
    if not _DB_NAME.fullmatch(name):
        raise ValueError(f"database name {name!r}: use lower-case letters, digits, underscores")
    return name


def _require_traversable(directory: Path, user: RunAs) -> None:
    """Raise :class:`ServiceStartFailed` unless ``user`` may enter every directory down to
    ``directory`` (PostgreSQL opens its data directory by path)."""
    groups = {user.gid, *os.getgrouplist(user.name, user.gid)}
    for current in [directory, *directory.parents]:
        st = current.stat()
        if st.st_uid == user.uid:
            bit = 0o100
        elif st.st_gid in groups:
            bit = 0o010
        else:
            bit = 0o001
        if not st.st_mode & bit:
            raise ServiceStartFailed(
                f"PostgreSQL runs as {user.name!r} (it refuses root), which cannot enter "
                f"{current}; choose a data directory elsewhere (e.g. under /tmp) or "
                f"chmod o+x {current}"
            )


# --------------------------------------------------------------------------- Redis


class RedisServer(_Server):
    """A private redis-server on 127.0.0.1: ``data_dir`` and ``port`` as for
    :class:`PostgresServer`; ``appendonly`` turns the AOF on, ``appendfsync`` is
    ``"everysec"`` or ``"always"`` (an acknowledged write is on disk). Both default to what
    the data directory remembers, else no AOF. No RDB snapshots. ``executable`` defaults to
    :func:`find_redis_server`. ``die_with_parent`` and ``detach`` as for PostgresServer."""

    kind = "redis"
    process_names = ("redis-server",)
    pidfile_name = "redis.pid"
    stop_signal = signal.SIGTERM  # redis-server's graceful shutdown (fsyncs the AOF)

    def __init__(
        self,
        data_dir: str | os.PathLike[str] | None = None,
        port: int | None = None,
        *,
        appendonly: bool | None = None,
        appendfsync: str | None = None,
        executable: str | os.PathLike[str] | None = None,
        die_with_parent: bool = False,
        detach: bool = False,
        tmp_root: str | os.PathLike[str] | None = None,
    ) -> None:
        super().__init__(data_dir, port, die_with_parent, detach, tmp_root)
        if appendfsync is not None and appendfsync not in ("everysec", "always"):
            raise ValueError(f"appendfsync {appendfsync!r}: use 'everysec' or 'always'")
        if appendonly is None:
            appendonly = bool(self._state.get("appendonly", appendfsync is not None))
        self.appendonly = appendonly
        self.appendfsync = appendfsync or str(self._state.get("appendfsync", "everysec"))
        self._executable = Path(executable) if executable is not None else None

    def _env(self) -> dict[str, str]:
        # redis-server's jemalloc and libfaketime recurse into each other at start
        # (scripts/test runs some tests under faketime): Redis keeps the real clock.
        # Nothing we test reads a date from Redis; its TTLs are relative.
        env = super()._env()
        for name in ("LD_PRELOAD", "FAKETIME", "FAKETIME_NO_CACHE"):
            env.pop(name, None)
        return env

    @property
    def executable(self) -> Path:
        """The redis-server binary; raises :class:`BinariesMissing`."""
        if self._executable is None:
            self._executable = find_redis_server()
        elif not os.access(self._executable, os.X_OK):
            raise BinariesMissing("redis-server", "redis-server", str(self._executable))
        return self._executable

    @property
    def address(self) -> str:
        return self.url

    @property
    def url(self) -> str:
        """redis-py URL of database 0."""
        return self.url_for(0)

    def url_for(self, db: int) -> str:
        return f"redis://{LOOPBACK}:{self.port}/{db}"

    def flushdb(self, db: int) -> None:
        """Empty one logical database. Raises :class:`ServiceError` on a Redis error reply."""
        self._call([b"SELECT", str(db).encode()], [b"FLUSHDB"])

    # ---- steps

    def _prepare(self) -> None:
        _ = self.executable
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir.chmod(0o700)
        self._write(self.data_dir / "redis.conf", self._conf())

    def _conf(self) -> str:
        def quoted(path: Path) -> str:
            return '"' + str(path).replace("\\", "\\\\").replace('"', '\\"') + '"'

        return (
            "# Written by chaos/services.py at every start: edits here are overwritten.\n"
            f"bind {LOOPBACK}\n"
            f"port {self.port}\n"
            "protected-mode yes\n"
            "daemonize no\n"
            f"pidfile {quoted(self.pidfile)}\n"
            'logfile ""\n'  # stdout, which goes to chaos-server.log
            f"dir {quoted(self.data_dir)}\n"
            'save ""\n'
            f"appendonly {'yes' if self.appendonly else 'no'}\n"
            f"appendfsync {self.appendfsync}\n"
            "databases 16\n"
        )

    def _extra_state(self) -> dict[str, Any]:
        return {"appendonly": self.appendonly, "appendfsync": self.appendfsync}

    def _command(self) -> list[str]:
        return [str(self.executable), str(self.data_dir / "redis.conf")]

    def _probe_ready(self) -> bool:
        # "-LOADING" while the AOF is replayed counts as not ready yet.
        try:
            return self._call([b"PING"]) == [b"+PONG"]
        except (OSError, ServiceError):
            return False

    def _call(self, *commands: list[bytes]) -> list[bytes]:
        """Send commands in one connection; return their one-line replies (enough for PING,
        SELECT, FLUSHDB). Raises OSError, or :class:`ServiceError` on an error reply."""
        payload = b"".join(_resp(command) for command in commands)
        with socket.create_connection((LOOPBACK, self.port), timeout=2) as sock:
            sock.sendall(payload)
            reader = sock.makefile("rb")
            replies = [reader.readline().rstrip(b"\r\n") for _ in commands]
        for reply in replies:
            if reply.startswith(b"-"):
                raise ServiceError(f"redis on port {self.port}: {reply.decode(errors='replace')}")
        return replies


class NginxServer(_Server):
    """A private nginx on 127.0.0.1 in front of bot replicas: every request to ``port`` is
    proxied round robin to ``upstreams`` (ports on 127.0.0.1), and a request an upstream
    refused, dropped or timed out on (or answered 502/503) is tried on the next one, POST
    included: the bot's webhook endpoint is idempotent by update_id. One process
    (``master_process off``), so the PID in its pid file is all there is to kill.
    ``set_upstreams`` rewrites the list and restarts it. ``data_dir``, ``port``,
    ``die_with_parent``, ``detach`` as for :class:`PostgresServer`; ``read_timeout``:
    seconds nginx waits for an upstream's answer."""

    kind = "nginx"
    process_names = ("nginx", "nginx:")
    pidfile_name = "nginx.pid"
    stop_signal = signal.SIGQUIT  # nginx's graceful shutdown

    def __init__(
        self,
        data_dir: str | os.PathLike[str] | None = None,
        port: int | None = None,
        *,
        upstreams: Sequence[int] = (),
        read_timeout: float = 10.0,
        executable: str | os.PathLike[str] | None = None,
        die_with_parent: bool = False,
        detach: bool = False,
        tmp_root: str | os.PathLike[str] | None = None,
    ) -> None:
        super().__init__(data_dir, port, die_with_parent, detach, tmp_root)
        self.upstreams = list(upstreams) or [int(p) for p in self._state.get("upstreams", [])]
        self.read_timeout = read_timeout
        self._executable = Path(executable) if executable is not None else None

    @property
    def executable(self) -> Path:
        """The nginx binary; raises :class:`BinariesMissing`."""
        if self._executable is None:
            self._executable = find_nginx()
        elif not os.access(self._executable, os.X_OK):
            raise BinariesMissing("nginx", "nginx", str(self._executable))
        return self._executable

    @property
    def address(self) -> str:
        return self.url

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def set_upstreams(self, upstreams: Sequence[int]) -> None:
        """Proxy to ``upstreams`` from now on (restarted when running: without a master
        process nginx does not reload)."""
        self.upstreams = list(upstreams)
        if self.is_running():
            self.restart()

    # ---- steps

    def _prepare(self) -> None:
        if not self.upstreams:
            raise ServiceStartFailed("nginx: no upstream ports to proxy to")
        _ = self.executable
        for sub in ("temp/body", "temp/proxy", "temp/fastcgi", "temp/uwsgi", "temp/scgi"):
            (self.data_dir / sub).mkdir(parents=True, exist_ok=True)
        self.data_dir.chmod(0o700)
        self._write(self.data_dir / "nginx.conf", self._conf())

    def _conf(self) -> str:
        data = self.data_dir
        # max_fails=0: never mark a replica down as a whole; each request that a dead one
        # refuses goes to the next (with max_fails=1 a burst of failures during a kill
        # marked every replica down for fail_timeout: "no live upstreams", 502).
        servers = "".join(f"        server {LOOPBACK}:{p} max_fails=0;\n"
                          for p in self.upstreams)
        temp = "".join(f"    {kind}_temp_path {data / 'temp' / name};\n" for kind, name in (
            ("client_body", "body"), ("proxy", "proxy"), ("fastcgi", "fastcgi"),
            ("uwsgi", "uwsgi"), ("scgi", "scgi")))
        return (
            "# Written by chaos/services.py at every start: edits here are overwritten.\n"
            "daemon off;\n"
            "master_process off;\n"
            "worker_processes 1;\n"
            f"pid {self.pidfile};\n"
            "error_log stderr warn;\n"  # stderr goes to chaos-server.log
            "events { worker_connections 1024; }\n"
            "http {\n"
            "    access_log off;\n"
            f"{temp}"
            "    upstream bot {\n"
            f"{servers}"
            "        keepalive 32;\n"
            "    }\n"
            "    server {\n"
            f"        listen {LOOPBACK}:{self.port};\n"
            "        client_max_body_size 2m;\n"
            "        location / {\n"
            "            proxy_pass http://bot;\n"
            "            proxy_http_version 1.1;\n"
            '            proxy_set_header Connection "";\n'
            "            proxy_connect_timeout 1s;\n"
            f"            proxy_read_timeout {int(self.read_timeout * 1000)}ms;\n"
            "            proxy_next_upstream error timeout http_502 http_503 non_idempotent;\n"
            "            proxy_next_upstream_tries 3;\n"
            "        }\n"
            "    }\n"
            "}\n"
        )

    def _extra_state(self) -> dict[str, Any]:
        return {"upstreams": self.upstreams}

    def _command(self) -> list[str]:
        return [str(self.executable), "-p", f"{self.data_dir}/", "-c",
                str(self.data_dir / "nginx.conf"), "-e", "stderr"]

    def _launch_cwd(self) -> str:
        return str(self.data_dir)  # nginx stays where it was started; the pid check wants it

    def _probe_ready(self) -> bool:
        try:
            with socket.create_connection((LOOPBACK, self.port), timeout=0.5):
                return True
        except OSError:
            return False


def _resp(command: list[bytes]) -> bytes:
    parts = [b"*%d\r\n" % len(command)]
    parts += [b"$%d\r\n%s\r\n" % (len(arg), arg) for arg in command]
    return b"".join(parts)


# --------------------------------------------------------------------------- command line


def _report(action: str, server: _Server, what: str) -> None:
    print(f"{_utc_now()} {action}: {server.kind} {what} (data dir {server.data_dir})")


def _start(server: _Server, action: str, existing: bool) -> None:
    if existing and not (server.data_dir / STATE_FILE).exists():
        raise NotRunning(f"no {server.kind} instance in {server.data_dir} (nothing to start)")
    was_running = server.is_running()
    server.start()
    state = "already running" if was_running else "started"
    _report(action, server, f"{state}, pid {server.pid}, port {server.port}, {server.address}")


def _status(server: _Server) -> str:
    if not (server.data_dir / STATE_FILE).exists():
        return f"{server.kind}: no instance in {server.data_dir}"
    try:
        return f"{server.kind}: running, pid {server.server_pid()}, port {server.port}"
    except StalePidFile as exc:
        return f"{server.kind}: stopped (stale pid file: {exc})"
    except NotRunning:
        left_over = server.pidfile.exists()
        crashed = " (its pid file is left over: it crashed or was killed)" if left_over else ""
        return f"{server.kind}: stopped, port {server.port}{crashed}"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m chaos.services ACTION [--data-dir DIR]``; prints what it did with a UTC
    timestamp; exits 1 with a message on stderr when there is nothing to act on or a
    :class:`ServiceError` occurs."""
    parser = argparse.ArgumentParser(
        prog="python -m chaos.services", description=(__doc__ or "").split("\n")[0]
    )
    sub = parser.add_subparsers(dest="action", required=True)
    for action in ("start-pg", "start-redis", "stop-pg", "stop-redis", "kill-pg", "kill-redis"):
        p = sub.add_parser(action)
        p.add_argument("--data-dir", type=Path, default=None, help="default: var/pg or var/redis")
        if action.startswith("start"):
            p.add_argument("--port", type=int, default=None, help="default: remembered, else free")
            p.add_argument(
                "--existing", action="store_true", help="fail unless the instance exists"
            )
        if action == "start-redis":
            p.add_argument("--aof", choices=["no", "everysec", "always"], default=None)
    status = sub.add_parser("status")
    status.add_argument("--pg-dir", type=Path, default=DEFAULT_PG_DIR)
    status.add_argument("--redis-dir", type=Path, default=DEFAULT_REDIS_DIR)
    args = parser.parse_args(argv)

    try:
        if args.action == "status":
            print(_status(PostgresServer(args.pg_dir, run_as=None)))
            print(_status(RedisServer(args.redis_dir)))
            return 0
        server = _server_for(args)
        verb = args.action.split("-")[0]
        if verb == "start":
            _start(server, args.action, args.existing)
        elif verb == "stop":
            _report(args.action, server, f"pid {server.stop()} stopped gracefully")
        else:
            _report(args.action, server, f"pid {server.kill()} killed with SIGKILL")
    except ServiceError as exc:
        print(f"{_utc_now()} {args.action}: error: {exc}", file=sys.stderr)
        return 1
    return 0


def _server_for(args: argparse.Namespace) -> _Server:
    is_pg = args.action.endswith("-pg")
    data_dir = args.data_dir or (DEFAULT_PG_DIR if is_pg else DEFAULT_REDIS_DIR)
    port = getattr(args, "port", None)
    if is_pg:
        return PostgresServer(data_dir, port, detach=True)
    aof = getattr(args, "aof", None)
    if aof is None:
        return RedisServer(data_dir, port, detach=True)
    if aof == "no":
        return RedisServer(data_dir, port, appendonly=False, detach=True)
    return RedisServer(data_dir, port, appendonly=True, appendfsync=aof, detach=True)


if __name__ == "__main__":
    sys.exit(main())
