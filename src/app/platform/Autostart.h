// Start at login: one small interface; CMake picks the implementation for the platform being built.
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace tokenwise {

class Autostart
{
public:
    virtual ~Autostart() = default;

    // False where this build has no implementation; the settings page then disables the toggle.
    virtual bool isSupported() const = 0;
    // Whether the desktop will start the app at the next login.
    virtual bool isEnabled() const = 0;
    // Idempotent: enabling twice or disabling an absent entry succeeds without touching anything.
    virtual Status setEnabled(bool enabled) = 0;
};

// The implementation chosen for this platform in src/app/platform/CMakeLists.txt. The entry starts
// executablePath (usually QCoreApplication::applicationFilePath()) with `arguments` (the profile in use:
// AppPaths::profileArguments()), no window, in the tray.
std::unique_ptr<Autostart> createAutostart(const QString &executablePath, const QStringList &arguments = {});

} // namespace tokenwise
