#pragma once
// platform.auth: a cheap authenticated read before anything is sent, so a wrong Scalr key or Spot
// token is reported first. Spot: the accounts the token may use must include the profile's
// account; Scalr: list the cloud credentials at the chosen scope (older servers: the legacy
// account route).
#include "CheckGroup.h"
#include "Profile.h"
#include "SecretValues.h"

namespace cc {

struct PlatformAnswer;

class PlatformAuthCheck : public CheckGroup {
    Q_OBJECT
public:
    PlatformAuthCheck(const Profile &p, const SecretValues &secrets, HttpClient *http, Report report, QObject *parent = nullptr);
    ~PlatformAuthCheck() override;

    QStringList ids() const override { return checkIds(); }
    static QStringList checkIds();
    void start(const QSet<QString> &ids) override;

    // The Spot answer of GET /setup/account read for `accountId`: pass only when the account is
    // among the token's accounts.
    static CheckResult spotAccountResult(const PlatformAnswer &a, const QString &accountId);

private:
    void startSpot(const SecretString &token);
    void startScalr(const SecretString &secret);

    Profile m_profile;
    SecretValues m_secrets;
};

} // namespace cc
