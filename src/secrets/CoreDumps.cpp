#include "secrets/CoreDumps.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace tokenwise {

void keepSecretsOutOfCoreDumps()
{
    if (qEnvironmentVariableIntValue("TOKENWISE_ALLOW_CORE_DUMPS") == 1)
        return;
#ifdef Q_OS_LINUX
    // A core_pattern pipe (systemd-coredump, apport) ignores RLIMIT_CORE; it does honour this flag.
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#ifdef Q_OS_UNIX
    const rlimit none {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
#endif
}

} // namespace tokenwise
