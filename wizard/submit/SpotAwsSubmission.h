#pragma once
// Spot + AWS: the account's IAM role (Spot has no access-key route). Reads what Spot holds first:
// the same role → unchanged; another role → a conflict unless replacing; then sets it.
#include "Submission.h"

namespace cc {

class SpotClient;

class SpotAwsSubmission : public Submission {
    Q_OBJECT
public:
    SpotAwsSubmission(const Profile &p, const SecretValues &secrets, HttpClient *http, const Options &options, QObject *parent = nullptr);
    void start() override;

    // The role in Spot's read-back items ("" when none).
    static QString roleIn(const PlatformAnswer &a);

private:
    void read(const std::function<void(const PlatformAnswer &)> &done);
    void set(const QString &existing);
    SpotClient *m_spot;
};

} // namespace cc
