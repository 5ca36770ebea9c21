// The made-up projects, branches and session titles the demo history draws from.
#pragma once

#include <QList>
#include <QString>

namespace tokenwise::demo {

struct DemoBranch
{
    QString name;
    QList<QString> titles; // Claude Code `summary` style: what the session was about, never a prompt
};

struct DemoProject
{
    QString cwd;
    int weight = 1; // relative share of sessions
    QList<DemoBranch> branches;
};

const QList<DemoProject> &demoProjects();

// The session that runs away overnight on the surge day.
DemoProject surgeProject();

} // namespace tokenwise::demo
