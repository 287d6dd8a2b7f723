#pragma once
// The report as titled tables of text cells: the one layout the HTML, PDF and Markdown renderers
// share, so they cannot drift apart.
#include "ReportData.h"

#include <QList>
#include <QStringList>

namespace cc {

struct ReportTable {
    QString title;
    QString note;       // a sentence under the title, may be empty
    QStringList header; // column names
    QList<QStringList> rows;
    bool monospace = false; // artefacts: keep line breaks and alignment
};

// A check status (pass, warn, fail, skipped, not run) or a submission status (created, updated,
// …, dry-run) in words of the reader's language; unknown values come back as they are.
QString checkStatusText(const QString &status);
QString submissionStatusText(const QString &status);

QString reportTitle(const ReportData &d);
QString reportSubtitle(const ReportData &d);
QList<ReportTable> reportTables(const ReportData &d);

} // namespace cc
