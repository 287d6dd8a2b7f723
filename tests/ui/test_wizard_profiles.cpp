// Opening, reviewing and saving profiles in the real wizard; leaving it safely; contextual help.
#include "CloudConnectWizard.h"
#include "widgets/InfoBanner.h"
#include "OnboardingController.h"
#include "ProfileValidator.h"
#include "RecentProfiles.h"
#include "WizardDriver.h"
#include "ReportData.h"
#include "pages/DonePage.h"
#include "pages/StartPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QJsonObject>
#include <QJsonDocument>
#include <QTreeWidget>

using namespace cc;
using namespace cc::test;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + QLatin1String(name);
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

} // namespace

class TestWizardProfiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Until a profile has been opened or saved there is nothing to list: a line of text stands
    // where the list goes (an item view is the costliest widget to lay out and paint at
    // start-up), with no Remove button and no Alt+letter leading nowhere. The first recent
    // profile brings the list, its button and its Alt+R.
    void theRecentListAppearsWithTheFirstRecentProfile()
    {
        for (const RecentProfile &r : RecentProfiles::list())
            RecentProfiles::remove(r.path);
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.findChild<QListWidget *>(QStringLiteral("recentProfiles")));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("noRecentProfiles"))->isVisible());
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("removeProfile"))->isVisible());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prod-aws.json"));
        QVERIFY(QFile::copy(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json"), path));
        RecentProfiles::add(path);
        qobject_cast<StartPage *>(w.page(int(PageId::Start)))->refreshRecent();
        auto *list = w.findChild<QListWidget *>(QStringLiteral("recentProfiles"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(path));
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("noRecentProfiles"))->isVisible());
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("removeProfile"))->isVisible());
        QTest::keyClick(&w, Qt::Key_R, Qt::AltModifier); // the label's Alt+R reaches the list
        QCOMPARE(QApplication::focusWidget(), list);
        // Made after the page, the list still sits between Open and Remove in the Tab order.
        const auto nextTabStop = [](QWidget *from) {
            QWidget *next = from->nextInFocusChain();
            while (next != from && (!(next->focusPolicy() & Qt::TabFocus) || from->isAncestorOf(next)))
                next = next->nextInFocusChain();
            return next;
        };
        QCOMPARE(nextTabStop(w.findChild<QPushButton *>(QStringLiteral("openProfileButton"))), list);
        QCOMPARE(nextTabStop(list), w.findChild<QPushButton *>(QStringLiteral("removeProfile")));
        RecentProfiles::remove(path);
    }

    void openingAValidProfileShowsTheChangesThenApplies()
    {
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        int listed = 0;
        onNextModal([&](QWidget *modal) {
            auto *items = modal->findChild<QTreeWidget *>(QStringLiteral("importItems"));
            listed = items ? items->topLevelItemCount() : -1;
            QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton);
        });
        QVERIFY(w.openProfile(dataFile("scalr-aws.json")));
        QVERIFY2(listed >= 15, qPrintable(QString::number(listed))); // every answer that changes is listed
        QCOMPARE(w.controller()->profile().name, QStringLiteral("prod-aws"));
        QCOMPARE(w.currentId(), int(PageId::Start));
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("profileName"))->text(), QStringLiteral("prod-aws"));
        // The pages show the imported answers.
        QVERIFY(pressNext(&w));
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("scalrEndpoint"))->text(), QStringLiteral("https://scalr.example.com"));
        QCOMPARE(RecentProfiles::list().first().path, dataFile("scalr-aws.json"));
    }

    void whereSecretsGoIsShownFirstAsAWarning()
    {
        // A shared file that sends the Azure sign-in elsewhere and trusts its own CA.
        QFile in(dataFile("scalr-azure.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        o.insert(QStringLiteral("endpoints"),
                 QJsonObject{{QStringLiteral("azureAuthority"), QStringLiteral("https://login.attacker.example")}});
        QTemporaryDir dir;
        const QString ca = writeFile(dir, "their-ca.pem", "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
        o.insert(QStringLiteral("tls"), QJsonObject{{QStringLiteral("caBundle"), ca}});
        const QString path = writeFile(dir, "shared.json", QJsonDocument(o).toJson());
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString warning;
        QStringList labels, pointers;
        onNextModal([&](QWidget *modal) {
            auto *banner = modal->findChild<InfoBanner *>(QStringLiteral("importTrustWarning"));
            warning = banner ? banner->text() : QString();
            auto *items = modal->findChild<QTreeWidget *>(QStringLiteral("importItems"));
            for (int i = 0; items && i < items->topLevelItemCount(); ++i) {
                labels << items->topLevelItem(i)->text(0);
                pointers << items->topLevelItem(i)->toolTip(0);
            }
            modal->grab().save(QStringLiteral(CC_BINARY_DIR "/screenshots/import-trust-warning.png"));
            static_cast<QDialog *>(modal)->reject();
        });
        QVERIFY(!w.openProfile(path));
        QVERIFY2(warning.contains(QLatin1String("https://login.attacker.example")) && warning.contains(ca), qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String("Entra ID sign-in address")), qPrintable(warning)); // plain words, not pointers
        // The override and the CA come before the ordinary answers, by the pages' words, the pointer as tooltip.
        const qsizetype authority = pointers.indexOf(QStringLiteral("/endpoints/azureAuthority"));
        const qsizetype caRow = pointers.indexOf(QStringLiteral("/tls/caBundle"));
        const qsizetype tenant = pointers.indexOf(QStringLiteral("/azure/tenantId"));
        QVERIFY2(authority >= 0 && caRow >= 0 && tenant >= 0, qPrintable(pointers.join(u' ')));
        QVERIFY(authority < tenant && caRow < tenant);
        QCOMPARE(labels.at(authority), QStringLiteral("Override › Entra ID sign-in address"));
        QVERIFY(!labels.join(u' ').contains(QLatin1String("/azure/")));
    }

    void cancellingTheReviewChangesNothing()
    {
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        typeInto(&w, QStringLiteral("profileName"), QStringLiteral("typed-by-hand"));
        onNextModal([](QWidget *modal) { static_cast<QDialog *>(modal)->reject(); });
        QVERIFY(!w.openProfile(dataFile("spot-aws.json")));
        QCOMPARE(w.controller()->profile().name, QStringLiteral("typed-by-hand"));
    }

    void aHostileProfileIsRefusedAndTouchesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("problems");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("ten problems") << QByteArray("{\"schemaVersion\":1,\"name\":\"-x\",\"platform\":{\"kind\":\"scalr\","
                                                    "\"endpoint\":\"http://x.com\",\"accountId\":\"a\",\"apiKeyId\":\"!\","
                                                    "\"environmentIds\":[\"x\"]},\"cloud\":\"aws\",\"connectionPolicy\":\"local\","
                                                    "\"aws\":{\"partition\":\"aws\",\"region\":\"cn-north-1\",\"vpcId\":\"vpc-1\","
                                                    "\"accessKeyId\":\"AKIA\",\"clientSecret\":\"s\"}}")
                                      << 10 << "/aws/clientSecret";
        QTest::newRow("newer version") << QByteArray("{\"schemaVersion\":7,\"name\":\"x\"}") << 1 << "schemaVersion 7";
        QTest::newRow("deep nesting") << (QByteArray(100000, '[') + QByteArray(100000, ']')) << 1 << "nested";
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe{\"a\"", 7) << 1 << "JSON";
        // Long enough to overflow the stack in std::regex (valijson's "pattern"), yet under the
        // 64 KiB string limit: refused with the field's own limit, the name shortened for display.
        QFile f(dataFile("scalr-azure.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject azure = profile.value(QLatin1String("azure")).toObject();
        azure.insert(QStringLiteral("appName"), QString(60000, u'a'));
        QJsonObject hugeName = profile;
        hugeName.insert(QStringLiteral("checklist"), QJsonObject{{QStringLiteral("a") + QString(60000, u'b'), QJsonObject{}}});
        profile.insert(QStringLiteral("azure"), azure);
        QTest::newRow("huge app name") << QJsonDocument(profile).toJson() << 1 << "/azure/appName: too long: at most 120 characters";
        QTest::newRow("huge checklist name") << QJsonDocument(hugeName).toJson() << 1
                                             << QStringLiteral("/checklist/a") + QString(23, u'b') + QChar(0x2026)
                                                    + QStringLiteral(": name too long: at most 64 characters");
    }
    void aHostileProfileIsRefusedAndTouchesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, problems);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = writeFile(dir, "hostile.json", content);
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        typeInto(&w, QStringLiteral("profileName"), QStringLiteral("keep-me"));
        QStringList rows;
        bool applyOffered = true;
        onNextModal([&](QWidget *modal) {
            auto *items = modal->findChild<QTreeWidget *>(QStringLiteral("importItems"));
            for (int i = 0; items && i < items->topLevelItemCount(); ++i)
                rows << items->topLevelItem(i)->text(0) + QStringLiteral(": ") + items->topLevelItem(i)->text(1);
            applyOffered = modal->findChild<QPushButton *>(QStringLiteral("importApply")) != nullptr;
            static_cast<QDialog *>(modal)->reject();
        });
        QVERIFY(!w.openProfile(path));
        QVERIFY(!applyOffered);
        QCOMPARE(rows.size(), problems);
        QVERIFY2(rows.join(u'\n').contains(mentions), qPrintable(rows.join(u'\n')));
        QCOMPARE(w.controller()->profile().name, QStringLiteral("keep-me"));
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("profileName"))->text(), QStringLiteral("keep-me"));
    }

    void savedProfileLoadsBackAndHoldsNoSecret()
    {
        QTemporaryDir dir;
        CloudConnectWizard w;
        onNextModal(
            [](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        QVERIFY(w.openProfile(dataFile("scalr-azure.json")));
        const QString secret = QStringLiteral("Very~Secret.Azure_Value-123");
        w.controller()->setSecret(&SecretValues::azureClientSecret, secret);
        w.controller()->setSecret(&SecretValues::scalrSecretKey, QStringLiteral("AnotherSecretValue987"));
        const QString path = dir.filePath(QStringLiteral("saved.json"));
        QCOMPARE(w.saveProfile(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains("AnotherSecretValue987"));
        QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        const ProfileParseResult again = parseProfile(bytes);
        QVERIFY(again.ok());
        QCOMPARE(again.profile->azure.tenantName, QStringLiteral("contoso.onmicrosoft.com"));
    }

    void ctrlSSavesToTheSameFileWithoutAsking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QVERIFY(QFile::copy(dataFile("scalr-aws.json"), path));
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        onNextModal(
            [](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        QVERIFY(w.openProfile(path));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentId() != int(PageId::Start) || w.controller()->profilePath() == path, 20000);
        w.controller()->setText(ProfileField::Description, QStringLiteral("changed with Ctrl+S"));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keySequence(QApplication::focusWidget() ? QApplication::focusWidget() : static_cast<QWidget *>(&w), QKeySequence::Save);
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("changed with Ctrl+S"));
    }

    void aSavedOnboardingResumesAtThePageItWasLeftOn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("half.json"));
        {
            CloudConnectWizard w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            typeInto(&w, QStringLiteral("profileName"), QStringLiteral("half-done"));
            QVERIFY(pressNext(&w));
            click(&w, QStringLiteral("platformSpot"));
            typeInto(&w, QStringLiteral("spotAccountId"), QStringLiteral("act-1a2b3c4d"));
            typeInto(&w, QStringLiteral("spotToken"), QStringLiteral("SpotTokenValue0123456789"));
            QVERIFY(pressNext(&w));
            QVERIFY(pressNext(&w)); // AWS, commercial
            typeInto(&w, QStringLiteral("awsVpcId"), QStringLiteral("vpc-0a1b2c3d"));
            QVERIFY(pressNext(&w));
            QCOMPARE(w.currentId(), int(PageId::Identity));
            QCOMPARE(w.saveProfile(path), QString());
        }
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(bytes.contains("\"resumePage\": \"identity\""));
        QVERIFY(!bytes.contains("SpotTokenValue"));

        // Without the token (not in the profile) the wizard stops where it is needed...
        CloudConnectWizard again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        onNextModal(
            [](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        QVERIFY(again.openProfile(path));
        QTRY_COMPARE_WITH_TIMEOUT(again.currentId(), int(PageId::Platform), 25000);
        // ...and with it, continues at the page it was left on.
        // (Typed right after opening, before the keychain's answer decides where to resume: a
        // secret typed before opening belongs to the previous onboarding and is dropped.)
        CloudConnectWizard third;
        third.show();
        QVERIFY(QTest::qWaitForWindowExposed(&third));
        onNextModal(
            [](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        QVERIFY(third.openProfile(path));
        third.controller()->setSecret(&SecretValues::spotToken, QStringLiteral("SpotTokenValue0123456789"));
        QTRY_COMPARE_WITH_TIMEOUT(third.currentId(), int(PageId::Identity), 25000);
    }

    void theDonePageExportsTheReportWithoutSecrets()
    {
        QTemporaryDir dir;
        CloudConnectWizard w;
        onNextModal(
            [](QWidget *modal) { QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("importApply")), Qt::LeftButton); });
        QVERIFY(w.openProfile(dataFile("scalr-aws.json")));
        const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        w.controller()->setSecret(&SecretValues::awsSecretAccessKey, secret);
        auto *done = qobject_cast<DonePage *>(w.page(int(PageId::Done)));
        QVERIFY(done);
        done->ensureBuilt();
        for (const char *name : {"report.html", "report.md", "report.json", "report.pdf"}) {
            const QString path = dir.filePath(QLatin1String(name));
            QCOMPARE(done->exportReport(path), QString());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(bytes.size() > 500, name);
            QVERIFY2(!bytes.contains(secret.toUtf8()) && !bytes.contains(secret.left(10).toUtf8()), name);
        }
        QFile json(dir.filePath(QStringLiteral("report.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(json.readAll().contains(secretFingerprint(secret).toUtf8()));
    }

    void leavingAsksOnlyWhenSomethingWasEntered()
    {
        {
            CloudConnectWizard w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.reject(); // nothing entered: closes at once
            QVERIFY(!w.isVisible());
        }
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        typeInto(&w, QStringLiteral("profileName"), QStringLiteral("something"));
        QString question;
        onNextModal([&](QWidget *modal) {
            question = static_cast<QMessageBox *>(modal)->text();
            static_cast<QMessageBox *>(modal)->button(QMessageBox::Cancel)->click();
        });
        w.button(QWizard::CancelButton)->click();
        QVERIFY(w.isVisible());
        QVERIFY(question.contains(QLatin1String("will be lost")));
        onNextModal([](QWidget *modal) { static_cast<QMessageBox *>(modal)->button(QMessageBox::Discard)->click(); });
        w.button(QWizard::CancelButton)->click();
        QVERIFY(!w.isVisible());
    }

    void everyPageHasHelp()
    {
        CloudConnectWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString help;
        onNextModal([&](QWidget *modal) {
            help = static_cast<QMessageBox *>(modal)->text();
            static_cast<QMessageBox *>(modal)->accept();
        });
        w.button(QWizard::HelpButton)->click();
        QVERIFY(help.contains(QLatin1String("keychain entry")));
    }
};

QTEST_MAIN(TestWizardProfiles)
#include "test_wizard_profiles.moc"
