"""Who used the CPU during a run: the server under test, the database, the client, the rest.

Read from Linux /proc, in clock ticks, and reported as a percentage of one core (this machine
has os.cpu_count() cores, so the whole machine is 100% times that). It shows whether the server
was CPU-bound, and whether something else on the machine was competing for the CPU.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(command name, ticks used, parent pid) of a process, or None if it has gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    name = text[text.index("(") + 1 : text.rindex(")")]
    fields = text[text.rindex(")") + 2 :].split()
    return name, int(fields[11]) + int(fields[12]), int(fields[1])


def _processes() -> dict[int, tuple[str, int, int]]:
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _stat(int(entry))
            if stat is not None:
                found[int(entry)] = stat
    return found


def _machine_busy() -> int:
    """Ticks all CPUs spent not idle (user, nice, system, irq, softirq, steal)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return user + nice + system + irq + softirq + steal


@dataclass
class Snapshot:
    at: float
    machine: int
    server: int
    database: int
    client: int


def snapshot(server_pids: list[int]) -> Snapshot:
    processes = _processes()
    tree = set(server_pids)
    changed = True
    while changed:  # the gunicorn masters and all their descendants
        changed = False
        for pid, (_, _, parent) in processes.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                changed = True
    server = sum(processes[p][1] for p in tree if p in processes)
    database = sum(ticks for name, ticks, _ in processes.values() if name == "postgres")
    client = processes.get(os.getpid(), ("", 0, 0))[1]
    return Snapshot(time.monotonic(), _machine_busy(), server, database, client)


@dataclass
class Usage:
    """CPU ticks by party, summed over one or more intervals."""

    seconds: float = 0.0
    machine: int = 0
    server: int = 0
    database: int = 0
    client: int = 0

    def add(self, before: Snapshot, after: Snapshot) -> None:
        self.seconds += after.at - before.at
        self.machine += after.machine - before.machine
        self.server += after.server - before.server
        self.database += after.database - before.database
        self.client += after.client - before.client

    def percent(self) -> dict[str, float]:
        """Percent of one core used by each party over the intervals added."""
        seconds = max(self.seconds, 1e-9)

        def pct(ticks: int) -> float:
            return round(100 * ticks / TICKS / seconds, 1)

        other = max(0, self.machine - self.server - self.database - self.client)
        return {
            "server": pct(self.server),
            "postgres": pct(self.database),
            "client": pct(self.client),
            "other": pct(other),
            "machine": pct(self.machine),
            "capacity": 100.0 * (os.cpu_count() or 1),
        }
