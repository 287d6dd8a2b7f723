#pragma once
// `cloudconnect report PROFILE.json -o FILE [--format pdf|html|md|json] [--results FILE]`:
// the summary report, with the results of an earlier validate/submit when given.
#include "CommandLine.h"
#include "ReportPdfWriter.h"

#include <QTextStream>

namespace cc {

int runReportCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err);
// What writes a PDF (the window module's, handed over by main() through Engine before a
// `report --format pdf` runs); without it a PDF report is refused with the reason.
void setReportCommandPdfWriter(ReportPdfWriter writer);

} // namespace cc
