// The assistant-message usage line that pi and OpenClaw write (Anthropic-style disjoint counts and the
// agent's own cost): {"type":"message","message":{"role":"assistant","usage":{…}}}.
#pragma once

#include "core/UsageEvent.h"
#include "sources/local/AppendedLines.h"
#include "sources/local/LocalSource.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace tokenwise {

class AssistantUsageParser
{
public:
    // `source` names the events; `sessionId` is the task key (from the file name).
    AssistantUsageParser(QString source, QString sessionId);

    LineOutcome feedLine(QByteArrayView line, qint64 offset);
    QList<UsageEvent> takeEvents() { return std::exchange(m_events, {}); }

    // The model a {"type":"model_change"} line set, for the lines after it; carried across runs.
    QByteArray saveState() const { return m_model.toUtf8(); }
    void restoreState(const QByteArray &state) { m_model = QString::fromUtf8(state); }

private:
    QString m_source;
    QString m_sessionId;
    QString m_model;
    QList<UsageEvent> m_events;
};

// Scans one such file: the task key is LocalFile::sessionId, the project the listing's projectDir.
class AssistantUsageScanner final : public LocalFileScanner
{
public:
    explicit AssistantUsageScanner(QString source) : m_source(std::move(source)) { }
    FileScanResult scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs) override;

private:
    QString m_source;
    LogFileReader m_reader;
};

} // namespace tokenwise
