// Logging category of the weekly summary and its renderers.
#include "report/ReportLogging.h"

Q_LOGGING_CATEGORY(lcReport, "tokenwise.report", QtInfoMsg)
