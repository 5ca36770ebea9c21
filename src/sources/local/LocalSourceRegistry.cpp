// The registry: adding an agent is one folder under local/ and one line here.
#include "sources/local/LocalSourceRegistry.h"

#include "sources/local/amp/AmpSource.h"
#include "sources/local/claude_code/ClaudeSource.h"
#include "sources/local/codex/CodexSource.h"
#include "sources/local/copilot_cli/CopilotSource.h"
#include "sources/local/crush/CrushSource.h"
#include "sources/local/droid/DroidSource.h"
#include "sources/local/gemini_cli/GeminiSource.h"
#include "sources/local/goose/GooseSource.h"
#include "sources/local/kimi_cli/KimiSource.h"
#include "sources/local/openclaw/OpenClawSource.h"
#include "sources/local/opencode/OpenCodeSource.h"
#include "sources/local/pi/PiSource.h"
#include "sources/local/qwen_code/QwenSource.h"
#include "sources/local/vscode_tasks/VscodeTaskSource.h"

namespace tokenwise {

const QList<const LocalSource *> &localSources()
{
    static const claude::ClaudeSource claudeCode;
    static const codex::CodexSource codex;
    static const gemini::GeminiSource geminiCli;
    static const qwen::QwenSource qwenCode;
    static const pi::PiSource piAgent;
    static const openclaw::OpenClawSource openClaw;
    static const kimi::KimiSource kimiCli;
    static const amp::AmpSource ampCli;
    static const droid::DroidSource droidCli;
    static const opencode::OpenCodeSource openCode(opencode::kOpenCode);
    static const opencode::OpenCodeSource kiloCli(opencode::kKiloCli);
    static const crush::CrushSource crushCli;
    static const goose::GooseSource gooseCli;
    static const copilot::CopilotSource copilotCli;
    static const vscodetasks::VscodeTaskSource cline(vscodetasks::clineExtension());
    static const vscodetasks::VscodeTaskSource rooCode(vscodetasks::rooCodeExtension());
    static const vscodetasks::VscodeTaskSource kiloCode(vscodetasks::kiloCodeExtension());
    // One line per source, so that adding one is a one-line change.
    // clang-format off
    static const QList<const LocalSource *> all {
        &claudeCode,
        &codex,
        &geminiCli,
        &qwenCode,
        &piAgent,
        &openClaw,
        &kimiCli,
        &ampCli,
        &droidCli,
        &openCode,
        &kiloCli,
        &crushCli,
        &gooseCli,
        &copilotCli,
        &cline,
        &rooCode,
        &kiloCode,
    };
    // clang-format on
    return all;
}

const LocalSource *findLocalSource(QStringView id)
{
    for (const LocalSource *source : localSources()) {
        if (source->id() == id)
            return source;
    }
    return nullptr;
}

QStringList localSourceIds()
{
    QStringList ids;
    for (const LocalSource *source : localSources())
        ids << source->id();
    return ids;
}

QString localSourceDisplayName(const QString &id)
{
    const LocalSource *source = findLocalSource(id);
    return source ? source->displayName() : id;
}

} // namespace tokenwise
