#pragma once
#include "JourneyPage.h"

namespace cc {

class FittedStack;
class ChecklistView;
class ValidatedLineEdit;

// Page 4: the network the managed instances live in — AWS region and VPC, or Azure resource
// group and virtual network.
class NetworkPage : public JourneyPage {
    Q_OBJECT
public:
    explicit NetworkPage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override;
    void journeyChanged() override;

private:
    FittedStack *m_stack = nullptr;
    ValidatedLineEdit *m_regionField = nullptr;
    ValidatedLineEdit *m_vpc = nullptr;
    ValidatedLineEdit *m_resourceGroup = nullptr;
    ValidatedLineEdit *m_vnet = nullptr;
    ChecklistView *m_checklist = nullptr;
};

} // namespace cc
