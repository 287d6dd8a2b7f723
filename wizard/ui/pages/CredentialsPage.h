#pragma once
#include "JourneyPage.h"

class QDateEdit;

namespace cc {

class FittedStack;
class InfoBanner;
class KeychainStatus;
class ValidatedLineEdit;

// Page 7: the cloud credentials the platform will hold — AWS access key, or Azure tenant, app,
// subscription and client secret. Secrets are masked and kept in memory until stored in the
// keychain.
class CredentialsPage : public JourneyPage {
    Q_OBJECT
public:
    explicit CredentialsPage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override;
    void journeyChanged() override;

private:
    FittedStack *m_stack = nullptr;
    InfoBanner *m_spotAwsNote = nullptr;
    ValidatedLineEdit *m_accessKeyId = nullptr;
    ValidatedLineEdit *m_secretAccessKey = nullptr;
    ValidatedLineEdit *m_tenantId = nullptr;
    ValidatedLineEdit *m_tenantName = nullptr;
    ValidatedLineEdit *m_clientId = nullptr;
    ValidatedLineEdit *m_subscriptionId = nullptr;
    ValidatedLineEdit *m_clientSecret = nullptr;
    QDateEdit *m_expiry = nullptr;
    InfoBanner *m_scalrSecretRule = nullptr;
    KeychainStatus *m_keychain = nullptr;
};

} // namespace cc
