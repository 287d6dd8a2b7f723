// Submitting from the Review page of the real wizard, against the Spot and Scalr test servers and
// a real keyring: what will be sent (secrets masked), created, unchanged on a second click, a
// conflict answered with Replace, Scalr + Azure handed over, and the Done page's outcome.
#include "CloudConnectWizard.h"
#include "OnboardingController.h"
#include "PlatformTestServers.h"
#include "TestTls.h"
#include "WizardDriver.h"
#include "pages/DonePage.h"
#include "widgets/InfoBanner.h"

#include <QAbstractButton>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace cc;
using namespace cc::test;

class TestWizardSubmit : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

    QString profile(const char *file, const QString &platformEndpoint, const QString &resumePage = QStringLiteral("review"))
    {
        QFile in(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + QLatin1String(file));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        o[QStringLiteral("tls")] = QJsonObject{{QStringLiteral("caBundle"), TestTls::shared().caPath}};
        o[QStringLiteral("resumePage")] = resumePage;
        QJsonObject platform = o.value(QStringLiteral("platform")).toObject();
        platform[QStringLiteral("endpoint")] = platformEndpoint;
        if (platform.value(QStringLiteral("kind")).toString() == QLatin1String("spot"))
            platform[QStringLiteral("accountId")] = QLatin1String(SpotTestServer::kAccount);
        o[QStringLiteral("platform")] = platform;
        const QString path = dir.filePath(QLatin1String(file));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(o).toJson());
        return path;
    }

    // Opens the profile and walks to the Review page, typing the secrets where they are asked.
    bool toReview(CloudConnectWizard &w, const QString &path, const QMap<QString, QString> &secrets)
    {
        onNextModal([](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        if (!w.openProfile(path))
            return false;
        QDeadlineTimer deadline(20000);
        while (w.currentId() == int(PageId::Start) && !deadline.hasExpired())
            QTest::qWait(20);
        for (int guard = 0; guard < 20 && w.currentId() != int(PageId::Review); ++guard) {
            for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
                auto *field = w.currentPage()->findChild<QLineEdit *>(it.key());
                if (field && field->isVisible() && field->text().isEmpty())
                    typeInto(w.currentPage(), it.key(), it.value());
            }
            if (!pressNext(&w))
                return false;
        }
        return w.currentId() == int(PageId::Review);
    }

    QString resultText(CloudConnectWizard &w)
    {
        auto *banner = w.findChild<InfoBanner *>(QStringLiteral("reviewSubmitResult"));
        return banner && banner->isVisible() ? banner->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(TestTls::shared().ok(), qPrintable(TestTls::shared().error));
    }

    void scalrAwsCreatedThenUnchanged()
    {
        ScalrTestServer scalr(TestHttpServer::Tls::Trusted);
        const QString awsSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECRET");
        scalr.validAwsKeys.insert(QStringLiteral("AKIAIOSFODNN7EXAMPLE"), awsSecret);
        QVERIFY(scalr.start());
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(toReview(w, profile("scalr-aws.json", scalr.baseUrl()),
                         {{QStringLiteral("scalrSecretKey"), QLatin1String(ScalrTestServer::kSecretKey)},
                          {QStringLiteral("awsSecretAccessKey"), awsSecret}}));
        const QString willSend = w.findChild<QTextBrowser *>(QStringLiteral("reviewWillSend"))->toPlainText();
        QVERIFY(willSend.contains(QLatin1String("AwsCloudCredentials")));
        QVERIFY(willSend.contains(QStringLiteral("••••")));
        QVERIFY(!willSend.contains(awsSecret));

        auto *submit = w.findChild<QPushButton *>(QStringLiteral("reviewSubmit"));
        QCOMPARE(submit->text().remove(QLatin1Char('&')), QStringLiteral("Submit to Scalr"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QTest::mouseClick(submit, Qt::LeftButton); // a double click submits once
        QTRY_VERIFY_WITH_TIMEOUT(resultText(w).startsWith(QLatin1String("created")), 20000);
        QVERIFY(resultText(w).contains(QLatin1String("(id 100)")));
        QCOMPARE(scalr.created, 1);
        QCOMPARE(w.controller()->submission()->status, QStringLiteral("created"));
        QDir().mkpath(QStringLiteral(CC_BINARY_DIR "/screenshots"));
        w.grab().save(QStringLiteral(CC_BINARY_DIR "/screenshots/review-submitted.png"));

        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(w).startsWith(QLatin1String("unchanged")), 20000);
        QCOMPARE(scalr.created, 1);

        QVERIFY(pressNext(&w));
        QCOMPARE(w.currentId(), int(PageId::Done));
        QVERIFY(w.findChild<InfoBanner *>(QStringLiteral("doneOutcome"))->text().contains(QLatin1String("Scalr accepted the credentials")));
        QCOMPARE(qobject_cast<DonePage *>(w.currentPage())->platformPageUrl(), scalr.baseUrl() + QLatin1Char('/'));
        for (QLabel *l : w.findChildren<QLabel *>())
            QVERIFY(!l->text().contains(awsSecret) && !l->text().contains(QLatin1String(ScalrTestServer::kSecretKey)));
    }

    void aConflictIsAskedAboutThenReplaced()
    {
        SpotTestServer spot(TestHttpServer::Tls::Trusted);
        spot.awsRole = QStringLiteral("arn:aws-us-gov:iam::123456789012:role/Other");
        QVERIFY(spot.start());
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(toReview(w, profile("spot-aws.json", spot.baseUrl()), {{QStringLiteral("spotToken"), QLatin1String(SpotTestServer::kToken)}}));
        QString asked;
        onNextModal([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(w).startsWith(QLatin1String("created")), 20000);
        QVERIFY(asked.contains(QLatin1String("role/Other")));
        QCOMPARE(spot.awsRole, QStringLiteral("arn:aws-us-gov:iam::123456789012:role/SpotRole"));
        QCOMPARE(spot.credentialWrites, 1);
    }

    void spotAzureRefusedSecretIsMarkedThenCreated()
    {
        SpotTestServer spot(TestHttpServer::Tls::Trusted);
        spot.validAzureSecret = QStringLiteral("Q~8Q~theRightSecretValue_0123456789abcd");
        QVERIFY(spot.start());
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(toReview(w, profile("spot-azure.json", spot.baseUrl()),
                         {{QStringLiteral("spotToken"), QLatin1String(SpotTestServer::kToken)},
                          {QStringLiteral("azureClientSecret"), QStringLiteral("Q~8Q~azureTestSecretValue_0123456789abc")}}));
        QVERIFY(!w.findChild<QTextBrowser *>(QStringLiteral("reviewWillSend"))->toPlainText().contains(QLatin1String("azureTestSecretValue")));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(w).startsWith(QLatin1String("rejected")), 20000);
        QVERIFY(resultText(w).contains(QLatin1String("marked on the Credentials page")));
        // Back on the Credentials page the secret field carries what Spot said.
        while (w.currentId() != int(PageId::Credentials) && pressBack(&w)) {
        }
        auto *message = w.findChild<QLabel *>(QStringLiteral("azureClientSecretMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("INVALID_CREDENTIALS")));
        typeInto(&w, QStringLiteral("azureClientSecret"), QStringLiteral("Q~8Q~theRightSecretValue_0123456789abcd"));
        QVERIFY(!message->isVisible()); // editing clears the platform's mark
        while (w.currentId() != int(PageId::Review) && pressNext(&w)) {
        }
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(w).startsWith(QLatin1String("created")), 20000);
        QCOMPARE(spot.azure.value(QStringLiteral("expirationDate")).toString(), QStringLiteral("2027-11-22T00:00:00.000Z"));
    }

    void theExternalIdComesFromSpot()
    {
        SpotTestServer spot(TestHttpServer::Tls::Trusted);
        QVERIFY(spot.start());
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        onNextModal([](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        QVERIFY(w.openProfile(profile("spot-aws.json", spot.baseUrl(), QStringLiteral("identity"))));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentId() != int(PageId::Start), 20000);
        // Stops on the Platform page unless an earlier test left the token in this keyring.
        if (w.currentId() == int(PageId::Platform))
            typeInto(&w, QStringLiteral("spotToken"), QLatin1String(SpotTestServer::kToken));
        while (w.currentId() != int(PageId::Identity) && pressNext(&w)) {
        }
        QCOMPARE(w.currentId(), int(PageId::Identity));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("fetchExternalId")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.findChild<QLineEdit *>(QStringLiteral("awsExternalId"))->text(), QStringLiteral("spot-ext-7c1e0f42"), 20000);
        QCOMPARE(w.controller()->profile().aws.externalId, QStringLiteral("spot-ext-7c1e0f42"));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("fetchExternalIdStatus"))->text(), QStringLiteral("Received from Spot."));
    }

    void scalrAzureIsHandedOver()
    {
        ScalrTestServer scalr(TestHttpServer::Tls::Trusted);
        QVERIFY(scalr.start());
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(toReview(w, profile("scalr-azure.json", scalr.baseUrl()),
                         {{QStringLiteral("scalrSecretKey"), QLatin1String(ScalrTestServer::kSecretKey)},
                          {QStringLiteral("azureClientSecret"), QStringLiteral("Q~8Q~azureTestSecretValue_0123456789abc")}}));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(w).startsWith(QLatin1String("handed-over")), 20000);
        QVERIFY(resultText(w).contains(QLatin1String("contoso.onmicrosoft.com")));
        QVERIFY(scalr.received.isEmpty());
        QVERIFY(pressNext(&w));
        QVERIFY(w.findChild<InfoBanner *>(QStringLiteral("doneOutcome"))->text().contains(QLatin1String("One step is left")));
        w.grab().save(QStringLiteral(CC_BINARY_DIR "/screenshots/done-handed-over.png"));
    }
};

QTEST_MAIN(TestWizardSubmit)
#include "test_wizard_submit.moc"
