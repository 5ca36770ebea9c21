// The ledger's schema, as numbered migrations.
#include "store/LedgerSchema.h"

namespace tokenwise::schema {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps {
        // 0 → 1: events, file cursors, tasks.
        {
            QStringLiteral("CREATE TABLE events ("
                           " id INTEGER PRIMARY KEY,"
                           " source TEXT NOT NULL,"
                           " event_key BLOB NOT NULL,"
                           " message_id BLOB,"
                           " request_id BLOB,"
                           " ts_ms INTEGER NOT NULL,"
                           " model TEXT NOT NULL,"
                           " fast INTEGER NOT NULL DEFAULT 0,"
                           " fallback_model INTEGER NOT NULL DEFAULT 0,"
                           " sidechain INTEGER NOT NULL DEFAULT 0,"
                           " input INTEGER NOT NULL, output INTEGER NOT NULL,"
                           " cache_write_5m INTEGER NOT NULL, cache_write_1h INTEGER NOT NULL,"
                           " cache_read INTEGER NOT NULL, reasoning INTEGER NOT NULL,"
                           " total INTEGER NOT NULL,"
                           " cost_micros INTEGER NOT NULL,"
                           " basis TEXT NOT NULL,"
                           " price_version TEXT,"
                           " session_id TEXT NOT NULL,"
                           " origin_path TEXT NOT NULL DEFAULT '',"
                           " origin_offset INTEGER NOT NULL DEFAULT 0,"
                           " dropped INTEGER NOT NULL DEFAULT 0,"
                           " UNIQUE (source, event_key))"),
            QStringLiteral("CREATE INDEX events_by_time ON events (ts_ms)"),
            QStringLiteral(
                "CREATE INDEX events_by_message ON events (message_id) WHERE message_id IS NOT NULL"),
            QStringLiteral("CREATE TABLE files ("
                           " source TEXT NOT NULL, path TEXT NOT NULL,"
                           " device INTEGER, inode INTEGER, size INTEGER, mtime_ms INTEGER,"
                           " offset INTEGER NOT NULL, head_length INTEGER, head_hash BLOB, parser_state BLOB,"
                           " lines INTEGER NOT NULL DEFAULT 0, malformed INTEGER NOT NULL DEFAULT 0,"
                           " no_timestamp INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL DEFAULT 0,"
                           " last_ingest_ms INTEGER,"
                           " PRIMARY KEY (source, path))"),
            QStringLiteral("CREATE TABLE tasks ("
                           " source TEXT NOT NULL, session_id TEXT NOT NULL,"
                           " project_dir TEXT NOT NULL DEFAULT '', cwd TEXT NOT NULL DEFAULT '',"
                           " git_branch TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (source, session_id))"),
        },
        // 1 → 2: provider API data: spend buckets, reported day costs, team distributions, poll states.
        {
            QStringLiteral(
                "CREATE TABLE spend_buckets ("
                " source TEXT NOT NULL, scope TEXT NOT NULL, dimension TEXT NOT NULL,"
                " bucket_key TEXT NOT NULL DEFAULT '', start_ms INTEGER NOT NULL,"
                " width_s INTEGER NOT NULL, cost_micros INTEGER NOT NULL, basis TEXT NOT NULL,"
                " input INTEGER NOT NULL DEFAULT 0, output INTEGER NOT NULL DEFAULT 0,"
                " cache_write_5m INTEGER NOT NULL DEFAULT 0, cache_write_1h INTEGER NOT NULL DEFAULT 0,"
                " cache_read INTEGER NOT NULL DEFAULT 0, reasoning INTEGER NOT NULL DEFAULT 0,"
                " requests INTEGER NOT NULL DEFAULT 0, fetched_ms INTEGER NOT NULL,"
                " PRIMARY KEY (source, scope, dimension, bucket_key, start_ms))"),
            QStringLiteral("CREATE TABLE reported_costs ("
                           " source TEXT NOT NULL, day TEXT NOT NULL, origin TEXT NOT NULL,"
                           " cost_micros INTEGER NOT NULL, fetched_ms INTEGER NOT NULL,"
                           " PRIMARY KEY (source, day, origin))"),
            // No identities, and never a group small enough to single anyone out.
            QStringLiteral("CREATE TABLE team_distributions ("
                           " source TEXT NOT NULL, origin TEXT NOT NULL, start_day TEXT NOT NULL,"
                           " end_day TEXT NOT NULL, members INTEGER NOT NULL CHECK (members >= 5),"
                           " p25 INTEGER NOT NULL, p50 INTEGER NOT NULL, p75 INTEGER NOT NULL,"
                           " p90 INTEGER NOT NULL, fetched_ms INTEGER NOT NULL,"
                           " PRIMARY KEY (source, origin, start_day))"),
            QStringLiteral(
                "CREATE TABLE poll_state ("
                " source TEXT PRIMARY KEY, state TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '',"
                " retry_at_ms INTEGER NOT NULL DEFAULT 0, last_attempt_ms INTEGER NOT NULL DEFAULT 0,"
                " last_success_ms INTEGER NOT NULL DEFAULT 0,"
                " synced_until_ms INTEGER NOT NULL DEFAULT 0)"),
        },
        // 2 → 3: several machines through a sync folder. `machine` is empty for this machine's own events and
        // the sending machine's id for imported ones; `seq` numbers the commit that last wrote a row, so the
        // exporter appends exactly what changed since its last run.
        {
            QStringLiteral("ALTER TABLE events ADD COLUMN machine TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE events ADD COLUMN seq INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX events_by_seq ON events (seq)"),
            QStringLiteral("CREATE INDEX events_by_machine ON events (machine) WHERE machine <> ''"),
            QStringLiteral("CREATE TABLE sync_machines ("
                           " id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
                           " file TEXT NOT NULL DEFAULT '', offset INTEGER NOT NULL DEFAULT 0,"
                           " head_hash BLOB, records INTEGER NOT NULL DEFAULT 0,"
                           " malformed INTEGER NOT NULL DEFAULT 0, last_record_ms INTEGER NOT NULL DEFAULT 0,"
                           " last_write_ms INTEGER NOT NULL DEFAULT 0, last_read_ms INTEGER NOT NULL DEFAULT "
                           "0, forgotten INTEGER NOT NULL DEFAULT 0,"
                           " error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value)"),
        },
    };
    return steps;
}

} // namespace tokenwise::schema
