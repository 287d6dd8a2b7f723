// Renders every page of every journey into the build tree (screenshots/<scale>x/<language>-<font>/…)
// in English and German, at the default font and at 150 %, at the window size users get and the
// device pixel ratio the test runs with (CTest runs it at 1× and at 2×), so anyone can look at
// them; and fails when a page scrolls sideways, a text is cut off, the side bar clips a step, or
// two controls share an Alt+letter.
#include "CloudConnectWizard.h"
#include "JourneySideBar.h"
#include "UiLanguage.h"
#include "OnboardingController.h"
#include "ProfileValidator.h"
#include "pages/JourneyPage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMultiMap>
#include <QDir>
#include <QFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace cc;
using namespace cc::test;

namespace {

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

// Texts shown cut off: a one-line label, button, radio or check box narrower than its text needs.
QStringList cutOffTexts(QWidget *window)
{
    QStringList cut;
    auto check = [&](QWidget *w, const QString &text) {
        if (!w->isVisibleTo(window) || text.isEmpty())
            return;
        if (w->sizeHint().width() > w->width() + 1)
            cut << QStringLiteral("\"%1\" (%2 of %3 px)").arg(text.left(40)).arg(w->width()).arg(w->sizeHint().width());
    };
    for (QLabel *l : window->findChildren<QLabel *>())
        if (!l->wordWrap() && l->pixmap().isNull() && !l->text().isEmpty())
            check(l, l->text());
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        check(b, b->text());
    return cut;
}

// Inputs a screen reader would announce without a name: every field, list, choice and text area
// is named (by its own accessible name or its label's buddy link, as QAccessible reports it).
QStringList unnamedInputs(QWidget *page)
{
    QStringList unnamed;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        // A spin box's own line edit is part of the spin box, which is what is announced.
        if (!w->isVisibleTo(page) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        auto *button = qobject_cast<QAbstractButton *>(w);
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                           || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
                           || (button && button->isCheckable());
        if (!input)
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return unnamed;
}

// What makes a scroll area's content wider than its viewport: the widest widgets that cannot
// shrink to the viewport's width.
QString tooWide(QScrollArea *scroll)
{
    const int room = scroll->viewport()->width();
    QStringList wide;
    for (QWidget *w : scroll->widget()->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(scroll) || w->minimumSizeHint().width() <= room - 40)
            continue;
        bool childTooWide = false;
        for (QWidget *c : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            childTooWide = childTooWide || (c->isVisibleTo(scroll) && c->minimumSizeHint().width() > room - 40);
        if (!childTooWide) // report the innermost
        {
            QString text;
            if (auto *l = qobject_cast<QLabel *>(w))
                text = l->text().left(30);
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                text = b->text();
            wide << QStringLiteral("%1 %2 \"%3\" (%4 px)")
                        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text)
                        .arg(w->minimumSizeHint().width());
        }
    }
    return QStringLiteral("%1 px of room; %2").arg(room).arg(wide.join(QStringLiteral(", ")));
}

class FontScale {
public:
    explicit FontScale(int percent) : m_saved(QApplication::font())
    {
        QFont f = m_saved;
        f.setPointSizeF(f.pointSizeF() * percent / 100.0);
        QApplication::setFont(f);
    }
    ~FontScale() { QApplication::setFont(m_saved); }

private:
    QFont m_saved;
};

} // namespace

class TestScreenshots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPage_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("fontPercent");
        for (const char *language : {"en", "de"})
            for (int font : {100, 150})
                for (const char *profile : {"scalr-aws", "scalr-azure", "spot-azure", "spot-aws"})
                    QTest::addRow("%s %s %d%%", profile, language, font)
                        << QString::fromLatin1(profile) << QString::fromLatin1(language) << font;
    }
    void everyPage()
    {
        QFETCH(QString, profile);
        QFETCH(QString, language);
        QFETCH(int, fontPercent);
        const Language inLanguage(language);
        const FontScale atFont(fontPercent);
        const ProfileParseResult parsed =
            readProfileFile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + profile + QStringLiteral(".json"));
        QVERIFY(parsed.ok());
        CloudConnectWizard wizard;
        wizard.controller()->replaceProfile(*parsed.profile, QString());
        SecretValues s;
        s.awsSecretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        s.azureClientSecret = QStringLiteral("abcDEF123~_.-secretvalue");
        s.scalrSecretKey = QStringLiteral("scalrsecretkeyexample0123456789");
        s.spotToken = QStringLiteral("spottokenexample0123456789");
        wizard.controller()->setSecrets(s);
        wizard.show(); // at the size users get: no resize here
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        const qreal scale = wizard.devicePixelRatioF();
        const QString dir =
            QStringLiteral(CC_BINARY_DIR "/screenshots/%1x/%2-%3/%4").arg(scale).arg(language).arg(fontPercent).arg(profile);
        QVERIFY(QDir().mkpath(dir));
        int index = 0;
        QStringList problems;
        while (true) {
            auto *page = qobject_cast<JourneyPage *>(wizard.currentPage());
            QVERIFY(page);
            QApplication::processEvents();
            const QString file = QStringLiteral("%1/%2-%3.png").arg(dir).arg(++index, 2, 10, QLatin1Char('0')).arg(pageKey(page->pageId()));
            QVERIFY(wizard.grab().save(file));
            QVERIFY(QFile::exists(file));
            // A page whose content is wider than the window is cut off or needs sideways scrolling.
            const QString key = pageKey(page->pageId());
            for (QScrollArea *scroll : page->findChildren<QScrollArea *>()) {
                if (scroll->horizontalScrollBar()->isVisible())
                    problems << key + QStringLiteral(" scrolls sideways: ") + tooWide(scroll);
                // With the scroll bar turned off, too wide content is cut off on the right instead.
                else if (scroll->isVisibleTo(page) && scroll->widget() && scroll->widget()->width() > scroll->viewport()->width() + 1)
                    problems << key + QStringLiteral(" is cut off on the right: ") + tooWide(scroll);
            }
            const QStringList unnamed = unnamedInputs(page);
            if (!unnamed.isEmpty())
                problems << key + QStringLiteral(": no accessible name: ") + unnamed.join(QStringLiteral(", "));
            const QStringList cut = cutOffTexts(&wizard);
            if (!cut.isEmpty())
                problems << key + QStringLiteral(" cuts off ") + cut.join(QStringLiteral(", "));
            // The side bar is read as words: "Step 3 of 11: Cloud (current)", never "▸ Cloud".
            QStringList current;
            for (QLabel *step : wizard.findChild<QWidget *>(QStringLiteral("journeySideBar"))->findChildren<QLabel *>())
                if (step->isVisibleTo(&wizard) && step->accessibleDescription() == JourneySideBar::tr("current step"))
                    current << step->accessibleName();
            const int steps = int(journeyPages(wizard.controller()->journey()).size());
            QCOMPARE(current.size(), 1);
            const QString expected = JourneySideBar::tr("Step %1 of %2: %3 (current)").arg(index).arg(steps);
            QVERIFY2(current.first().startsWith(expected.left(expected.indexOf(QLatin1String("%3")))), qPrintable(current.first()));
            // Two controls on one page with the same Alt+letter: the key reaches only one of them.
            const QString clashes = mnemonicClashes(&wizard);
            if (!clashes.isEmpty())
                problems << key + QStringLiteral(": ") + clashes;
            if (wizard.nextId() == -1)
                break;
            QVERIFY2(page->isComplete(), qPrintable(pageKey(page->pageId()) + QStringLiteral(" is not complete with a full profile")));
            wizard.next();
        }
        QCOMPARE(index, int(journeyPages(wizard.controller()->journey()).size()));
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("at %1×%2:\n").arg(wizard.width()).arg(wizard.height()) + problems.join(u'\n')));
    }
};

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
