#pragma once
// The wizard's model: the profile being edited, the secrets typed in (memory only), the last run
// of the live checks and the platform's answer to the last submission — all of them belonging to
// one profile. Pages change it only through the typed setters below, which apply what a choice
// implies (core/ProfileChoices.h, the same rules ProfileJson and the validator use) and say what
// changed. It knows nothing about widgets.
#include "CheckResult.h"
#include "Journey.h"
#include "Profile.h"
#include "ProfileField.h"
#include "SubmissionResult.h"
#include "SecretValues.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace cc {

class KeychainJob;
class KeychainStoreInterface;
struct KeychainResult;

class OnboardingController : public QObject {
    Q_OBJECT
public:
    explicit OnboardingController(QObject *parent = nullptr);
    ~OnboardingController() override;

    const Profile &profile() const { return m_profile; }
    const SecretValues &secrets() const { return m_secrets; }
    Journey journey() const { return Journey::of(m_profile); }

    // --- Typed setters: each marks the onboarding as edited and emits edited(). ---
    void setText(ProfileField field, const QString &value);
    void setEnvironmentIds(const QStringList &ids);
    void setAzureTagFilters(const QStringList &tags);
    // Choices that decide the journey (journeyChanged() follows when it differs) and what they imply.
    void setPlatformKind(PlatformKind kind);
    void setCloud(CloudKind cloud);
    void setAwsPartition(AwsPartition partition);
    void setAzureCloud(AzureCloud cloud);
    void setScalrScope(ScalrScope scope);
    void setConnectionPolicy(ConnectionPolicy policy);
    void setLocalRoute(LocalRoute route);
    void setAwsBillingEnabled(bool enabled);
    void setAzureBillingEnabled(bool enabled);
    void setAzureSecretExpiresAt(const QDateTime &at);
    void setChecklistStep(const QString &id, bool done);
    // One secret, by its member in SecretValues (as Journey::secretsOf lists them).
    void setSecret(SecretString SecretValues::*member, const QString &value);
    // Every secret at once (a bundle's): replaces what was typed.
    void setSecrets(const SecretValues &secrets);

    // Replaces every answer at once (open, import). Secrets, check results and the submission of
    // the previous profile are dropped, and keychain answers still pending for it reach nobody.
    // Pages reload their fields when revision() changes.
    void replaceProfile(const Profile &p, const QString &path);
    int revision() const { return m_revision; }
    QString profilePath() const { return m_path; }
    void setProfilePath(const QString &path) { m_path = path; }

    bool hasUserInput() const { return m_edited; }

    // The keychain, created on first use (never at start-up). Each call returns its own job:
    // connect to its finished() for the answer to that call. A loaded answer has already been
    // applied to the model when finished() arrives (or refused: secrets stored for other
    // endpoints come back as an error naming the changes).
    KeychainJob *storeSecrets();
    KeychainJob *loadSecrets();
    KeychainJob *removeSecrets(const QString &profileName);
    // Whether a keychain call for this profile has yet to answer.
    bool keychainBusy() const;
    // Whether secrets shown in the fields were read from the keychain, for the fields' hints.
    bool secretsFromKeychain() const { return m_secretsFromKeychain; }

    // The last completed run of the live checks — the one place they are kept — and whether the
    // answers are still those checked.
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

Q_SIGNALS:
    // Any answer changed through a setter (not by replaceProfile).
    void edited();
    void fieldChanged(cc::ProfileField field);
    void journeyChanged();
    void profileReplaced();
    void checkResultsChanged();
    void platformFieldErrorChanged();

private:
    Profile &edit();
    void noteJourney();
    KeychainStoreInterface *keychain();
    KeychainJob *track(KeychainJob *job);
    bool applyLoaded(KeychainResult &answer);

    Profile m_profile;
    SecretValues m_secrets;
    QString m_path;
    int m_revision = 0;
    bool m_edited = false;
    Journey m_lastJourney;
    KeychainStoreInterface *m_keychain = nullptr;
    QList<QPointer<KeychainJob>> m_jobs; // this profile's keychain calls not yet answered
    bool m_secretsFromKeychain = false;
    QList<CheckResult> m_checkResults;
    Profile m_checkedProfile;
    QByteArray m_checkedSecrets; // a hash, so changed secrets also make the results stale
    std::optional<SubmissionResult> m_submission;
    QString m_platformFieldPointer;
    QString m_platformFieldMessage;
};

} // namespace cc
