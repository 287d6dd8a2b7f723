#pragma once
#include "JourneyPage.h"

#include "CheckOptions.h"
#include "CheckResult.h"

class QLabel;
class QPushButton;

namespace cc {

class CheckResultsView;
class CheckRunnerInterface;
class InfoBanner;

// Page 9: the live checks of this journey, run concurrently on request, each row showing its
// progress, result, cause and fix. Can be cancelled and run again; Next waits while checks run.
// The network machinery is created on the first run, not before.
class VerifyPage : public JourneyPage {
    Q_OBJECT
public:
    explicit VerifyPage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;

    void runChecks();
    void cancelChecks();
    bool isRunning() const;
    // How long fresh Azure grants are waited for, and how often they are retried.
    void setCheckOptions(const CheckOptions &options) { m_options = options; }

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override {}
    void journeyChanged() override;
    bool extraComplete() const override { return !isRunning(); }

private:
    void finished();
    void updateSummary();
    void showModelResults();

    CheckResultsView *m_view = nullptr;
    CheckRunnerInterface *m_runner = nullptr;
    InfoBanner *m_banner = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    CheckOptions m_options;
};

} // namespace cc
