#include "KeychainJob.h"

namespace cc {

KeychainJob::KeychainJob(Operation op, const QString &profile, QObject *parent) : QObject(parent), m_operation(op), m_profile(profile)
{
    qRegisterMetaType<cc::KeychainResult>();
}

void KeychainJob::abandon()
{
    m_abandoned = true;
    m_filter = nullptr;
    disconnect(this, &KeychainJob::finished, nullptr, nullptr);
}

void KeychainJob::finish(KeychainResult result)
{
    if (m_finished) {
        result.secrets.wipe(); // one answer per job: a late keychain answer after our timeout is dropped
        return;
    }
    m_finished = true;
    if (!m_abandoned && (!m_filter || m_filter(result)))
        Q_EMIT finished(result);
    result.secrets.wipe();
    deleteLater();
}

} // namespace cc
