#pragma once
// Runs the journey's Submission (Submission::create) on its own HTTP client, once at a time: a
// second start while one runs is ignored, so a double click never submits twice. Also asks Spot
// for the external id on the Identity page, and gives the Review page the masked body.
#include "ExternalIdFetcherInterface.h"
#include "Submission.h"
#include "SubmissionResult.h"

#include <QObject>
#include <QPointer>

namespace cc {

class HttpClient;
class SpotExternalIdRequest;

class Submitter : public ExternalIdFetcherInterface {
    Q_OBJECT
public:
    using Options = Submission::Options;

    explicit Submitter(QObject *parent = nullptr);
    ~Submitter() override;

    void start(const Profile &p, const SecretValues &secrets, const NetSettings &net, const Options &options);
    void cancel();
    bool isRunning() const { return m_running; }

    // Spot + AWS, before the role exists: asks Spot for this account's external id.
    void fetchSpotExternalId(const Profile &p, const SecretValues &secrets, const NetSettings &net) override;

    // The body that will be sent, secrets masked, for the Review page.
    static QJsonObject previewBody(const Profile &p);
    static QString credentialsPageUrl(const Profile &p);

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const cc::SubmissionResult &result);

private:
    QPointer<HttpClient> m_http;
    QPointer<Submission> m_submission;
    SpotExternalIdRequest *m_externalId = nullptr;
    Profile m_externalIdProfile;
    bool m_running = false;
};

} // namespace cc
