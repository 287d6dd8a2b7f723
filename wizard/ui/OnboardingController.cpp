#include "OnboardingController.h"

#include "Journey.h"
#include "Engine.h"
#include "ProfileChoices.h"
#include "SecretBinding.h"
#include "ProfileDiff.h"

#include <QCryptographicHash>

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace cc {

OnboardingController::OnboardingController(QObject *parent)
    : QObject(parent), m_profile(Profile::defaults()), m_lastJourney(Journey::of(m_profile))
{
}

OnboardingController::~OnboardingController()
{
    m_secrets.wipe();
}

Profile &OnboardingController::edit()
{
    m_edited = true;
    return m_profile;
}

void OnboardingController::setText(ProfileField field, const QString &value)
{
    QString &text = textOf(edit(), field);
    if (text == value)
        return;
    text = value;
    Q_EMIT fieldChanged(field);
    Q_EMIT edited();
}

void OnboardingController::setEnvironmentIds(const QStringList &ids)
{
    edit().platform.environmentIds = ids;
    Q_EMIT edited();
}

void OnboardingController::setAzureTagFilters(const QStringList &tags)
{
    edit().azure.billing.tagFilters = tags;
    Q_EMIT edited();
}

void OnboardingController::setPlatformKind(PlatformKind kind)
{
    choices::choosePlatform(edit(), kind);
    Q_EMIT edited();
    noteJourney();
}

void OnboardingController::setCloud(CloudKind cloud)
{
    edit().cloud = cloud;
    Q_EMIT edited();
    noteJourney();
}

void OnboardingController::setAwsPartition(AwsPartition partition)
{
    const QString region = m_profile.aws.region;
    choices::chooseAwsPartition(edit(), partition);
    if (region != m_profile.aws.region)
        Q_EMIT fieldChanged(ProfileField::AwsRegion);
    Q_EMIT edited();
}

void OnboardingController::setAzureCloud(AzureCloud cloud)
{
    edit().azure.cloud = cloud;
    Q_EMIT edited();
}

void OnboardingController::setScalrScope(ScalrScope scope)
{
    edit().platform.scope = scope;
    Q_EMIT edited();
}

void OnboardingController::setConnectionPolicy(ConnectionPolicy policy)
{
    edit().connectionPolicy = policy;
    Q_EMIT edited();
    noteJourney();
}

void OnboardingController::setLocalRoute(LocalRoute route)
{
    edit().localRoute = route;
    Q_EMIT edited();
}

void OnboardingController::setAwsBillingEnabled(bool enabled)
{
    const QString region = m_profile.aws.billing.region;
    choices::chooseAwsBilling(edit(), enabled);
    if (region != m_profile.aws.billing.region)
        Q_EMIT fieldChanged(ProfileField::AwsBillingRegion);
    Q_EMIT edited();
}

void OnboardingController::setAzureBillingEnabled(bool enabled)
{
    edit().azure.billing.enabled = enabled;
    Q_EMIT edited();
}

void OnboardingController::setAzureSecretExpiresAt(const QDateTime &at)
{
    edit().azure.secretExpiresAt = at;
    Q_EMIT edited();
}

void OnboardingController::setChecklistStep(const QString &id, bool done)
{
    ChecklistEntry &e = edit().checklist[id];
    e.done = done;
    e.at = done ? QDateTime::currentDateTimeUtc() : QDateTime();
    Q_EMIT edited();
}

void OnboardingController::setSecret(SecretString SecretValues::*member, const QString &value)
{
    m_edited = true;
    if (m_secrets.*member == value)
        return;
    m_secrets.*member = value; // into a buffer of the model's own; the old one is overwritten
    Q_EMIT edited();
}

void OnboardingController::setSecrets(const SecretValues &secrets)
{
    m_edited = true;
    m_secrets.wipe();
    m_secrets = secrets;
    m_secretsFromKeychain = false;
    ++m_revision; // pages show the new values when next visited
    Q_EMIT edited();
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
    // Answers still on their way were asked for the previous profile: they must reach nobody.
    for (const QPointer<KeychainJob> &job : std::as_const(m_jobs))
        if (job)
            job->abandon();
    m_jobs.clear();
    m_profile = p;
    m_path = path;
    ++m_revision;
    Q_EMIT checkResultsChanged();
    Q_EMIT profileReplaced();
    noteJourney();
}

KeychainStoreInterface *OnboardingController::keychain()
{
    if (!m_keychain) {
        // The engine is loaded here at the latest (Engine.h). Without it every keychain call
        // answers with why, where the keychain's own answer would have been shown.
        QString why;
        if (Engine *e = engine(&why))
            m_keychain = e->createKeychainStore(this);
        else
            m_keychain = new UnavailableKeychainStore(keychainWithoutEngine(why), this);
    }
    return m_keychain;
}

KeychainJob *OnboardingController::track(KeychainJob *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
    return job;
}

bool OnboardingController::keychainBusy() const
{
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const QPointer<KeychainJob> &j) { return j && !j->isFinished(); });
}

KeychainJob *OnboardingController::storeSecrets()
{
    // Only the journey's secrets, bound to the endpoints and CA bundle they may be used with.
    SecretValues used = onlyJourneySecrets(m_secrets, m_profile);
    KeychainJob *job = keychain()->store(m_profile.name, used, secretBinding(m_profile));
    used.wipe();
    return track(job);
}

KeychainJob *OnboardingController::loadSecrets()
{
    KeychainJob *job = keychain()->load(m_profile.name);
    job->setResultFilter([this](KeychainResult &answer) { return applyLoaded(answer); });
    return track(job);
}

KeychainJob *OnboardingController::removeSecrets(const QString &profileName)
{
    return track(keychain()->remove(profileName));
}

bool OnboardingController::applyLoaded(KeychainResult &answer)
{
    // The job was asked for this profile (replaceProfile abandons the others); a name changed
    // meanwhile makes it another profile's answer all the same.
    if (answer.profile != m_profile.name) {
        answer.secrets.wipe();
        return false;
    }
    if (!answer.ok)
        return true;
    // Stored for other endpoints or another CA bundle than this profile's: not used.
    const QStringList changes = secretBindingChanges(answer.binding, secretBinding(m_profile));
    if (!changes.isEmpty()) {
        answer.ok = false;
        answer.secrets.wipe();
        answer.error = keychainBoundElsewhere(changes);
        return true;
    }
    // What the admin typed in this session wins over what was stored.
    for (SecretString SecretValues::*member :
         {&SecretValues::awsSecretAccessKey, &SecretValues::azureClientSecret, &SecretValues::scalrSecretKey, &SecretValues::spotToken})
        if ((m_secrets.*member).isEmpty())
            m_secrets.*member = answer.secrets.*member;
    m_secretsFromKeychain = true;
    ++m_revision; // pages show the loaded values when next visited
    return true;
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
    for (const SecretString *v : {&s.awsSecretAccessKey, &s.azureClientSecret, &s.scalrSecretKey, &s.spotToken}) {
        // The characters as they are in the buffer: no copy to wipe.
        h.addData(QByteArrayView(reinterpret_cast<const char *>(v->view().utf16()), v->size() * qsizetype(sizeof(char16_t))));
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
    Q_EMIT checkResultsChanged();
}

bool OnboardingController::checkResultsCurrent() const
{
    return !m_checkResults.isEmpty() && profileChanges(m_checkedProfile, m_profile).isEmpty() && secretsHash(m_secrets) == m_checkedSecrets;
}

} // namespace cc
