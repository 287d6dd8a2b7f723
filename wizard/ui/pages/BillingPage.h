#pragma once
#include "JourneyPage.h"

class QCheckBox;

namespace cc {

class FittedStack;
class ChecklistView;
class ValidatedLineEdit;

// Page 8 (Scalr, optional): detailed billing — the AWS billing-report bucket with its checklist,
// or Azure detailed billing with the tags to filter costs by.
class BillingPage : public JourneyPage {
    Q_OBJECT
public:
    explicit BillingPage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override;
    void journeyChanged() override;

private:
    void update();
    FittedStack *m_stack = nullptr;
    QCheckBox *m_awsEnabled = nullptr;
    QWidget *m_awsDetails = nullptr;
    ValidatedLineEdit *m_bucket = nullptr;
    ValidatedLineEdit *m_bucketRegion = nullptr;
    QCheckBox *m_azureEnabled = nullptr;
    ValidatedLineEdit *m_tags = nullptr;
    ChecklistView *m_checklist = nullptr;
};

} // namespace cc
