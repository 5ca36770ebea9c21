#!/usr/bin/env python3
"""Runs the real app on the current X display (with a tray) and prints start-up to tray icon, idle RSS and
CPU / wake-ups while hidden. Called by bench/desktop-bench.sh inside xvfb-run; not a test."""
import argparse
import os
import subprocess
import sys
import threading
import time


def process_cpu_ticks(pid):
    """utime + stime of the whole process, threads that ended included."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # fields 14 and 15 of proc(5)


def thread_switches(pid):
    """Voluntary + involuntary context switches per live thread."""
    switches = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                switches[tid] = sum(int(line.split()[1]) for line in f
                                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")))
        except FileNotFoundError:
            pass  # a thread that just ended
    return switches


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
    ap.add_argument("--settle-seconds", type=int, default=40)  # pool threads end after 30 s idle
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
    ticks0, switches0 = process_cpu_ticks(proc.pid), thread_switches(proc.pid)
    time.sleep(args.idle_seconds)
    ticks1, switches1 = process_cpu_ticks(proc.pid), thread_switches(proc.pid)
    rss_after = rss_kb(proc.pid)
    hz = os.sysconf("SC_CLK_TCK")
    cpu_ms = (ticks1 - ticks0) * 1000 / hz
    # Threads alive at both samples; a thread that started or ended in between is named, not counted.
    common = switches0.keys() & switches1.keys()
    woke = sum(switches1[t] - switches0[t] for t in common)
    main = switches1.get(str(proc.pid), 0) - switches0.get(str(proc.pid), 0)
    print(f"idle RSS (hidden, {args.settle_seconds} s after start): {rss / 1024:.1f} MB; "
          f"after {args.idle_seconds} s more: {rss_after / 1024:.1f} MB")
    print(f"hidden for {args.idle_seconds} s: CPU {cpu_ms:.0f} ms ({100 * cpu_ms / 1000 / args.idle_seconds:.2f} %), "
          f"{woke} context switches in {len(common)} threads ({woke / args.idle_seconds:.2f}/s), "
          f"{main} of them on the UI thread; threads ended {len(switches0.keys() - common)}, "
          f"started {len(switches1.keys() - common)}")
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
