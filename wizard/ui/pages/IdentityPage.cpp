#include "IdentityPage.h"

#include "OnboardingController.h"
#include "ScalrServerRbDialog.h"
#include "ProfileRules.h"
#include "Engine.h"
#include "artefacts/ArtefactRegistry.h"
#include "artefacts/AzureCliCommands.h"
#include "artefacts/AzureNationalClouds.h"
#include "widgets/ArtefactView.h"
#include "widgets/ChecklistView.h"
#include "widgets/InfoBanner.h"
#include "widgets/ValidatedLineEdit.h"
#include "artefacts/ConfigFileWriter.h"
#include "artefacts/ScalrServerConfig.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QLabel>
#include <QSpinBox>
#include "widgets/FittedStack.h"

#include <QUrl>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace cc {

IdentityPage::IdentityPage(OnboardingController *controller, QWidget *parent) : JourneyPage(PageId::Identity, controller, parent)
{
    setTitle(tr("Identity and permissions"));
    setSubTitle(tr("Create the identity the platform will use, with exactly the permissions it needs."));
}

QString IdentityPage::helpText() const
{
    return tr("Scalr + AWS: a dedicated IAM user with the minimum policy shown, and an access key for it.\n\n"
              "Spot + AWS: an IAM role that trusts Spot's AWS account (922761411349) only with your external id; "
              "deploy the CloudFormation template, then paste the role's ARN.\n\n"
              "Azure: an app registration (service principal) with a client secret, the API permissions listed "
              "(Scalr), admin consent (“Grant permissions”, up to 15 minutes to take effect) and the Contributor role "
              "on the subscription. The az commands do the same from a shell.\n\n"
              "Copy or save each generated text; tick each portal step when done.");
}

void IdentityPage::build(QVBoxLayout *body)
{
    m_stack = new FittedStack(this);
    m_scalrAwsPane = new QWidget(m_stack);
    auto *scalrAws = new QVBoxLayout(m_scalrAwsPane);
    scalrAws->setContentsMargins(0, 0, 0, 0);
    scalrAws->addWidget(
        new InfoBanner(InfoBanner::Kind::Info,
                       tr("Create (or reuse) an IAM user for Scalr with at least the permissions below. Need help with users and "
                          "policies? See the <a href=\"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html\">AWS "
                          "Identity and Access Management documentation</a>."),
                       m_scalrAwsPane));
    m_spotAwsPane = buildSpotAws();
    m_azurePane = buildAzure();
    m_stack->addWidget(m_scalrAwsPane);
    m_stack->addWidget(m_spotAwsPane);
    m_stack->addWidget(m_azurePane);
    body->addWidget(m_stack);

    m_artefacts = new QWidget(this);
    m_artefacts->setObjectName(QStringLiteral("identityArtefacts"));
    new QVBoxLayout(m_artefacts);
    m_artefacts->layout()->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_artefacts);
    m_checklist = new ChecklistView(controller(), PageId::Identity, this);
    body->addWidget(m_checklist);
}

QWidget *IdentityPage::buildSpotAws()
{
    auto *pane = new QWidget(m_stack);
    auto *box = new QVBoxLayout(pane);
    box->setContentsMargins(0, 0, 0, 0);
    auto *form = newForm(box);
    m_externalId = addField(form, tr("E&xternal id:"), QStringLiteral("awsExternalId"), rules::awsExternalId);
    auto *fetchRow = new QHBoxLayout;
    auto *fetch = new QPushButton(tr("&Get it from Spot"), pane);
    fetch->setObjectName(QStringLiteral("fetchExternalId"));
    m_fetchStatus = new QLabel(pane);
    m_fetchStatus->setObjectName(QStringLiteral("fetchExternalIdStatus"));
    m_fetchStatus->setWordWrap(true);
    fetchRow->addWidget(fetch);
    fetchRow->addWidget(m_fetchStatus, 1);
    form->addRow(QString(), fetchRow);
    form->addRow(
        new InfoBanner(InfoBanner::Kind::Info,
                       tr("Spot issues the external id for your account (Get it from Spot asks Spot's API with the token from the "
                          "Platform page; the Spot console shows it too under Settings → Cloud accounts → Connect AWS account). It "
                          "goes into the trust policy, so that only Spot acting for your account can assume the role."),
                       pane));
    connect(fetch, &QPushButton::clicked, this, [this, fetch] {
        if (controller()->secrets().spotToken.isEmpty()) {
            m_fetchStatus->setText(tr("Enter the Spot API token on the Platform page first."));
            return;
        }
        if (!m_externalIdFetcher) {
            QString why;
            Engine *e = engine(&why); // loaded on the first request (Engine.h)
            if (!e) {
                m_fetchStatus->setText(why);
                return;
            }
            m_externalIdFetcher = e->createExternalIdFetcher(this);
            connect(m_externalIdFetcher, &ExternalIdFetcherInterface::externalIdReceived, this,
                    [this, fetch](const QString &id, const QString &error) {
                        fetch->setEnabled(true);
                        if (id.isEmpty()) {
                            m_fetchStatus->setText(error);
                            return;
                        }
                        m_externalId->setText(id);
                        controller()->setText(ProfileField::AwsExternalId, id);
                        m_fetchStatus->setText(tr("Received from Spot."));
                        refreshArtefacts();
                        Q_EMIT completeChanged();
                    });
        }
        fetch->setEnabled(false);
        m_fetchStatus->setText(tr("Asking Spot…"));
        NetSettings net;
        net.caBundle = controller()->profile().caBundle;
        m_externalIdFetcher->fetchSpotExternalId(controller()->profile(), controller()->secrets(), net);
    });
    m_roleName = addField(form, tr("&Role name:"), QStringLiteral("awsRoleName"), rules::awsRoleName);
    m_roleArn = addField(form, tr("Role &ARN (after creating it):"), QStringLiteral("awsRoleArn"),
                         [this](const QString &v) { return rules::awsRoleArn(v, controller()->profile().aws.partition); });
    connect(m_externalId, &ValidatedLineEdit::textEdited, this, [this](const QString &t) {
        controller()->setText(ProfileField::AwsExternalId, t);
        refreshArtefacts();
    });
    connect(m_roleName, &ValidatedLineEdit::textEdited, this, [this](const QString &t) {
        controller()->setText(ProfileField::AwsRoleName, t);
        refreshArtefacts();
    });
    connect(m_roleArn, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::AwsRoleArn, t); });
    return pane;
}

QWidget *IdentityPage::buildAzure()
{
    auto *pane = new QWidget(m_stack);
    auto *box = new QVBoxLayout(pane);
    box->setContentsMargins(0, 0, 0, 0);
    auto *form = newForm(box);
    m_appName = addField(form, tr("App registration na&me:"), QStringLiteral("azureAppName"), rules::azureAppName);
    m_signOnUrl = addField(form, tr("Sign-on &URL:"), QStringLiteral("azureSignOnUrl"), rules::endpointUrl);
    m_appIdUri = addField(form, tr("App &ID URI:"), QStringLiteral("azureAppIdUri"), rules::endpointUrl);
    auto *readConfig = new QPushButton(tr("Read the sign-on URL from scalr-server.rb…"), pane);
    readConfig->setObjectName(QStringLiteral("readSignOnFromConfig"));
    connect(readConfig, &QPushButton::clicked, this, [this] { readSignOnUrlFrom(QString()); });
    form->addRow(QString(), readConfig);
    m_readConfig = readConfig;
    m_secretYears = new QSpinBox(pane);
    m_secretYears->setObjectName(QStringLiteral("azureSecretYears"));
    m_secretYears->setRange(1, 2);
    m_secretYears->setSuffix(tr(" year(s)"));
    m_secretYears->setAccessibleName(tr("Client secret lifetime"));
    auto *yearsLabel = new QLabel(tr("Client secret &lifetime:"), pane);
    yearsLabel->setBuddy(m_secretYears);
    form->addRow(yearsLabel, m_secretYears);

    m_scalrAzureOnly = new QWidget(pane);
    auto *scalrBox = new QVBoxLayout(m_scalrAzureOnly);
    scalrBox->setContentsMargins(0, 0, 0, 0);
    scalrBox->addWidget(
        new InfoBanner(InfoBanner::Kind::Info,
                       tr("<b>Sign-on URL</b>: the address you use for the Scalr web UI — routing[:endpoint_host] in "
                          "scalr-server.rb. <b>App ID URI</b>: https://&lt;your directory's domain&gt;/&lt;app&gt;, the domain from "
                          "“Domains” in the same directory."),
                       m_scalrAzureOnly));
    auto *perms = new QLabel(m_scalrAzureOnly);
    perms->setObjectName(QStringLiteral("azurePermissionList"));
    perms->setWordWrap(true);
    perms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    perms->setText(tr("<b>Required permissions</b> (all of them — missing ones lead to unexpected behaviour):"
                      "<ul><li><b>Windows Azure Active Directory</b><ul>"
                      "<li>Delegated: Sign in and read user profile</li>"
                      "<li>Delegated: Access the directory as the signed-in user</li>"
                      "<li>Application: Read directory data</li>"
                      "<li>Application: Read and write directory data</li></ul></li>"
                      "<li><b>Windows Azure Service Management API</b><ul>"
                      "<li>Delegated: Access Azure Service Management</li></ul></li></ul>"));
    scalrBox->addWidget(perms);
    auto *grant = new InfoBanner(InfoBanner::Kind::Warning,
                                 tr("You MUST select <b>Grant permissions</b> to make the permission changes active. It "
                                    "may take up to <b>15 minutes</b> to take effect and for the subscription to become "
                                    "selectable in Scalr."),
                                 m_scalrAzureOnly);
    grant->setObjectName(QStringLiteral("grantPermissionsWarning"));
    scalrBox->addWidget(grant);
    box->addWidget(m_scalrAzureOnly);
    auto *contributor = new InfoBanner(InfoBanner::Kind::Info,
                                       tr("Finally, the app needs the <b>Contributor</b> role on the subscription "
                                          "(Subscription → Access control (IAM)). If the app is not offered in the "
                                          "list, type its name anyway."),
                                       pane);
    box->addWidget(contributor);
    m_portalLinks = new InfoBanner(InfoBanner::Kind::Info, QString(), pane);
    m_portalLinks->setObjectName(QStringLiteral("azurePortalLinks"));
    box->addWidget(m_portalLinks);

    connect(m_appName, &ValidatedLineEdit::textEdited, this, [this](const QString &t) {
        controller()->setText(ProfileField::AzureAppName, t);
        refreshArtefacts();
    });
    connect(m_signOnUrl, &ValidatedLineEdit::textEdited, this, [this](const QString &t) {
        controller()->setText(ProfileField::AzureSignOnUrl, t);
        refreshArtefacts();
    });
    connect(m_appIdUri, &ValidatedLineEdit::textEdited, this, [this](const QString &t) {
        controller()->setText(ProfileField::AzureAppIdUri, t);
        refreshArtefacts();
    });
    connect(m_secretYears, qOverload<int>(&QSpinBox::valueChanged), this, [this](int years) {
        controller()->setAzureSecretExpiresAt(QDateTime(QDate::currentDate().addYears(years), QTime(0, 0), Qt::UTC));
        refreshArtefacts();
    });
    return pane;
}

QString IdentityPage::readSignOnUrlFrom(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty())
        path = askForScalrServerRb(this);
    if (path.isEmpty())
        return {};
    const ConfigFileRead read = readConfigFile(path);
    const QString host = read.ok ? routingEndpointHost(read.text) : QString();
    const QString url = defaultSignOnUrl(host);
    if (url.isEmpty()) {
        QMessageBox::information(this, tr("No endpoint host found"),
                                 read.ok ? tr("%1 has no routing[:endpoint_host] = \"…\" line. Enter the address of the Scalr web "
                                              "UI instead.")
                                               .arg(path)
                                         : read.error);
        return {};
    }
    m_signOnUrl->setText(url);
    controller()->setText(ProfileField::AzureSignOnUrl, url);
    refreshArtefacts();
    return url;
}

void IdentityPage::loadFromProfile()
{
    const Profile &p = controller()->profile();
    m_externalId->setText(p.aws.externalId);
    m_roleName->setText(p.aws.roleName);
    m_roleArn->setText(p.aws.roleArn);
    m_appName->setText(p.azure.appName);
    m_signOnUrl->setText(p.azure.signOnUrl);
    m_appIdUri->setText(p.azure.appIdUri);
    const QSignalBlocker blocker(m_secretYears);
    const qint64 days = p.azure.secretExpiresAt.isValid() ? QDateTime::currentDateTimeUtc().daysTo(p.azure.secretExpiresAt) : 365;
    m_secretYears->setValue(days > 400 ? 2 : 1);
}

void IdentityPage::refreshAzureDefaults()
{
    // Computed defaults: the sign-on URL is the Scalr web UI's address; the App ID URI is built
    // from the directory's domain. Only empty fields are filled, never the admin's own values.
    const Profile &p = controller()->profile();
    if (p.cloud != CloudKind::Azure)
        return;
    if (m_signOnUrl->text().isEmpty() && p.platform.kind == PlatformKind::Scalr) {
        const QString url = defaultSignOnUrl(p.platform.endpoint);
        if (!url.isEmpty()) {
            m_signOnUrl->setText(url);
            controller()->setText(ProfileField::AzureSignOnUrl, url);
        }
    }
    if (m_appIdUri->text().isEmpty()) {
        const QString uri = defaultAppIdUri(p.azure.tenantName, p.azure.appName);
        if (!uri.isEmpty()) {
            m_appIdUri->setText(uri);
            controller()->setText(ProfileField::AzureAppIdUri, uri);
        }
    }
    if (!p.azure.secretExpiresAt.isValid())
        controller()->setAzureSecretExpiresAt(QDateTime(QDate::currentDate().addYears(m_secretYears->value()), QTime(0, 0), Qt::UTC));
}

void IdentityPage::journeyChanged()
{
    const Profile &p = controller()->profile();
    const bool scalr = p.platform.kind == PlatformKind::Scalr;
    if (p.cloud == CloudKind::Aws)
        m_stack->setCurrentWidget(scalr ? m_scalrAwsPane : m_spotAwsPane);
    else
        m_stack->setCurrentWidget(m_azurePane);
    m_scalrAzureOnly->setVisible(scalr);
    m_readConfig->setVisible(scalr);
    // Spot's own documents do not use a sign-on URL or App ID URI.
    m_signOnUrl->setOptional(!scalr);
    m_appIdUri->setOptional(!scalr);
    refreshAzureDefaults();
    const AzureCloudInfo cloud = azureCloudInfo(p.azure.cloud);
    m_portalLinks->setText(tr("Portal for %1: <a href=\"%2\">%2</a> — <a href=\"%3\">App registrations</a> — "
                              "<a href=\"%4\">Subscriptions</a>")
                               .arg(cloud.displayName, cloud.portal, azurePortalAppRegistrationsUrl(p.azure.cloud),
                                    azurePortalSubscriptionsUrl(p.azure.cloud)));
    refreshArtefacts();
    m_checklist->refresh();
    Q_EMIT completeChanged();
}

void IdentityPage::refreshArtefacts()
{
    auto *layout = m_artefacts->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Profile &p = controller()->profile();
    for (const Artefact &a : artefactsFor(p)) {
        if (a.name == QLatin1String("scalr-server-entry"))
            continue; // shown on the Connection policy page
        auto *view = new ArtefactView(QStringLiteral("artefact_") + QString(a.name).replace(u'-', u'_'), m_artefacts);
        view->setContent(a.title, a.explanation.toHtmlEscaped(), a.content, a.fileName);
        layout->addWidget(view);
    }
}

} // namespace cc
