#include "OnboardingController.h"

#include <QDateTime>

namespace cc {

OnboardingController::OnboardingController(QObject *parent)
    : QObject(parent), m_profile(Profile::defaults()), m_lastJourney(Journey::of(m_profile))
{
}

OnboardingController::~OnboardingController()
{
    m_secrets.wipe();
}

Profile &OnboardingController::editProfile()
{
    m_edited = true;
    return m_profile;
}

SecretValues &OnboardingController::editSecrets()
{
    m_edited = true;
    return m_secrets;
}

void OnboardingController::replaceProfile(const Profile &p, const QString &path)
{
    m_profile = p;
    m_path = path;
    ++m_revision;
    Q_EMIT profileReplaced();
    noteJourney();
}

void OnboardingController::setChecklistStep(const QString &id, bool done)
{
    ChecklistEntry &e = editProfile().checklist[id];
    e.done = done;
    e.at = done ? QDateTime::currentDateTimeUtc() : QDateTime();
}

void OnboardingController::noteJourney()
{
    const Journey j = journey();
    if (!(j == m_lastJourney)) {
        m_lastJourney = j;
        Q_EMIT journeyChanged();
    }
}

} // namespace cc
