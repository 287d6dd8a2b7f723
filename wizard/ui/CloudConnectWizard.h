#pragma once
// The wizard window: owns the controller and the pages, routes between them by journey, asks
// before discarding input, and opens/saves profiles.
#include <QWizard>

namespace cc {

class JourneySideBar;
class OnboardingController;

class CloudConnectWizard : public QWizard {
    Q_OBJECT
public:
    explicit CloudConnectWizard(QWidget *parent = nullptr);
    OnboardingController *controller() const { return m_controller; }

    // Reads `path` (asks for one when empty), shows the review, applies only if accepted.
    // Returns true when the profile was applied.
    bool openProfile(const QString &path);
    // An encrypted bundle: passphrase (asked when empty), the import review, then profile and
    // secrets applied (secrets in memory; stored on Save secrets or Submit).
    bool openBundle(const QString &path, const QString &passphrase);
    static bool isBundleFile(const QString &path);
    // Saves to `path` (asks for one when empty). Returns an empty string or the error shown.
    QString saveProfile(const QString &path);

public Q_SLOTS:
    void reject() override;

protected:
    // Return (or Enter) in a field moves on when the page is complete, as Next would.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void goBack();
    // While a submission is under way, asks whether to stop waiting for it; true = go on (and
    // the submission was interrupted), false = stay.
    bool confirmLeavingSubmission(const QString &title, const QString &leave);
    void resumeAt(const QString &pageKey);
    void showHelp();
    void updateSideBar();
    OnboardingController *m_controller;
    JourneySideBar *m_sideBar;
};

} // namespace cc
