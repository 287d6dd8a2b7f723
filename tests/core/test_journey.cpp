// Journeys as data: pages, routing, live checks and checklist steps for all four combinations.
#include "Checklist.h"
#include "Journey.h"

#include <QRegularExpression>
#include <QTest>

using namespace cc;

Q_DECLARE_METATYPE(QList<cc::PageId>)

class TestJourney : public QObject {
    Q_OBJECT
    static Profile profileFor(PlatformKind platform, CloudKind cloud)
    {
        Profile p = Profile::defaults();
        p.platform.kind = platform;
        p.cloud = cloud;
        p.aws.auth = platform == PlatformKind::Spot ? AwsAuth::IamRole : AwsAuth::AccessKey;
        return p;
    }

private Q_SLOTS:
    void pages_data()
    {
        QTest::addColumn<int>("platform");
        QTest::addColumn<int>("cloud");
        QTest::addColumn<QList<PageId>>("pages");
        const QList<PageId> scalr{PageId::Start,    PageId::Platform,    PageId::Cloud,   PageId::Network, PageId::ConnectionPolicy,
                                  PageId::Identity, PageId::Credentials, PageId::Billing, PageId::Verify,  PageId::Review,
                                  PageId::Done};
        const QList<PageId> spot{PageId::Start,       PageId::Platform, PageId::Cloud,  PageId::Network, PageId::Identity,
                                 PageId::Credentials, PageId::Verify,   PageId::Review, PageId::Done};
        QTest::newRow("scalr aws") << int(PlatformKind::Scalr) << int(CloudKind::Aws) << scalr;
        QTest::newRow("scalr azure") << int(PlatformKind::Scalr) << int(CloudKind::Azure) << scalr;
        QTest::newRow("spot azure") << int(PlatformKind::Spot) << int(CloudKind::Azure) << spot;
        QTest::newRow("spot aws") << int(PlatformKind::Spot) << int(CloudKind::Aws) << spot;
    }
    void pages()
    {
        QFETCH(int, platform);
        QFETCH(int, cloud);
        QFETCH(QList<PageId>, pages);
        const Journey j{PlatformKind(platform), CloudKind(cloud)};
        QCOMPARE(journeyPages(j), pages);
        // nextPage walks exactly that list, and ends after Done.
        QList<PageId> walked{PageId::Start};
        while (auto next = nextPage(j, walked.last()))
            walked << *next;
        QCOMPARE(walked, pages);
    }

    void liveChecksCoverEveryIdAndSkipWithAReason_data() { pages_data(); }
    void liveChecksCoverEveryIdAndSkipWithAReason()
    {
        QFETCH(int, platform);
        QFETCH(int, cloud);
        const Profile p = profileFor(PlatformKind(platform), CloudKind(cloud));
        const QList<LiveCheck> checks = liveChecks(p);
        QStringList ids;
        for (const LiveCheck &c : checks) {
            ids << c.id;
            QVERIFY2(c.applies || !c.skipReason.isEmpty(), qPrintable(c.id));
            const bool awsCheck = c.id.startsWith(QLatin1String("aws."));
            const bool azureCheck = c.id.startsWith(QLatin1String("azure."));
            if (CloudKind(cloud) == CloudKind::Aws)
                QVERIFY(!azureCheck || !c.applies);
            else
                QVERIFY(!awsCheck || !c.applies);
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("platform.auth"), QStringLiteral("aws.identity"), QStringLiteral("aws.permissions"),
                                   QStringLiteral("aws.network"), QStringLiteral("aws.billing"), QStringLiteral("aws.clock"),
                                   QStringLiteral("azure.token"), QStringLiteral("azure.subscription"), QStringLiteral("azure.role"),
                                   QStringLiteral("azure.network")}));
    }

    void spotAwsIdentityCheckNeedsOptionalKey()
    {
        Profile p = profileFor(PlatformKind::Spot, CloudKind::Aws);
        auto identity = [&] {
            for (const LiveCheck &c : liveChecks(p))
                if (c.id == QLatin1String("aws.identity"))
                    return c;
            return LiveCheck{};
        };
        QVERIFY(!identity().applies);
        p.aws.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        QVERIFY(identity().applies);
    }

    void billingCheckFollowsTheSwitch()
    {
        Profile p = profileFor(PlatformKind::Scalr, CloudKind::Aws);
        auto billing = [&] { return liveChecks(p).at(4); };
        QCOMPARE(billing().id, QStringLiteral("aws.billing"));
        QVERIFY(!billing().applies);
        p.aws.billing.enabled = true;
        QVERIFY(billing().applies);
    }

    void checklistCoversTheSeedsSteps()
    {
        Profile scalrAzure = profileFor(PlatformKind::Scalr, CloudKind::Azure);
        QString all;
        for (const ChecklistStep &s : checklistSteps(scalrAzure, PageId::Identity))
            all += s.title + u' ' + s.detail + u'\n';
        // The exact permission names of seed 000.
        for (const char *needle : {"Sign in and read user profile", "Access the directory as the signed-in user", "Read directory data",
                                   "Read and write directory data", "Access Azure Service Management", "15 minutes", "Contributor",
                                   "“+” or “/”", "Application ID URI"})
            QVERIFY2(all.contains(QString::fromUtf8(needle)), needle);

        Profile scalrAws = profileFor(PlatformKind::Scalr, CloudKind::Aws);
        scalrAws.aws.billing.enabled = true;
        all.clear();
        for (PageId page : journeyPages(Journey::of(scalrAws)))
            for (const ChecklistStep &s : checklistSteps(scalrAws, page))
                all += s.title + u' ' + s.detail + u'\n';
        for (const char *needle : {"EC2-Classic", "Security credentials", "Create access key", "Receive Billing Reports",
                                   "Detailed billing report with resources and tags", "scalr-meta", "Farm Role", "iam:PassRole"})
            QVERIFY2(all.contains(QString::fromUtf8(needle)), needle);
        // Auto needs no scalr-server.rb change, so no steps; public/local need merge + reconfigure.
        QVERIFY(checklistSteps(scalrAws, PageId::ConnectionPolicy).isEmpty());
        scalrAws.connectionPolicy = ConnectionPolicy::Public;
        QCOMPARE(checklistSteps(scalrAws, PageId::ConnectionPolicy).size(), 2);

        Profile spotAzure = profileFor(PlatformKind::Spot, CloudKind::Azure);
        all.clear();
        for (const ChecklistStep &s : checklistSteps(spotAzure, PageId::Identity))
            all += s.title + u' ' + s.detail + u'\n';
        for (const char *needle : {"Directory (tenant) ID", "Contributor", "type its name anyway", "Subscription ID"})
            QVERIFY2(all.contains(QString::fromUtf8(needle)), needle);
        QVERIFY(!all.contains(QStringLiteral("“+” or “/”"))); // Scalr's rule only
    }

    void checklistIdsMatchTheSchemaPattern()
    {
        const QRegularExpression pattern(QStringLiteral("^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+$"));
        const QStringList ids = allChecklistStepIds();
        QVERIFY(ids.size() >= 20);
        for (const QString &id : ids)
            QVERIFY2(pattern.match(id).hasMatch(), qPrintable(id));
    }
};

QTEST_GUILESS_MAIN(TestJourney)
#include "test_journey.moc"
