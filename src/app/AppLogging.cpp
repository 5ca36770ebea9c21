// Logging category of the application wiring.
#include "app/AppLogging.h"

Q_LOGGING_CATEGORY(lcApp, "tokenwise.app", QtInfoMsg)
