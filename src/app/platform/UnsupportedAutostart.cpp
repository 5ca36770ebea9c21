// Autostart for platforms this build has no implementation for.
#include "app/platform/UnsupportedAutostart.h"

namespace tokenwise {

Status UnsupportedAutostart::setEnabled(bool enabled)
{
    // Disabled is already the state here, so asking for it is not an error.
    if (!enabled)
        return success();
    return Status::failure(tr("Starting Tokenwise at login is not supported on this platform yet."));
}

} // namespace tokenwise
