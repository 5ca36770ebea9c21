// Every local source Tokenwise reads: the one list that CLI options, settings, tabs and summaries derive
// from.
#pragma once

#include "sources/local/LocalSource.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace tokenwise {

// In display order; the objects live for the whole program.
const QList<const LocalSource *> &localSources();
// Null for an id no local source has.
const LocalSource *findLocalSource(QStringView id);
QStringList localSourceIds();
// The display name of a local source id, or the id itself for any other source.
QString localSourceDisplayName(const QString &id);

} // namespace tokenwise
