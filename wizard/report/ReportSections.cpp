#include "ReportSections.h"

#include "AnswerSummary.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

namespace cc {
namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

} // namespace

// Statuses are data (the JSON report and --results files carry them as they are); the human
// formats show them in words of the reader's language.
QString checkStatusText(const QString &status)
{
    if (status == QLatin1String("pass"))
        return Tr::tr("pass", "check status");
    if (status == QLatin1String("warn"))
        return Tr::tr("warn", "check status");
    if (status == QLatin1String("fail"))
        return Tr::tr("fail", "check status");
    if (status == QLatin1String("skipped"))
        return Tr::tr("skipped", "check status");
    if (status == QLatin1String("not run"))
        return Tr::tr("not run", "check status");
    return status;
}

QString submissionStatusText(const QString &status)
{
    if (status == QLatin1String("created"))
        return Tr::tr("created", "submission status");
    if (status == QLatin1String("updated"))
        return Tr::tr("updated", "submission status");
    if (status == QLatin1String("unchanged"))
        return Tr::tr("unchanged", "submission status");
    if (status == QLatin1String("incomplete"))
        return Tr::tr("incomplete", "submission status");
    if (status == QLatin1String("rejected"))
        return Tr::tr("rejected", "submission status");
    if (status == QLatin1String("handed-over"))
        return Tr::tr("handed-over", "submission status");
    if (status == QLatin1String("dry-run"))
        return Tr::tr("dry-run", "submission status");
    return status;
}

QString reportTitle(const ReportData &d)
{
    return Tr::tr("Cloud Connect report — %1").arg(d.profile.name.isEmpty() ? Tr::tr("(unnamed)") : d.profile.name);
}

QString reportSubtitle(const ReportData &d)
{
    return Tr::tr("%1 · generated %2 by cloudconnect %3").arg(d.journey, when(d.generatedAt), d.toolVersion);
}

QList<ReportTable> reportTables(const ReportData &d)
{
    QList<ReportTable> tables;
    for (const AnswerSection &s : answerSummary(d.profile, SecretValues{})) {
        ReportTable t{s.title, {}, {Tr::tr("Field"), Tr::tr("Value")}, {}, false};
        for (const AnswerRow &r : s.rows)
            if (!r.secret) // secrets are listed with fingerprints below
                t.rows.append({r.label, r.value});
        tables.append(t);
    }
    ReportTable secrets{Tr::tr("Secrets"),
                        Tr::tr("Never shown. The fingerprint is the first 4 hex digits of the secret's SHA-256: equal "
                               "fingerprints in two reports mean the same secret was very likely used."),
                        {Tr::tr("Secret"), Tr::tr("Fingerprint")},
                        {},
                        false};
    for (const ReportSecret &s : d.secrets)
        secrets.rows.append({s.label, s.fingerprint.isEmpty() ? Tr::tr("not entered") : s.fingerprint});
    tables.append(secrets);

    ReportTable checklist{Tr::tr("Checklist"),
                          Tr::tr("Portal steps, with when each was ticked."),
                          {Tr::tr("Step"), Tr::tr("Done"), Tr::tr("When")},
                          {},
                          false};
    for (const ReportChecklistItem &c : d.checklist)
        checklist.rows.append({c.title, c.done ? Tr::tr("yes") : Tr::tr("no"), when(c.at)});
    if (checklist.rows.isEmpty())
        checklist.note = Tr::tr("This journey has no manual portal steps.");
    tables.append(checklist);

    ReportTable checks{Tr::tr("Live checks"), {}, {Tr::tr("Check"), Tr::tr("Result"), Tr::tr("Message")}, {}, false};
    bool anyRun = false;
    for (const ReportCheck &c : d.checks) {
        checks.rows.append({c.id, checkStatusText(c.status), c.message});
        anyRun = anyRun || (c.status != QLatin1String("not run") && c.status != QLatin1String("skipped"));
    }
    if (!anyRun)
        checks.note = Tr::tr("No live check was run for this report.");
    tables.append(checks);

    ReportTable submission{Tr::tr("Submission"), {}, {Tr::tr("Field"), Tr::tr("Value")}, {}, false};
    if (d.submission)
        submission.rows = {{Tr::tr("Status"), submissionStatusText(d.submission->status)},
                           {Tr::tr("Platform"), d.submission->platform},
                           {Tr::tr("Id"), d.submission->id},
                           {Tr::tr("Message"), d.submission->message}};
    else
        submission.note = Tr::tr("Nothing was submitted to the platform.");
    tables.append(submission);

    for (const ReportArtefact &a : d.artefacts)
        tables.append({Tr::tr("Generated: %1").arg(a.title), {}, {}, {{a.content}}, true});
    return tables;
}

} // namespace cc
