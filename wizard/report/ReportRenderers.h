#pragma once
// The four report formats. All take the same ReportData, so they always say the same thing.
#include "ReportData.h"

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
// Writes a PDF with real text; tables are moved to the next page rather than cut. Empty string
// on success, else the reason.
QString writeReportPdf(const ReportData &d, QIODevice *device);

// Writes any format atomically (the old file stays whole on failure). Empty string on success.
QString writeReport(const ReportData &d, ReportFormat format, const QString &path);

} // namespace cc
