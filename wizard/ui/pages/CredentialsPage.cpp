#include "CredentialsPage.h"

#include "OnboardingController.h"
#include "ProfileRules.h"
#include "widgets/InfoBanner.h"
#include "widgets/KeychainStatus.h"
#include "widgets/ValidatedLineEdit.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QLabel>
#include <QSignalBlocker>
#include "widgets/FittedStack.h"

#include <QVBoxLayout>

namespace cc {

CredentialsPage::CredentialsPage(OnboardingController *controller, QWidget *parent) : JourneyPage(PageId::Credentials, controller, parent)
{
    setTitle(tr("Credentials"));
    setSubTitle(tr("The values from the identity you just created. Secrets are masked and go only to the system keychain."));
}

QString CredentialsPage::helpText() const
{
    return tr("AWS: the Access Key ID (AKIA… or ASIA…, 20 characters) and the Secret Access Key (40 characters) from "
              "IAM → Users → Security credentials → Create access key.\n\n"
              "Azure: the Directory (tenant) ID from Entra ID → Properties, the Application (client) ID from the app "
              "registration, the Subscription ID from the subscription's Overview, and the client secret's value "
              "with its expiry date.");
}

void CredentialsPage::build(QVBoxLayout *body)
{
    m_stack = new FittedStack(this);

    auto *awsPane = new QWidget(m_stack);
    auto *awsBox = new QVBoxLayout(awsPane);
    awsBox->setContentsMargins(0, 0, 0, 0);
    m_spotAwsNote = new InfoBanner(InfoBanner::Kind::Info,
                                   tr("Optional for Spot: Spot uses the role, not a key. An access key of the account "
                                      "that holds the role only lets the wizard confirm the account; it is never sent "
                                      "to Spot."),
                                   awsPane);
    awsBox->addWidget(m_spotAwsNote);
    auto *awsForm = newForm(awsBox);
    m_accessKeyId = addField(awsForm, tr("Access key &ID:"), QStringLiteral("awsAccessKeyId"), rules::awsAccessKeyId);
    m_accessKeyId->setPlaceholderText(QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    m_secretAccessKey = addField(awsForm, tr("&Secret access key:"), QStringLiteral("awsSecretAccessKey"), rules::awsSecretAccessKey);
    m_secretAccessKey->setSecret(true);

    auto *azurePane = new QWidget(m_stack);
    auto *azureBox = new QVBoxLayout(azurePane);
    azureBox->setContentsMargins(0, 0, 0, 0);
    auto *azureForm = newForm(azureBox);
    m_tenantId = addField(azureForm, tr("Directory (&tenant) ID:"), QStringLiteral("azureTenantId"), rules::guid);
    m_tenantName = addField(azureForm, tr("Tenant &domain:"), QStringLiteral("azureTenantName"), rules::domainName);
    m_tenantName->setPlaceholderText(QStringLiteral("contoso.onmicrosoft.com"));
    m_clientId = addField(azureForm, tr("Application (&client) ID:"), QStringLiteral("azureClientId"), rules::guid);
    m_subscriptionId = addField(azureForm, tr("S&ubscription ID:"), QStringLiteral("azureSubscriptionId"), rules::guid);
    m_clientSecret = addField(azureForm, tr("Client s&ecret:"), QStringLiteral("azureClientSecret"),
                              [this](const QString &v) { return rules::azureClientSecret(v, controller()->profile().platform.kind); });
    m_clientSecret->setSecret(true);
    m_expiry = new QDateEdit(azurePane);
    m_expiry->setObjectName(QStringLiteral("azureSecretExpiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiry->setMinimumDate(QDate::currentDate());
    m_expiry->setAccessibleName(tr("Client secret expires on"));
    auto *expiryLabel = new QLabel(tr("Secret e&xpires on:"), azurePane);
    expiryLabel->setBuddy(m_expiry);
    azureForm->addRow(expiryLabel, m_expiry);
    m_scalrSecretRule = new InfoBanner(InfoBanner::Kind::Warning,
                                       tr("Scalr: the secret MUST NOT contain “+” or “/” — these cause API errors. If "
                                          "yours has either, generate a new secret without them."),
                                       azurePane);
    azureBox->addWidget(m_scalrSecretRule);

    m_stack->addWidget(awsPane);
    m_stack->addWidget(azurePane);
    body->addWidget(m_stack);

    // Secrets go to the keychain only on request (or on submit); until then they live in memory.
    auto *saveRow = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save secrets to the &keychain"), this);
    save->setObjectName(QStringLiteral("saveSecrets"));
    save->setToolTip(tr("Stores this profile's secrets (platform and cloud) in the system keychain, never in a file."));
    saveRow->addWidget(save);
    saveRow->addStretch(1);
    body->addLayout(saveRow);
    m_keychain = new KeychainStatus(QStringLiteral("credentialsKeychain"), this);
    body->addWidget(m_keychain);
    auto storeNow = [this, save] {
        save->setEnabled(false);
        KeychainJob *job = controller()->storeSecrets();
        m_keychain->follow(job, tr("Storing the secrets in the system keychain…"));
        connect(job, &QObject::destroyed, save, [save] { save->setEnabled(true); });
    };
    connect(save, &QPushButton::clicked, this, storeNow);
    connect(m_keychain, &KeychainStatus::retryRequested, this, storeNow);

    connect(m_accessKeyId, &ValidatedLineEdit::textEdited, this, [this](const QString &t) {
        controller()->setText(ProfileField::AwsAccessKeyId, t);
        m_secretAccessKey->setOptional(controller()->profile().platform.kind == PlatformKind::Spot && t.isEmpty());
    });
    connect(m_secretAccessKey, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setSecret(&SecretValues::awsSecretAccessKey, t); });
    connect(m_tenantId, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::AzureTenantId, t); });
    connect(m_tenantName, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::AzureTenantName, t); });
    connect(m_clientId, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::AzureClientId, t); });
    connect(m_subscriptionId, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::AzureSubscriptionId, t); });
    connect(m_clientSecret, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setSecret(&SecretValues::azureClientSecret, t); });
    connect(m_expiry, &QDateEdit::userDateChanged, this,
            [this](QDate d) { controller()->setAzureSecretExpiresAt(QDateTime(d, QTime(0, 0), Qt::UTC)); });
}

void CredentialsPage::loadFromProfile()
{
    const Profile &p = controller()->profile();
    const SecretValues &s = controller()->secrets();
    m_accessKeyId->setText(p.aws.accessKeyId);
    m_secretAccessKey->setText(s.awsSecretAccessKey.toString()); // the line edit keeps Qt copies (SecretValues.h)
    m_tenantId->setText(p.azure.tenantId);
    m_tenantName->setText(p.azure.tenantName);
    m_clientId->setText(p.azure.clientId);
    m_subscriptionId->setText(p.azure.subscriptionId);
    m_clientSecret->setText(s.azureClientSecret.toString()); // the line edit keeps Qt copies (SecretValues.h)
    const QString hint = controller()->secretsFromKeychain() ? tr("from the keychain") : QString();
    m_secretAccessKey->setStoredHint(s.awsSecretAccessKey.isEmpty() ? QString() : hint);
    m_clientSecret->setStoredHint(s.azureClientSecret.isEmpty() ? QString() : hint);
}

void CredentialsPage::journeyChanged()
{
    const Profile &p = controller()->profile();
    const bool spot = p.platform.kind == PlatformKind::Spot;
    m_stack->setCurrentIndex(p.cloud == CloudKind::Aws ? 0 : 1);
    m_spotAwsNote->setVisible(spot);
    m_accessKeyId->setOptional(spot);
    // For Spot the secret is needed only together with a key id.
    m_secretAccessKey->setOptional(spot && m_accessKeyId->text().isEmpty());
    m_tenantName->setOptional(spot); // Scalr's credentials dialog asks for the tenant name
    m_scalrSecretRule->setVisible(!spot);
    m_clientSecret->revalidate(!m_clientSecret->text().isEmpty());
    if (p.azure.secretExpiresAt.isValid()) {
        const QSignalBlocker blocker(m_expiry);
        m_expiry->setDate(p.azure.secretExpiresAt.date());
    }
    Q_EMIT completeChanged();
}

} // namespace cc
