// A crash must not write the process's memory, and with it any API key, to a core file.
#pragma once

namespace tokenwise {

// Marks the process as not dumpable (Linux: also keeps systemd-coredump and apport out) and sets the core
// limit to zero. TOKENWISE_ALLOW_CORE_DUMPS=1 leaves both alone, for debugging a crash. Call first in main().
void keepSecretsOutOfCoreDumps();

} // namespace tokenwise
