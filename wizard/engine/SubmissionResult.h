#pragma once
// The outcome of a submission (docs/cli.md "submission"): a status, the platform's id, a message,
// for Scalr the environments and whether each was linked, and for the GUI the fix, a link and
// the profile field an error is about.
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cc {

// docs/cli.md: the submission statuses. Their names are the JSON contract.
enum class SubmissionStatus {
    Created,    // a new object
    Updated,    // an existing object changed, replaced, linked to more environments, or given a new secret
    Unchanged,  // exactly this was already in place, linking included
    Incomplete, // the credentials exist but an environment could not be linked (exit 1)
    Rejected,
    HandedOver, // Scalr + Azure: finish in Scalr's web flow
    DryRun,
    Unknown, // interrupted in the wizard while the request was out: the platform may or may not
             // have applied it; the next submission asks the platform first
};

QString submissionStatusName(SubmissionStatus s);

// A Scalr environment the credentials were to be linked to.
struct EnvironmentLink {
    QString id;
    bool linked = false;
    QString reason; // why not, when !linked
};

struct SubmissionResult {
    SubmissionStatus status = SubmissionStatus::Rejected;
    QString platform; // scalr | spot
    QString id;       // the platform's id of the credentials ("" when none)
    QString message;
    QString fix;
    QString link;                        // the platform's page for these credentials
    QString pointer;                     // profile field named by the platform's error, e.g. /azure/clientId
    bool environmental = false;          // failed for a network/TLS/timeout reason: exit 3
    bool conflict = false;               // an object of that name exists and differs (--replace)
    QList<EnvironmentLink> environments; // Scalr AWS with environments to link

    QString statusName() const { return submissionStatusName(status); }
    QJsonObject toJson() const;
    // The platform holds what was asked for (or would, for a dry run, or Scalr's web flow takes over).
    bool succeeded() const
    {
        return status != SubmissionStatus::Rejected && status != SubmissionStatus::Incomplete && status != SubmissionStatus::Unknown;
    }
};

} // namespace cc
