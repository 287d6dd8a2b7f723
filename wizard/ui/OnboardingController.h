#pragma once
// The wizard's model holder: the profile being edited and the secrets typed in (memory only).
// Pages read and write through it; it knows nothing about widgets.
#include "CheckResult.h"
#include "Journey.h"
#include "Profile.h"
#include "SubmissionResult.h"
#include "SecretValues.h"

#include <QObject>

#include <memory>
#include <optional>

namespace cc {

class KeychainStore;
struct KeychainResult;

class OnboardingController : public QObject {
    Q_OBJECT
public:
    explicit OnboardingController(QObject *parent = nullptr);
    ~OnboardingController() override;

    const Profile &profile() const { return m_profile; }
    Profile &editProfile(); // marks the onboarding as edited
    SecretValues &editSecrets();
    const SecretValues &secrets() const { return m_secrets; }
    Journey journey() const { return Journey::of(m_profile); }

    // Replaces every answer at once (open, import). Secrets, check results and the submission of
    // the previous profile are dropped, and keychain answers still pending for it never arrive.
    // Pages reload their fields when revision() changes.
    void replaceProfile(const Profile &p, const QString &path);
    int revision() const { return m_revision; }
    QString profilePath() const { return m_path; }
    void setProfilePath(const QString &path) { m_path = path; }

    bool hasUserInput() const { return m_edited; }

    // The keychain, created on first use (never at start-up). Results arrive via keychainFinished.
    KeychainStore *keychain();
    void storeSecrets();
    void loadSecrets();
    void removeSecrets(const QString &profileName);
    // Secret labels (as in SecretValues) that were read from the keychain, for the fields' hints.
    bool secretsFromKeychain() const { return m_secretsFromKeychain; }
    void setChecklistStep(const QString &id, bool done);
    // The last completed run of the live checks, and whether the answers are still those checked.
    void setCheckResults(const QList<CheckResult> &results);
    const QList<CheckResult> &checkResults() const { return m_checkResults; }
    bool checkResultsCurrent() const;
    // The platform's answer to the last submission, for the Done page and the report.
    void setSubmission(const SubmissionResult &r) { m_submission = r; }
    const std::optional<SubmissionResult> &submission() const { return m_submission; }
    // The field a platform's refusal names (a profile pointer such as /azure/clientId, or
    // /secrets/<name> for a secret) and what the platform said; pages mark their own field.
    void setPlatformFieldError(const QString &pointer, const QString &message);
    QString platformFieldPointer() const { return m_platformFieldPointer; }
    QString platformFieldMessage() const { return m_platformFieldMessage; }
    // The wizard's field (object name) for a pointer a platform may name, "" if none.
    static QString fieldForPointer(const QString &pointer);
    // Call after changing platform.kind or cloud: emits journeyChanged when the journey differs.
    void noteJourney();

Q_SIGNALS:
    void journeyChanged();
    void profileReplaced();
    void keychainFinished(const cc::KeychainResult &result);
    void platformFieldErrorChanged();

private:
    void retireKeychain();

    Profile m_profile;
    SecretValues m_secrets;
    QString m_path;
    int m_revision = 0;
    bool m_edited = false;
    Journey m_lastJourney;
    KeychainStore *m_keychain = nullptr;
    bool m_secretsFromKeychain = false;
    QList<CheckResult> m_checkResults;
    Profile m_checkedProfile;
    QByteArray m_checkedSecrets;
    std::optional<SubmissionResult> m_submission;
    QString m_platformFieldPointer;
    QString m_platformFieldMessage; // a hash, so changed secrets also make the results stale
};

} // namespace cc
