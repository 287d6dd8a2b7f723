#pragma once
#include "JourneyPage.h"

class QComboBox;
class QRadioButton;

namespace cc {

class FittedStack;
class InfoBanner;
class ValidatedLineEdit;

// Page 2: which platform, where it is, and the platform's own API credentials.
class PlatformPage : public JourneyPage {
    Q_OBJECT
public:
    explicit PlatformPage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override;
    void journeyChanged() override;
    bool extraComplete() const override;

private:
    void buildScalr(QWidget *w);
    void buildSpot(QWidget *w);
    void scopeChanged();
    QRadioButton *m_scalr = nullptr;
    QRadioButton *m_spot = nullptr;
    FittedStack *m_stack = nullptr;
    ValidatedLineEdit *m_scalrEndpoint = nullptr;
    ValidatedLineEdit *m_apiKeyId = nullptr;
    ValidatedLineEdit *m_scalrSecret = nullptr;
    QComboBox *m_scope = nullptr;
    InfoBanner *m_scopeWarning = nullptr;
    ValidatedLineEdit *m_scalrAccount = nullptr;
    ValidatedLineEdit *m_environments = nullptr;
    ValidatedLineEdit *m_credentialsName = nullptr;
    ValidatedLineEdit *m_spotEndpoint = nullptr;
    ValidatedLineEdit *m_spotAccount = nullptr;
    ValidatedLineEdit *m_spotToken = nullptr;
};

} // namespace cc
