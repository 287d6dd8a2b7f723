#include "ReportRenderers.h"

#include <QFileInfo>
#include "OwnerOnlyFile.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

namespace cc {

QString writeReport(const ReportData &d, ReportFormat format, const QString &path, ReportPdfWriter pdf)
{
    // Refused before the file is touched: an existing report stays as it is.
    if (format == ReportFormat::Pdf && !pdf)
        return Tr::tr("cannot write a PDF report here: Cloud Connect's window module, which lays PDF reports out, is not loaded");
    return writeOwnerOnlyFile(path, [&](QIODevice *file) -> QString {
        if (format == ReportFormat::Pdf)
            return pdf(d, file);
        const QByteArray bytes = format == ReportFormat::Html       ? renderReportHtml(d)
                                 : format == ReportFormat::Markdown ? renderReportMarkdown(d)
                                                                    : renderReportJson(d);
        if (file->write(bytes) != bytes.size())
            return Tr::tr("cannot write %1: %2").arg(path, file->errorString());
        return {};
    });
}

} // namespace cc
