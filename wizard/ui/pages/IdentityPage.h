#pragma once
#include "JourneyPage.h"

class QLabel;
class QSpinBox;

namespace cc {

class FittedStack;
class ChecklistView;
class InfoBanner;
class ValidatedLineEdit;
class ExternalIdFetcherInterface;

// Page 6: the identity the platform will use — an IAM user (Scalr + AWS), an IAM role trusting
// Spot (Spot + AWS), or an app registration with its permissions and role (Azure) — with the
// generated policies, templates and commands, and the portal steps as a checklist.
class IdentityPage : public JourneyPage {
    Q_OBJECT
public:
    explicit IdentityPage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;
    // Fills the sign-on URL from routing[:endpoint_host] of a scalr-server.rb (asks for the file
    // when `path` is empty). Returns the URL, or "" when none was found.
    QString readSignOnUrlFrom(const QString &path);

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override;
    void journeyChanged() override;

private:
    QWidget *buildSpotAws();
    QWidget *buildAzure();
    void refreshArtefacts();
    void refreshAzureDefaults();
    FittedStack *m_stack = nullptr;
    QWidget *m_scalrAwsPane = nullptr;
    QWidget *m_spotAwsPane = nullptr;
    QWidget *m_azurePane = nullptr;
    ValidatedLineEdit *m_externalId = nullptr;
    QLabel *m_fetchStatus = nullptr;
    ExternalIdFetcherInterface *m_externalIdFetcher = nullptr; // created on first use
    ValidatedLineEdit *m_roleName = nullptr;
    ValidatedLineEdit *m_roleArn = nullptr;
    ValidatedLineEdit *m_appName = nullptr;
    ValidatedLineEdit *m_signOnUrl = nullptr;
    ValidatedLineEdit *m_appIdUri = nullptr;
    QSpinBox *m_secretYears = nullptr;
    QWidget *m_readConfig = nullptr;
    QWidget *m_scalrAzureOnly = nullptr;
    InfoBanner *m_portalLinks = nullptr;
    QWidget *m_artefacts = nullptr;
    ChecklistView *m_checklist = nullptr;
};

} // namespace cc
