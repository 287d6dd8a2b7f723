#pragma once
// platform.auth: a cheap authenticated GET before anything is sent, so a wrong Scalr key or Spot
// token is reported first. Spot: read back the credentials of the cloud; Scalr: list the
// cloud credentials at the chosen scope (older servers: the legacy account route).
#include "CheckResult.h"
#include "Profile.h"
#include "SecretValues.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace cc {

class HttpClient;
class HttpJob;

class PlatformAuthCheck : public QObject {
    Q_OBJECT
public:
    PlatformAuthCheck(const Profile &p, const SecretValues &secrets, HttpClient *http,
                      std::function<void(const CheckResult &)> report, QObject *parent = nullptr);
    void start();
    void cancel();

private:
    Profile m_profile;
    SecretValues m_secrets;
    HttpClient *m_http;
    std::function<void(const CheckResult &)> m_report;
    QPointer<HttpJob> m_job;
};

} // namespace cc
