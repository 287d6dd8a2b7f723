#pragma once
// The wizard's model holder: the profile being edited and the secrets typed in (memory only).
// Pages read and write through it; it knows nothing about widgets.
#include "Journey.h"
#include "Profile.h"
#include "SecretValues.h"

#include <QObject>

namespace cc {

class OnboardingController : public QObject {
    Q_OBJECT
public:
    explicit OnboardingController(QObject *parent = nullptr);
    ~OnboardingController() override;

    const Profile &profile() const { return m_profile; }
    Profile &editProfile(); // marks the onboarding as edited
    SecretValues &editSecrets();
    const SecretValues &secrets() const { return m_secrets; }
    Journey journey() const { return Journey::of(m_profile); }

    // Replaces every answer at once (import). Pages reload their fields when revision() changes.
    void replaceProfile(const Profile &p, const QString &path);
    int revision() const { return m_revision; }
    QString profilePath() const { return m_path; }
    void setProfilePath(const QString &path) { m_path = path; }

    bool hasUserInput() const { return m_edited; }
    void setChecklistStep(const QString &id, bool done);
    // Call after changing platform.kind or cloud: emits journeyChanged when the journey differs.
    void noteJourney();

Q_SIGNALS:
    void journeyChanged();
    void profileReplaced();

private:
    Profile m_profile;
    SecretValues m_secrets;
    QString m_path;
    int m_revision = 0;
    bool m_edited = false;
    Journey m_lastJourney;
};

} // namespace cc
