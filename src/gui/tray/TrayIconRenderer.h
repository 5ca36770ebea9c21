// The tray icon as a pure function of what it must say.
#pragma once

#include <QImage>

namespace tokenwise {

struct TrayIconState
{
    bool stale = false; // a source failed or data is old
};

// Renders at logicalSize × devicePixelRatio physical pixels, so the icon is crisp on HiDPI screens.
QImage renderTrayIcon(const TrayIconState &state, int logicalSize, qreal devicePixelRatio);

} // namespace tokenwise
