#pragma once
// The PDF report: Qt's own PDF writer lays the text out (Qt Gui), so this part of the report layer
// is its own library (cc_report_pdf), linked only by the window (wizard/ui) and never by the
// engine; the engine's `report --format pdf` gets this function through the window module
// (engine/WindowModule.h).
#include "ReportData.h"

#include <QString>

class QIODevice;

namespace cc {

// Writes a PDF with real text; tables are moved to the next page rather than cut. Empty string
// on success, else the reason. A ReportPdfWriter (engine/ReportPdfWriter.h).
QString writeReportPdf(const ReportData &d, QIODevice *device);

} // namespace cc
