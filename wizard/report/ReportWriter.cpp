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

std::optional<ReportFormat> reportFormatFor(const QString &format, const QString &path)
{
    const QString f = format.isEmpty() ? QFileInfo(path).suffix().toLower() : format.toLower();
    if (f == QLatin1String("html") || f == QLatin1String("htm"))
        return ReportFormat::Html;
    if (f == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (f == QLatin1String("md") || f == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (f == QLatin1String("json"))
        return ReportFormat::Json;
    return std::nullopt;
}

QString writeReport(const ReportData &d, ReportFormat format, const QString &path)
{
    return writeOwnerOnlyFile(path, [&](QIODevice *file) -> QString {
        if (format == ReportFormat::Pdf)
            return writeReportPdf(d, file);
        const QByteArray bytes = format == ReportFormat::Html       ? renderReportHtml(d)
                                 : format == ReportFormat::Markdown ? renderReportMarkdown(d)
                                                                    : renderReportJson(d);
        if (file->write(bytes) != bytes.size())
            return Tr::tr("cannot write %1: %2").arg(path, file->errorString());
        return {};
    });
}

} // namespace cc
