#pragma once
// The four report formats. All take the same ReportData, so they always say the same thing.
#include "ReportData.h"
#include "ReportPdfWriter.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace cc {

enum class ReportFormat { Html, Pdf, Markdown, Json };

// From an explicit --format value, else from the file's extension; nullopt when neither says.
std::optional<ReportFormat> reportFormatFor(const QString &format, const QString &path);

QByteArray renderReportJson(const ReportData &d);
QByteArray renderReportMarkdown(const ReportData &d);
QByteArray renderReportHtml(const ReportData &d); // one self-contained file, readable printed

// Writes any format atomically (the old file stays whole on failure). Empty string on success.
// A PDF is written by `pdf` (ReportPdf.h's writeReportPdf, which needs Qt Gui; see
// ReportPdfWriter.h); without one, a PDF is refused with the reason.
QString writeReport(const ReportData &d, ReportFormat format, const QString &path, ReportPdfWriter pdf);

} // namespace cc
