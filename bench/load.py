"""A bounded load generator: N keep-alive HTTP/1.1 connections over asyncio streams.

Each connection sends a request, reads the whole response, and sends the next (closed loop),
so throughput is what the server can sustain with N requests in flight. Requests are built
as bytes with no HTTP library in the way, which keeps the client to a few percent of one core
at the request rates measured here (its CPU use is reported so that can be checked).

Several targets (the baseline and the portal) are driven in turn, never at once: after each
connection's own set-up (e.g. getting a CSRF token) every target has its warm-up, then the
measured time is given to the targets in alternating slices (A, B, A, B, ...) until each has
had its full duration. So both are measured under the same conditions even when something
else on the machine comes and goes. A phase ends when its time is up: no new request is sent,
the ones in flight are read to the end (so every response the server sent is counted, which
the row check needs), and only then does the next phase begin.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

HOST = "127.0.0.1"


class ProtocolError(Exception):
    pass


@dataclass
class Response:
    status: int
    headers: dict[bytes, bytes]
    cookies: list[bytes]
    body: bytes


async def read_response(reader: asyncio.StreamReader) -> Response:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head[:-4].split(b"\r\n")
    try:
        status = int(lines[0].split(b" ", 2)[1])
    except (IndexError, ValueError) as error:
        raise ProtocolError(f"bad status line {lines[0][:80]!r}") from error
    headers: dict[bytes, bytes] = {}
    cookies: list[bytes] = []
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        value = value.strip()
        if name == b"set-cookie":
            cookies.append(value)
        headers[name] = value
    if status in (204, 304) or 100 <= status < 200:
        body = b""
    elif b"content-length" in headers:
        body = await reader.readexactly(int(headers[b"content-length"]))
    elif headers.get(b"transfer-encoding", b"").lower() == b"chunked":
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                while (await reader.readuntil(b"\r\n")) != b"\r\n":
                    pass
                break
            parts.append(await reader.readexactly(size))
            await reader.readexactly(2)
        body = b"".join(parts)
    else:
        body = await reader.read()
        headers[b"connection"] = b"close"
    return Response(status, headers, cookies, body)


class Connection:
    """One keep-alive connection to the server under test."""

    # Below gunicorn's --keep-alive (5 s): a connection idle this long is reopened before use
    # rather than risking a request on a socket the server is closing.
    MAX_IDLE_S = 3.0

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.last_used = time.perf_counter()

    async def refresh_if_idle(self) -> None:
        idle = time.perf_counter() - self.last_used > self.MAX_IDLE_S
        if self.reader is not None and (idle or self.reader.at_eof()):
            await self.close()

    async def open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(HOST, self.port)

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None

    async def exchange(self, request: bytes) -> Response:
        if self.writer is None:
            await self.open()
        self.writer.write(request)
        response = await read_response(self.reader)
        self.last_used = time.perf_counter()
        if response.headers.get(b"connection", b"").lower() == b"close":
            await self.close()
        return response


def http_request(
    method: str,
    path: str,
    port: int,
    headers: dict[str, str] | None = None,
    body: bytes = b"",
) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {HOST}:{port}", "User-Agent: portal-bench"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    if body or method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class Scenario:
    """What one connection sends: prepared once per connection, then built per request."""

    name = "scenario"

    async def prepare(self, connection: Connection) -> Callable[[], bytes]:
        raise NotImplementedError

    def expected(self, response: Response) -> bool:
        raise NotImplementedError


@dataclass
class LoadResult:
    name: str
    connections: int
    warmup_s: float
    duration_s: float = 0.0  # measured time actually given to this target
    ok: int = 0  # expected responses completed inside measured phases
    errors: int = 0  # unexpected statuses and broken connections inside measured phases
    latencies_ms: list[float] = field(default_factory=list)
    statuses_all: Counter = field(default_factory=Counter)  # every response, every phase
    ok_all: int = 0  # expected responses in every phase (what the database should hold)
    errors_all: int = 0
    connection_errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    slices: int = 0
    cpu: dict[str, float] = field(default_factory=dict)  # percent of one core, by party

    @property
    def requests_per_s(self) -> float:
        return self.ok / self.duration_s if self.duration_s else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        rank = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
        return ordered[rank]

    def summary(self) -> dict:
        return {
            "requests_per_s": round(self.requests_per_s, 1),
            "ok_in_measured_time": self.ok,
            "errors_in_measured_time": self.errors,
            "p50_ms": round(self.percentile(50), 2),
            "p90_ms": round(self.percentile(90), 2),
            "p99_ms": round(self.percentile(99), 2),
            "max_ms": round(max(self.latencies_ms), 2) if self.latencies_ms else None,
            "connections": self.connections,
            "warmup_s": self.warmup_s,
            "measured_s": round(self.duration_s, 3),
            "measured_slices": self.slices,
            "ok_all_phases": self.ok_all,
            "errors_all_phases": self.errors_all,
            "connection_errors": self.connection_errors,
            "statuses_all_phases": {str(k): v for k, v in sorted(self.statuses_all.items())},
            "error_samples": self.error_samples[:5],
            "cpu_percent_of_one_core_in_measured_time": self.cpu,
        }


@dataclass
class Target:
    name: str
    port: int
    scenario: Scenario


@dataclass
class _Phase:
    number: int
    end: float
    measured: bool
    running: int
    done: asyncio.Event = field(default_factory=asyncio.Event)


class _Driver:
    """The connections of one target, which run only while their target's phase is on."""

    def __init__(self, target: Target, connections: int, warmup_s: float) -> None:
        self.target = target
        self.result = LoadResult(target.name, connections, warmup_s)
        self.pool = [Connection(target.port) for _ in range(connections)]
        self.phase: _Phase | None = None
        self.stopped = False
        self.changed = asyncio.Condition()

    async def run_phase(self, seconds: float, measured: bool, number: int) -> float:
        """Let the connections run for this long; returns when the last response is in."""
        started = time.perf_counter()
        phase = _Phase(number, started + seconds, measured, len(self.pool))
        async with self.changed:
            self.phase = phase
            self.changed.notify_all()
        await phase.done.wait()
        return phase.end - started

    async def stop(self) -> None:
        async with self.changed:
            self.stopped = True
            self.changed.notify_all()

    def _next(self, seen: int) -> bool:
        return self.stopped or (self.phase is not None and self.phase.number > seen)

    def _note_error(self, phase: _Phase, text: str, finished: float) -> None:
        result = self.result
        result.errors_all += 1
        if phase.measured and finished < phase.end:
            result.errors += 1
        if len(result.error_samples) < 20:
            result.error_samples.append(text)

    async def drive(self, connection: Connection, build: Callable[[], bytes]) -> None:
        seen = 0
        result = self.result
        scenario = self.target.scenario
        while True:
            async with self.changed:
                await self.changed.wait_for(lambda seen=seen: self._next(seen))
                if self.stopped:
                    return
                phase = self.phase
            seen = phase.number
            try:
                await connection.refresh_if_idle()
                while time.perf_counter() < phase.end:
                    started = time.perf_counter()
                    try:
                        response = await asyncio.wait_for(connection.exchange(build()), 30)
                    except Exception as e:  # a broken connection, a timeout, a bad response
                        result.connection_errors += 1
                        self._note_error(phase, f"connection: {type(e).__name__}: {e}", started)
                        await connection.close()
                        await asyncio.sleep(0.05)  # do not spin if the server has gone
                        continue
                    finished = time.perf_counter()
                    result.statuses_all[response.status] += 1
                    good = scenario.expected(response)
                    if good:
                        result.ok_all += 1
                    else:
                        location = response.headers.get(b"location", b"").decode("latin-1")
                        self._note_error(
                            phase,
                            f"HTTP {response.status} {location} {response.body[:120]!r}",
                            finished,
                        )
                    if phase.measured and finished < phase.end:
                        result.latencies_ms.append((finished - started) * 1000)
                        if good:
                            result.ok += 1
            finally:
                phase.running -= 1
                if phase.running == 0:
                    phase.done.set()


async def _run(
    targets: list[Target],
    connections: int,
    warmup_s: float,
    duration_s: float,
    slice_s: float,
    on_phase: Callable[[str, bool], Callable[[], None]] | None,
) -> list[LoadResult]:
    drivers = [_Driver(t, connections, warmup_s) for t in targets]
    tasks: list[asyncio.Task] = []
    try:
        for driver in drivers:
            builders = await asyncio.wait_for(
                asyncio.gather(*(driver.target.scenario.prepare(c) for c in driver.pool)), 60
            )
            tasks += [
                asyncio.create_task(driver.drive(c, b))
                for c, b in zip(driver.pool, builders, strict=True)
            ]
        number = 0
        if warmup_s > 0:
            for driver in drivers:
                number += 1
                await driver.run_phase(warmup_s, False, number)
        remaining = {id(d): duration_s for d in drivers}
        while any(left > 1e-9 for left in remaining.values()):
            for driver in drivers:
                left = remaining[id(driver)]
                if left <= 1e-9:
                    continue
                seconds = min(left, slice_s) if slice_s > 0 else left
                number += 1
                finish = on_phase(driver.target.name, True) if on_phase else None
                driver.result.duration_s += await driver.run_phase(seconds, True, number)
                driver.result.slices += 1
                if finish:
                    finish()
                remaining[id(driver)] = left - seconds
        for driver in drivers:
            await driver.stop()
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for driver in drivers:
            await asyncio.gather(*(c.close() for c in driver.pool), return_exceptions=True)
    return [d.result for d in drivers]


def run_load(
    targets: list[Target],
    connections: int,
    warmup_s: float,
    duration_s: float,
    slice_s: float = 2.0,
    on_phase: Callable[[str, bool], Callable[[], None]] | None = None,
) -> list[LoadResult]:
    """Drive each target with `connections` connections: warm-up each, then `duration_s`
    of measured time each, in alternating slices of `slice_s` (0: one block per target).

    on_phase(name, measured), if given, is called as a measured phase starts and returns a
    function called when it ends (the bench uses it to attribute CPU time to the target).
    """
    return asyncio.run(_run(targets, connections, warmup_s, duration_s, slice_s, on_phase))
