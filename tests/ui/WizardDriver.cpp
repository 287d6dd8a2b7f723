#include "WizardDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QWizard>

namespace cc::test {

void typeInto(QWidget *root, const QString &name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(name);
    QVERIFY2(edit, qPrintable(QStringLiteral("no line edit named %1").arg(name)));
    QVERIFY2(edit->isVisible(), qPrintable(QStringLiteral("%1 is not visible").arg(name)));
    edit->setFocus();
    edit->selectAll();
    if (!edit->text().isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

void click(QWidget *root, const QString &name)
{
    auto *button = root->findChild<QAbstractButton *>(name);
    QVERIFY2(button, qPrintable(QStringLiteral("no button named %1").arg(name)));
    QVERIFY2(button->isVisible(), qPrintable(QStringLiteral("%1 is not visible").arg(name)));
    // Radio buttons and check boxes react only on their indicator and label, not on the empty
    // width a layout gives them; click near the indicator as a user would.
    const QPoint at = button->inherits("QPushButton") || button->inherits("QToolButton")
                          ? button->rect().center()
                          : QPoint(qMin(8, button->width() - 1), button->height() / 2);
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
}

static bool pressWizardButton(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *b = wizard->button(which);
    if (!b || !b->isVisible() || !b->isEnabled())
        return false;
    b->setFocus();
    QTest::keyClick(b, Qt::Key_Space);
    return true;
}

bool pressNext(QWizard *wizard)
{
    return pressWizardButton(wizard, QWizard::NextButton);
}

bool pressBack(QWizard *wizard)
{
    return pressWizardButton(wizard, QWizard::BackButton);
}

void onNextModal(const std::function<void(QWidget *)> &action, int timeoutMs)
{
    auto *timer = new QTimer;
    auto *elapsed = new int(0);
    QObject::connect(timer, &QTimer::timeout, [timer, elapsed, action, timeoutMs] {
        *elapsed += 20;
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            delete elapsed;
            action(modal);
            return;
        }
        if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            delete elapsed;
        }
    });
    timer->start(20);
}

QString fieldMessage(QWidget *root, const QString &name)
{
    auto *label = root->findChild<QLabel *>(name + QStringLiteral("Message"));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace cc::test
