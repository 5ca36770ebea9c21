#!/usr/bin/env python3
"""Two Tokenwise builds on the same cached ~500 MB Claude Code corpus, runs paired and interleaved.

Used to show that a change costs nothing on the default path: e.g. the source registry with nine agents
against the commit before it. With --agent-fixtures the HOME holds the test fixtures of every agent other than
Claude Code at its default place, so the newer build also lists and reads those.

  bench/compare_builds.py --before OLD_BUILD_DIR --after NEW_BUILD_DIR [--runs N] [--agent-fixtures]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile

from compare_peer import cache_dir, corpus, run, tree_bytes, ROOT

AGENT_FIXTURES = [
    ("gemini-cli/session-2026-05-17T11-07-session-a.jsonl",
     ".gemini/tmp/project-a/chats/session-2026-05-17T11-07-session-a.jsonl"),
    ("qwen-code/session.jsonl", ".qwen/projects/-tmp-qwentest/chats/69f0814a.jsonl"),
    ("pi/agent_session-a.jsonl", ".pi/agent/sessions/project-a/agent_session-a.jsonl"),
    ("openclaw/abc.jsonl", ".openclaw/agents/main/sessions/abc.jsonl"),
    ("kimi-cli/config.json", ".kimi/config.json"),
    ("kimi-cli/wire.jsonl", ".kimi/sessions/group/session-a/wire.jsonl"),
    ("amp/T-thread-a.json", ".local/share/amp/threads/T-thread-a.json"),
    ("droid/session-a.settings.json", ".factory/sessions/-tmp-my-project/session-a.settings.json"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", required=True)
    ap.add_argument("--after", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--agent-fixtures", action="store_true")
    a = ap.parse_args()
    claude = corpus(cache_dir())
    mb = tree_bytes(claude) / 1e6
    scratch = tempfile.mkdtemp(prefix="tokenwise-builds-")
    home = os.path.join(scratch, "home")
    os.makedirs(home)
    if a.agent_fixtures:
        for source, target in AGENT_FIXTURES:
            path = os.path.join(home, target)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            shutil.copy(os.path.join(ROOT, "tests", "fixtures", "agents", source), path)
    env = dict(os.environ, HOME=home, CLAUDE_CONFIG_DIR=claude, CODEX_HOME=os.path.join(scratch, "no-codex"),
               TZ="UTC", XDG_DATA_HOME=os.path.join(home, ".local", "share"),
               XDG_CONFIG_HOME=os.path.join(scratch, "config"))
    subprocess.run(["cat"] + [os.path.join(d, f) for d, _, fs in os.walk(claude) for f in fs if f.endswith(".jsonl")],
                   stdout=subprocess.DEVNULL)  # warm page cache for both
    builds = {"before": os.path.join(a.before, "tokenwise"), "after": os.path.join(a.after, "tokenwise")}
    samples = {(name, what): [] for name in builds for what in ("no-store", "ingest", "repeat")}
    for i in range(a.runs):
        for name, binary in builds.items():
            samples[(name, "no-store")].append(
                run([binary, "report", "daily", "--no-store", "--json", "--timezone", "UTC"], env))
            ledger = os.path.join(scratch, "ledger-%s-%d" % (name, i))
            samples[(name, "ingest")].append(run([binary, "ingest", "--data-dir", ledger], env))
            samples[(name, "repeat")].append(run([binary, "report", "daily", "--json", "--data-dir", ledger], env))
    print("Corpus: %.0f MB of Claude Code logs%s, %d paired runs, medians" % (
        mb, " + one sample file of each other agent" if a.agent_fixtures else "", a.runs))
    print("%-42s %12s %12s %8s" % ("", "before s", "after s", "after/before"))
    for what, label in (("no-store", "report daily --no-store"), ("ingest", "first ingest into the ledger"),
                        ("repeat", "repeat report, nothing new")):
        b = statistics.median(s[0] for s in samples[("before", what)])
        f = statistics.median(s[0] for s in samples[("after", what)])
        rss_b = max(s[1] for s in samples[("before", what)])
        rss_f = max(s[1] for s in samples[("after", what)])
        print("%-42s %8.3f (%3.0f MB) %8.3f (%3.0f MB) %8.2f" % (label, b, rss_b, f, rss_f, f / b))
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
