// Autostart for platforms this build has no implementation for: reports itself unsupported.
#pragma once

#include "app/platform/Autostart.h"

#include <QCoreApplication>

namespace tokenwise {

class UnsupportedAutostart final : public Autostart
{
    Q_DECLARE_TR_FUNCTIONS(UnsupportedAutostart)

public:
    bool isSupported() const override { return false; }
    bool isEnabled() const override { return false; }
    Status setEnabled(bool enabled) override;
};

} // namespace tokenwise
