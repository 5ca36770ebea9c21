// The tray icon as a pure function of what it must say: today's spend, how it compares, and any trouble.
#pragma once

#include "core/Insights.h"

#include <QImage>
#include <QString>

namespace tokenwise {

struct TrayIconState
{
    QString amount; // "$12", "$1.2k"; empty draws the plain logo
    SpendLevel level = SpendLevel::Quiet; // shown by fill height and a shape, not by colour alone
    bool stale = false; // data is old or a source is stale: a hollow amber ring
    bool error = false; // a source failed: a red corner triangle
    bool demo = false; // the demo history: a dashed amber frame, so no one reads it as their spend (D16)
};

// Share of the icon's height the level fills (0 … 1).
double levelFill(SpendLevel level);
QColor levelColor(SpendLevel level);

// Renders at logicalSize × devicePixelRatio physical pixels, so the icon is crisp on HiDPI screens.
QImage renderTrayIcon(const TrayIconState &state, int logicalSize, qreal devicePixelRatio);

// A single-colour version for desktops that want mask icons: shapes only, black on transparent.
QImage renderTrayMask(const TrayIconState &state, int logicalSize, qreal devicePixelRatio);

} // namespace tokenwise
