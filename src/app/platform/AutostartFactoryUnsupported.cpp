// createAutostart() for platforms without an implementation (selected in CMakeLists.txt).
#include "app/platform/UnsupportedAutostart.h"

namespace tokenwise {

std::unique_ptr<Autostart> createAutostart(const QString &executablePath)
{
    Q_UNUSED(executablePath);
    return std::make_unique<UnsupportedAutostart>();
}

} // namespace tokenwise
