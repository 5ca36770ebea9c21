// The weekly summary as translated, locale-formatted text blocks: what Markdown, HTML and PDF all show.
#pragma once

#include "report/DailyChart.h"
#include "report/WeeklySummary.h"

#include <QLocale>

namespace tokenwise::report {

struct DocTable
{
    QStringList headers;
    QList<bool> numeric; // per column: right-aligned
    QList<QStringList> rows;
    bool lastRowIsTotal = false;
};

struct DocBlock
{
    enum class Kind {
        Paragraph,
        Note, // a caveat or label, shown smaller
        Table,
        Chart, // the daily chart of the document
    };
    Kind kind = Kind::Paragraph;
    QString text;
    DocTable table;
};

struct DocSection
{
    QString id; // stable, for anchors: "summary", "daily", …
    QString title;
    QList<DocBlock> blocks;
};

struct SummaryDocument
{
    QString title;
    QString subtitle;
    bool demo = false;
    QString demoBanner; // shown on every page / at the top when demo
    QList<DocSection> sections;
    QString footer;
    DailyChart chart;
    QString chartDescription; // alt text
    QString languageTag; // BCP 47
    bool letterPaper = false;
};

SummaryDocument summaryDocument(const WeeklySummary &summary, const QLocale &locale);

} // namespace tokenwise::report
