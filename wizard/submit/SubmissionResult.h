#pragma once
// The outcome of a submission (docs/cli.md "submission"): created | unchanged | rejected |
// handed-over | dry-run, the platform's id, a message, and for the GUI the fix, a link and the
// profile field an error is about.
#include <QJsonObject>
#include <QString>

namespace cc {

struct SubmissionResult {
    QString status;   // created | unchanged | rejected | handed-over | dry-run
    QString platform; // scalr | spot
    QString id;       // the platform's id of the credentials ("" when none)
    QString message;
    QString fix;
    QString link;    // the platform's page for these credentials
    QString pointer; // profile field named by the platform's error, e.g. /azure/clientId
    bool environmental = false; // failed for a network/TLS/timeout reason: exit 3
    bool conflict = false;      // an object of that name exists and differs (--replace)

    QJsonObject toJson() const;
    bool succeeded() const { return status != QLatin1String("rejected"); }
};

} // namespace cc
