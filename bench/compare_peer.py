#!/usr/bin/env python3
"""Tokenwise vs ccusage on the same generated Claude Code corpus: wall time, throughput, peak RSS.

Corpora are generated with ../shared/tools/gen_claude_logs.py into a cache directory (never committed).
ccusage@20.0.24 is installed from npm into the same cache when npm is available (20.0.26 ships no Linux
binary). Runs are interleaved and medians reported, because this kind of machine is noisy.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
CORPUS_ARGS = ["--projects", "20", "--sessions-per-project", "40", "--messages-per-session", "70"]
PEER_VERSION = "20.0.24"


def cache_dir():
    base = os.environ.get("TOKENWISE_BENCH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "tokenwise-bench")
    os.makedirs(base, exist_ok=True)
    return base


def corpus(cache):
    out = os.path.join(cache, "claude-500")
    if not os.path.exists(os.path.join(out, "manifest.json")):
        print("generating the ~500 MB corpus (once) ...", file=sys.stderr)
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(SHARED, "tools", "gen_claude_logs.py"), "--out", out,
                        "--jobs", "2"] + CORPUS_ARGS, check=True, stdout=subprocess.DEVNULL)
    return out


def peer(cache):
    prefix = os.path.join(cache, "ccusage-" + PEER_VERSION)
    binary = os.path.join(prefix, "node_modules", "@ccusage", "ccusage-linux-x64", "bin", "ccusage")
    if not os.path.exists(binary):
        if not shutil.which("npm"):
            return None
        print("installing ccusage@%s from npm (once) ..." % PEER_VERSION, file=sys.stderr)
        r = subprocess.run(["npm", "i", "--prefix", prefix, "ccusage@" + PEER_VERSION],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r.returncode != 0 or not os.path.exists(binary):
            return None
    os.chmod(binary, 0o755)
    return binary


def run(cmd, env, out_path=None):
    """Wall seconds and peak RSS (MB) of one run."""
    out = open(out_path, "wb") if out_path else subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if out_path:
        out.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("failed: %s" % " ".join(cmd))
    return wall, usage.ru_maxrss / 1024.0


def tree_bytes(path):
    total = 0
    for d, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(d, f)) for f in files if f.endswith(".jsonl"))
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    cache = cache_dir()
    claude = corpus(cache)
    ccusage = peer(cache)
    tokenwise = os.path.join(a.build, "tokenwise")
    size = tree_bytes(claude)
    mb = size / 1e6
    scratch = tempfile.mkdtemp(prefix="tokenwise-bench-")
    env = dict(os.environ, CLAUDE_CONFIG_DIR=claude, CODEX_HOME=os.path.join(scratch, "no-codex"), TZ="UTC",
               XDG_DATA_HOME=os.path.join(scratch, "data"), XDG_CONFIG_HOME=os.path.join(scratch, "config"))
    subprocess.run(["cat"] + [os.path.join(d, f) for d, _, fs in os.walk(claude) for f in fs if f.endswith(".jsonl")],
                   stdout=subprocess.DEVNULL)  # warm the page cache: both tools are measured warm

    tw_cmd = [tokenwise, "report", "daily", "--no-store", "--json", "--timezone", "UTC"]
    cc_cmd = [ccusage, "claude", "daily", "--json", "--offline", "--timezone", "UTC"] if ccusage else None
    tw, cc = [], []
    for i in range(a.runs):
        tw.append(run(tw_cmd, env, os.path.join(scratch, "tokenwise.json") if i == 0 else None))
        if cc_cmd:
            cc.append(run(cc_cmd, env, os.path.join(scratch, "ccusage.json") if i == 0 else None))

    data_dir = os.path.join(scratch, "ledger")
    cold_store = run([tokenwise, "ingest", "--data-dir", data_dir], env)
    warm_ingest = [run([tokenwise, "ingest", "--data-dir", data_dir], env) for _ in range(a.runs)]
    warm_report = [run([tokenwise, "report", "daily", "--json", "--data-dir", data_dir], env) for _ in range(a.runs)]

    # In-process figures (no process start-up) on a private copy, because the append test writes to it.
    copy = os.path.join(scratch, "corpus")
    shutil.copytree(claude, copy)
    inproc = {}
    out = subprocess.run([os.path.join(a.build, "bench", "tokenwise_bench"), copy], env=env, check=True,
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        k, v = line.split()
        inproc[k] = float(v)

    def med(samples, i=0):
        return statistics.median(s[i] for s in samples)

    print("Corpus: %.0f MB of Claude Code logs (%s), %d runs each, medians, warm page cache" % (
        mb, " ".join(CORPUS_ARGS), a.runs))
    print("%-46s %9s %9s %10s" % ("", "wall s", "MB/s", "peak RSS"))
    print("%-46s %9.3f %9.0f %7.0f MB" % ("tokenwise cold (--no-store)", med(tw), mb / med(tw), max(s[1] for s in tw)))
    if cc:
        print("%-46s %9.3f %9.0f %7.0f MB" % ("ccusage %s claude daily --json --offline" % PEER_VERSION, med(cc),
                                               mb / med(cc), max(s[1] for s in cc)))
        print("%-46s %9.2fx" % ("ratio (ccusage / tokenwise)", med(cc) / med(tw)))
    else:
        print("ccusage: not available (no npm or no network to the registry)")
    print("%-46s %9.3f %9.0f %7.0f MB" % ("tokenwise cold ingest into the SQLite ledger", cold_store[0],
                                           mb / cold_store[0], cold_store[1]))
    print("%-46s %9.3f %9s %7.0f MB" % ("tokenwise ingest, nothing new (CLI, incl. start)", med(warm_ingest), "",
                                         max(s[1] for s in warm_ingest)))
    print("%-46s %9.3f %9s %7.0f MB" % ("tokenwise report daily --json from the ledger", med(warm_report), "",
                                         max(s[1] for s in warm_report)))
    print("%-46s %9.1f ms (reads %d bytes)" % ("refresh with nothing new (in-process)", inproc["warm_refresh_ms_median"],
                                                 inproc["warm_bytes_read"]))
    print("%-46s %9.1f ms (appended %d bytes, read %d bytes)" % (
        "refresh after appending ~1 MB (in-process)", inproc["append_refresh_ms"], inproc["append_bytes"],
        inproc["append_bytes_read"]))
    manifest = os.path.join(claude, "manifest.json")
    for name in ("tokenwise", "ccusage"):
        report = os.path.join(scratch, name + ".json")
        if os.path.exists(report):
            r = subprocess.run([sys.executable, os.path.join(SHARED, "tools", "compare_oracle.py"), manifest, report,
                                "--ignore-cost"], capture_output=True, text=True)
            print("%-46s %s" % (name + " tokens vs ground truth", r.stdout.strip().splitlines()[-1]))
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
