// One Claude Code assistant line: Sonnet 4.5, 100 input and 200 output tokens (3,300 µ$), ids from `id`.
#pragma once

#include <QByteArray>
#include <QString> // the QStringBuilder operator+ for byte arrays

inline QByteArray claudeUsageLine(const char *id)
{
    return QByteArray(R"({"type":"assistant","timestamp":"2026-03-10T12:00:00.000Z","cwd":"/home/a/app",)"
                      R"("sessionId":"s1","requestId":"req_)")
        + id + R"(","message":{"id":"msg_)" + id
        + R"(","model":"claude-sonnet-4-5-20250929","usage":{"input_tokens":100,"output_tokens":200}}})"
        + '\n';
}
