// The weekly summary as GitHub-flavoured Markdown: tables, and the daily chart as text bars.
#pragma once

#include "report/SummaryDocument.h"

#include <QByteArray>

namespace tokenwise::report {

QByteArray renderMarkdown(const SummaryDocument &document);

} // namespace tokenwise::report
