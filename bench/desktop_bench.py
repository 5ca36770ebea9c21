#!/usr/bin/env python3
"""Runs the real app on the current X display (with a tray) and prints start-up to tray icon, idle RSS and
CPU / wake-ups while hidden. Called by bench/desktop-bench.sh inside xvfb-run; not a test."""
import argparse
import os
import subprocess
import sys
import threading
import time


def threads_stat(pid):
    """(utime+stime ticks, voluntary + involuntary context switches) summed over all threads."""
    ticks = switches = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        switches += int(line.split()[1])
        except FileNotFoundError:
            pass  # a thread that just ended
    return ticks, switches


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--app", required=True)
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--config-dir", required=True)
    ap.add_argument("--idle-seconds", type=int, default=60)
    ap.add_argument("--settle-seconds", type=int, default=10)
    args = ap.parse_args()

    env = dict(os.environ, QT_LOGGING_RULES="tokenwise.tray.debug=true", QT_MESSAGE_PATTERN="%{message}")
    start = time.monotonic()
    proc = subprocess.Popen([args.app, "--data-dir", args.data_dir, "--config-dir", args.config_dir],
                            stderr=subprocess.PIPE, text=True, env=env)
    seen = {}

    def read():
        for line in proc.stderr:
            now = time.monotonic()
            for key in ("tray icon docked", "tray icon drawn from state"):
                if key in line and key not in seen:
                    seen[key] = (now - start) * 1000
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + 60
    while len(seen) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.005)
    if len(seen) < 2:
        print(f"app did not show its tray icon (seen: {seen})", file=sys.stderr)
        proc.kill()
        return 1
    print(f"start-up to tray icon docked: {seen['tray icon docked']:.0f} ms")
    print(f"start-up to tray icon drawn from the first snapshot: {seen['tray icon drawn from state']:.0f} ms")
    time.sleep(args.settle_seconds)
    rss = rss_kb(proc.pid)
    ticks0, switches0 = threads_stat(proc.pid)
    time.sleep(args.idle_seconds)
    ticks1, switches1 = threads_stat(proc.pid)
    rss_after = rss_kb(proc.pid)
    hz = os.sysconf("SC_CLK_TCK")
    cpu_ms = (ticks1 - ticks0) * 1000 / hz
    print(f"idle RSS (hidden, {args.settle_seconds} s after start): {rss / 1024:.1f} MB; "
          f"after {args.idle_seconds} s more: {rss_after / 1024:.1f} MB")
    print(f"hidden for {args.idle_seconds} s: CPU {cpu_ms:.0f} ms ({100 * cpu_ms / 1000 / args.idle_seconds:.2f} %), "
          f"{switches1 - switches0} context switches over all threads "
          f"({(switches1 - switches0) / args.idle_seconds:.2f} per second)")
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
