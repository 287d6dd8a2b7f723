#pragma once
#include "JourneyPage.h"

class QLabel;
class QPushButton;
class QTextBrowser;

namespace cc {

class InfoBanner;
class SubmitFlowInterface;
struct SubmissionResult;
struct SubmitOutcome;

// Page 10: every answer on one page (secrets masked), what is still missing, exactly what will be
// sent to the platform (secrets masked), and Submit: the same SubmitFlow as `cloudconnect submit`
// (checks — the Verify page's results when still current —, secrets to the keychain, the
// platform, its answer with cause and fix; a conflict is asked). A second click does nothing.
class ReviewPage : public JourneyPage {
    Q_OBJECT
public:
    explicit ReviewPage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;
    void submit();
    bool isSubmitting() const;
    // Stops waiting (the wizard is closed, or Back): a request already out ends as "unknown".
    void interruptSubmission();

Q_SIGNALS:
    void saveProfileRequested();

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override {}
    void journeyChanged() override;
    bool extraComplete() const override { return !isSubmitting(); }

private:
    void flowFinished(const SubmitOutcome &outcome);
    void askReplace(const SubmissionResult &r);
    void submitted(const SubmissionResult &r);
    QString markPlatformField(const SubmissionResult &r);
    void setBusy(bool busy, const QString &text);

    QTextBrowser *m_summary = nullptr;
    InfoBanner *m_missing = nullptr;
    QTextBrowser *m_willSend = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_submitStatus = nullptr;
    InfoBanner *m_result = nullptr;
    SubmitFlowInterface *m_flow = nullptr; // created on the first Submit
};

} // namespace cc
