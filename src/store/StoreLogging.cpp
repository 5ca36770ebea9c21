// Logging category of the SQLite ledger.
#include "store/StoreLogging.h"

Q_LOGGING_CATEGORY(lcStore, "tokenwise.store", QtInfoMsg)
