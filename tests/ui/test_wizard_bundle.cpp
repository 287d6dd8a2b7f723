// The encrypted bundle in the wizard: exported from the Done page (owner-only, nothing readable),
// opened through the normal Open flow (passphrase, then the import review), secrets restored in
// memory, a wrong passphrase changing nothing, and the passphrase dialog's own rules.
#include "BundlePassphraseDialog.h"
#include "CloudConnectWizard.h"
#include "OnboardingController.h"
#include "WizardDriver.h"
#include "pages/DonePage.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cc;
using namespace cc::test;

namespace {
const QString kPass = QStringLiteral("correct horse battery staple");
const QString kAws = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECRET");
const QString kScalr = QStringLiteral("scalr-secret-key-0123456789");

void answerPassphrase(QWidget *modal, const QString &passphrase)
{
    auto *field = modal->findChild<QLineEdit *>(QStringLiteral("bundlePassphraseFirst"));
    QTest::keyClicks(field, passphrase);
    modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}
} // namespace

class TestWizardBundle : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    QString bundlePath;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportFromTheDonePage()
    {
        CloudConnectWizard w;
        onNextModal(
            [](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        QVERIFY(w.openProfile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json")));
        w.controller()->setSecret(&SecretValues::awsSecretAccessKey, kAws);
        w.controller()->setSecret(&SecretValues::scalrSecretKey, kScalr);
        auto *done = qobject_cast<DonePage *>(w.page(int(PageId::Done)));
        done->ensureBuilt();
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("doneExportBundle")));
        bundlePath = dir.filePath(QStringLiteral("prod.ccbundle"));
        // The key derivation runs off the GUI thread: timers keep firing while the bundle is sealed.
        int ticks = 0;
        QTimer beat;
        connect(&beat, &QTimer::timeout, this, [&ticks] { ++ticks; });
        beat.start(5);
        QCOMPARE(done->exportBundle(bundlePath, kPass), QString());
        beat.stop();
        QVERIFY2(ticks > 0, "the GUI thread was blocked while the key was derived");
        QFile f(bundlePath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("CCBUNDLE"));
        QVERIFY(!bytes.contains(kAws.toUtf8()) && !bytes.contains(kScalr.toUtf8()) && !bytes.contains("prod-aws"));
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void openingItAsksThePassphraseThenReviews()
    {
        QVERIFY(!bundlePath.isEmpty());
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        bool reviewed = false;
        onNextModal([&](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("bundlePassphrase"));
            onNextModal([&](QWidget *review) {
                reviewed = true;
                QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton);
            });
            answerPassphrase(modal, kPass);
        });
        QVERIFY(w.openProfile(bundlePath));
        QVERIFY(reviewed);
        QCOMPARE(w.controller()->profile().name, QStringLiteral("prod-aws"));
        QCOMPARE(w.controller()->secrets().awsSecretAccessKey, kAws);
        QCOMPARE(w.controller()->secrets().scalrSecretKey, kScalr);
        QVERIFY(w.controller()->profilePath().isEmpty()); // saving never overwrites the bundle
    }

    void aWrongPassphraseChangesNothing()
    {
        QVERIFY(!bundlePath.isEmpty());
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString before = w.controller()->profile().name;
        QString warning;
        onNextModal([&](QWidget *modal) {
            onNextModal([&](QWidget *box) {
                warning = qobject_cast<QMessageBox *>(box)->text();
                qobject_cast<QMessageBox *>(box)->accept();
            });
            answerPassphrase(modal, QStringLiteral("not the passphrase"));
        });
        QVERIFY(!w.openProfile(bundlePath));
        QVERIFY(warning.contains(QLatin1String("passphrase is wrong")));
        QVERIFY(warning.contains(QLatin1String("Nothing was changed")));
        QCOMPARE(w.controller()->profile().name, before);
        QVERIFY(w.controller()->secrets().isEmpty());
    }

    void theExportDialogWantsAGoodPassphraseTwice()
    {
        BundlePassphraseDialog d(BundlePassphraseDialog::Purpose::Export, QStringLiteral("x.ccbundle"));
        auto *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *first = d.findChild<QLineEdit *>(QStringLiteral("bundlePassphraseFirst"));
        auto *second = d.findChild<QLineEdit *>(QStringLiteral("bundlePassphraseSecond"));
        QCOMPARE(first->echoMode(), QLineEdit::Password);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(first, QStringLiteral("short"));
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("bundlePassphraseProblem"))->text().contains(QLatin1String("At least 8")));
        QTest::keyClicks(first, QStringLiteral(" enough now"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(second, QStringLiteral("short enough now"));
        QVERIFY(ok->isEnabled());
    }
};

QTEST_MAIN(TestWizardBundle)
#include "test_wizard_bundle.moc"
