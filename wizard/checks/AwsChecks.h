#pragma once
// The AWS live checks of docs/cli.md: aws.identity, aws.permissions, aws.network, aws.billing,
// aws.clock. Each reports exactly once through the callback; they run concurrently, except that
// the Scalr permission check needs the identity's ARN first. Permissions are simulated where IAM
// allows it (exact); a Scalr key that may not simulate is probed instead (AwsPermissionProbes.h).
#include "CheckGroup.h"
#include "Profile.h"
#include "SecretValues.h"

#include <optional>

namespace cc {

class AwsClient;
struct AwsAnswer;

class AwsChecks : public CheckGroup {
    Q_OBJECT
public:
    AwsChecks(const Profile &p, const SecretValues &secrets, HttpClient *http, Report report, Progress progress, QObject *parent = nullptr);
    ~AwsChecks() override;

    QStringList ids() const override { return checkIds(); }
    static QStringList checkIds();
    void start(const QSet<QString> &ids) override;

    // arn:aws:sts::123:assumed-role/Name/session → arn:aws:iam::123:role/Name; others unchanged.
    static QString policySourceArn(const QString &callerArn);

private:
    struct Identity {
        QString account, arn, userId;
    };
    void runIdentity(bool reportIt);
    void runAfterIdentity(const QString &id, std::function<void(const Identity &)> run);
    void runPermissions(const QString &sourceArn, const QString &marker, QStringList denied, QStringList allowed, int page);
    // Without simulation: calls that change nothing (AwsPermissionProbes.h).
    void runPermissionProbes(const QString &principal);
    void runNetwork();
    void runBilling();
    void runClock();
    void identityKnown(const std::optional<Identity> &identity, const QString &whyNot);
    CheckResult failed(const QString &id, const AwsAnswer &a, const QString &call) const;

    Profile m_profile;
    AwsClient *m_aws;
    bool m_haveSecret = false;
    // Checks that wait for aws.identity, so a key AWS refuses is reported once, not four times.
    QList<QPair<QString, std::function<void(const Identity &)>>> m_afterIdentity;
};

} // namespace cc
