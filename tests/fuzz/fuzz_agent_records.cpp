// libFuzzer target: the record parsers of the agent sources (Gemini, Qwen, Kimi, pi/OpenClaw lines; Gemini,
// Amp, Droid, VS Code task and new Cline documents). The first byte picks the parser, the rest is its input.
// Any event must hold sane token classes: nothing negative, reasoning inside output.
#include "sources/local/AssistantUsageLine.h"
#include "sources/local/amp/AmpThread.h"
#include "sources/local/droid/DroidSession.h"
#include "sources/local/gemini_cli/GeminiChat.h"
#include "sources/local/kimi_cli/KimiWire.h"
#include "sources/local/qwen_code/QwenChat.h"
#include "sources/local/vscode_tasks/ClineSession.h"
#include "sources/local/vscode_tasks/VscodeTask.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tokenwise;

namespace {

void check(const QList<UsageEvent> &events)
{
    for (const UsageEvent &e : events) {
        const TokenCounts &t = e.tokens;
        if (t.input < 0 || t.output < 0 || t.cacheRead < 0 || t.cacheWrite5m < 0 || t.cacheWrite1h < 0
            || t.reasoning < 0 || t.reasoning > t.output || e.eventKey.isEmpty() || e.cost < 0)
            abort();
    }
}

template<typename Feed> void lines(QByteArrayView text, Feed feed)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        feed(text.sliced(pos, end - pos), pos);
        pos = end + 1;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 9) {
    case 0: {
        gemini::GeminiChatParser parser(QString(), 1);
        lines(text, [&](QByteArrayView line, qint64 offset) { (void)parser.feedLine(line, offset); });
        check(parser.takeEvents());
        gemini::GeminiChatParser restored(QString(), 1);
        restored.restoreState(parser.saveState());
        break;
    }
    case 1: {
        gemini::GeminiChatParser parser(QStringLiteral("parent"), 1);
        (void)parser.feedDocument(text);
        check(parser.takeEvents());
        break;
    }
    case 2: {
        qwen::QwenChatParser parser;
        lines(text, [&](QByteArrayView line, qint64 offset) { (void)parser.feedLine(line, offset); });
        check(parser.takeEvents());
        break;
    }
    case 3: {
        kimi::KimiWireParser parser(QStringLiteral("s"), QStringLiteral("s"), QStringLiteral("kimi-k2"));
        lines(text, [&](QByteArrayView line, qint64 offset) { (void)parser.feedLine(line, offset); });
        check(parser.takeEvents());
        break;
    }
    case 4: {
        AssistantUsageParser parser(QStringLiteral("pi"), QStringLiteral("s"));
        lines(text, [&](QByteArrayView line, qint64 offset) { (void)parser.feedLine(line, offset); });
        check(parser.takeEvents());
        break;
    }
    case 5: {
        const amp::AmpThread thread = amp::parseThread(text);
        check(thread.events);
        if (thread.credits < 0)
            abort();
        break;
    }
    case 6: {
        const droid::DroidSettings settings = droid::parseSettings(text);
        const auto first = droid::growth(settings.totals, std::nullopt);
        if (first && (first->reasoning > first->output || first->input < 0))
            abort();
        if (const auto restored = droid::restoreTotals(droid::saveTotals(settings.totals));
            !restored || !(*restored == settings.totals))
            abort();
        break;
    }
    case 7: {
        vscodetasks::TaskContext context;
        context.modelUsage = vscodetasks::parseModelUsage(text);
        context.model = vscodetasks::conversationFacts(text).model;
        const vscodetasks::TaskRead read
            = vscodetasks::parseUiMessages(text, QStringLiteral("roo-code"), QStringLiteral("t"),
                                           vscodetasks::InputCount::TotalSinceRoo8954, context);
        check(read.events);
        break;
    }
    default: {
        const vscodetasks::ClineSessionRead read
            = vscodetasks::parseClineSession(text, text, QStringLiteral("cline"), QStringLiteral("s"), 1);
        check(read.events);
        break;
    }
    }
    return 0;
}
