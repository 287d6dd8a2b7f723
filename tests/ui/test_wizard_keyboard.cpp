// All four journeys with the keyboard alone, in English and German: every page focuses an input when
// it appears; fields are reached with Tab, choices made with Space and the arrow keys, text typed
// as keys; Return moves a complete page on from a field, and the Next button's Alt+letter moves on
// from a page without fields. No mouse event and no widget setter is used.
#include "CloudConnectWizard.h"
#include "Journey.h"
#include "OnboardingController.h"
#include "UiLanguage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMap>
#include <QRadioButton>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QWizardPage>

using namespace cc;
using namespace cc::test;

namespace {

struct KeyboardJourney {
    QMap<QString, QString> texts; // field object name → what to type
    QSet<QString> choices;        // radio buttons and check boxes to choose
    QList<PageId> pages;          // the pages expected, in order
};

KeyboardJourney journeyNamed(const QString &name)
{
    KeyboardJourney j;
    const QMap<QString, QString> common{{QStringLiteral("profileName"), QStringLiteral("keys-only")}};
    j.texts = common;
    if (name == QLatin1String("scalr-aws")) {
        j.choices = {QStringLiteral("platformScalr"), QStringLiteral("cloudAws"), QStringLiteral("policyAuto")};
        j.texts.insert({{QStringLiteral("scalrEndpoint"), QStringLiteral("https://scalr.example.com")},
                        {QStringLiteral("scalrApiKeyId"), QStringLiteral("APIKEYID0123456789AB")},
                        {QStringLiteral("scalrSecretKey"), QStringLiteral("ScalrSecretKeyValue0123456789abcdefXYZ")},
                        {QStringLiteral("scalrAccountId"), QStringLiteral("1")},
                        {QStringLiteral("awsRegion"), QStringLiteral("us-east-1")},
                        {QStringLiteral("awsVpcId"), QStringLiteral("vpc-0a1b2c3d")},
                        {QStringLiteral("awsAccessKeyId"), QStringLiteral("AKIAIOSFODNN7EXAMPLE")},
                        {QStringLiteral("awsSecretAccessKey"), QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")}});
    } else if (name == QLatin1String("scalr-azure")) {
        j.choices = {QStringLiteral("platformScalr"), QStringLiteral("cloudAzure"), QStringLiteral("policyAuto")};
        j.texts.insert({{QStringLiteral("scalrEndpoint"), QStringLiteral("https://scalr.example.com")},
                        {QStringLiteral("scalrApiKeyId"), QStringLiteral("APIKEYID0123456789AB")},
                        {QStringLiteral("scalrSecretKey"), QStringLiteral("ScalrSecretKeyValue0123456789abcdefXYZ")},
                        {QStringLiteral("scalrAccountId"), QStringLiteral("1")},
                        {QStringLiteral("azureResourceGroup"), QStringLiteral("network-rg")},
                        {QStringLiteral("azureVnet"), QStringLiteral("scalr-vnet")},
                        {QStringLiteral("azureSignOnUrl"), QStringLiteral("https://scalr.example.com")},
                        {QStringLiteral("azureAppIdUri"), QStringLiteral("https://contoso.onmicrosoft.com/scalr")},
                        {QStringLiteral("azureTenantId"), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")},
                        {QStringLiteral("azureTenantName"), QStringLiteral("contoso.onmicrosoft.com")},
                        {QStringLiteral("azureClientId"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
                        {QStringLiteral("azureSubscriptionId"), QStringLiteral("00000000-0000-0000-0000-000000000002")},
                        {QStringLiteral("azureClientSecret"), QStringLiteral("AzureSecret~Value.0123456789_abc")}});
    } else if (name == QLatin1String("spot-aws")) {
        j.choices = {QStringLiteral("platformSpot"), QStringLiteral("cloudAws")};
        j.texts.insert({{QStringLiteral("spotAccountId"), QStringLiteral("act-1a2b3c4d")},
                        {QStringLiteral("spotToken"), QStringLiteral("SpotTokenValue0123456789abcdef")},
                        {QStringLiteral("awsRegion"), QStringLiteral("us-east-1")},
                        {QStringLiteral("awsVpcId"), QStringLiteral("vpc-0a1b2c3d")},
                        {QStringLiteral("awsExternalId"), QStringLiteral("spot-external-id")},
                        {QStringLiteral("awsRoleArn"), QStringLiteral("arn:aws:iam::123456789012:role/SpotRole")}});
    } else {
        j.choices = {QStringLiteral("platformSpot"), QStringLiteral("cloudAzure")};
        j.texts.insert({{QStringLiteral("spotAccountId"), QStringLiteral("act-1a2b3c4d")},
                        {QStringLiteral("spotToken"), QStringLiteral("SpotTokenValue0123456789abcdef")},
                        {QStringLiteral("azureResourceGroup"), QStringLiteral("network-rg")},
                        {QStringLiteral("azureVnet"), QStringLiteral("spot-vnet")},
                        {QStringLiteral("azureTenantId"), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")},
                        {QStringLiteral("azureClientId"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
                        {QStringLiteral("azureSubscriptionId"), QStringLiteral("00000000-0000-0000-0000-000000000002")},
                        {QStringLiteral("azureClientSecret"), QStringLiteral("Azure+Secret/Value0123456789")}});
    }
    return j;
}

bool isField(QWidget *w)
{
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QRadioButton *>(w) || qobject_cast<QCheckBox *>(w);
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *target = focused();
    QVERIFY2(target, "no widget has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), mods);
}

// Tabs once around the page, typing what the journey says into each empty field reached and
// choosing its radio buttons and check boxes with the keyboard.
void fillWithTab(QWizard &w, const KeyboardJourney &j)
{
    for (int stop = 0; stop < 80; ++stop) {
        QWidget *f = focused();
        if (!f)
            return;
        if (auto *edit = qobject_cast<QLineEdit *>(f); edit && j.texts.contains(edit->objectName()) && edit->text().isEmpty())
            QTest::keyClicks(edit, j.texts.value(edit->objectName()));
        if (auto *button = qobject_cast<QAbstractButton *>(f); button && button->isCheckable()) {
            // Tab reaches one button of an exclusive group; the arrow keys choose among them.
            for (const QString &wanted : j.choices) {
                auto *target = w.findChild<QAbstractButton *>(wanted);
                if (!target || target->isChecked() || !target->isVisible())
                    continue;
                if (target == button) {
                    QTest::keyClick(button, Qt::Key_Space);
                } else if (qobject_cast<QRadioButton *>(button) && qobject_cast<QRadioButton *>(target) && button->group()
                           && button->group() == target->group()) {
                    for (int i = 0; i < 6 && !target->isChecked(); ++i)
                        QTest::keyClick(focused(), Qt::Key_Down);
                }
            }
        }
        QTest::keyClick(f, Qt::Key_Tab);
    }
}

} // namespace

class TestWizardKeyboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wholeJourney_data()
    {
        QTest::addColumn<QString>("journey");
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de"})
            for (const char *journey : {"scalr-aws", "scalr-azure", "spot-azure", "spot-aws"})
                QTest::addRow("%s %s", journey, language) << QString::fromLatin1(journey) << QString::fromLatin1(language);
    }

    void wholeJourney()
    {
        QFETCH(QString, journey);
        QFETCH(QString, language);
        const Language inLanguage(language);
        const KeyboardJourney j = journeyNamed(journey);
        CloudConnectWizard w;
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));

        QStringList visited;
        for (int step = 0; step < 14 && w.currentId() != int(PageId::Done); ++step) {
            const QString key = pageKey(PageId(w.currentId()));
            visited << key;
            QWizardPage *page = w.currentPage();
            // Each page focuses an input when it appears.
            QTRY_VERIFY2(focused() && page->isAncestorOf(focused()),
                         qPrintable(key + QStringLiteral(": nothing on the page has the focus")));
            fillWithTab(w, j);
            QVERIFY2(page->isComplete(), qPrintable(key + QStringLiteral(" is not complete after the keyboard pass")));
            const int before = w.currentId();
            // Return from a field; the Next button's Alt+letter where the page has no field.
            for (int i = 0; i < 80 && !isField(focused()); ++i)
                press(Qt::Key_Tab);
            if (isField(focused()) && !qobject_cast<QAbstractButton *>(focused())) {
                press(Qt::Key_Return);
            } else {
                const QChar letter = mnemonicOf(w.button(QWizard::NextButton)->text());
                QVERIFY2(!letter.isNull(), "the Next button has no Alt+letter");
                press(Qt::Key_A + (letter.unicode() - u'a'), Qt::AltModifier);
            }
            QTRY_VERIFY2(w.currentId() != before, qPrintable(key + QStringLiteral(": the keyboard did not move on")));
        }
        QCOMPARE(w.currentId(), int(PageId::Done));
        visited << pageKey(PageId::Done);
        QStringList expected;
        for (PageId id : journeyPages(w.controller()->journey()))
            expected << pageKey(id);
        QCOMPARE(visited, expected);
        // The answers typed as keys reached the model.
        QCOMPARE(w.controller()->profile().name, QStringLiteral("keys-only"));
        for (const QString &choice : j.choices)
            QVERIFY2(w.findChild<QAbstractButton *>(choice) == nullptr || w.findChild<QAbstractButton *>(choice)->isChecked()
                         || !w.findChild<QAbstractButton *>(choice)->isVisibleTo(&w),
                     qPrintable(choice));
    }
};

QTEST_MAIN(TestWizardKeyboard)
#include "test_wizard_keyboard.moc"
