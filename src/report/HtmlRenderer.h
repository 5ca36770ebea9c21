// The weekly summary as one self-contained XHTML file: inline CSS and SVG, no network, print styles.
#pragma once

#include "report/SummaryDocument.h"

#include <QByteArray>

namespace tokenwise::report {

// Well-formed XML (XHTML5 serialisation), so it parses strictly as well as in any browser.
QByteArray renderHtml(const SummaryDocument &document);

} // namespace tokenwise::report
