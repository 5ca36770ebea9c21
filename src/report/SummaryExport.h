// The weekly summary export in one call for the CLI and the GUI: formats, file names, rendering.
#pragma once

#include "core/Result.h"
#include "report/WeeklySummary.h"

#include <QByteArray>
#include <QLocale>

namespace tokenwise::report {

enum class ExportFormat { Markdown, Html, Pdf, Csv };

// "md", "html", "pdf", "csv" (also "markdown" and "htm"); nullopt for anything else.
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QString fileExtension(ExportFormat format);
QString mimeType(ExportFormat format);
// What a save dialog proposes: "tokenwise-2026-W47.pdf".
QString defaultExportFileName(const IsoWeek &week, ExportFormat format);

// Markdown, HTML and PDF follow `locale`; CSV is locale-free. PDF needs a QGuiApplication.
Result<QByteArray> renderWeeklySummary(const WeeklySummary &summary, ExportFormat format,
                                       const QLocale &locale);

// Renders and writes atomically (an existing file is replaced only once the new one is complete); the
// number of bytes written, or why not.
Result<qint64> writeWeeklySummary(const WeeklySummary &summary, ExportFormat format, const QLocale &locale,
                                  const QString &path);

} // namespace tokenwise::report
