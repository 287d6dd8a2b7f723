#pragma once
#include "JourneyPage.h"

class QLabel;
class QPushButton;
class QTextBrowser;

namespace cc {

class InfoBanner;
class Submitter;
struct KeychainResult;
struct SubmissionResult;

// Page 10: every answer on one page (secrets masked), what is still missing, exactly what will be
// sent to the platform (secrets masked), and Submit: secrets to the keychain, then the platform,
// then its answer with cause and fix. A second click while one runs does nothing.
class ReviewPage : public JourneyPage {
    Q_OBJECT
public:
    explicit ReviewPage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;
    void submit(bool replace = false);
    bool isSubmitting() const;

Q_SIGNALS:
    void saveProfileRequested();

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override {}
    void journeyChanged() override;
    bool extraComplete() const override { return !isSubmitting(); }

private:
    void secretsStored(const KeychainResult &r, bool replace);
    void submitted(const SubmissionResult &r);
    QString markPlatformField(const SubmissionResult &r);
    void setBusy(bool busy, const QString &text);

    QTextBrowser *m_summary = nullptr;
    InfoBanner *m_missing = nullptr;
    QTextBrowser *m_willSend = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_submitStatus = nullptr;
    InfoBanner *m_result = nullptr;
    Submitter *m_submitter = nullptr;
    bool m_storing = false;
};

} // namespace cc
