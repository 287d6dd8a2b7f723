#pragma once
// The AWS live checks of docs/cli.md: aws.identity, aws.permissions, aws.network, aws.billing,
// aws.clock. Each reports exactly once through the callback; they run concurrently, except that
// the Scalr permission check needs the identity's ARN first.
#include "CheckResult.h"
#include "Profile.h"
#include "SecretValues.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <optional>

namespace cc {

class AwsClient;
class HttpClient;
class HttpJob;
struct AwsAnswer;

class AwsChecks : public QObject {
    Q_OBJECT
public:
    using Report = std::function<void(const CheckResult &)>;
    using Progress = std::function<void(const QString &id, const QString &text)>;

    AwsChecks(const Profile &p, const SecretValues &secrets, HttpClient *http, Report report, Progress progress,
              QObject *parent = nullptr);
    ~AwsChecks() override;

    void start(const QSet<QString> &ids);
    void cancel();

    // arn:aws:sts::123:assumed-role/Name/session → arn:aws:iam::123:role/Name; others unchanged.
    static QString policySourceArn(const QString &callerArn);

private:
    struct Identity {
        QString account, arn, userId;
    };
    void runIdentity(bool reportIt);
    void runAfterIdentity(const QString &id, std::function<void(const Identity &)> run);
    void runPermissions(const QString &sourceArn, const QString &marker, QStringList denied, QStringList allowed, int page);
    void runNetwork();
    void runBilling();
    void runClock();
    void identityKnown(const std::optional<Identity> &identity, const QString &whyNot);
    void finish(CheckResult r);
    HttpJob *track(const QString &id, HttpJob *job);
    CheckResult failed(const QString &id, const AwsAnswer &a, const QString &call) const;

    Profile m_profile;
    HttpClient *m_http;
    AwsClient *m_aws;
    Report m_report;
    Progress m_progress;
    bool m_haveSecret = false;
    // Checks that wait for aws.identity, so a key AWS refuses is reported once, not four times.
    QList<QPair<QString, std::function<void(const Identity &)>>> m_afterIdentity;
    QList<QPointer<HttpJob>> m_jobs;
};

} // namespace cc
