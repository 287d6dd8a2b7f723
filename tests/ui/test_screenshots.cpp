// Renders every page of every journey into the build tree (screenshots/<scale>x/…), at the
// device pixel ratio the test runs with (CTest runs it at 1× and at 2×), so anyone can look at
// them; and fails when a page's content does not fit its scroll area's width (cramped pages).
#include "CloudConnectWizard.h"
#include "OnboardingController.h"
#include "ProfileValidator.h"
#include "pages/JourneyPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMultiMap>
#include <QDir>
#include <QFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

using namespace cc;

namespace {

// The Alt+letter of a text ("&Next >" → 'n'), or 0.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every Alt+letter that is visible in the window now (buttons, labels with a buddy, group boxes),
// with what it belongs to, for a message naming both sides of a clash.
QString mnemonicClashes(QWidget *window)
{
    QMultiMap<QChar, QString> seen;
    auto note = [&](QWidget *w, const QString &text) {
        const QChar m = mnemonicOf(text);
        if (!m.isNull() && w->isVisibleTo(window))
            seen.insert(m, text);
    };
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        note(b, b->text());
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->buddy())
            note(l, l->text());
    for (QGroupBox *g : window->findChildren<QGroupBox *>())
        note(g, g->title());
    QStringList clashes;
    for (const QChar &key : seen.uniqueKeys())
        if (seen.count(key) > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(key, QStringList(seen.values(key)).join(QStringLiteral(" / ")));
    return clashes.join(QStringLiteral("; "));
}

} // namespace

class TestScreenshots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPage_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("scalr-aws") << "scalr-aws";
        QTest::newRow("scalr-azure") << "scalr-azure";
        QTest::newRow("spot-azure") << "spot-azure";
        QTest::newRow("spot-aws") << "spot-aws";
    }
    void everyPage()
    {
        QFETCH(QString, profile);
        const ProfileParseResult parsed = readProfileFile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + profile + QStringLiteral(".json"));
        QVERIFY(parsed.ok());
        CloudConnectWizard wizard;
        wizard.controller()->replaceProfile(*parsed.profile, QString());
        SecretValues s;
        s.awsSecretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        s.azureClientSecret = QStringLiteral("abcDEF123~_.-secretvalue");
        s.scalrSecretKey = QStringLiteral("scalrsecretkeyexample0123456789");
        s.spotToken = QStringLiteral("spottokenexample0123456789");
        wizard.controller()->setSecrets(s);
        wizard.resize(980, 720);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        const qreal scale = wizard.devicePixelRatioF();
        const QString dir = QStringLiteral(CC_BINARY_DIR "/screenshots/%1x/%2").arg(scale).arg(profile);
        QVERIFY(QDir().mkpath(dir));
        int index = 0;
        while (true) {
            auto *page = qobject_cast<JourneyPage *>(wizard.currentPage());
            QVERIFY(page);
            QApplication::processEvents();
            const QString file = QStringLiteral("%1/%2-%3.png").arg(dir).arg(++index, 2, 10, QLatin1Char('0')).arg(pageKey(page->pageId()));
            QVERIFY(wizard.grab().save(file));
            QVERIFY(QFile::exists(file));
            // A page whose content is wider than the window is cut off or needs sideways scrolling.
            if (auto *scroll = page->findChild<QScrollArea *>())
                QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(pageKey(page->pageId()) + QStringLiteral(" scrolls sideways")));
            // The side bar is read as words: "Step 3 of 11: Cloud (current)", never "▸ Cloud".
            QStringList current;
            for (QLabel *step : wizard.findChild<QWidget *>(QStringLiteral("journeySideBar"))->findChildren<QLabel *>())
                if (step->isVisibleTo(&wizard) && step->accessibleName().endsWith(QLatin1String("(current)")))
                    current << step->accessibleName();
            const int steps = int(journeyPages(wizard.controller()->journey()).size());
            QCOMPARE(current.size(), 1);
            QVERIFY2(current.first().startsWith(QStringLiteral("Step %1 of %2: ").arg(index).arg(steps)), qPrintable(current.first()));
            // Two controls on one page with the same Alt+letter: the key reaches only one of them.
            const QString clashes = mnemonicClashes(&wizard);
            QVERIFY2(clashes.isEmpty(), qPrintable(pageKey(page->pageId()) + QStringLiteral(": ") + clashes));
            if (wizard.nextId() == -1)
                break;
            QVERIFY2(page->isComplete(), qPrintable(pageKey(page->pageId()) + QStringLiteral(" is not complete with a full profile")));
            wizard.next();
        }
        QCOMPARE(index, int(journeyPages(wizard.controller()->journey()).size()));
    }
};

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
