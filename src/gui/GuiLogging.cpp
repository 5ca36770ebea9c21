// Logging category of the tray and windows.
#include "gui/GuiLogging.h"

Q_LOGGING_CATEGORY(lcTray, "tokenwise.tray", QtInfoMsg)
