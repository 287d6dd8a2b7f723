// Drives the real wizard through each of the four journeys with keyboard input, asserting the
// page sequence, that invalid input blocks Next with the right message, that Back keeps what was
// entered, and that no secret reaches the Review page.
#include "CloudConnectWizard.h"
#include "OnboardingController.h"
#include "WizardDriver.h"
#include "pages/JourneyPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace cc;
using namespace cc::test;

namespace {

const QString kAwsSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QString kScalrSecret = QStringLiteral("ScalrSecretKeyValue0123456789abcdefXYZ");
const QString kSpotToken = QStringLiteral("SpotTokenValue0123456789abcdef");
const QString kAzureSecretScalr = QStringLiteral("AzureSecret~Value.0123456789_abc");
const QString kAzureSecretSpot = QStringLiteral("Azure+Secret/Value0123456789");

PageId current(QWizard &w)
{
    return PageId(w.currentId());
}

QString page(QWizard &w)
{
    return pageKey(current(w));
}

// Types an invalid value, checks Next is blocked with `expected` shown, then types the valid one.
void invalidThenValid(QWizard &w, const QString &field, const QString &bad, const QString &expected, const QString &good)
{
    typeInto(&w, field, bad);
    QVERIFY2(fieldMessage(&w, field).contains(expected, Qt::CaseInsensitive),
             qPrintable(field + QStringLiteral(": ") + fieldMessage(&w, field)));
    QVERIFY2(!w.button(QWizard::NextButton)->isEnabled(), qPrintable(field + QStringLiteral(" did not block Next")));
    typeInto(&w, field, good);
    QCOMPARE(fieldMessage(&w, field), QString());
}

void chooseCombo(QWizard &w, const QString &name, int index)
{
    auto *combo = w.findChild<QComboBox *>(name);
    QVERIFY(combo);
    combo->setFocus();
    // Keyboard: Home, then Down `index` times; activated() fires as a user's choice would.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

} // namespace

class TestWizardJourneys : public QObject {
    Q_OBJECT

    QStringList m_visited;
    void next(QWizard &w)
    {
        m_visited << page(w);
        QVERIFY2(pressNext(&w), qPrintable(page(w) + QStringLiteral(": Next is disabled")));
    }

    void startPage(QWizard &w, const QString &name)
    {
        QCOMPARE(current(w), PageId::Start);
        invalidThenValid(w, QStringLiteral("profileName"), QStringLiteral("-bad"), QStringLiteral("starting with a letter"), name);
        next(w);
    }

    void scalrPlatform(QWizard &w)
    {
        QCOMPARE(current(w), PageId::Platform);
        click(&w, QStringLiteral("platformScalr"));
        invalidThenValid(w, QStringLiteral("scalrEndpoint"), QStringLiteral("http://scalr.example.com"), QStringLiteral("https"),
                         QStringLiteral("https://scalr.example.com"));
        typeInto(&w, QStringLiteral("scalrApiKeyId"), QStringLiteral("APIKEYID0123456789AB"));
        typeInto(&w, QStringLiteral("scalrSecretKey"), kScalrSecret);
        invalidThenValid(w, QStringLiteral("scalrAccountId"), QStringLiteral("one"), QStringLiteral("number"), QStringLiteral("1"));
        typeInto(&w, QStringLiteral("scalrEnvironmentIds"), QStringLiteral("5, 7"));
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("scalrScopeWarning"))->isVisible());
        chooseCombo(w, QStringLiteral("scalrScope"), 2); // Scalr scope: visible to every account
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("scalrScopeWarning"))->isVisible());
        chooseCombo(w, QStringLiteral("scalrScope"), 0);
        next(w);
    }

    void spotPlatform(QWizard &w)
    {
        QCOMPARE(current(w), PageId::Platform);
        click(&w, QStringLiteral("platformSpot"));
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("spotEndpoint"))->text(), QStringLiteral("https://api.spotinst.io"));
        invalidThenValid(w, QStringLiteral("spotAccountId"), QStringLiteral("act-12"), QStringLiteral("8 lowercase hex"),
                         QStringLiteral("act-1a2b3c4d"));
        typeInto(&w, QStringLiteral("spotToken"), kSpotToken);
        next(w);
    }

    void cloudPage(QWizard &w, bool aws, int variant)
    {
        QCOMPARE(current(w), PageId::Cloud);
        click(&w, aws ? QStringLiteral("cloudAws") : QStringLiteral("cloudAzure"));
        chooseCombo(w, aws ? QStringLiteral("awsPartition") : QStringLiteral("azureCloud"), variant);
        next(w);
    }

public:
    TestWizardJourneys() = default;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_visited.clear(); }

    void scalrAws()
    {
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        startPage(w, QStringLiteral("prod-aws"));
        scalrPlatform(w);
        cloudPage(w, true, 0);

        QCOMPARE(current(w), PageId::Network);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("ec2ClassicWarning"))->isVisible());
        invalidThenValid(w, QStringLiteral("awsRegion"), QStringLiteral("cn-north-1"), QStringLiteral("partition"),
                         QStringLiteral("eu-west-1"));
        invalidThenValid(w, QStringLiteral("awsVpcId"), QStringLiteral("vpc-123"), QStringLiteral("8 or 17"),
                         QStringLiteral("vpc-0a1b2c3d"));
        next(w);

        QCOMPARE(current(w), PageId::ConnectionPolicy);
        click(&w, QStringLiteral("policyLocal"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // which condition holds?
        click(&w, QStringLiteral("routeNone"));
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("noRouteWarning"))->isVisible());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        click(&w, QStringLiteral("routeVpn"));
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("noRouteWarning"))->isVisible());
        next(w);

        QCOMPARE(current(w), PageId::Identity);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("check_aws.iam.policyAttached")));
        click(&w, QStringLiteral("check_aws.iam.userCreated"));
        QVERIFY(w.controller()->profile().checklist.value(QStringLiteral("aws.iam.userCreated")).at.isValid());
        next(w);

        QCOMPARE(current(w), PageId::Credentials);
        invalidThenValid(w, QStringLiteral("awsAccessKeyId"), QStringLiteral("AKIA1234"), QStringLiteral("20 characters"),
                         QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
        invalidThenValid(w, QStringLiteral("awsSecretAccessKey"), kAwsSecret.left(39), QStringLiteral("40 characters"), kAwsSecret);
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("awsSecretAccessKey"))->echoMode(), QLineEdit::Password);
        click(&w, QStringLiteral("awsSecretAccessKeyReveal"));
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("awsSecretAccessKey"))->echoMode(), QLineEdit::Normal);
        click(&w, QStringLiteral("awsSecretAccessKeyReveal"));
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("awsSecretAccessKey"))->echoMode(), QLineEdit::Password);
        next(w);

        QCOMPARE(current(w), PageId::Billing);
        click(&w, QStringLiteral("awsBillingEnabled"));
        invalidThenValid(w, QStringLiteral("awsBillingBucket"), QStringLiteral("My_Bucket"), QStringLiteral("lowercase"),
                         QStringLiteral("my-billing-reports"));
        QTRY_VERIFY(w.findChild<QWidget *>(QStringLiteral("check_aws.billing.scalrMetaTag"))->isVisible());
        next(w);

        QCOMPARE(current(w), PageId::Verify);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("runChecks"))->isVisible());
        next(w);

        QCOMPARE(current(w), PageId::Review);
        const QString review = w.findChild<QTextBrowser *>(QStringLiteral("reviewSummary"))->toPlainText();
        for (const char *expected :
             {"prod-aws", "Scalr + AWS", "eu-west-1", "vpc-0a1b2c3d", "AKIAIOSFODNN7EXAMPLE", "my-billing-reports", "local (VPN)"})
            QVERIFY2(review.contains(QLatin1String(expected)), expected);
        QVERIFY(!review.contains(kAwsSecret));
        QVERIFY(!review.contains(kScalrSecret));
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("reviewMissing"))->isVisible());

        // Back keeps what was entered, all the way to the Credentials page and forward again.
        QVERIFY(pressBack(&w));
        QVERIFY(pressBack(&w));
        QVERIFY(pressBack(&w));
        QCOMPARE(current(w), PageId::Credentials);
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("awsAccessKeyId"))->text(), QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("awsSecretAccessKey"))->text(), kAwsSecret);
        next(w);
        next(w);
        next(w);
        next(w);
        QCOMPARE(current(w), PageId::Done);
        QCOMPARE(m_visited.mid(0, 9),
                 (QStringList{QStringLiteral("start"), QStringLiteral("platform"), QStringLiteral("cloud"), QStringLiteral("network"),
                              QStringLiteral("connection-policy"), QStringLiteral("identity"), QStringLiteral("credentials"),
                              QStringLiteral("billing"), QStringLiteral("verify")}));
        const Profile &p = w.controller()->profile();
        QCOMPARE(p.aws.region, QStringLiteral("eu-west-1"));
        QVERIFY(p.connectionPolicy == ConnectionPolicy::Local && p.localRoute == LocalRoute::Vpn);
        QCOMPARE(w.controller()->secrets().awsSecretAccessKey, kAwsSecret);
    }

    void scalrAzure()
    {
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        startPage(w, QStringLiteral("contoso"));
        scalrPlatform(w);
        cloudPage(w, false, 1); // Azure US Government

        QCOMPARE(current(w), PageId::Network);
        typeInto(&w, QStringLiteral("azureResourceGroup"), QStringLiteral("network-rg"));
        invalidThenValid(w, QStringLiteral("azureVnet"), QStringLiteral("v"), QStringLiteral("2–64"), QStringLiteral("scalr-vnet"));
        next(w);

        QCOMPARE(current(w), PageId::ConnectionPolicy);
        click(&w, QStringLiteral("policyPublic"));
        next(w);

        QCOMPARE(current(w), PageId::Identity);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("grantPermissionsWarning"))->isVisible());
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("azurePermissionList"))->isVisible());
        // The sign-on URL is computed from the Scalr server's address.
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("azureSignOnUrl"))->text(), QStringLiteral("https://scalr.example.com"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // App ID URI still missing
        typeInto(&w, QStringLiteral("azureAppIdUri"), QStringLiteral("https://contoso.onmicrosoft.com/scalr"));
        next(w);

        QCOMPARE(current(w), PageId::Credentials);
        typeInto(&w, QStringLiteral("azureTenantId"), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
        typeInto(&w, QStringLiteral("azureTenantName"), QStringLiteral("contoso.onmicrosoft.com"));
        invalidThenValid(w, QStringLiteral("azureClientId"), QStringLiteral("not-a-guid"), QStringLiteral("GUID"),
                         QStringLiteral("00000000-0000-0000-0000-000000000001"));
        typeInto(&w, QStringLiteral("azureSubscriptionId"), QStringLiteral("00000000-0000-0000-0000-000000000002"));
        // Scalr rejects '+' and '/' in the secret, with the seed's advice.
        invalidThenValid(w, QStringLiteral("azureClientSecret"), kAzureSecretSpot, QStringLiteral("Generate a new secret"),
                         kAzureSecretScalr);
        next(w);

        QCOMPARE(current(w), PageId::Billing);
        click(&w, QStringLiteral("azureBillingEnabled"));
        invalidThenValid(w, QStringLiteral("azureBillingTags"), QStringLiteral("cost/center"), QStringLiteral("may not contain"),
                         QStringLiteral("costcenter, project"));
        next(w);
        next(w); // Verify
        QCOMPARE(current(w), PageId::Review);
        const QString review = w.findChild<QTextBrowser *>(QStringLiteral("reviewSummary"))->toPlainText();
        QVERIFY(review.contains(QLatin1String("AzureUSGovernment")));
        QVERIFY(review.contains(QLatin1String("costcenter, project")));
        QVERIFY(!review.contains(kAzureSecretScalr));
        next(w);
        QCOMPARE(current(w), PageId::Done);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("check_scalr.azure.webFlow")));
        QCOMPARE(w.controller()->profile().azure.billing.tagFilters,
                 (QStringList{QStringLiteral("costcenter"), QStringLiteral("project")}));
    }

    void spotAzure()
    {
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        startPage(w, QStringLiteral("spot-azure"));
        spotPlatform(w);
        cloudPage(w, false, 0);

        QCOMPARE(current(w), PageId::Network);
        typeInto(&w, QStringLiteral("azureResourceGroup"), QStringLiteral("network-rg"));
        typeInto(&w, QStringLiteral("azureVnet"), QStringLiteral("spot-vnet"));
        next(w);

        // No connection policy page for Spot.
        QCOMPARE(current(w), PageId::Identity);
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("azurePermissionList"))->isVisible());
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("check_azure.tenant.copied")));
        next(w);

        QCOMPARE(current(w), PageId::Credentials);
        typeInto(&w, QStringLiteral("azureTenantId"), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
        typeInto(&w, QStringLiteral("azureClientId"), QStringLiteral("00000000-0000-0000-0000-000000000001"));
        typeInto(&w, QStringLiteral("azureSubscriptionId"), QStringLiteral("00000000-0000-0000-0000-000000000002"));
        typeInto(&w, QStringLiteral("azureClientSecret"), kAzureSecretSpot); // Spot accepts + and /
        QCOMPARE(fieldMessage(&w, QStringLiteral("azureClientSecret")), QString());
        next(w);

        // No billing page for Spot.
        QCOMPARE(current(w), PageId::Verify);
        next(w);
        QCOMPARE(current(w), PageId::Review);
        QVERIFY(!w.findChild<QTextBrowser *>(QStringLiteral("reviewSummary"))->toPlainText().contains(kAzureSecretSpot));
        QVERIFY(!w.findChild<QTextBrowser *>(QStringLiteral("reviewSummary"))->toPlainText().contains(kSpotToken));
        next(w);
        QCOMPARE(current(w), PageId::Done);
        QCOMPARE(m_visited, (QStringList{QStringLiteral("start"), QStringLiteral("platform"), QStringLiteral("cloud"),
                                         QStringLiteral("network"), QStringLiteral("identity"), QStringLiteral("credentials"),
                                         QStringLiteral("verify"), QStringLiteral("review")}));
        QVERIFY(w.controller()->profile().azure.secretExpiresAt.isValid());
    }

    void spotAws()
    {
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        startPage(w, QStringLiteral("spot-aws"));
        spotPlatform(w);
        cloudPage(w, true, 1); // GovCloud

        QCOMPARE(current(w), PageId::Network);
        // The partition chose a GovCloud region by default.
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("awsRegion"))->text(), QStringLiteral("us-gov-west-1"));
        typeInto(&w, QStringLiteral("awsVpcId"), QStringLiteral("vpc-0a1b2c3d4e5f60718"));
        next(w);

        QCOMPARE(current(w), PageId::Identity);
        typeInto(&w, QStringLiteral("awsExternalId"), QStringLiteral("spot-external-id"));
        invalidThenValid(w, QStringLiteral("awsRoleArn"), QStringLiteral("arn:aws:iam::123456789012:role/SpotRole"),
                         QStringLiteral("aws-us-gov partition"), QStringLiteral("arn:aws-us-gov:iam::123456789012:role/SpotRole"));
        next(w);

        QCOMPARE(current(w), PageId::Credentials);
        // Optional for Spot: Next works with nothing entered.
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        next(w);
        QCOMPARE(current(w), PageId::Verify);
        next(w);
        QCOMPARE(current(w), PageId::Review);
        QVERIFY(w.findChild<QTextBrowser *>(QStringLiteral("reviewSummary"))
                    ->toPlainText()
                    .contains(QLatin1String("arn:aws-us-gov:iam::123456789012:role/SpotRole")));
        next(w);
        QCOMPARE(current(w), PageId::Done);
        QVERIFY(w.controller()->profile().aws.auth == AwsAuth::IamRole);
    }

    void switchingPlatformChangesThePageSequence()
    {
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        typeInto(&w, QStringLiteral("profileName"), QStringLiteral("x"));
        QVERIFY(pressNext(&w));
        click(&w, QStringLiteral("platformSpot"));
        QCOMPARE(w.page(int(PageId::Network))->nextId(), int(PageId::Identity));
        click(&w, QStringLiteral("platformScalr"));
        QCOMPARE(w.page(int(PageId::Network))->nextId(), int(PageId::ConnectionPolicy));
    }

    void thePagesChangeTheModelOnlyThroughItsTypedSetters()
    {
        // Typing reaches the model as a named field; a platform choice brings what it implies
        // (core/ProfileChoices), whichever page made it.
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        OnboardingController *model = w.controller();
        QSignalSpy fields(model, &OnboardingController::fieldChanged);
        QSignalSpy edits(model, &OnboardingController::edited);
        typeInto(&w, QStringLiteral("profileName"), QStringLiteral("typed"));
        QCOMPARE(model->profile().name, QStringLiteral("typed"));
        QVERIFY(!fields.isEmpty());
        QCOMPARE(fields.last().at(0).value<ProfileField>(), ProfileField::Name);
        QVERIFY(edits.count() >= fields.count());
        QVERIFY(model->hasUserInput());
        QVERIFY(pressNext(&w));

        click(&w, QStringLiteral("platformScalr"));
        model->setConnectionPolicy(ConnectionPolicy::Local);
        model->setLocalRoute(LocalRoute::Vpn);
        click(&w, QStringLiteral("platformSpot"));
        QVERIFY(model->profile().aws.auth == AwsAuth::IamRole);
        QVERIFY(model->profile().connectionPolicy == ConnectionPolicy::Auto);
        QVERIFY(model->profile().localRoute == LocalRoute::None);
        click(&w, QStringLiteral("platformScalr"));
        QVERIFY(model->profile().aws.auth == AwsAuth::AccessKey);

        // The partition keeps the region inside it, and says the region changed.
        model->setText(ProfileField::AwsRegion, QStringLiteral("eu-west-1"));
        typeInto(&w, QStringLiteral("scalrEndpoint"), QStringLiteral("https://scalr.example.com"));
        typeInto(&w, QStringLiteral("scalrApiKeyId"), QStringLiteral("APIKEYID0123456789AB"));
        typeInto(&w, QStringLiteral("scalrSecretKey"), QStringLiteral("secretkey0123456789"));
        typeInto(&w, QStringLiteral("scalrAccountId"), QStringLiteral("1"));
        QVERIFY(pressNext(&w));
        auto *partition = w.findChild<QComboBox *>(QStringLiteral("awsPartition"));
        QVERIFY(partition && partition->isVisible());
        fields.clear();
        partition->setFocus();
        const int gov = partition->findData(int(AwsPartition::AwsUsGov));
        while (partition->currentIndex() != gov)
            QTest::keyClick(partition, partition->currentIndex() < gov ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(model->profile().aws.partition == AwsPartition::AwsUsGov);
        QCOMPARE(model->profile().aws.region, QStringLiteral("us-gov-west-1"));
        QVERIFY(fields.contains(QVariantList{QVariant::fromValue(ProfileField::AwsRegion)}));
    }
};

QTEST_MAIN(TestWizardJourneys)
#include "test_wizard_journeys.moc"
