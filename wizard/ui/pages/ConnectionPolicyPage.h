#pragma once
#include "JourneyPage.h"

class QButtonGroup;
class QRadioButton;

namespace cc {

class ArtefactView;
class ChecklistView;
class InfoBanner;

// Page 5 (Scalr only): how Scalr connects to the instances — auto, public or local — and the
// scalr-server.rb entry that sets it.
class ConnectionPolicyPage : public JourneyPage {
    Q_OBJECT
public:
    explicit ConnectionPolicyPage(OnboardingController *controller, QWidget *parent = nullptr);
    QString helpText() const override;
    // Merges the policy into the scalr-server.rb at `path` (asks for one when empty), showing the
    // diff first. True when the file was written.
    bool mergeInto(const QString &path);

protected:
    void build(QVBoxLayout *body) override;
    void loadFromProfile() override;
    void journeyChanged() override;
    bool extraComplete() const override;

private:
    void update();
    QButtonGroup *m_policy = nullptr;
    QButtonGroup *m_route = nullptr;
    QWidget *m_routeBox = nullptr;
    InfoBanner *m_noRouteWarning = nullptr;
    ArtefactView *m_entry = nullptr;
    InfoBanner *m_autoNote = nullptr;
    QWidget *m_mergeRow = nullptr;
    ChecklistView *m_checklist = nullptr;
};

} // namespace cc
