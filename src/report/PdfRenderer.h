// The weekly summary as a PDF: A4 or Letter by locale, vector chart, selectable text.
#pragma once

#include "core/Result.h"
#include "report/SummaryDocument.h"

#include <QByteArray>

namespace tokenwise::report {

// Needs a QGuiApplication (fonts); fails without one instead of aborting.
Result<QByteArray> renderPdf(const SummaryDocument &document);

} // namespace tokenwise::report
