// Which format a report is written in. Its own file: the program (app/main.cpp) links it to
// know whether a `report` needs the window module (a PDF), and nothing else of the report layer.
#include "ReportRenderers.h"

#include <QFileInfo>

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

} // namespace cc
