#pragma once
#include "JourneyPage.h"

class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;
class QRadioButton;

namespace cc {

class KeychainStatus;
class ValidatedLineEdit;

// Page 1: name a new onboarding, or open a saved profile (reviewed before it is applied), or a
// recent one; profiles whose stored secret expires within 30 days are flagged.
class StartPage : public JourneyPage {
    Q_OBJECT
public:
    explicit StartPage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;
    void refreshRecent();
    KeychainStatus *keychainStatus(); // made on first use
    // Removes the selected recent profile from the list and deletes its stored secrets, after
    // confirmation. Returns false when nothing was selected or the admin declined.
    bool removeSelected();

Q_SIGNALS:
    void openProfileRequested(const QString &path); // empty: ask for a file

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override;

private:
    QListWidget *recentList();

    ValidatedLineEdit *m_name = nullptr;
    QLabel *m_recentLabel = nullptr;
    QLabel *m_noRecent = nullptr;    // shown while nothing was opened or saved yet
    QListWidget *m_recent = nullptr; // made when the first recent profile is listed
    QVBoxLayout *m_recentBox = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_open = nullptr;
    KeychainStatus *m_keychain = nullptr;
    QVBoxLayout *m_keychainSlot = nullptr;
};

} // namespace cc
