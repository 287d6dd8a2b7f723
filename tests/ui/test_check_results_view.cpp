// The Verify page's list of checks (CheckResultsView) keeps its rows while the journey's checks
// stay the same and resets them: a check that stops applying at the same place says why, one
// that applies again shows nothing of its last result, and a changed set of checks is rebuilt.
#include "widgets/CheckResultsView.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QTest>

using namespace cc;

namespace {

LiveCheck check(const char *id, bool applies, const char *reason = "")
{
    return {QLatin1String(id), QStringLiteral("Title of ") + QLatin1String(id), applies, QLatin1String(reason)};
}

// A part of a row as a user sees it: its text when shown, nothing when hidden.
QString shown(CheckResultsView &view, const char *id, const char *part)
{
    auto *row = view.findChild<QWidget *>(QStringLiteral("check:") + QLatin1String(id));
    auto *label = row ? row->findChild<QLabel *>(QLatin1String(part)) : nullptr;
    return label && label->isVisibleTo(&view) ? label->text() : QString();
}

} // namespace

class TestCheckResultsView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keptRowsAreResetForTheNewPlan()
    {
        CheckResultsView view;
        view.show();
        view.setPlanned({check("aws.identity", true), check("aws.billing", true)});
        const QPointer<QWidget> billingRow = view.findChild<QWidget *>(QStringLiteral("check:aws.billing"));
        QVERIFY(billingRow);
        QCOMPARE(shown(view, "aws.billing", "message"), QString()); // not run: nothing to say yet
        view.setPlanned({check("aws.identity", true), check("aws.billing", false, "billing reports are off")});
        QCOMPARE(shown(view, "aws.billing", "message"), QStringLiteral("Does not apply: billing reports are off."));
        view.setPlanned({check("aws.identity", true), check("aws.billing", true)});
        view.setResult({QStringLiteral("aws.billing"),
                        CheckStatus::Fail,
                        QStringLiteral("The bucket does not exist."),
                        QStringLiteral("Create it."),
                        {},
                        false});
        QCOMPARE(shown(view, "aws.billing", "fix"), QStringLiteral("Fix: Create it."));

        // Billing turned off: the same checks in the same places, the last one no longer applies.
        view.setPlanned({check("aws.identity", true), check("aws.billing", false, "billing reports are off")});
        QCOMPARE(billingRow.data(), view.findChild<QWidget *>(QStringLiteral("check:aws.billing")));
        QCOMPARE(shown(view, "aws.billing", "status"), QStringLiteral("Skipped"));
        QCOMPARE(shown(view, "aws.billing", "message"), QStringLiteral("Does not apply: billing reports are off."));
        QCOMPARE(shown(view, "aws.billing", "fix"), QString());

        // A row shown running, then the same plan again: the reason is back, the running state gone.
        view.setRunning(QStringLiteral("aws.billing"));
        QCOMPARE(shown(view, "aws.billing", "message"), QStringLiteral("Waiting for the answer…"));
        view.setPlanned({check("aws.identity", true), check("aws.billing", false, "billing reports are off")});
        QCOMPARE(shown(view, "aws.billing", "status"), QStringLiteral("Skipped"));
        QCOMPARE(shown(view, "aws.billing", "message"), QStringLiteral("Does not apply: billing reports are off."));
        // Applying again shows nothing of before.
        view.setPlanned({check("aws.identity", true), check("aws.billing", true)});
        QCOMPARE(shown(view, "aws.billing", "status"), QStringLiteral("Not run yet"));
        QCOMPARE(shown(view, "aws.billing", "message"), QString());
        QCOMPARE(shown(view, "aws.billing", "fix"), QString());
        QCOMPARE(billingRow.data(), view.findChild<QWidget *>(QStringLiteral("check:aws.billing")));

        // Another set of checks: rows built anew.
        view.setPlanned({check("azure.token", true)});
        QVERIFY(billingRow.isNull());
        QVERIFY(!view.findChild<QWidget *>(QStringLiteral("check:aws.identity")));
        QCOMPARE(shown(view, "azure.token", "status"), QStringLiteral("Not run yet"));
    }
};

QTEST_MAIN(TestCheckResultsView)
#include "test_check_results_view.moc"
