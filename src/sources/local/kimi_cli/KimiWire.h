// Kimi CLI wire files (sessions/<workdir md5>/<session>/wire.jsonl) → usage events from StatusUpdate
// messages.
#pragma once

#include "core/UsageEvent.h"
#include "sources/local/AppendedLines.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace tokenwise::kimi {

inline constexpr char sourceId[] = "kimi-cli";

class KimiWireParser
{
public:
    // `scope` keeps message ids of a sub-agent's file apart from the parent's; `model` comes from the config
    // (the wire file names none).
    KimiWireParser(QString sessionId, QString scope, QString model);

    LineOutcome feedLine(QByteArrayView line, qint64 offset);
    // One event per message id: a repeated StatusUpdate for a message replaces the earlier one.
    QList<UsageEvent> takeEvents();

private:
    QString m_sessionId;
    QString m_scope;
    QString m_model;
    QList<UsageEvent> m_events;
    QHash<QByteArray, qsizetype> m_indexByKey;
};

// The model Kimi CLI is configured with: $KIMI_MODEL_NAME, else "model" in <root>/config.json, else
// default_model in <root>/config.toml, else "kimi-for-coding".
QString configuredModel(const QString &root);

// Price-table ids for a Kimi model at a time. "kimi-for-coding" is a subscription alias: kimi-k2.5 before
// 2026-04-20T15:28:10.072Z and kimi-k2.6 from then on (as ccusage prices it).
QStringList kimiPriceCandidates(const QString &model, qint64 timestampMs);

} // namespace tokenwise::kimi
