// Format names and the renderer dispatch.
#include "report/SummaryExport.h"

#include "report/CsvRenderer.h"
#include "report/HtmlRenderer.h"
#include "report/MarkdownRenderer.h"
#include "report/PdfRenderer.h"
#include "report/SummaryDocument.h"
#include "report/SummaryFormat.h"

#include "core/TrContext.h"

#include <QDir>
#include <QSaveFile>

TOKENWISE_TR_CONTEXT(WeeklySummary)

namespace tokenwise::report {

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ExportFormat::Html;
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QString fileExtension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QString mimeType(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("text/markdown");
    case ExportFormat::Html:
        return QStringLiteral("text/html");
    case ExportFormat::Pdf:
        return QStringLiteral("application/pdf");
    case ExportFormat::Csv:
        return QStringLiteral("text/csv");
    }
    return {};
}

QString defaultExportFileName(const IsoWeek &week, ExportFormat format)
{
    return QStringLiteral("tokenwise-") + week.label() + QLatin1Char('.') + fileExtension(format);
}

Result<QByteArray> renderWeeklySummary(const WeeklySummary &summary, ExportFormat format,
                                       const QLocale &locale)
{
    switch (format) {
    case ExportFormat::Csv:
        return renderCsv(summary);
    case ExportFormat::Markdown:
        return renderMarkdown(summaryDocument(summary, locale));
    case ExportFormat::Html:
        return renderHtml(summaryDocument(summary, locale));
    case ExportFormat::Pdf:
        return renderPdf(summaryDocument(summary, locale));
    }
    return Result<QByteArray>::failure(QStringLiteral("unknown export format"));
}

Result<qint64> writeWeeklySummary(const WeeklySummary &summary, ExportFormat format, const QLocale &locale,
                                  const QString &path)
{
    const auto bytes = renderWeeklySummary(summary, format, locale);
    if (!bytes)
        return Error {bytes.error()};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error {
            summaryTr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return qint64(bytes->size());
}

} // namespace tokenwise::report
