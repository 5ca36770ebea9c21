// The one rule for naming a task on every view and in every export: the agent's own title (a summary it
// wrote, never prompt text), else "project · ticket or branch · date", so that dozens of "main" rows stay
// apart.
#pragma once

#include <QString>
#include <QTimeZone>

namespace tokenwise {

struct TaskTitleParts
{
    QString title;
    QString project; // a folder name or path: its last component is used
    QString ticket;
    QString branch;
    QString sessionId;
    qint64 firstMs = 0;
};

QString taskTitle(const TaskTitleParts &parts, const QTimeZone &zone);

} // namespace tokenwise
