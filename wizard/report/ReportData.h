#pragma once
// Everything a summary report holds, gathered once and rendered into HTML, PDF, Markdown or JSON:
// the journey, every answer, the checklist with times, live-check results, the submission's
// outcome, generated artefacts, tool version and time. Secrets appear only as fingerprints.
#include "CheckResult.h"
#include "Profile.h"
#include "ProfileProblem.h"
#include "SecretValues.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace cc {

struct ReportCheck {
    QString id;
    QString status; // pass | warn | fail | skipped
    QString message;
    QJsonObject details;
};

struct ReportSubmission {
    QString status; // created | unchanged | rejected | handed-over | dry-run
    QString platform;
    QString id;
    QString message;
};

struct ReportArtefact {
    QString name;
    QString title;
    QString content;
};

struct ReportChecklistItem {
    QString id;
    QString title;
    bool done = false;
    QDateTime at;
};

struct ReportSecret {
    QString label;
    QString fingerprint; // "" when not entered
};

struct ReportData {
    Profile profile;
    QString journey;
    QList<ReportSecret> secrets;
    QList<ReportChecklistItem> checklist;
    QList<ReportCheck> checks;
    std::optional<ReportSubmission> submission;
    QList<ReportArtefact> artefacts;
    QString toolVersion;
    QDateTime generatedAt;
};

// A short, non-reversible fingerprint of a secret (first 4 hex digits of its SHA-256), so two
// reports can be compared without revealing anything. Empty for an empty secret.
QString secretFingerprint(const SecretString &secret);

// `checks`: results of a live-check run on these very answers; without them every check that
// applies is listed as "not run".
ReportData buildReportData(const Profile &p, const SecretValues &secrets, const QString &toolVersion,
                           const QDateTime &generatedAt = QDateTime::currentDateTimeUtc(), const QList<CheckResult> &checks = {});

// Reads the JSON printed by `cloudconnect validate|submit --json` into `data`. Bounded (size,
// depth, counts) and tolerant of unknown fields; problems are reported, never thrown.
ProfileProblems readResultsInto(const QByteArray &json, ReportData &data);

} // namespace cc
