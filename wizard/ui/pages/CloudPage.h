#pragma once
#include "JourneyPage.h"

class QComboBox;
class QRadioButton;

namespace cc {

class InfoBanner;

// Page 3: AWS (partition) or Azure (national cloud). Azure Germany is listed but cannot be chosen.
class CloudPage : public JourneyPage {
    Q_OBJECT
public:
    explicit CloudPage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override;
    void journeyChanged() override;
    bool extraComplete() const override;

private:
    QRadioButton *m_aws = nullptr;
    QRadioButton *m_azure = nullptr;
    QComboBox *m_partition = nullptr;
    QComboBox *m_azureCloud = nullptr;
    InfoBanner *m_germany = nullptr;
};

} // namespace cc
