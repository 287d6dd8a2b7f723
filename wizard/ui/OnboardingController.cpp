#include "OnboardingController.h"

#include "Journey.h"
#include "KeychainStore.h"
#include "SecretBinding.h"
#include "ProfileDiff.h"

#include <QCryptographicHash>

#include <QDateTime>
#include <QHash>

namespace cc {

OnboardingController::OnboardingController(QObject *parent)
    : QObject(parent), m_profile(Profile::defaults()), m_lastJourney(Journey::of(m_profile))
{
}

OnboardingController::~OnboardingController()
{
    m_secrets.wipe();
}

Profile &OnboardingController::editProfile()
{
    m_edited = true;
    return m_profile;
}

SecretValues &OnboardingController::editSecrets()
{
    m_edited = true;
    return m_secrets;
}

void OnboardingController::replaceProfile(const Profile &p, const QString &path)
{
    // Secrets, results and the submission belong to the profile they were entered, checked or
    // sent for: none of it carries over to another one.
    m_secrets.wipe();
    m_secretsFromKeychain = false;
    m_checkResults.clear();
    m_checkedProfile = Profile();
    m_checkedSecrets.clear();
    m_submission.reset();
    setPlatformFieldError({}, {});
    retireKeychain();
    m_profile = p;
    m_path = path;
    ++m_revision;
    Q_EMIT profileReplaced();
    noteJourney();
}

void OnboardingController::setChecklistStep(const QString &id, bool done)
{
    ChecklistEntry &e = editProfile().checklist[id];
    e.done = done;
    e.at = done ? QDateTime::currentDateTimeUtc() : QDateTime();
}

void OnboardingController::retireKeychain()
{
    // Answers still on their way were asked for the previous profile: they must reach nobody.
    // The store finishes its jobs (deleting a job mid-call is not something to rely on) and goes.
    if (!m_keychain)
        return;
    KeychainStore *old = m_keychain;
    m_keychain = nullptr;
    disconnect(old, nullptr, this, nullptr);
    if (!old->busy()) {
        old->deleteLater();
        return;
    }
    connect(old, &KeychainStore::finished, old, [old](const KeychainResult &r) {
        const_cast<KeychainResult &>(r).secrets.wipe();
        if (!old->busy())
            old->deleteLater();
    });
}

KeychainStore *OnboardingController::keychain()
{
    if (!m_keychain) {
        m_keychain = new KeychainStore(this);
        connect(m_keychain, &KeychainStore::finished, this, [this](const KeychainResult &r) {
            // An answer for another profile than the one open now (a name changed meanwhile) is
            // not this profile's.
            if (r.operation == KeychainResult::Operation::Load && r.profile != m_profile.name) {
                const_cast<KeychainResult &>(r).secrets.wipe();
                return;
            }
            KeychainResult answer = r;
            // Stored for other endpoints or another CA bundle than this profile's: not used.
            if (r.ok && r.operation == KeychainResult::Operation::Load) {
                const QStringList changes = secretBindingChanges(r.binding, secretBinding(m_profile));
                if (!changes.isEmpty()) {
                    answer.ok = false;
                    answer.secrets.wipe();
                    answer.error = keychainBoundElsewhere(changes);
                    Q_EMIT keychainFinished(answer);
                    return;
                }
            }
            if (r.ok && r.operation == KeychainResult::Operation::Load) {
                // What the admin typed in this session wins over what was stored.
                for (QString SecretValues::*member : {&SecretValues::awsSecretAccessKey, &SecretValues::azureClientSecret,
                                                      &SecretValues::scalrSecretKey, &SecretValues::spotToken})
                    if ((m_secrets.*member).isEmpty())
                        m_secrets.*member = r.secrets.*member;
                m_secretsFromKeychain = true;
                ++m_revision; // pages show the loaded values when next visited
            }
            Q_EMIT keychainFinished(r);
        });
    }
    return m_keychain;
}

void OnboardingController::storeSecrets()
{
    keychain()->store(m_profile.name, onlyJourneySecrets(m_secrets, m_profile), secretBinding(m_profile));
}

void OnboardingController::loadSecrets()
{
    keychain()->load(m_profile.name);
}

void OnboardingController::removeSecrets(const QString &profileName)
{
    keychain()->remove(profileName);
}

void OnboardingController::setPlatformFieldError(const QString &pointer, const QString &message)
{
    if (pointer == m_platformFieldPointer && message == m_platformFieldMessage)
        return;
    m_platformFieldPointer = pointer;
    m_platformFieldMessage = message;
    Q_EMIT platformFieldErrorChanged();
}

QString OnboardingController::fieldForPointer(const QString &pointer)
{
    static const QHash<QString, QString> fields{
        {QStringLiteral("/azure/clientId"), QStringLiteral("azureClientId")},
        {QStringLiteral("/azure/tenantId"), QStringLiteral("azureTenantId")},
        {QStringLiteral("/azure/subscriptionId"), QStringLiteral("azureSubscriptionId")},
        {QStringLiteral("/secrets/azureClientSecret"), QStringLiteral("azureClientSecret")},
        {QStringLiteral("/aws/accessKeyId"), QStringLiteral("awsAccessKeyId")},
        {QStringLiteral("/secrets/awsSecretAccessKey"), QStringLiteral("awsSecretAccessKey")},
        {QStringLiteral("/aws/roleArn"), QStringLiteral("awsRoleArn")},
        {QStringLiteral("/platform/credentialsName"), QStringLiteral("credentialsName")},
    };
    return fields.value(pointer);
}

void OnboardingController::noteJourney()
{
    const Journey j = journey();
    if (!(j == m_lastJourney)) {
        m_lastJourney = j;
        Q_EMIT journeyChanged();
    }
}

namespace {
QByteArray secretsHash(const SecretValues &s)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString *v : {&s.awsSecretAccessKey, &s.azureClientSecret, &s.scalrSecretKey, &s.spotToken}) {
        h.addData(v->toUtf8());
        h.addData(QByteArrayView("\0", 1));
    }
    return h.result();
}
} // namespace

void OnboardingController::setCheckResults(const QList<CheckResult> &results)
{
    m_checkResults = results;
    m_checkedProfile = m_profile;
    m_checkedSecrets = secretsHash(m_secrets);
}

bool OnboardingController::checkResultsCurrent() const
{
    return !m_checkResults.isEmpty() && profileChanges(m_checkedProfile, m_profile).isEmpty() &&
           secretsHash(m_secrets) == m_checkedSecrets;
}

} // namespace cc
