#pragma once
#include "JourneyPage.h"

class QTreeWidget;

namespace cc {

// Page 9: the live checks of this journey. This build lists them and says plainly that none
// has run; it never shows a result it did not obtain.
class VerifyPage : public JourneyPage {
    Q_OBJECT
public:
    explicit VerifyPage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override {}
    void journeyChanged() override;

private:
    QTreeWidget *m_checks = nullptr;
};

} // namespace cc
