// The wizard when its engine (wizard/engine/Engine.h: checks, keychain, submission, bundles) is
// missing — a broken install: this test links the wizard without it, as the program is linked,
// and no module lies beside the test. The window still comes up and stays usable; every place
// that needs the engine says what is wrong and how to mend it, and nothing entered is lost.
#include "CloudConnectWizard.h"
#include "Engine.h"
#include "OnboardingController.h"
#include "WizardDriver.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace cc;
using namespace cc::test;

class TestWizardWithoutEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPlaceThatNeedsTheEngineSaysWhy()
    {
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!engineLoadAttempted()); // nothing at start-up asks for it

        onNextModal(
            [](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        QVERIFY(w.openProfile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json")));
        // The keychain read fails with the reason, on the Start page, where a keychain error shows.
        QWidget *bannerWidget = w.findChild<QWidget *>(QStringLiteral("startKeychainBanner"));
        QVERIFY(bannerWidget);
        QTRY_VERIFY_WITH_TIMEOUT(bannerWidget->isVisible() && bannerText(bannerWidget).contains(QLatin1String("Reinstall")), 10000);
        QVERIFY2(bannerText(bannerWidget).contains(QLatin1String("cloudconnect-engine")), qPrintable(bannerText(bannerWidget)));
        QCOMPARE(bannerText(bannerWidget).count(QLatin1String("Reinstall")), 1);
        // Retry cannot help: the process does not look for the engine again.
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("startKeychainRetry"))->isVisible());
        QVERIFY(engineLoadAttempted() && !engineLoaded());

        // The answers are all there; the secrets are typed by hand and go as far as the Verify page.
        QCOMPARE(w.controller()->profile().name, QStringLiteral("prod-aws"));
        while (w.currentId() != int(PageId::Platform) && pressNext(&w)) {
        }
        typeInto(&w, QStringLiteral("scalrSecretKey"), QStringLiteral("a-scalr-secret-key-of-forty-characters-00"));
        while (w.currentId() != int(PageId::Credentials) && pressNext(&w)) {
        }
        QCOMPARE(w.currentId(), int(PageId::Credentials));
        typeInto(&w, QStringLiteral("awsSecretAccessKey"), QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        while (w.currentId() != int(PageId::Verify) && pressNext(&w)) {
        }
        QCOMPARE(w.currentId(), int(PageId::Verify));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("runChecks")), Qt::LeftButton);
        const QString summary = w.findChild<QLabel *>(QStringLiteral("checkSummary"))->text();
        QVERIFY2(summary.startsWith(QLatin1String("The checks cannot run:")) && summary.contains(QLatin1String("Reinstall")),
                 qPrintable(summary));
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("runChecks"))->isEnabled()); // can be tried again
        QCOMPARE(w.controller()->secrets().awsSecretAccessKey.toString(), QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    }

private:
    static QString bannerText(QWidget *banner)
    {
        QString all;
        for (const QLabel *l : banner->findChildren<QLabel *>())
            all += l->text() + QLatin1Char(' ');
        return all;
    }
};

QTEST_MAIN(TestWizardWithoutEngine)
#include "test_wizard_without_engine.moc"
