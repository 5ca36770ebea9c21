// createAutostart() for platforms without an implementation (selected in CMakeLists.txt).
#include "app/platform/UnsupportedAutostart.h"

namespace tokenwise {

std::unique_ptr<Autostart> createAutostart(const QString &executablePath, const QStringList &arguments)
{
    Q_UNUSED(executablePath);
    Q_UNUSED(arguments);
    return std::make_unique<UnsupportedAutostart>();
}

} // namespace tokenwise
