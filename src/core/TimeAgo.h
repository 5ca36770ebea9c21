// "2 h ago": how long ago something happened, in the coarsest unit that still says it.
#pragma once

#include <QString>

namespace tokenwise {

// Under a minute "just now"; then minutes, hours (under 48 h) and days. A time in the future (a clock that
// runs ahead on another machine) reads "just now", never a negative age. 0 means "never".
QString timeAgo(qint64 thenMs, qint64 nowMs);

} // namespace tokenwise
