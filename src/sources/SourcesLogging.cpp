// Logging categories of the sources.
#include "sources/SourcesLogging.h"

Q_LOGGING_CATEGORY(lcIngest, "tokenwise.ingest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "tokenwise.net", QtInfoMsg)
