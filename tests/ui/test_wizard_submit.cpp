// Submitting from the Review page of the real wizard, against the AWS, Entra ID/ARM, Spot and Scalr
// test servers and a real keyring, through the same SubmitFlow as `cloudconnect submit`: the live
// checks first (a failed one sends nothing), what will be sent (secrets masked), created,
// unchanged on a second click, a conflict answered with Replace, an environment that cannot be
// linked, Scalr + Azure handed over, and the Done page's outcome.
#include "CloudConnectWizard.h"
#include "OnboardingController.h"
#include "JourneyServers.h"
#include "TestTls.h"
#include "WizardDriver.h"
#include "pages/DonePage.h"
#include "pages/ReviewPage.h"
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

    // The test profile pointed at `servers`, opening on `resumePage`.
    QString profile(JourneyServers &servers, const char *file, const QString &resumePage = QStringLiteral("review"))
    {
        return servers.writeProfile(QLatin1String(file), dir.path(), {{QStringLiteral("resumePage"), resumePage}});
    }

    // Opens the profile and walks to the Review page, typing the secrets where they are asked.
    bool toReview(CloudConnectWizard &w, const QString &path, const QMap<QString, QString> &secrets)
    {
        onNextModal(
            [](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
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

    // Shows the wizard, opens the journey's profile and walks to the Review page.
    bool openAtReview(CloudConnectWizard &w, JourneyServers &servers, const char *file, const QMap<QString, QString> &secrets)
    {
        w.show();
        return QTest::qWaitForWindowExposed(&w) && toReview(w, profile(servers, file), secrets);
    }

    static QMap<QString, QString> scalrAwsSecrets()
    {
        return {{QStringLiteral("scalrSecretKey"), QLatin1String(ScalrTestServer::kSecretKey)},
                {QStringLiteral("awsSecretAccessKey"), QLatin1String(AwsTestServer::kSecret)}};
    }

    // Scalr applies the create but answers only after 4 s (and then with 503): a request that is
    // out, long enough for the admin to go Back or close the window.
    static void slowScalrCreate(JourneyServers &servers)
    {
        TestResponse slow;
        slow.delayMs = 4000;
        slow.status = 503;
        servers.scalr.faults.append({"POST ", slow, 1, true});
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
        JourneyServers servers;
        ScalrTestServer &scalr = servers.scalr;
        const QString awsSecret = QLatin1String(AwsTestServer::kSecret);
        QVERIFY(servers.start());
        CloudConnectWizard w;
        QVERIFY(openAtReview(w, servers, "scalr-aws.json",
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
        QCOMPARE(w.controller()->submission()->statusName(), QStringLiteral("created"));
        QCOMPARE(scalr.linked.value(QStringLiteral("7")), QStringLiteral("100"));
        QVERIFY(resultText(w).contains(QLatin1String("Environment 7: linked")));
        // The checks ran first, through the same flow as the command line, and their results are kept.
        QVERIFY(!servers.aws.received.isEmpty());
        QVERIFY(w.controller()->checkResultsCurrent());
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
        JourneyServers servers;
        SpotTestServer &spot = servers.spot;
        spot.awsRole = QStringLiteral("arn:aws-us-gov:iam::123456789012:role/Other");
        QVERIFY(servers.start());
        CloudConnectWizard w;
        QVERIFY(openAtReview(w, servers, "spot-aws.json", {{QStringLiteral("spotToken"), QLatin1String(SpotTestServer::kToken)}}));
        QString asked;
        onNextModal([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(w).startsWith(QLatin1String("updated")), 20000);
        QVERIFY(asked.contains(QLatin1String("role/Other")));
        QCOMPARE(spot.awsRole, QStringLiteral("arn:aws-us-gov:iam::123456789012:role/SpotRole"));
        QCOMPARE(spot.credentialWrites, 1);
    }

    void spotAzureRefusedSecretIsMarkedThenCreated()
    {
        JourneyServers servers;
        SpotTestServer &spot = servers.spot;
        // Entra ID accepts the secret (the checks pass); Spot's own validation refuses it at first.
        spot.validAzureSecret = QStringLiteral("Q~8Q~theRightSecretValue_0123456789abcd");
        QVERIFY(servers.start());
        CloudConnectWizard w;
        QVERIFY(openAtReview(w, servers, "spot-azure.json",
                             {{QStringLiteral("spotToken"), QLatin1String(SpotTestServer::kToken)},
                              {QStringLiteral("azureClientSecret"), QLatin1String(AzureTestServer::kSecret)}}));
        QVERIFY(
            !w.findChild<QTextBrowser *>(QStringLiteral("reviewWillSend"))->toPlainText().contains(QLatin1String("azureTestSecretValue")));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(w).startsWith(QLatin1String("rejected")), 20000);
        QVERIFY(resultText(w).contains(QLatin1String("marked on the Credentials page")));
        // Back on the Credentials page the secret field carries what Spot said.
        while (w.currentId() != int(PageId::Credentials) && pressBack(&w)) {
        }
        auto *message = w.findChild<QLabel *>(QStringLiteral("azureClientSecretMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("INVALID_CREDENTIALS")));
        spot.validAzureSecret = QLatin1String(AzureTestServer::kSecret); // Spot caught up with the new secret
        typeInto(&w, QStringLiteral("azureClientSecret"), QLatin1String(AzureTestServer::kSecret));
        QVERIFY(!message->isVisible()); // editing clears the platform's mark
        while (w.currentId() != int(PageId::Review) && pressNext(&w)) {
        }
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(w).startsWith(QLatin1String("created")), 20000);
        QCOMPARE(spot.azure.value(QStringLiteral("expirationDate")).toString(), QStringLiteral("2027-11-22T00:00:00.000Z"));
    }

    void theExternalIdComesFromSpot()
    {
        JourneyServers servers;
        QVERIFY(servers.start());
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        onNextModal(
            [](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        QVERIFY(w.openProfile(profile(servers, "spot-aws.json", QStringLiteral("identity"))));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentId() != int(PageId::Start), 20000);
        // Stops on the Platform page unless an earlier test left the token in this keyring.
        if (w.currentId() == int(PageId::Platform))
            typeInto(&w, QStringLiteral("spotToken"), QLatin1String(SpotTestServer::kToken));
        while (w.currentId() != int(PageId::Identity) && pressNext(&w)) {
        }
        QCOMPARE(w.currentId(), int(PageId::Identity));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("fetchExternalId")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.findChild<QLineEdit *>(QStringLiteral("awsExternalId"))->text(), QStringLiteral("spot-ext-7c1e0f42"),
                                  20000);
        QCOMPARE(w.controller()->profile().aws.externalId, QStringLiteral("spot-ext-7c1e0f42"));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("fetchExternalIdStatus"))->text(), QStringLiteral("Received from Spot."));
    }

    void scalrAzureIsHandedOver()
    {
        JourneyServers servers;
        ScalrTestServer &scalr = servers.scalr;
        servers.azure.expectedScope = QStringLiteral("https://management.usgovcloudapi.net/.default");
        QVERIFY(servers.start());
        CloudConnectWizard w;
        QVERIFY(openAtReview(w, servers, "scalr-azure.json",
                             {{QStringLiteral("scalrSecretKey"), QLatin1String(ScalrTestServer::kSecretKey)},
                              {QStringLiteral("azureClientSecret"), QLatin1String(AzureTestServer::kSecret)}}));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(w).startsWith(QLatin1String("handed-over")), 20000);
        QVERIFY(resultText(w).contains(QLatin1String("contoso.onmicrosoft.com")));
        // platform.auth asked Scalr who we are; nothing was created or sent for Azure.
        for (const TestRequest &q : std::as_const(scalr.received))
            QCOMPARE(q.method, QByteArray("GET"));
        QVERIFY(pressNext(&w));
        QVERIFY(w.findChild<InfoBanner *>(QStringLiteral("doneOutcome"))->text().contains(QLatin1String("One step is left")));
        w.grab().save(QStringLiteral(CC_BINARY_DIR "/screenshots/done-handed-over.png"));
    }

    void aFailedCheckSendsNothing()
    {
        JourneyServers servers;
        QVERIFY(servers.start());
        CloudConnectWizard w;
        QVERIFY(openAtReview(w, servers, "scalr-aws.json", scalrAwsSecrets()));
        // An earlier test may have left the right key in this keyring: type the wrong one over it.
        while (w.currentId() != int(PageId::Credentials) && pressBack(&w)) {
        }
        typeInto(&w, QStringLiteral("awsSecretAccessKey"), QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYWRONGSECRT"));
        while (w.currentId() != int(PageId::Review) && pressNext(&w)) {
        }
        QCOMPARE(w.currentId(), int(PageId::Review));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(w).startsWith(QLatin1String("Not submitted: a check failed")), 30000);
        QVERIFY(resultText(w).contains(QLatin1String("aws.identity")));
        for (const TestRequest &q : std::as_const(servers.scalr.received))
            QCOMPARE(q.method, QByteArray("GET")); // only platform.auth's read: nothing created or linked
        QCOMPARE(servers.scalr.created, 0);
        QVERIFY(!w.controller()->submission());
    }

    void anEnvironmentThatCannotBeLinkedIsShown()
    {
        JourneyServers servers;
        servers.scalr.linked.insert(QStringLiteral("7"), QStringLiteral("55"));
        servers.scalr.environmentsInUse.insert(QStringLiteral("7"));
        QVERIFY(servers.start());
        CloudConnectWizard w;
        QVERIFY(openAtReview(w, servers, "scalr-aws.json", scalrAwsSecrets()));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(w).startsWith(QLatin1String("incomplete")), 30000);
        QVERIFY(resultText(w).contains(QLatin1String("Environment 7: not linked")));
        QVERIFY(pressNext(&w));
        const QString done = w.findChild<InfoBanner *>(QStringLiteral("doneOutcome"))->text();
        QVERIFY2(done.contains(QLatin1String("environment 7: not linked")) && done.contains(QLatin1String("ObjectInUse")),
                 qPrintable(done));
        w.grab().save(QStringLiteral(CC_BINARY_DIR "/screenshots/done-incomplete.png"));
    }

    void backDuringASubmissionAsksAndRecordsItAsUnknown()
    {
        // Scalr applies the create but answers only after 4 s: the admin presses Back meanwhile.
        JourneyServers servers;
        slowScalrCreate(servers);
        QVERIFY(servers.start());
        CloudConnectWizard w;
        QVERIFY(openAtReview(w, servers, "scalr-aws.json", scalrAwsSecrets()));
        auto *review = qobject_cast<ReviewPage *>(w.currentPage());
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(servers.scalr.created == 1, qPrintable([&]() -> QString {
                                      QStringList seen;
                                      for (const TestRequest &r : servers.scalr.received)
                                          seen << QString::fromLatin1(r.method + ' ' + r.path);
                                      return resultText(w) + QStringLiteral(" / ") + seen.join(QStringLiteral(", "));
                                  }()),
                                  20000); // the request is out and applied

        // "Keep waiting": nothing changes, the page stays.
        auto *back = w.button(QWizard::BackButton);
        onNextModal([](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("interruptSubmission"));
            for (QPushButton *b : modal->findChildren<QPushButton *>())
                if (b->objectName() != QLatin1String("interruptSubmissionLeave"))
                    b->click();
        });
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(w.currentId(), int(PageId::Review));
        QVERIFY(review->isSubmitting());

        // "Stop waiting and go back": recorded as unknown, never as rejected or created.
        onNextModal([](QWidget *modal) { modal->findChild<QPushButton *>(QStringLiteral("interruptSubmissionLeave"))->click(); });
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(w.currentId(), int(PageId::Verify));
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->submission().has_value(), 10000);
        QCOMPARE(w.controller()->submission()->status, SubmissionStatus::Unknown);
        QVERIFY(w.controller()->submission()->fix.contains(QLatin1String("asks the platform")));

        // Submitting again asks Scalr first: what the interrupted request created is found, not created twice.
        QVERIFY(pressNext(&w));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isSubmitting() && w.controller()->submission()->status != SubmissionStatus::Unknown, 30000);
        QVERIFY2(w.controller()->submission()->succeeded(), qPrintable(resultText(w)));
        QCOMPARE(servers.scalr.created, 1);
    }

    void closingDuringASubmissionAsksOnceThenRecordsUnknown()
    {
        JourneyServers servers;
        slowScalrCreate(servers);
        QVERIFY(servers.start());
        CloudConnectWizard w;
        QVERIFY(openAtReview(w, servers, "scalr-aws.json", scalrAwsSecrets()));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(servers.scalr.created == 1, 20000);
        // Cancel (or closing the window) while the request is out: "Keep waiting" keeps the window.
        QString asked;
        onNextModal([&](QWidget *modal) {
            asked = modal->objectName();
            for (QPushButton *b : modal->findChildren<QPushButton *>())
                if (b->objectName() != QLatin1String("interruptSubmissionLeave"))
                    b->click();
        });
        w.reject();
        QCOMPARE(asked, QStringLiteral("interruptSubmission"));
        QVERIFY(w.isVisible());
        // Leaving: one question only (it covers the unsaved input too), then the window goes and
        // the outcome is unknown rather than lost.
        int questions = 0;
        onNextModal([&](QWidget *modal) {
            ++questions;
            modal->findChild<QPushButton *>(QStringLiteral("interruptSubmissionLeave"))->click();
        });
        w.reject();
        QVERIFY(!w.isVisible());
        QCOMPARE(questions, 1);
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->submission().has_value(), 10000);
        QCOMPARE(w.controller()->submission()->status, SubmissionStatus::Unknown);
    }

    void aPlatformsWordsAreShownAsTextNotMarkup()
    {
        // Scalr's reason is shown on the Done page; a hostile server's markup must stay characters
        // (no link to click, no bold) and its escape sequences must not reach the screen.
        JourneyServers servers;
        servers.scalr.linked.insert(QStringLiteral("7"), QStringLiteral("55"));
        servers.scalr.environmentsInUse.insert(QStringLiteral("7"));
        servers.scalr.inUseMessage = QStringLiteral("<a href=\"https://evil.example/\">Click to fix</a> \x1b[2J<b>in use</b>");
        QVERIFY(servers.start());
        CloudConnectWizard w;
        QVERIFY(openAtReview(w, servers, "scalr-aws.json", scalrAwsSecrets()));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("reviewSubmit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(w).startsWith(QLatin1String("incomplete")), 30000);
        QVERIFY(pressNext(&w));
        auto *label = w.findChild<InfoBanner *>(QStringLiteral("doneOutcome"))->findChild<QLabel *>(QStringLiteral("infoBannerText"));
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(!label->openExternalLinks());
        QVERIFY2(label->text().contains(QLatin1String("<a href=\"https://evil.example/\">Click to fix</a>")), qPrintable(label->text()));
        QVERIFY(!label->text().contains(QChar(0x1b)));
    }
};

QTEST_MAIN(TestWizardSubmit)
#include "test_wizard_submit.moc"
