// The ledger's numbered migrations: each step runs in one transaction, in order, exactly once.
#pragma once

#include <QStringList>

namespace tokenwise::schema {

// migrations()[i] takes the database from user_version i to i + 1.
const QList<QStringList> &migrations();

} // namespace tokenwise::schema
