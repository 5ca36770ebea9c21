// The daily spend chart drawn on the PDF canvas as vector shapes (stacked bars, grid, legend).
#pragma once

#include "report/DailyChart.h"
#include "report/PdfCanvas.h"

namespace tokenwise::report {

// Draws at the canvas cursor across its width and advances the cursor.
void drawDailyChart(PdfCanvas &canvas, const DailyChart &chart);

} // namespace tokenwise::report
