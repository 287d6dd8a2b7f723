#pragma once
// The outcome of a keychain operation on a page: success in a line, a failure as cause and fix
// with Retry. Whatever happens, the values typed stay in the wizard.
#include "KeychainJob.h"

#include <QWidget>

class QPushButton;

namespace cc {

class InfoBanner;

class KeychainStatus : public QWidget {
    Q_OBJECT
public:
    explicit KeychainStatus(const QString &name, QWidget *parent = nullptr);
    void showBusy(const QString &what);
    void showResult(const KeychainResult &result);
    // Shows `busyText` until this job answers, then its answer. A job whose answer is no longer
    // wanted (another profile was opened meanwhile) clears the status instead.
    void follow(KeychainJob *job, const QString &busyText);
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    InfoBanner *m_banner;
    QPushButton *m_retry;
};

} // namespace cc
