// Task titles (desktop walkthrough D5, D22).
#include "core/TaskTitle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace tokenwise {

QString taskTitle(const TaskTitleParts &parts, const QTimeZone &zone)
{
    if (!parts.title.isEmpty())
        return parts.title;
    QStringList pieces;
    QString project = parts.project;
    while (project.endsWith(QLatin1Char('/')))
        project.chop(1);
    if (const qsizetype slash = project.lastIndexOf(QLatin1Char('/')); slash >= 0)
        project = project.mid(slash + 1);
    if (!project.isEmpty())
        pieces << project;
    if (!parts.ticket.isEmpty())
        pieces << parts.ticket;
    else if (!parts.branch.isEmpty())
        pieces << parts.branch;
    if (pieces.isEmpty())
        pieces << QCoreApplication::translate("TaskTitle", "session %1").arg(parts.sessionId.left(8));
    if (parts.firstMs > 0)
        pieces << QLocale().toString(QDateTime::fromMSecsSinceEpoch(parts.firstMs, zone).date(),
                                     QStringLiteral("d MMM"));
    return pieces.join(QStringLiteral(" · "));
}

} // namespace tokenwise
