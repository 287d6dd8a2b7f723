#pragma once
// The Azure live checks of docs/cli.md: azure.token, azure.subscription, azure.role,
// azure.network. The token comes first; the others use it. While a grant ticked on the checklist
// may still be propagating, failures it explains are retried with back-off (CheckOptions).
#include "AzureClient.h"
#include "CheckGroup.h"
#include "CheckOptions.h"
#include "Profile.h"
#include "SecretValues.h"

#include <QDateTime>
#include <QMap>

class QTimer;

namespace cc {

class AzureChecks : public CheckGroup {
    Q_OBJECT
public:
    AzureChecks(const Profile &p, const SecretValues &secrets, HttpClient *http, Report report, Progress progress,
                const CheckOptions &options, QObject *parent = nullptr);
    ~AzureChecks() override;

    QStringList ids() const override { return checkIds(); }
    static QStringList checkIds();
    void start(const QSet<QString> &ids) override;
    void cancel() override; // also stops the waits for a grant

    // Contributor or Owner at the subscription or above (root, a management group)?
    static bool grantsContributor(const QString &roleDefinitionId, const QString &scope, const QString &subscriptionId);
    static QString roleName(const QString &roleDefinitionId);
    // Until when failures a recent grant explains are retried: the newest grant ticked on the
    // checklist plus the wait, with a tick in the future taken as now (a profile file is
    // untrusted), no window for a wait of 0, and never beyond kMaxGrantWaitMs from now. Invalid:
    // no window.
    static QDateTime grantDeadline(const Profile &p, const CheckOptions &options, const QDateTime &now);

private:
    void runToken();
    void tokenReady();
    void runSubscription();
    void startRole();
    // found: the other roles seen so far, as data (English, for details); foundText: the same in
    // the reader's words, for the message.
    void runRole(const QUrl &url, QStringList found, QStringList foundText, int page);
    void runNetwork();
    // Retries `again` after a back-off if a recent grant explains the failure; false when the
    // grant window is over (or there is none) and the failure stands.
    bool retryWhileGranting(const QString &id, const QString &cause, const std::function<void()> &again);
    QUrl arm(const QString &path, const QString &query) const;

    Profile m_profile;
    SecretString m_secret;
    AzureClient *m_client;
    CheckOptions m_options;
    QSet<QString> m_ids;
    AccessToken m_token;
    QDateTime m_grantDeadline; // invalid: no recent grant
    QMap<QString, int> m_retries;
    QMap<QString, QTimer *> m_waiting;
};

} // namespace cc
