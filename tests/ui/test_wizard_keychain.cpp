// The keychain in the real wizard, against a throwaway gnome-keyring: save from the Credentials
// page, read back when a profile is reopened, delete with confirmation; and, on a bus without a
// Secret Service, the error with its fix, every value kept, and Retry once a keyring is started.
#include "CheckResult.h"
#include "CloudConnectWizard.h"
#include "SubmissionResult.h"
#include "OnboardingController.h"
#include "ProfileValidator.h"
#include "WizardDriver.h"
#include "pages/StartPage.h"
#include "widgets/KeychainStatus.h"

#include <QAbstractButton>
#include <QDirIterator>
#include <QSettings>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::test;

namespace {

const QString kScalrKey = QStringLiteral("ScalrKeyForKeychainTest0123");
const QString kAwsSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

QString keyringListing()
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), QStringLiteral("cloudconnect")});
    tool.waitForFinished(10000);
    return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError()); // attributes go to stderr
}

void goToCredentials(CloudConnectWizard &w)
{
    onNextModal([](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
    QVERIFY(w.openProfile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json")));
    QTRY_VERIFY_WITH_TIMEOUT(!w.controller()->keychainBusy(), 25000);
    typeInto(&w, QStringLiteral("profileName"), QStringLiteral("prod-aws"));
    QVERIFY(pressNext(&w));
    typeInto(&w, QStringLiteral("scalrSecretKey"), kScalrKey);
    while (w.currentId() != int(PageId::Credentials))
        QVERIFY2(pressNext(&w), qPrintable(pageKey(PageId(w.currentId()))));
    typeInto(&w, QStringLiteral("awsSecretAccessKey"), kAwsSecret);
}

// Types the secrets of scalr-aws.json in a wizard and saves them to the keychain.
void storeThroughTheWizard()
{
    CloudConnectWizard w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    goToCredentials(w);
    click(&w, QStringLiteral("saveSecrets"));
    auto *status = w.findChild<KeychainStatus *>(QStringLiteral("credentialsKeychain"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("stored in the system keychain")), 20000);
    QVERIFY(keyringListing().contains(QLatin1String("attribute.user = prod-aws")));
    QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("awsSecretAccessKey"))->text(), kAwsSecret);
}

// scalr-aws.json with one piece of text replaced, written as `name` in `dir`; "" if it could not be.
QString variantOfScalrAws(const QTemporaryDir &dir, const char *name, const QByteArray &from, const QByteArray &to)
{
    QFile in(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray json = in.readAll();
    if (!json.contains(from))
        return {};
    json.replace(from, to);
    const QString path = dir.filePath(QLatin1String(name));
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(json) == json.size() ? path : QString();
}

} // namespace

class TestWizardKeychain : public QObject {
    Q_OBJECT
    void assertNoSecretInFiles();

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("CC_TEST_KEYRING_HOME"), "run through scripts/with-test-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
    }

    // Run by the CTest entry with a keyring.
    void saveReopenAndDelete()
    {
        storeThroughTheWizard();
        if (QTest::currentTestFailed())
            return;
        // Reopened: the secrets come back from the keychain into masked fields, marked as such.
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        onNextModal(
            [](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        QVERIFY(w.openProfile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json")));
        QTRY_COMPARE_WITH_TIMEOUT(w.controller()->secrets().scalrSecretKey, kScalrKey, 20000);
        QCOMPARE(w.controller()->secrets().awsSecretAccessKey, kAwsSecret);
        w.restart();
        QVERIFY(pressNext(&w));
        auto *field = w.findChild<QLineEdit *>(QStringLiteral("scalrSecretKey"));
        QCOMPARE(field->text(), kScalrKey);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("scalrSecretKeyStored"))->isVisible());

        // Removing the profile asks first, then deletes its entry.
        w.restart();
        auto *start = qobject_cast<StartPage *>(w.currentPage());
        auto *recent = w.findChild<QListWidget *>(QStringLiteral("recentProfiles"));
        start->refreshRecent();
        QVERIFY(recent->count() >= 1);
        recent->setCurrentRow(0);
        onNextModal([](QWidget *modal) { static_cast<QMessageBox *>(modal)->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!start->removeSelected());
        QVERIFY(keyringListing().contains(QLatin1String("attribute.user = prod-aws")));
        onNextModal([](QWidget *modal) { static_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click(); });
        QVERIFY(start->removeSelected());
        QTRY_VERIFY_WITH_TIMEOUT(!keyringListing().contains(QLatin1String("attribute.user = prod-aws")), 20000);
        assertNoSecretInFiles();
    }

    void aFileThatSendsThemElsewhereGetsNoSecrets()
    {
        storeThroughTheWizard();
        if (QTest::currentTestFailed())
            return;
        // The same profile name, the platform endpoint pointing elsewhere (a shared file).
        QTemporaryDir dir;
        const QString path = variantOfScalrAws(dir, "prod-aws.json", "https://scalr.example.com", "https://scalr.attacker.example");
        QVERIFY(!path.isEmpty());
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        onNextModal(
            [](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        QVERIFY(w.openProfile(path));
        auto *status = w.findChild<KeychainStatus *>(QStringLiteral("startKeychain"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("stored for other endpoints")), 20000);
        QVERIFY2(status->text().contains(QLatin1String("scalr.attacker.example")), qPrintable(status->text()));
        QVERIFY(w.controller()->secrets().isEmpty());
        QVERIFY(!w.controller()->secretsFromKeychain());
    }

    void anotherProfileGetsNoneOfTheFirstOnesState()
    {
        storeThroughTheWizard();
        if (QTest::currentTestFailed())
            return;
        // B: the same endpoints as prod-aws (so the binding alone would let them through), another name.
        QTemporaryDir dir;
        const QString other = variantOfScalrAws(dir, "staging-aws.json", "\"name\": \"prod-aws\"", "\"name\": \"staging-aws\"");
        QVERIFY(!other.isEmpty());

        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto apply = [](QWidget *modal) {
            QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton);
        };
        onNextModal(apply);
        QVERIFY(w.openProfile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json")));
        QTRY_COMPARE_WITH_TIMEOUT(w.controller()->secrets().awsSecretAccessKey, kAwsSecret, 20000);
        CheckResult verdict;
        verdict.id = QStringLiteral("aws.identity");
        verdict.status = CheckStatus::Pass;
        w.controller()->setCheckResults({verdict});
        SubmissionResult sent;
        sent.status = SubmissionStatus::Created;
        sent.id = QStringLiteral("cred-1");
        w.controller()->setSubmission(sent);

        // Opening B drops A's secrets, verdicts and submission.
        onNextModal(apply);
        QVERIFY(w.openProfile(other));
        QCOMPARE(w.controller()->profile().name, QStringLiteral("staging-aws"));
        QVERIFY(w.controller()->secrets().isEmpty());
        QVERIFY(w.controller()->checkResults().isEmpty());
        QVERIFY(!w.controller()->submission());
        QTRY_VERIFY_WITH_TIMEOUT(!w.controller()->keychainBusy(), 20000);
        QVERIFY(w.controller()->secrets().isEmpty());
        QVERIFY(!w.controller()->secretsFromKeychain());

        // A's answer still on its way when B is opened never reaches B.
        onNextModal(apply);
        QVERIFY(w.openProfile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json")));
        onNextModal(apply);
        QVERIFY(w.openProfile(other));
        QTest::qWait(1500); // every keychain answer has arrived by now
        QCOMPARE(w.controller()->profile().name, QStringLiteral("staging-aws"));
        QVERIFY(w.controller()->secrets().isEmpty());
        w.restart();
        QVERIFY(pressNext(&w));
        QVERIFY(w.findChild<QLineEdit *>(QStringLiteral("scalrSecretKey"))->text().isEmpty());
    }

    // Run by its own CTest entry, on a session bus without a Secret Service.
    void missingKeychainKeepsEverythingAndRetries()
    {
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        goToCredentials(w);
        click(&w, QStringLiteral("saveSecrets"));
        auto *status = w.findChild<KeychainStatus *>(QStringLiteral("credentialsKeychain"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("No keychain service is running")), 20000);
        QVERIFY(status->text().contains(QLatin1String("gnome-keyring")));
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("credentialsKeychainRetry"))->isVisible());
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("awsSecretAccessKey"))->text(), kAwsSecret);
        QCOMPARE(w.controller()->secrets().scalrSecretKey, kScalrKey);

        // The admin starts a keyring; Retry now works.
        QProcess daemon;
        daemon.start(QStringLiteral("gnome-keyring-daemon"),
                     {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"), QStringLiteral("--daemonize")});
        daemon.write("cloudconnect-test-keyring");
        daemon.closeWriteChannel();
        QVERIFY(daemon.waitForFinished(20000));
        QTest::qWait(500);
        click(&w, QStringLiteral("credentialsKeychainRetry"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("stored in the system keychain")), 20000);
        QVERIFY(keyringListing().contains(QLatin1String("attribute.user = prod-aws")));
        assertNoSecretInFiles();
        // Stop exactly the daemon this test started: the one owning the Secret Service name on this
        // test's private bus (a pattern kill would also stop the keyrings of tests running in parallel).
        QProcess owner;
        owner.start(QStringLiteral("dbus-send"),
                    {QStringLiteral("--session"), QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.DBus"),
                     QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                     QStringLiteral("string:org.freedesktop.secrets")});
        QVERIFY(owner.waitForFinished(10000));
        const QString reply = QString::fromLatin1(owner.readAllStandardOutput());
        const QString pid = reply.section(QStringLiteral("uint32 "), 1).trimmed();
        QVERIFY2(pid.toInt() > 1, qPrintable(reply));
        QProcess::execute(QStringLiteral("kill"), {pid});
    }
};

void TestWizardKeychain::assertNoSecretInFiles()
{
    // Every file this run wrote (settings, recent list, keyring) is searched for the values.
    QSettings().sync();
    QStringList hits;
    QDirIterator it(qEnvironmentVariable("CC_TEST_KEYRING_HOME"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = f.readAll();
            if (bytes.contains(kScalrKey.toUtf8()) || bytes.contains(kAwsSecret.toUtf8()))
                hits << f.fileName();
        }
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
}

QTEST_MAIN(TestWizardKeychain)
#include "test_wizard_keychain.moc"
