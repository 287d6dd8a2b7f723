#pragma once
// The Azure live checks of docs/cli.md: azure.token, azure.subscription, azure.role,
// azure.network. The token comes first; the others use it. While a grant ticked on the checklist
// may still be propagating, failures it explains are retried with back-off (CheckOptions).
#include "AzureClient.h"
#include "CheckOptions.h"
#include "CheckResult.h"
#include "Profile.h"
#include "SecretValues.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

class QTimer;

namespace cc {

class HttpClient;
class HttpJob;

class AzureChecks : public QObject {
    Q_OBJECT
public:
    using Report = std::function<void(const CheckResult &)>;
    using Progress = std::function<void(const QString &id, const QString &text)>;

    AzureChecks(const Profile &p, const SecretValues &secrets, HttpClient *http, Report report, Progress progress,
                const CheckOptions &options, QObject *parent = nullptr);
    ~AzureChecks() override;

    void start(const QSet<QString> &ids);
    void cancel();

    // Contributor or Owner at the subscription or above (root, a management group)?
    static bool grantsContributor(const QString &roleDefinitionId, const QString &scope, const QString &subscriptionId);
    static QString roleName(const QString &roleDefinitionId);

private:
    void runToken();
    void tokenReady();
    void runSubscription();
    void startRole();
    void runRole(const QUrl &url, QStringList found, int page);
    void runNetwork();
    // Retries `again` after a back-off if a recent grant explains the failure; false when the
    // grant window is over (or there is none) and the failure stands.
    bool retryWhileGranting(const QString &id, const QString &cause, const std::function<void()> &again);
    QUrl arm(const QString &path, const QString &query) const;
    void finish(const CheckResult &r);
    HttpJob *track(const QString &id, HttpJob *job);

    Profile m_profile;
    QString m_secret;
    AzureClient *m_client;
    HttpClient *m_http;
    Report m_report;
    Progress m_progress;
    CheckOptions m_options;
    QSet<QString> m_ids;
    AccessToken m_token;
    QDateTime m_grantDeadline; // invalid: no recent grant
    QMap<QString, int> m_retries;
    QMap<QString, QTimer *> m_waiting;
    QList<QPointer<HttpJob>> m_jobs;
    bool m_cancelled = false;
};

} // namespace cc
