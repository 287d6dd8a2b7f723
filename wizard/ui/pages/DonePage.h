#pragma once
#include "JourneyPage.h"

namespace cc {

class ChecklistView;
class InfoBanner;

// Page 11: what happened, and what to do next — save the profile, open the platform's page.
class DonePage : public JourneyPage {
    Q_OBJECT
public:
    explicit DonePage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;
    // The platform's web page for cloud credentials, for "Open in browser".
    QString platformPageUrl() const;
    // Writes the summary report (format from the extension); empty string or the error shown.
    QString exportReport(const QString &path);
    // Writes profile + secrets encrypted for a colleague; asks for the file and the passphrase
    // when not given. Empty string or the error shown.
    QString exportBundle(const QString &path, const QString &passphrase);

Q_SIGNALS:
    void saveProfileRequested();

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override {}
    void journeyChanged() override;

private:
    InfoBanner *m_outcome = nullptr;
    ChecklistView *m_checklist = nullptr;
};

} // namespace cc
