// Generated artefacts in the real wizard: shown per journey with Copy, the scalr-server.rb merge
// with its diff, backup and refusal, and the sign-on URL read from the same file.
#include "CloudConnectWizard.h"
#include "OnboardingController.h"
#include "ProfileValidator.h"
#include "WizardDriver.h"
#include "pages/ConnectionPolicyPage.h"
#include "pages/IdentityPage.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::test;

namespace {

void load(CloudConnectWizard &w, const char *profile)
{
    const ProfileParseResult r = readProfileFile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + QLatin1String(profile));
    QVERIFY(r.ok());
    w.controller()->replaceProfile(*r.profile, QString()); // drops any secrets: set them after
    w.controller()->setSecret(&SecretValues::scalrSecretKey, QStringLiteral("secretkey0123456789"));
    w.controller()->setSecret(&SecretValues::spotToken, QStringLiteral("token0123456789"));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
}

void goTo(CloudConnectWizard &w, PageId page)
{
    w.restart();
    while (w.currentId() != int(page)) {
        QVERIFY2(w.currentPage()->isComplete(), qPrintable(pageKey(PageId(w.currentId()))));
        w.next();
    }
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return path;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestWizardArtefacts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void identityPageShowsTheJourneysArtefacts_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("views");
        QTest::newRow("scalr-aws") << "scalr-aws.json"
                                   << QStringList{QStringLiteral("artefact_iam_policy"), QStringLiteral("artefact_aws_cli")};
        QTest::newRow("spot-aws") << "spot-aws.json"
                                  << QStringList{QStringLiteral("artefact_trust_policy"), QStringLiteral("artefact_role_policy"),
                                                 QStringLiteral("artefact_cloudformation"),
                                                 QStringLiteral("artefact_cloudformation_deploy")};
        QTest::newRow("scalr-azure") << "scalr-azure.json" << QStringList{QStringLiteral("artefact_az_cli")};
        QTest::newRow("spot-azure") << "spot-azure.json" << QStringList{QStringLiteral("artefact_az_cli")};
    }
    void identityPageShowsTheJourneysArtefacts()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, views);
        CloudConnectWizard w;
        load(w, profile.toLatin1().constData());
        goTo(w, PageId::Identity);
        for (const QString &name : views) {
            auto *text = w.findChild<QPlainTextEdit *>(name + QStringLiteral("Text"));
            QVERIFY2(text && text->isVisibleTo(&w), qPrintable(name));
            QVERIFY(!text->toPlainText().isEmpty());
            QApplication::clipboard()->clear();
            click(&w, name + QStringLiteral("Copy"));
            QCOMPARE(QApplication::clipboard()->text(), text->toPlainText());
        }
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("artefact_scalr_server_entry"))); // on the policy page instead
    }

    void changingTheExternalIdUpdatesTheTrustPolicy()
    {
        CloudConnectWizard w;
        load(w, "spot-aws.json");
        goTo(w, PageId::Identity);
        typeInto(&w, QStringLiteral("awsExternalId"), QStringLiteral("new-external-id-42"));
        QTRY_VERIFY(w.findChild<QPlainTextEdit *>(QStringLiteral("artefact_trust_policyText"))
                        ->toPlainText()
                        .contains(QLatin1String("new-external-id-42")));
    }

    void mergingIntoScalrServerRbShowsTheDiffAndKeepsABackup()
    {
        QTemporaryDir dir;
        const QString original = QStringLiteral(
            "routing[:endpoint_host] = \"scalr.example.com\"\n\napp[:configuration] = {\n  \"mysql\" => { \"pool\" => 5 }\n}\n");
        const QString path = writeFile(dir, QStringLiteral("scalr-server.rb"), original);
        CloudConnectWizard w;
        load(w, "scalr-aws.json"); // local policy with peering
        goTo(w, PageId::ConnectionPolicy);
        QVERIFY(w.findChild<QPlainTextEdit *>(QStringLiteral("scalrServerEntryText"))->toPlainText().contains(QLatin1String("\"local\"")));
        auto *page = qobject_cast<ConnectionPolicyPage *>(w.currentPage());
        QString diff;
        onNextModal([&](QWidget *modal) {
            diff = modal->findChild<QPlainTextEdit *>(QStringLiteral("mergeText"))->toPlainText();
            QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("mergeWrite")), Qt::LeftButton);
            QVERIFY(modal->findChild<QLabel *>(QStringLiteral("mergeSummary"))
                        ->text()
                        .contains(QLatin1String("sudo scalr-server-ctl reconfigure")));
            modal->close();
        });
        QVERIFY(page->mergeInto(path));
        QVERIFY(diff.contains(QLatin1String("+      \"instances_connection_policy\" => \"local\"")));
        // The only line that changes is the one that gains a comma; nothing else is removed.
        QCOMPARE(diff.count(QLatin1String("\n-")), 1);
        QVERIFY(diff.contains(QLatin1String("\n-  \"mysql\" => { \"pool\" => 5 }\n+  \"mysql\" => { \"pool\" => 5 },\n")));
        QVERIFY(readFile(path).contains(QLatin1String("\"instances_connection_policy\" => \"local\"")));
        QVERIFY(readFile(path).startsWith(QLatin1String(
            "routing[:endpoint_host] = \"scalr.example.com\"\n\napp[:configuration] = {\n  \"mysql\" => { \"pool\" => 5 },\n")));
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("scalr-server.rb.bak-*")});
        QCOMPARE(backups.size(), 1);
        QCOMPARE(readFile(dir.filePath(backups.first())), original);
        QVERIFY(w.controller()->profile().checklist.value(QStringLiteral("scalr.policy.merged")).done);
    }

    void aFileThatCannotBeParsedIsNeverRewritten()
    {
        QTemporaryDir dir;
        const QString original = QStringLiteral("app[:configuration] = {\n  \"scalr\" => { \"host\" => \"#{node['fqdn']}\" }\n}\n");
        const QString path = writeFile(dir, QStringLiteral("scalr-server.rb"), original);
        CloudConnectWizard w;
        load(w, "scalr-aws.json");
        goTo(w, PageId::ConnectionPolicy);
        QString summary, snippet;
        bool writeOffered = true;
        onNextModal([&](QWidget *modal) {
            summary = modal->findChild<QLabel *>(QStringLiteral("mergeSummary"))->text();
            snippet = modal->findChild<QPlainTextEdit *>(QStringLiteral("mergeText"))->toPlainText();
            writeOffered = modal->findChild<QPushButton *>(QStringLiteral("mergeWrite")) != nullptr;
            modal->close();
        });
        QVERIFY(!qobject_cast<ConnectionPolicyPage *>(w.currentPage())->mergeInto(path));
        QVERIFY(!writeOffered);
        QVERIFY2(summary.contains(QLatin1String("line 2")) && summary.contains(QLatin1String("interpolation")), qPrintable(summary));
        QVERIFY(snippet.contains(QLatin1String("instances_connection_policy")));
        QCOMPARE(readFile(path), original);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no backup either
    }

    void signOnUrlFromScalrServerRb()
    {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, QStringLiteral("scalr-server.rb"), QStringLiteral("routing[:endpoint_host] = 'scalr.corp.example'\n"));
        CloudConnectWizard w;
        load(w, "scalr-azure.json");
        goTo(w, PageId::Identity);
        auto *page = qobject_cast<IdentityPage *>(w.currentPage());
        QCOMPARE(page->readSignOnUrlFrom(path), QStringLiteral("https://scalr.corp.example"));
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("azureSignOnUrl"))->text(), QStringLiteral("https://scalr.corp.example"));
        QCOMPARE(w.controller()->profile().azure.signOnUrl, QStringLiteral("https://scalr.corp.example"));
        QVERIFY(w.findChild<QPlainTextEdit *>(QStringLiteral("artefact_az_cliText"))
                    ->toPlainText()
                    .contains(QLatin1String("'https://scalr.corp.example'")));
    }
};

QTEST_MAIN(TestWizardArtefacts)
#include "test_wizard_artefacts.moc"
