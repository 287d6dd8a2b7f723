#pragma once
// Helpers for GUI tests that drive the real wizard: find widgets, type like a user, press the
// wizard's buttons, answer modal dialogs.
#include <QString>

#include <functional>

class QWidget;
class QWizard;

namespace cc::test {

// Fills `text` into the line edit named `name` with real key events (selecting what is there).
void typeInto(QWidget *root, const QString &name, const QString &text);
// Clicks a button-like widget (radio, check box, push button) named `name`.
void click(QWidget *root, const QString &name);
// Presses the wizard's Next button with the keyboard (Alt+N mnemonic is style-dependent, so the
// button is focused and Space pressed); returns false when Next is disabled.
bool pressNext(QWizard *wizard);
bool pressBack(QWizard *wizard);
// Runs `action` on the next modal dialog that opens (within `timeoutMs`: generous, because on a
// loaded machine a dialog that never gets answered would block its test until CTest kills it).
void onNextModal(const std::function<void(QWidget *)> &action, int timeoutMs = 60000);
// Visible, non-empty message below the field `name` (empty when none is shown).
QString fieldMessage(QWidget *root, const QString &name);

} // namespace cc::test
