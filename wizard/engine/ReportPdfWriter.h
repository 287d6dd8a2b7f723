#pragma once
// How a PDF report gets written. Laying out its text needs Qt Gui, which only the window module
// (WindowModule.h) links; the report layer's other formats and the engine's `report` command
// need Qt Core alone, so they are handed this function by whoever has it: the Done page takes it
// from the report layer directly, a headless `report --format pdf` from the window module.
#include <QString>

class QIODevice;

namespace cc {

struct ReportData;

// Writes `data` as a PDF to `device`: an empty string on success, else the reason.
using ReportPdfWriter = QString (*)(const ReportData &data, QIODevice *device);

} // namespace cc
