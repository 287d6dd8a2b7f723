#pragma once
#include "JourneyPage.h"

class QTextBrowser;

namespace cc {

class InfoBanner;

// Page 10: every answer on one page (secrets masked), with what is still missing.
class ReviewPage : public JourneyPage {
    Q_OBJECT
public:
    explicit ReviewPage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;

Q_SIGNALS:
    void saveProfileRequested();

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override {}
    void journeyChanged() override;

private:
    QTextBrowser *m_summary = nullptr;
    InfoBanner *m_missing = nullptr;
};

} // namespace cc
