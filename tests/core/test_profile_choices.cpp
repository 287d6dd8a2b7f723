// What a choice implies, as the model, the profile reader and the validator all apply it.
#include "ProfileChoices.h"
#include "ProfileField.h"
#include "ProfileJson.h"
#include "ProfileValidator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cc;

namespace {

bool hasProblemAt(const ProfileParseResult &r, const QString &pointer)
{
    for (const ProfileProblem &p : r.problems)
        if (p.pointer == pointer)
            return true;
    return false;
}

QByteArray spotAwsWith(const QJsonObject &extra)
{
    QJsonObject aws{{QStringLiteral("partition"), QStringLiteral("aws")},
                    {QStringLiteral("region"), QStringLiteral("us-east-1")},
                    {QStringLiteral("vpcId"), QStringLiteral("vpc-0a1b2c3d")},
                    {QStringLiteral("auth"), QStringLiteral("iam-role")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        aws.insert(it.key(), it.value());
    const QJsonObject o{{QStringLiteral("schemaVersion"), 1},
                        {QStringLiteral("name"), QStringLiteral("spot-aws")},
                        {QStringLiteral("platform"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("spot")},
                                                                 {QStringLiteral("accountId"), QStringLiteral("act-1a2b3c4d")}}},
                        {QStringLiteral("cloud"), QStringLiteral("aws")},
                        {QStringLiteral("aws"), aws}};
    return QJsonDocument(o).toJson();
}

} // namespace

class TestProfileChoices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void spotImpliesARoleAndNoConnectionPolicy()
    {
        Profile p = Profile::defaults();
        p.connectionPolicy = ConnectionPolicy::Local;
        p.localRoute = LocalRoute::Vpn;
        choices::choosePlatform(p, PlatformKind::Spot);
        QVERIFY(p.platform.kind == PlatformKind::Spot);
        QVERIFY(p.aws.auth == AwsAuth::IamRole);
        QVERIFY(p.connectionPolicy == ConnectionPolicy::Auto);
        QVERIFY(p.localRoute == LocalRoute::None);
        choices::choosePlatform(p, PlatformKind::Scalr);
        QVERIFY(p.aws.auth == AwsAuth::AccessKey);
    }

    void thePartitionKeepsTheRegionsInside_data()
    {
        QTest::addColumn<int>("partition");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("commercial kept") << int(AwsPartition::Aws) << "eu-west-1"
                                         << "eu-west-1";
        QTest::newRow("gov from commercial") << int(AwsPartition::AwsUsGov) << "eu-west-1"
                                             << "us-gov-west-1";
        QTest::newRow("gov kept") << int(AwsPartition::AwsUsGov) << "us-gov-east-1"
                                  << "us-gov-east-1";
        QTest::newRow("china from gov") << int(AwsPartition::AwsCn) << "us-gov-east-1"
                                        << "cn-north-1";
        QTest::newRow("commercial from china") << int(AwsPartition::Aws) << "cn-northwest-1"
                                               << "us-east-1";
        QTest::newRow("empty stays empty") << int(AwsPartition::AwsCn) << ""
                                           << "";
        // Text that is no region at all is the admin's: the field rule says what is wrong.
        QTest::newRow("not a region stays") << int(AwsPartition::AwsUsGov) << "frankfurt"
                                            << "frankfurt";
    }

    void thePartitionKeepsTheRegionsInside()
    {
        QFETCH(int, partition);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        Profile p = Profile::defaults();
        p.aws.region = region;
        p.aws.billing.region = region;
        choices::chooseAwsPartition(p, AwsPartition(partition));
        QCOMPARE(p.aws.region, expected);
        QCOMPARE(p.aws.billing.region, expected);
        QVERIFY(p.aws.partition == AwsPartition(partition));
    }

    void billingBorrowsTheRegionOnlyWhenEmpty()
    {
        Profile p = Profile::defaults();
        p.aws.region = QStringLiteral("eu-central-1");
        choices::chooseAwsBilling(p, true);
        QCOMPARE(p.aws.billing.region, QStringLiteral("eu-central-1"));
        p.aws.billing.region = QStringLiteral("us-west-2");
        choices::chooseAwsBilling(p, false);
        choices::chooseAwsBilling(p, true);
        QCOMPARE(p.aws.billing.region, QStringLiteral("us-west-2"));
    }

    void theReaderFillsWhatAFileLeavesOutWithTheSameRules()
    {
        const ProfileParseResult r = parseProfile(spotAwsWith({}));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.isEmpty() ? QString() : r.problems.first().message));
        QVERIFY(r.profile->aws.auth == choices::awsAuthFor(PlatformKind::Spot));
        QCOMPARE(r.profile->platform.endpoint, choices::defaultEndpoint(PlatformKind::Spot));
    }

    void theValidatorRefusesAFileThatContradictsAChoice()
    {
        const ProfileParseResult r = parseProfile(spotAwsWith({{QStringLiteral("auth"), QStringLiteral("access-key")}}));
        QVERIFY(hasProblemAt(r, QStringLiteral("/aws/auth")));
        QCOMPARE(r.problems.first().message, choices::awsAuthProblem(PlatformKind::Spot, AwsAuth::AccessKey));
        QVERIFY(choices::awsAuthProblem(PlatformKind::Spot, AwsAuth::IamRole).isEmpty());
    }

    void everyTextFieldHasItsPointer_data()
    {
        QTest::addColumn<int>("cloud");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("aws") << int(CloudKind::Aws) << int(ProfileField::Name) << int(ProfileField::AwsBillingRegion);
        QTest::newRow("azure") << int(CloudKind::Azure) << int(ProfileField::AzureTenantId) << int(ProfileField::AzureVnetName);
    }

    void everyTextFieldHasItsPointer()
    {
        // The setter names a field; its pointer is where ProfileJson writes it.
        QFETCH(int, cloud);
        QFETCH(int, first);
        QFETCH(int, last);
        Profile p = Profile::defaults();
        p.platform.kind = PlatformKind::Scalr;
        p.cloud = CloudKind(cloud);
        p.aws.auth = AwsAuth::IamRole; // so the role fields are written too
        p.aws.billing.enabled = true;
        for (int f = first; f <= last; ++f)
            textOf(p, ProfileField(f)) = QStringLiteral("value-%1").arg(f);
        const QJsonObject json = profileToJson(p);
        for (int f = first; f <= last; ++f) {
            QJsonValue v = json;
            for (const QString &key : pointerOf(ProfileField(f)).split(u'/', Qt::SkipEmptyParts))
                v = v.toObject().value(key);
            QCOMPARE(v.toString(), QStringLiteral("value-%1").arg(f));
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileChoices)
#include "test_profile_choices.moc"
