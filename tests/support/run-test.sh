#!/usr/bin/env bash
# Runs one test with a private HOME, XDG dirs and a 0700 XDG_RUNTIME_DIR; removes them afterwards.
set -uo pipefail
scratch=$(mktemp -d "${TMPDIR:-/tmp}/tokenwise-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime" "$scratch/config" "$scratch/data" "$scratch/cache"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" XDG_CONFIG_HOME="$scratch/config" \
    XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
unset CLAUDE_CONFIG_DIR CODEX_HOME TOKENWISE_DATA_DIR TOKENWISE_CONFIG_DIR GEMINI_CLI_HOME GEMINI_DATA_DIR QWEN_DATA_DIR \
    PI_AGENT_DIR PI_CODING_AGENT_DIR OPENCLAW_STATE_DIR OPENCLAW_DATA_DIR CLAWDBOT_STATE_DIR KIMI_SHARE_DIR KIMI_DATA_DIR \
    AMP_DATA_DIR DROID_SESSIONS_DIR FACTORY_DIR CLINE_DATA_DIR CLINE_DIR CLINE_SESSION_DATA_DIR
# Tests that want a keychain run under with-keyring.sh; all others must fail fast if they touch one.
export DBUS_SESSION_BUS_ADDRESS="${TOKENWISE_TEST_DBUS:-disabled:}"
"$@"
