#pragma once
// Sends the verified credentials to the platform, idempotently: it looks for an existing object
// of the same name (Scalr) or the account's current credentials (Spot) first; identical →
// unchanged, different → a conflict unless `replace`. Calls that create are never retried
// blindly; after a lost answer the platform is asked again before anything is re-sent.
// Scalr + Azure is handed over to Scalr's web flow (its API answers 501 for Azure).
#include "NetSettings.h"
#include "Profile.h"
#include "SecretValues.h"
#include "SubmissionResult.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace cc {

class HttpClient;
class HttpJob;
class ScalrClient;
class SpotClient;
struct PlatformAnswer;

class Submitter : public QObject {
    Q_OBJECT
public:
    explicit Submitter(QObject *parent = nullptr);
    ~Submitter() override;

    struct Options {
        bool replace = false; // overwrite different credentials of the same name
        bool dryRun = false;  // read what exists, send nothing
    };
    // A second call while one runs is ignored: a double click never submits twice.
    void start(const Profile &p, const SecretValues &secrets, const NetSettings &net, const Options &options);
    void cancel();
    bool isRunning() const { return m_running; }

    // Spot + AWS, before the role exists: asks Spot for this account's external id.
    void fetchSpotExternalId(const Profile &p, const SecretValues &secrets, const NetSettings &net);

    // The body that will be sent, secrets masked, for the Review page.
    static QJsonObject previewBody(const Profile &p);
    static QString credentialsPageUrl(const Profile &p);

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const cc::SubmissionResult &result);
    void externalIdReceived(const QString &externalId, const QString &error);

private:
    void finish(SubmissionResult r);
    void failWith(const PlatformAnswer &a, const QString &what);
    void spotAws();
    void spotAzure();
    void scalrAws(int pathIndex);
    void scalrCreate(int pathIndex, const QString &path);
    void scalrLink(int envIndex);
    void scalrAzureHandOver();
    QJsonObject scalrAwsBody() const;
    QJsonObject spotAzureBody() const;

    Profile m_profile;
    SecretValues m_secrets;
    Options m_options;
    QPointer<HttpClient> m_http;
    SpotClient *m_spot = nullptr;
    ScalrClient *m_scalr = nullptr;
    QList<QPointer<HttpJob>> m_jobs;
    QStringList m_ids;
    QString m_outcome; // created | unchanged
    QStringList m_notes;
    bool m_running = false;
};

} // namespace cc
