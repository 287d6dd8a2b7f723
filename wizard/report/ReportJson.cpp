#include "ReportRenderers.h"

#include "AnswerSummary.h"
#include "ProfileJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc {

QByteArray renderReportJson(const ReportData &d)
{
    QJsonArray answers;
    // Fingerprints only: the summary is built from empty secrets, then the rows that name a
    // secret say whether it was entered.
    for (const AnswerSection &s : answerSummary(d.profile, SecretValues{})) {
        QJsonArray rows;
        for (const AnswerRow &r : s.rows)
            rows.append(QJsonObject{{QStringLiteral("label"), r.label}, {QStringLiteral("value"), r.value}});
        answers.append(QJsonObject{{QStringLiteral("section"), s.title}, {QStringLiteral("rows"), rows}});
    }
    QJsonArray secrets;
    for (const ReportSecret &s : d.secrets)
        secrets.append(QJsonObject{{QStringLiteral("label"), s.label},
                                   {QStringLiteral("entered"), !s.fingerprint.isEmpty()},
                                   {QStringLiteral("fingerprint"), s.fingerprint}});
    QJsonArray checklist;
    for (const ReportChecklistItem &c : d.checklist) {
        QJsonObject o{{QStringLiteral("id"), c.id}, {QStringLiteral("title"), c.title}, {QStringLiteral("done"), c.done}};
        if (c.at.isValid())
            o.insert(QStringLiteral("at"), c.at.toUTC().toString(Qt::ISODate));
        checklist.append(o);
    }
    QJsonArray checks;
    for (const ReportCheck &c : d.checks) {
        QJsonObject o{{QStringLiteral("id"), c.id}, {QStringLiteral("status"), c.status}, {QStringLiteral("message"), c.message}};
        if (!c.details.isEmpty())
            o.insert(QStringLiteral("details"), c.details);
        checks.append(o);
    }
    QJsonArray artefacts;
    for (const ReportArtefact &a : d.artefacts)
        artefacts.append(
            QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("title"), a.title}, {QStringLiteral("content"), a.content}});
    QJsonObject root{{QStringLiteral("reportVersion"), 1},
                     {QStringLiteral("tool"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("cloudconnect")}, {QStringLiteral("version"), d.toolVersion}}},
                     {QStringLiteral("generatedAt"), d.generatedAt.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("journey"), d.journey},
                     {QStringLiteral("profile"), profileToJson(d.profile)},
                     {QStringLiteral("answers"), answers},
                     {QStringLiteral("secrets"), secrets},
                     {QStringLiteral("checklist"), checklist},
                     {QStringLiteral("checks"), checks},
                     {QStringLiteral("artefacts"), artefacts}};
    if (d.submission)
        root.insert(QStringLiteral("submission"), QJsonObject{{QStringLiteral("status"), d.submission->status},
                                                              {QStringLiteral("platform"), d.submission->platform},
                                                              {QStringLiteral("id"), d.submission->id},
                                                              {QStringLiteral("message"), d.submission->message}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace cc
