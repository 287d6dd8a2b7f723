// The Verify page driven like a user against the AWS test server: run, watch each row reach its
// result with cause and fix, Next held while checks run, cancel, stale results after an edit,
// re-run, and the results in the exported report.
#include "AwsTestServer.h"
#include "AzureTestServer.h"
#include "PlatformTestServers.h"
#include "CloudConnectWizard.h"
#include "OnboardingController.h"
#include "TestTls.h"
#include "WizardDriver.h"
#include "pages/DonePage.h"
#include "pages/VerifyPage.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QFileInfo>
#include <QTest>

using namespace cc;
using namespace cc::test;

namespace {

QString rowText(QWidget *root, const QString &id, const char *part)
{
    auto *row = root->findChild<QWidget *>(QStringLiteral("check:") + id);
    if (!row)
        return QStringLiteral("<no row %1>").arg(id);
    auto *label = row->findChild<QLabel *>(QLatin1String(part));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestWizardVerify : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

    QString profileFor(const AwsTestServer &server, const QString &platformEndpoint)
    {
        QFile in(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json"));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        const QString base = server.baseUrl();
        o[QStringLiteral("endpoints")] = QJsonObject{
            {QStringLiteral("sts"), base}, {QStringLiteral("iam"), base}, {QStringLiteral("ec2"), base}, {QStringLiteral("s3"), base}};
        o[QStringLiteral("tls")] = QJsonObject{{QStringLiteral("caBundle"), TestTls::shared().caPath}};
        o[QStringLiteral("resumePage")] = QStringLiteral("credentials"); // saved while on that page
        QJsonObject platform = o.value(QStringLiteral("platform")).toObject();
        platform[QStringLiteral("endpoint")] = platformEndpoint;
        o[QStringLiteral("platform")] = platform;
        const QString path = dir.filePath(QStringLiteral("verify.json"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(o).toJson());
        return path;
    }

    QString azureProfileFor(const AzureTestServer &server, const QString &file, bool freshRoleGrant, const QString &platformEndpoint)
    {
        QFile in(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + file);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        o[QStringLiteral("endpoints")] =
            QJsonObject{{QStringLiteral("azureAuthority"), server.baseUrl()}, {QStringLiteral("azureResourceManager"), server.baseUrl()}};
        o[QStringLiteral("tls")] = QJsonObject{{QStringLiteral("caBundle"), TestTls::shared().caPath}};
        o[QStringLiteral("resumePage")] = QStringLiteral("credentials");
        QJsonObject checklist;
        if (freshRoleGrant)
            checklist[QStringLiteral("azure.role.contributor")] =
                QJsonObject{{QStringLiteral("done"), true}, {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        o[QStringLiteral("checklist")] = checklist;
        QJsonObject platform = o.value(QStringLiteral("platform")).toObject();
        platform[QStringLiteral("endpoint")] = platformEndpoint;
        if (platform.value(QStringLiteral("kind")).toString() == QLatin1String("spot"))
            platform[QStringLiteral("accountId")] = QLatin1String(SpotTestServer::kAccount);
        o[QStringLiteral("platform")] = platform;
        const QString path = dir.filePath(QStringLiteral("verify-") + file);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(o).toJson());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(TestTls::shared().ok(), qPrintable(TestTls::shared().error));
    }

    void runCancelEditAndRunAgain()
    {
        AwsTestServer server(TestHttpServer::Tls::Trusted);
        server.buckets.insert("my-billing-reports", AwsTestServer::Bucket{"us-east-1", true});
        QVERIFY(server.start());
        ScalrTestServer scalr(TestHttpServer::Tls::Trusted);
        QVERIFY(scalr.start());

        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        onNextModal(
            [](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        QVERIFY(w.openProfile(profileFor(server, scalr.baseUrl())));
        // The wizard resumes once the keychain lookup has answered, stopping at the first page that
        // needs a secret: Scalr's API secret key, then the AWS secret on the Credentials page.
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(PageId::Platform), 20000);
        typeInto(&w, QStringLiteral("scalrSecretKey"), QLatin1String(ScalrTestServer::kSecretKey));
        while (w.currentId() != int(PageId::Credentials) && pressNext(&w)) {
        }
        QCOMPARE(w.currentId(), int(PageId::Credentials));
        typeInto(&w, QStringLiteral("awsSecretAccessKey"), QLatin1String(AwsTestServer::kSecret));
        QVERIFY(pressNext(&w)); // Billing
        QVERIFY(pressNext(&w)); // Verify
        QCOMPARE(w.currentId(), int(PageId::Verify));
        QCOMPARE(rowText(&w, QStringLiteral("aws.identity"), "status"), QStringLiteral("Not run yet"));
        // Only this journey's checks are listed: no Azure rows in an AWS journey.
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("check:azure.token")));
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("check:aws.billing")));
        QVERIFY(server.received.isEmpty()); // nothing runs until asked
        // The rows are built once for the journey's checks and kept through every run below
        // (rebuilding them at each start and end of a run held the GUI thread for 5-25 ms).
        const QPointer<QWidget> identityRow = w.findChild<QWidget *>(QStringLiteral("check:aws.identity"));

        // A slow STS: the row shows it is running, Next waits, Cancel ends it.
        TestResponse hang;
        hang.action = TestResponse::Action::Hang;
        server.faults << AwsTestServer::Fault{"GetCallerIdentity", hang, 1};
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("runChecks")), Qt::LeftButton);
        QTRY_COMPARE(rowText(&w, QStringLiteral("aws.identity"), "status"), QStringLiteral("Running…"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QTRY_COMPARE(rowText(&w, QStringLiteral("aws.clock"), "status"), QStringLiteral("Passed"));
        QCOMPARE(rowText(&w, QStringLiteral("aws.network"), "message"),
                 QStringLiteral("Waits until AWS has accepted the key (aws.identity)."));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("cancelChecks")), Qt::LeftButton);
        QTRY_COMPARE(rowText(&w, QStringLiteral("aws.identity"), "status"), QStringLiteral("Skipped"));
        QCOMPARE(rowText(&w, QStringLiteral("aws.identity"), "message"), QStringLiteral("Cancelled before it finished."));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        // Run again: every AWS check passes.
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("runChecks")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QLabel *>(QStringLiteral("checkSummary"))->text().startsWith(QLatin1String("6 passed")),
                                 20000);
        for (const char *id : {"platform.auth", "aws.identity", "aws.permissions", "aws.network", "aws.billing", "aws.clock"})
            QCOMPARE(rowText(&w, QLatin1String(id), "status"), QStringLiteral("Passed"));
        QVERIFY(rowText(&w, QStringLiteral("aws.identity"), "message").contains(QLatin1String("123456789012")));
        QVERIFY(server.signatureFailures.isEmpty());
        QCOMPARE(w.controller()->checkResults().size(), 10);
        QDir().mkpath(QStringLiteral(CC_BINARY_DIR "/screenshots"));
        w.grab().save(QStringLiteral(CC_BINARY_DIR "/screenshots/verify-passed.png"));
        QVERIFY(w.controller()->checkResultsCurrent());
        QVERIFY(identityRow && identityRow == w.findChild<QWidget *>(QStringLiteral("check:aws.identity")));

        // The exported report carries these results.
        auto *done = qobject_cast<DonePage *>(w.page(int(PageId::Done)));
        done->ensureBuilt();
        const QString reportPath = dir.filePath(QStringLiteral("report.json"));
        QCOMPARE(done->exportReport(reportPath), QString());
        QFile report(reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray reportBytes = report.readAll();
        QVERIFY(reportBytes.contains("AWS accepts the key: account 123456789012"));
        QVERIFY(!reportBytes.contains(AwsTestServer::kSecret));
        // A PDF takes a tenth of a second to write: the GUI thread keeps running meanwhile.
        int ticks = 0;
        QTimer beat;
        connect(&beat, &QTimer::timeout, this, [&ticks] { ++ticks; });
        beat.start(5);
        QCOMPARE(done->exportReport(dir.filePath(QStringLiteral("report.pdf"))), QString());
        beat.stop();
        QVERIFY2(ticks > 0, "the GUI thread was blocked while the PDF was written");
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("report.pdf"))).size() > 1000);

        // A changed secret makes the results stale; the next run shows the cause and the fix.
        QVERIFY(pressBack(&w));
        QVERIFY(pressBack(&w));
        QCOMPARE(w.currentId(), int(PageId::Credentials));
        typeInto(&w, QStringLiteral("awsSecretAccessKey"), QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECREX"));
        QVERIFY(!w.controller()->checkResultsCurrent());
        QVERIFY(pressNext(&w));
        QVERIFY(pressNext(&w));
        QCOMPARE(rowText(&w, QStringLiteral("aws.identity"), "status"), QStringLiteral("Not run yet"));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("checkSummary"))->text().contains(QLatin1String("run the checks again")));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("runChecks")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rowText(&w, QStringLiteral("aws.identity"), "status"), QStringLiteral("Failed"), 20000);
        QVERIFY(rowText(&w, QStringLiteral("aws.identity"), "message").contains(QLatin1String("secret access key does not belong")));
        QVERIFY(rowText(&w, QStringLiteral("aws.identity"), "fix").startsWith(QLatin1String("Fix: Paste the secret access key again")));
        QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.grab().save(QStringLiteral(CC_BINARY_DIR "/screenshots/verify-failed.png"));
        // No row ever shows a secret.
        for (QLabel *l : w.findChildren<QLabel *>())
            QVERIFY(!l->text().contains(QLatin1String("TESTSECRET")) && !l->text().contains(QLatin1String("TESTSECREX")));

        // The results live in the model alone: a run made elsewhere (a submission runs the checks
        // itself) is what this page shows, and another profile clears it.
        QList<CheckResult> elsewhere;
        for (const QString &id : w.controller()->checkResults().isEmpty() ? QStringList() : QStringList{QStringLiteral("aws.clock")})
            elsewhere << CheckResult{id,   CheckStatus::Warn, QStringLiteral("found by the submission's run"), QStringLiteral("look"), {},
                                     false};
        QVERIFY(!elsewhere.isEmpty());
        w.controller()->setCheckResults(elsewhere);
        QTRY_COMPARE(rowText(&w, QStringLiteral("aws.clock"), "status"), QStringLiteral("Warning"));
        QCOMPARE(rowText(&w, QStringLiteral("aws.clock"), "message"), QStringLiteral("found by the submission's run"));
        QCOMPARE(rowText(&w, QStringLiteral("aws.clock"), "fix"), QStringLiteral("Fix: look"));
        // The kept rows were reset: nothing of the previous run (aws.identity failed, with a cause
        // and a fix) stays on a check this one did not report.
        QCOMPARE(rowText(&w, QStringLiteral("aws.identity"), "status"), QStringLiteral("Not run yet"));
        QCOMPARE(rowText(&w, QStringLiteral("aws.identity"), "message"), QString());
        QCOMPARE(rowText(&w, QStringLiteral("aws.identity"), "fix"), QString());
        QVERIFY(identityRow && identityRow == w.findChild<QWidget *>(QStringLiteral("check:aws.identity")));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("checkSummary"))->text().startsWith(QLatin1String("0 passed, 1 with warnings")));
        const Profile same = w.controller()->profile();
        w.controller()->replaceProfile(same, QString());
        QTRY_COMPARE(rowText(&w, QStringLiteral("aws.clock"), "status"), QStringLiteral("Not run yet"));
        QCOMPARE(rowText(&w, QStringLiteral("aws.clock"), "fix"), QString());
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("checkSummary"))->text(), QStringLiteral("Not run yet."));
    }

    void azureInBothClouds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("platformSecretField");
        QTest::addColumn<QString>("platformSecret");
        QTest::newRow("Spot + AzureCloud") << QStringLiteral("spot-azure.json") << QStringLiteral("https://management.azure.com/.default")
                                           << QStringLiteral("spotToken") << QString::fromLatin1(SpotTestServer::kToken);
        QTest::newRow("Scalr + AzureUSGovernment")
            << QStringLiteral("scalr-azure.json") << QStringLiteral("https://management.usgovcloudapi.net/.default")
            << QStringLiteral("scalrSecretKey") << QString::fromLatin1(ScalrTestServer::kSecretKey);
    }

    void azureInBothClouds()
    {
        QFETCH(QString, file);
        QFETCH(QString, scope);
        QFETCH(QString, platformSecretField);
        QFETCH(QString, platformSecret);
        SpotTestServer spot(TestHttpServer::Tls::Trusted);
        ScalrTestServer scalr(TestHttpServer::Tls::Trusted);
        QVERIFY(spot.start() && scalr.start());
        const QString platformEndpoint = platformSecretField == QLatin1String("spotToken") ? spot.baseUrl() : scalr.baseUrl();
        AzureTestServer server(TestHttpServer::Tls::Trusted);
        server.expectedScope = scope;
        server.vnets.insert(QStringLiteral("network-rg/spot-vnet"), server.vnets.value(QStringLiteral("network-rg/scalr-vnet")));
        // The Contributor role was just assigned and reaches Resource Manager on the second look.
        server.assignments.clear();
        server.assignments.append({QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kReader),
                                   QStringLiteral("/subscriptions/%1").arg(QLatin1String(AzureTestServer::kSubscription))});
        server.beforeRoleListing = [&server](int n) {
            if (n == 2)
                server.assignments.append({QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kContributor),
                                           QStringLiteral("/subscriptions/%1").arg(QLatin1String(AzureTestServer::kSubscription))});
        };
        QVERIFY(server.start());

        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *verify = qobject_cast<VerifyPage *>(w.page(int(PageId::Verify)));
        CheckOptions options;
        options.grantRetryBaseMs = 1500;
        options.grantRetryMaxMs = 1500;
        verify->setCheckOptions(options);
        onNextModal(
            [](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        QVERIFY(w.openProfile(azureProfileFor(server, file, true, platformEndpoint)));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(PageId::Platform), 20000);
        typeInto(&w, platformSecretField, platformSecret);
        while (w.currentId() != int(PageId::Credentials) && pressNext(&w)) {
        }
        QCOMPARE(w.currentId(), int(PageId::Credentials));
        typeInto(&w, QStringLiteral("azureClientSecret"), QLatin1String(AzureTestServer::kSecret));
        while (w.currentId() != int(PageId::Verify) && pressNext(&w)) {
        }
        QCOMPARE(w.currentId(), int(PageId::Verify));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("runChecks")), Qt::LeftButton);
        // While the role propagates, the row says so and when it tries again.
        QTRY_VERIFY_WITH_TIMEOUT(rowText(&w, QStringLiteral("azure.role"), "message").contains(QLatin1String("can take up to 15 minutes")),
                                 10000);
        QCOMPARE(rowText(&w, QStringLiteral("azure.role"), "status"), QStringLiteral("Running…"));
        QDir().mkpath(QStringLiteral(CC_BINARY_DIR "/screenshots"));
        w.grab().save(QStringLiteral(CC_BINARY_DIR "/screenshots/verify-azure-waiting.png"));
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QLabel *>(QStringLiteral("checkSummary"))->text().startsWith(QLatin1String("5 passed")),
                                 20000);
        for (const char *id : {"platform.auth", "azure.token", "azure.subscription", "azure.role", "azure.network"})
            QCOMPARE(rowText(&w, QLatin1String(id), "status"), QStringLiteral("Passed"));
        QVERIFY(rowText(&w, QStringLiteral("azure.role"), "message").contains(QLatin1String("Contributor at /subscriptions/")));
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("check:aws.identity")));
        for (QLabel *l : w.findChildren<QLabel *>())
            QVERIFY(!l->text().contains(QLatin1String(AzureTestServer::kSecret)));
    }
};

QTEST_MAIN(TestWizardVerify)
#include "test_wizard_verify.moc"
