#include "CloudPage.h"

#include "OnboardingController.h"
#include "widgets/InfoBanner.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace cc {

CloudPage::CloudPage(OnboardingController *controller, QWidget *parent) : JourneyPage(PageId::Cloud, controller, parent)
{
    setTitle(tr("Cloud"));
    setSubTitle(tr("Which cloud the platform will manage, and which of its separate clouds (partitions) it lives in."));
}

QString CloudPage::helpText() const
{
    return tr("AWS partitions are separate clouds with their own accounts and endpoints: commercial (aws), "
              "AWS GovCloud (US) and AWS China. Azure likewise: Azure (public), Azure US Government and Azure China "
              "(21Vianet) each have their own sign-in, Resource Manager and portal. Microsoft Cloud Deutschland closed "
              "on 2021-10-29; its profiles can be opened but not used.");
}

void CloudPage::build(QVBoxLayout *body)
{
    auto *group = new QButtonGroup(this);
    m_aws = new QRadioButton(tr("&Amazon Web Services (AWS)"), this);
    m_aws->setObjectName(QStringLiteral("cloudAws"));
    m_azure = new QRadioButton(tr("Microsoft A&zure"), this);
    m_azure->setObjectName(QStringLiteral("cloudAzure"));
    group->addButton(m_aws);
    group->addButton(m_azure);

    auto *form = newForm(body);
    m_partition = new QComboBox(this);
    m_partition->setObjectName(QStringLiteral("awsPartition"));
    m_partition->setAccessibleName(tr("AWS partition"));
    m_partition->addItem(tr("Commercial (aws)"), int(AwsPartition::Aws));
    m_partition->addItem(tr("AWS GovCloud (US) (aws-us-gov)"), int(AwsPartition::AwsUsGov));
    m_partition->addItem(tr("AWS China (aws-cn)"), int(AwsPartition::AwsCn));
    m_azureCloud = new QComboBox(this);
    m_azureCloud->setObjectName(QStringLiteral("azureCloud"));
    m_azureCloud->setAccessibleName(tr("Azure cloud"));
    m_azureCloud->addItem(tr("Azure (public) — AzureCloud"), int(AzureCloud::Public));
    m_azureCloud->addItem(tr("Azure US Government — AzureUSGovernment"), int(AzureCloud::UsGovernment));
    m_azureCloud->addItem(tr("Azure China (21Vianet) — AzureChinaCloud"), int(AzureCloud::China));
    m_azureCloud->addItem(tr("Azure Germany — retired since 2021-10-29"), int(AzureCloud::Germany));
    // Listed so that old profiles make sense, but not selectable for new work.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_azureCloud->model()))
        model->item(3)->setEnabled(false);

    auto *partitionLabel = new QLabel(tr("&Partition:"), this);
    partitionLabel->setBuddy(m_partition);
    auto *cloudLabel = new QLabel(tr("Azure &cloud:"), this);
    cloudLabel->setBuddy(m_azureCloud);
    form->addRow(m_aws);
    form->addRow(partitionLabel, m_partition);
    form->addRow(m_azure);
    form->addRow(cloudLabel, m_azureCloud);
    m_germany = new InfoBanner(InfoBanner::Kind::Error,
                               tr("This profile uses Microsoft Cloud Deutschland (AzureGermanCloud), which closed on "
                                  "2021-10-29. Choose the cloud the subscription was migrated to."),
                               this);
    m_germany->setObjectName(QStringLiteral("azureGermanyRetired"));
    body->addWidget(m_germany);

    connect(m_aws, &QRadioButton::toggled, this, [this](bool on) {
        if (on) {
            controller()->setCloud(CloudKind::Aws);
        }
        journeyChanged();
    });
    connect(m_azure, &QRadioButton::toggled, this, [this](bool on) {
        if (on) {
            controller()->setCloud(CloudKind::Azure);
        }
        journeyChanged();
    });
    connect(m_partition, qOverload<int>(&QComboBox::activated), this, [this] {
        // The model keeps the regions inside the chosen partition (core/ProfileChoices).
        controller()->setAwsPartition(AwsPartition(m_partition->currentData().toInt()));
    });
    connect(m_azureCloud, qOverload<int>(&QComboBox::activated), this, [this] {
        controller()->setAzureCloud(AzureCloud(m_azureCloud->currentData().toInt()));
        journeyChanged();
    });
}

void CloudPage::loadFromProfile()
{
    const Profile &p = controller()->profile();
    // Loading shows the model; it must not count as the user's input.
    const QSignalBlocker b1(m_aws), b2(m_azure);
    (p.cloud == CloudKind::Aws ? m_aws : m_azure)->setChecked(true);
    m_partition->setCurrentIndex(m_partition->findData(int(p.aws.partition)));
    m_azureCloud->setCurrentIndex(m_azureCloud->findData(int(p.azure.cloud)));
}

void CloudPage::journeyChanged()
{
    const bool aws = m_aws->isChecked();
    m_partition->setEnabled(aws);
    m_azureCloud->setEnabled(!aws);
    m_germany->setVisible(!aws && controller()->profile().azure.cloud == AzureCloud::Germany);
    Q_EMIT completeChanged();
}

bool CloudPage::extraComplete() const
{
    if (m_aws->isChecked())
        return true;
    return m_azure->isChecked() && controller()->profile().azure.cloud != AzureCloud::Germany;
}

} // namespace cc
