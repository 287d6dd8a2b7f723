#pragma once
// Spot + Azure: Spot validates the credentials first (saving nothing), then they are set. Spot
// answers the stored secret masked, so whether it already holds this secret cannot be read: a
// submission always sets the secret it carries — `updated` when Spot had the same application,
// `created` when it had none — and never claims `unchanged`. Another application is a conflict
// unless replacing.
#include "Submission.h"

namespace cc {

class SpotClient;

class SpotAzureSubmission : public Submission {
    Q_OBJECT
public:
    SpotAzureSubmission(const Profile &p, const SecretValues &secrets, HttpClient *http, const Options &options, QObject *parent = nullptr);
    void start() override;

private:
    void read(const std::function<void(const PlatformAnswer &)> &done);
    void compare(const PlatformAnswer &a);
    void set(SubmissionStatus status);
    SpotClient *m_spot;
};

} // namespace cc
