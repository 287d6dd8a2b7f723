#include "ReportSections.h"

#include "AnswerSummary.h"

namespace cc {
namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

} // namespace

QString reportTitle(const ReportData &d)
{
    return QStringLiteral("Cloud Connect report — %1").arg(d.profile.name.isEmpty() ? QStringLiteral("(unnamed)") : d.profile.name);
}

QString reportSubtitle(const ReportData &d)
{
    return QStringLiteral("%1 · generated %2 by cloudconnect %3").arg(d.journey, when(d.generatedAt), d.toolVersion);
}

QList<ReportTable> reportTables(const ReportData &d)
{
    QList<ReportTable> tables;
    for (const AnswerSection &s : answerSummary(d.profile, SecretValues{})) {
        ReportTable t{s.title, {}, {QStringLiteral("Field"), QStringLiteral("Value")}, {}, false};
        for (const AnswerRow &r : s.rows)
            if (!r.value.startsWith(QLatin1String("not entered"))) // secrets are listed with fingerprints below
                t.rows.append({r.label, r.value});
        tables.append(t);
    }
    ReportTable secrets{QStringLiteral("Secrets"),
                        QStringLiteral("Never shown. The fingerprint is the first 4 hex digits of the secret's SHA-256: equal "
                                       "fingerprints in two reports mean the same secret was very likely used."),
                        {QStringLiteral("Secret"), QStringLiteral("Fingerprint")}, {}, false};
    for (const ReportSecret &s : d.secrets)
        secrets.rows.append({s.label, s.fingerprint.isEmpty() ? QStringLiteral("not entered") : s.fingerprint});
    tables.append(secrets);

    ReportTable checklist{QStringLiteral("Checklist"), QStringLiteral("Portal steps, with when each was ticked."),
                          {QStringLiteral("Step"), QStringLiteral("Done"), QStringLiteral("When")}, {}, false};
    for (const ReportChecklistItem &c : d.checklist)
        checklist.rows.append({c.title, c.done ? QStringLiteral("yes") : QStringLiteral("no"), when(c.at)});
    if (checklist.rows.isEmpty())
        checklist.note = QStringLiteral("This journey has no manual portal steps.");
    tables.append(checklist);

    ReportTable checks{QStringLiteral("Live checks"), {}, {QStringLiteral("Check"), QStringLiteral("Result"), QStringLiteral("Message")}, {}, false};
    bool anyRun = false;
    for (const ReportCheck &c : d.checks) {
        checks.rows.append({c.id, c.status, c.message});
        anyRun = anyRun || (c.status != QLatin1String("not run") && c.status != QLatin1String("skipped"));
    }
    if (!anyRun)
        checks.note = QStringLiteral("No live check was run for this report.");
    tables.append(checks);

    ReportTable submission{QStringLiteral("Submission"), {}, {QStringLiteral("Field"), QStringLiteral("Value")}, {}, false};
    if (d.submission)
        submission.rows = {{QStringLiteral("Status"), d.submission->status},
                           {QStringLiteral("Platform"), d.submission->platform},
                           {QStringLiteral("Id"), d.submission->id},
                           {QStringLiteral("Message"), d.submission->message}};
    else
        submission.note = QStringLiteral("Nothing was submitted to the platform.");
    tables.append(submission);

    for (const ReportArtefact &a : d.artefacts)
        tables.append({QStringLiteral("Generated: %1").arg(a.title), {}, {}, {{a.content}}, true});
    return tables;
}

} // namespace cc
