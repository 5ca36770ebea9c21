// createAutostart() on Linux and the BSDs: the XDG autostart entry (selected in CMakeLists.txt).
#include "app/platform/XdgAutostart.h"

namespace tokenwise {

std::unique_ptr<Autostart> createAutostart(const QString &executablePath, const QStringList &arguments)
{
    return std::make_unique<XdgAutostart>(executablePath, QString(), arguments);
}

} // namespace tokenwise
