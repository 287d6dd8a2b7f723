#include "BillingPage.h"

#include "OnboardingController.h"
#include "ProfileRules.h"
#include "widgets/WrappedChoice.h"
#include "widgets/ChecklistView.h"
#include "widgets/InfoBanner.h"
#include "widgets/ValidatedLineEdit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QRegularExpression>
#include <QSignalBlocker>
#include "widgets/FittedStack.h"

#include <QVBoxLayout>

namespace cc {
namespace {

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &t : text.split(u',', Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
            tags << t.trimmed();
    return tags;
}

QString tagsRule(const QString &text)
{
    const QStringList tags = splitTags(text);
    if (tags.size() > 50)
        return QStringLiteral("at most 50 tags");
    for (const QString &t : tags) {
        const QString reason = rules::azureTagName(t);
        if (!reason.isEmpty())
            return QStringLiteral("“%1”: %2").arg(t, reason);
    }
    return {};
}

} // namespace

BillingPage::BillingPage(OnboardingController *controller, QWidget *parent) : JourneyPage(PageId::Billing, controller, parent)
{
    setTitle(tr("Detailed billing (optional)"));
    setSubTitle(tr("Lets Scalr's Cost Manager report real costs from the cloud's own billing data."));
}

QString BillingPage::helpText() const
{
    return tr("AWS: billing reports are written to an S3 bucket of yours; Scalr reads them. Follow the checklist even "
              "if detailed billing is already on, so the reports have the format Scalr needs.\n\n"
              "Azure: turn on Enable Detailed Billing in Scalr's credentials dialog and pick the resource tags to "
              "filter costs by.");
}

void BillingPage::build(QVBoxLayout *body)
{
    m_stack = new FittedStack(this);
    auto *awsPane = new QWidget(m_stack);
    auto *awsBox = new QVBoxLayout(awsPane);
    awsBox->setContentsMargins(0, 0, 0, 0);
    m_awsEnabled = new QCheckBox(awsPane);
    m_awsEnabled->setObjectName(QStringLiteral("awsBillingEnabled"));
    awsBox->addWidget(new WrappedChoice(m_awsEnabled, tr("&Enable detailed billing for this AWS account"), awsPane));
    m_awsDetails = new QWidget(awsPane);
    auto *details = new QVBoxLayout(m_awsDetails);
    details->setContentsMargins(0, 0, 0, 0);
    auto *form = newForm(details);
    m_bucket = addField(form, tr("S3 b&ucket:"), QStringLiteral("awsBillingBucket"), rules::s3BucketName);
    m_bucketRegion = addField(form, tr("Bucket &region:"), QStringLiteral("awsBillingRegion"),
                              [this](const QString &v) { return rules::awsRegion(v, controller()->profile().aws.partition); });
    details->addWidget(
        new InfoBanner(InfoBanner::Kind::Info,
                       tr("Billing details are processed with an <b>8–12 hour delay</b>: AWS posts updated billing information every "
                          "8 hours (the first processing can take 8–10 hours). This is not a Scalr delay."),
                       m_awsDetails));
    details->addWidget(
        new InfoBanner(InfoBanner::Kind::Warning,
                       tr("With detailed billing on, custom Pricing List entries for AWS are <b>ignored</b>: AWS provides the final "
                          "cost. To add sub-charges, use <b>Markups</b>."),
                       m_awsDetails));
    details->addWidget(
        new InfoBanner(InfoBanner::Kind::Info,
                       tr("Create the bucket first — see <a href=\"https://docs.aws.amazon.com/cur/latest/userguide/cur-s3.html\">AWS "
                          "Billing and Cost Management: setting up an S3 bucket for reports</a> for the bucket policy."),
                       m_awsDetails));
    awsBox->addWidget(m_awsDetails);

    auto *azurePane = new QWidget(m_stack);
    auto *azureBox = new QVBoxLayout(azurePane);
    azureBox->setContentsMargins(0, 0, 0, 0);
    m_azureEnabled = new QCheckBox(azurePane);
    m_azureEnabled->setObjectName(QStringLiteral("azureBillingEnabled"));
    azureBox->addWidget(new WrappedChoice(m_azureEnabled, tr("&Enable detailed billing for this subscription"), azurePane));
    auto *azureForm = newForm(azureBox);
    m_tags = addField(azureForm, tr("&Tags to filter by:"), QStringLiteral("azureBillingTags"), tagsRule);
    m_tags->setOptional(true);
    m_tags->setPlaceholderText(tr("e.g. costcenter, project (comma-separated)"));
    azureBox->addWidget(new InfoBanner(InfoBanner::Kind::Info,
                                       tr("Once enabled it may take a few hours for costs to show in Scalr. Resources "
                                          "you tag in Azure can then be filtered by these tags in Cost Manager."),
                                       azurePane));
    m_stack->addWidget(awsPane);
    m_stack->addWidget(azurePane);
    body->addWidget(m_stack);
    m_checklist = new ChecklistView(controller(), PageId::Billing, this);
    body->addWidget(m_checklist);

    connect(m_awsEnabled, &QCheckBox::toggled, this, [this](bool on) {
        // Turning billing on fills an empty bucket region with the account's (core/ProfileChoices).
        controller()->setAwsBillingEnabled(on);
        if (m_bucketRegion->text() != controller()->profile().aws.billing.region)
            m_bucketRegion->setText(controller()->profile().aws.billing.region);
        update();
    });
    connect(m_azureEnabled, &QCheckBox::toggled, this, [this](bool on) {
        controller()->setAzureBillingEnabled(on);
        update();
    });
    connect(m_bucket, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::AwsBillingBucket, t); });
    connect(m_bucketRegion, &ValidatedLineEdit::textEdited, this,
            [this](const QString &t) { controller()->setText(ProfileField::AwsBillingRegion, t); });
    connect(m_tags, &ValidatedLineEdit::textEdited, this, [this](const QString &t) { controller()->setAzureTagFilters(splitTags(t)); });
}

void BillingPage::loadFromProfile()
{
    const Profile &p = controller()->profile();
    const QSignalBlocker b1(m_awsEnabled), b2(m_azureEnabled);
    m_awsEnabled->setChecked(p.aws.billing.enabled);
    m_bucket->setText(p.aws.billing.bucket);
    m_bucketRegion->setText(p.aws.billing.region);
    m_azureEnabled->setChecked(p.azure.billing.enabled);
    m_tags->setText(p.azure.billing.tagFilters.join(QStringLiteral(", ")));
}

void BillingPage::journeyChanged()
{
    m_stack->setCurrentIndex(controller()->profile().cloud == CloudKind::Aws ? 0 : 1);
    update();
}

void BillingPage::update()
{
    m_awsDetails->setVisible(m_awsEnabled->isChecked());
    m_tags->setEnabled(m_azureEnabled->isChecked());
    m_checklist->refresh();
    Q_EMIT completeChanged();
}

} // namespace cc
