#include "NetworkPage.h"

#include "OnboardingController.h"
#include "ProfileRules.h"
#include "widgets/ChecklistView.h"
#include "widgets/InfoBanner.h"
#include "widgets/ValidatedLineEdit.h"

#include <QFormLayout>
#include "widgets/FittedStack.h"

#include <QVBoxLayout>

namespace cc {

NetworkPage::NetworkPage(OnboardingController *controller, QWidget *parent) : JourneyPage(PageId::Network, controller, parent)
{
    setTitle(tr("Network"));
    setSubTitle(tr("The network the managed instances will live in."));
}

QString NetworkPage::helpText() const
{
    return tr("AWS: the region and the id of the VPC for the managed instances (VPC console → Your VPCs). "
              "EC2-Classic is shared with every other AWS customer in the region and is not acceptable.\n\n"
              "Azure: the resource group and name of the virtual network (or its full resource id, from the "
              "network's Properties → Resource ID).");
}

void NetworkPage::build(QVBoxLayout *body)
{
    m_stack = new FittedStack(this);
    auto *awsPane = new QWidget(m_stack);
    auto *awsBox = new QVBoxLayout(awsPane);
    awsBox->setContentsMargins(0, 0, 0, 0);
    auto *awsForm = newForm(awsBox);
    m_regionField = addField(awsForm, tr("&Region:"), QStringLiteral("awsRegion"),
                             [this](const QString &v) { return rules::awsRegion(v, controller()->profile().aws.partition); });
    m_regionField->setPlaceholderText(QStringLiteral("us-east-1"));
    m_vpc = addField(awsForm, tr("&VPC id:"), QStringLiteral("awsVpcId"), rules::awsVpcId);
    m_vpc->setPlaceholderText(QStringLiteral("vpc-0a1b2c3d4e5f60718"));
    auto *classic =
        new InfoBanner(InfoBanner::Kind::Warning,
                       tr("Use a VPC. Every AWS user can still reach the EC2-Classic network, but it is shared with all other "
                          "customers in the region and is typically <b>not acceptable</b>. No VPC yet? See the "
                          "<a href=\"https://docs.aws.amazon.com/vpc/latest/userguide/create-vpc.html\">Amazon VPC documentation</a>."),
                       awsPane);
    classic->setObjectName(QStringLiteral("ec2ClassicWarning"));
    awsBox->addWidget(classic);

    auto *azurePane = new QWidget(m_stack);
    auto *azureBox = new QVBoxLayout(azurePane);
    azureBox->setContentsMargins(0, 0, 0, 0);
    auto *azureForm = newForm(azureBox);
    m_resourceGroup = addField(azureForm, tr("Resource &group:"), QStringLiteral("azureResourceGroup"), rules::azureResourceGroup);
    m_vnet = addField(azureForm, tr("&Virtual network:"), QStringLiteral("azureVnet"), rules::azureVnet);
    m_vnet->setPlaceholderText(tr("name, or full resource id /subscriptions/…/virtualNetworks/…"));
    azureBox->addWidget(
        new InfoBanner(InfoBanner::Kind::Info,
                       tr("The instances need an Azure Virtual Network. To create one, see the "
                          "<a href=\"https://learn.microsoft.com/azure/virtual-network/quick-create-portal\">Virtual Network "
                          "documentation</a>."),
                       azurePane));

    m_stack->addWidget(awsPane);
    m_stack->addWidget(azurePane);
    body->addWidget(m_stack);
    m_checklist = new ChecklistView(controller(), PageId::Network, this);
    body->addWidget(m_checklist);

    connect(m_regionField, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::AwsRegion, t); });
    connect(m_vpc, &ValidatedLineEdit::textEdited, this, [this](const QString &t) { controller()->setText(ProfileField::AwsVpcId, t); });
    connect(m_resourceGroup, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::AzureResourceGroup, t); });
    connect(m_vnet, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::AzureVnetName, t); });
}

void NetworkPage::loadFromProfile()
{
    const Profile &p = controller()->profile();
    m_regionField->setText(p.aws.region);
    m_vpc->setText(p.aws.vpcId);
    m_resourceGroup->setText(p.azure.resourceGroup);
    m_vnet->setText(p.azure.vnetName);
}

void NetworkPage::journeyChanged()
{
    const Profile &p = controller()->profile();
    m_stack->setCurrentIndex(p.cloud == CloudKind::Aws ? 0 : 1);
    // The partition may have changed the default region since this page was loaded.
    if (m_regionField->text() != p.aws.region)
        m_regionField->setText(p.aws.region);
    m_regionField->revalidate(!m_regionField->text().isEmpty());
    m_checklist->refresh();
    Q_EMIT completeChanged();
}

} // namespace cc
