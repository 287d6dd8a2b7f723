#include "PlatformPage.h"

#include "OnboardingController.h"
#include "ProfileRules.h"
#include "widgets/WrappedChoice.h"
#include "widgets/InfoBanner.h"
#include "widgets/ValidatedLineEdit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QRegularExpression>
#include "widgets/FittedStack.h"

#include <QVBoxLayout>

namespace cc {
namespace {

QStringList splitIds(const QString &text)
{
    QStringList ids = text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    ids.removeDuplicates();
    return ids;
}

QString environmentIdsRule(const QString &text)
{
    const QStringList ids = splitIds(text);
    if (ids.size() > 100)
        return QStringLiteral("at most 100 environments");
    for (const QString &id : ids) {
        const QString reason = rules::scalrEnvironmentId(id);
        if (!reason.isEmpty())
            return QStringLiteral("“%1”: %2").arg(id, reason);
    }
    return {};
}

} // namespace

PlatformPage::PlatformPage(OnboardingController *controller, QWidget *parent) : JourneyPage(PageId::Platform, controller, parent)
{
    setTitle(tr("Platform"));
    setSubTitle(tr("Which platform will manage the cloud account, and its API credentials."));
}

QString PlatformPage::helpText() const
{
    return tr("Scalr: the address of your Scalr server and an API key (Scalr → your profile → API access). The key's "
              "secret goes to the system keychain. The scope decides who can use the credentials.\n\n"
              "Spot: the API endpoint (normally https://api.spotinst.io), the account id (act-…) from Settings → "
              "Account, and an API token from Settings → API.");
}

void PlatformPage::build(QVBoxLayout *body)
{
    auto *choice = new QButtonGroup(this);
    m_scalr = new QRadioButton(this);
    m_scalr->setObjectName(QStringLiteral("platformScalr"));
    m_spot = new QRadioButton(this);
    m_spot->setObjectName(QStringLiteral("platformSpot"));
    choice->addButton(m_scalr);
    choice->addButton(m_spot);
    body->addWidget(new WrappedChoice(m_scalr, tr("S&calr — cloud management platform (self-hosted or hosted)"), this));
    body->addWidget(new WrappedChoice(m_spot, tr("S&pot (Spotinst) — cost-optimised compute"), this));

    m_stack = new FittedStack(this);
    auto *scalrPane = new QWidget(m_stack);
    auto *spotPane = new QWidget(m_stack);
    buildScalr(scalrPane);
    buildSpot(spotPane);
    m_stack->addWidget(scalrPane);
    m_stack->addWidget(spotPane);
    body->addWidget(m_stack);

    connect(m_scalr, &QRadioButton::toggled, this, [this](bool on) {
        if (!on)
            return;
        controller()->setPlatformKind(PlatformKind::Scalr);
    });
    connect(m_spot, &QRadioButton::toggled, this, [this](bool on) {
        if (!on)
            return;
        // What Spot implies (IAM role, no connection policy) is the model's: core/ProfileChoices.
        controller()->setPlatformKind(PlatformKind::Spot);
    });
}

void PlatformPage::buildScalr(QWidget *w)
{
    auto *box = new QVBoxLayout(w);
    box->setContentsMargins(0, 8, 0, 0);
    auto *form = newForm(box);
    m_scalrEndpoint = addField(form, tr("Scalr &server URL:"), QStringLiteral("scalrEndpoint"), rules::endpointUrl);
    m_scalrEndpoint->setPlaceholderText(QStringLiteral("https://scalr.example.com"));
    m_apiKeyId = addField(form, tr("API &key id:"), QStringLiteral("scalrApiKeyId"), rules::scalrApiKeyId);
    m_scalrSecret = addField(form, tr("API secret ke&y:"), QStringLiteral("scalrSecretKey"), rules::scalrSecretKey);
    m_scalrSecret->setSecret(true);

    m_scope = new QComboBox(w);
    m_scope->setObjectName(QStringLiteral("scalrScope"));
    // As wide as the page allows, not as wide as the longest choice (which would scroll sideways).
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(24);
    m_scope->addItem(tr("Account — available to the environments of one account"), int(ScalrScope::Account));
    m_scope->addItem(tr("Environment — only the environments listed below"), int(ScalrScope::Environment));
    m_scope->addItem(tr("Scalr — available to every account"), int(ScalrScope::Scalr));
    m_scope->setAccessibleName(tr("Scope"));
    auto *scopeLabel = new QLabel(tr("Sc&ope:"), w);
    scopeLabel->setBuddy(m_scope);
    form->addRow(scopeLabel, m_scope);
    m_scopeWarning = new InfoBanner(InfoBanner::Kind::Warning,
                                    tr("Credentials added at the Scalr scope are available to <b>all accounts</b>. Only "
                                       "use the Scalr scope if every account is trusted to use this cloud account."),
                                    w);
    m_scopeWarning->setObjectName(QStringLiteral("scalrScopeWarning"));
    form->addRow(m_scopeWarning);
    m_scalrAccount = addField(form, tr("&Account id:"), QStringLiteral("scalrAccountId"), rules::scalrAccountId);
    m_environments = addField(form, tr("&Environment ids to link:"), QStringLiteral("scalrEnvironmentIds"), environmentIdsRule);
    m_environments->setPlaceholderText(tr("e.g. 5, 7 — the environments that will use these credentials"));
    m_credentialsName = addField(form, tr("C&redentials name in Scalr:"), QStringLiteral("credentialsName"), rules::credentialsName);

    connect(m_scalrEndpoint, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::PlatformEndpoint, t); });
    connect(m_apiKeyId, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::PlatformApiKeyId, t); });
    connect(m_scalrSecret, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setSecret(&SecretValues::scalrSecretKey, t); });
    connect(m_scalrAccount, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::PlatformAccountId, t); });
    connect(m_environments, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setEnvironmentIds(splitIds(t)); });
    connect(m_credentialsName, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::PlatformCredentialsName, t); });
    connect(m_scope, qOverload<int>(&QComboBox::activated), this, [this] {
        controller()->setScalrScope(ScalrScope(m_scope->currentData().toInt()));
        scopeChanged();
    });
}

void PlatformPage::buildSpot(QWidget *w)
{
    auto *box = new QVBoxLayout(w);
    box->setContentsMargins(0, 8, 0, 0);
    auto *form = newForm(box);
    m_spotEndpoint = addField(form, tr("API &endpoint:"), QStringLiteral("spotEndpoint"), rules::endpointUrl);
    m_spotAccount = addField(form, tr("&Account id:"), QStringLiteral("spotAccountId"), rules::spotAccountId);
    m_spotAccount->setPlaceholderText(QStringLiteral("act-1a2b3c4d"));
    m_spotToken = addField(form, tr("API &token:"), QStringLiteral("spotToken"), rules::spotToken);
    m_spotToken->setSecret(true);
    box->addWidget(new InfoBanner(InfoBanner::Kind::Info,
                                  tr("Every call to Spot carries the token as <tt>Authorization: Bearer</tt> and the "
                                     "account as <tt>?accountId=act-…</tt>. The token goes to the system keychain."),
                                  w));
    connect(m_spotEndpoint, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::PlatformEndpoint, t); });
    connect(m_spotAccount, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::PlatformAccountId, t); });
    connect(m_spotToken, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setSecret(&SecretValues::spotToken, t); });
}

void PlatformPage::scopeChanged()
{
    const auto scope = ScalrScope(m_scope->currentData().toInt());
    m_scopeWarning->setVisible(scope == ScalrScope::Scalr);
    // Account scope needs the account; environment scope needs at least one environment.
    m_scalrAccount->setOptional(scope != ScalrScope::Account);
    m_environments->setOptional(scope != ScalrScope::Environment);
    m_environments->setRule([scope](const QString &t) {
        if (scope == ScalrScope::Environment && splitIds(t).isEmpty())
            return QStringLiteral("environment scope needs at least one environment id");
        return environmentIdsRule(t);
    });
    Q_EMIT completeChanged();
}

void PlatformPage::loadFromProfile()
{
    const Profile &p = controller()->profile();
    const SecretValues &s = controller()->secrets();
    const bool scalr = p.platform.kind == PlatformKind::Scalr;
    {
        // Loading shows the model; it must not count as the user's input.
        const QSignalBlocker b1(m_scalr), b2(m_spot);
        (scalr ? m_scalr : m_spot)->setChecked(true);
    }
    m_scalrEndpoint->setText(scalr ? p.platform.endpoint : QString());
    m_apiKeyId->setText(p.platform.apiKeyId);
    m_scalrSecret->setText(s.scalrSecretKey.toString()); // the line edit keeps Qt copies (SecretValues.h)
    m_scope->setCurrentIndex(m_scope->findData(int(p.platform.scope)));
    m_scalrAccount->setText(scalr ? p.platform.accountId : QString());
    m_environments->setText(p.platform.environmentIds.join(QStringLiteral(", ")));
    m_credentialsName->setText(p.platform.credentialsName);
    m_spotEndpoint->setText(scalr || p.platform.endpoint.isEmpty() ? QString::fromLatin1(kSpotDefaultEndpoint) : p.platform.endpoint);
    m_spotAccount->setText(scalr ? QString() : p.platform.accountId);
    m_spotToken->setText(s.spotToken.toString()); // the line edit keeps Qt copies (SecretValues.h)
    const QString hint = controller()->secretsFromKeychain() ? tr("from the keychain") : QString();
    m_scalrSecret->setStoredHint(s.scalrSecretKey.isEmpty() ? QString() : hint);
    m_spotToken->setStoredHint(s.spotToken.isEmpty() ? QString() : hint);
    scopeChanged();
}

void PlatformPage::journeyChanged()
{
    const bool scalr = controller()->profile().platform.kind == PlatformKind::Scalr;
    m_stack->setCurrentIndex(scalr ? 0 : 1);
    // The two panes share the profile's endpoint and account fields; write the visible pane's.
    const Profile &p = controller()->profile();
    const QString endpoint = scalr ? m_scalrEndpoint->text() : m_spotEndpoint->text();
    const QString account = scalr ? m_scalrAccount->text() : m_spotAccount->text();
    if (p.platform.endpoint != endpoint || p.platform.accountId != account) {
        controller()->setText(ProfileField::PlatformEndpoint, endpoint);
        controller()->setText(ProfileField::PlatformAccountId, account);
    }
    // The credentials get the onboarding's name unless the admin chose another.
    if (m_credentialsName->text().isEmpty() && !p.name.isEmpty()) {
        m_credentialsName->setText(p.name);
        controller()->setText(ProfileField::PlatformCredentialsName, p.name);
    }
    Q_EMIT completeChanged();
}

bool PlatformPage::extraComplete() const
{
    return m_scalr->isChecked() || m_spot->isChecked();
}

} // namespace cc
