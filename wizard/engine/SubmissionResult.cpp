#include "SubmissionResult.h"

#include <QJsonArray>

namespace cc {

QString submissionStatusName(SubmissionStatus s)
{
    switch (s) {
    case SubmissionStatus::Created: return QStringLiteral("created");
    case SubmissionStatus::Updated: return QStringLiteral("updated");
    case SubmissionStatus::Unchanged: return QStringLiteral("unchanged");
    case SubmissionStatus::Incomplete: return QStringLiteral("incomplete");
    case SubmissionStatus::Rejected: break;
    case SubmissionStatus::HandedOver: return QStringLiteral("handed-over");
    case SubmissionStatus::DryRun: return QStringLiteral("dry-run");
    case SubmissionStatus::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("rejected");
}

QJsonObject SubmissionResult::toJson() const
{
    QJsonObject o{{QStringLiteral("status"), statusName()},
                  {QStringLiteral("platform"), platform},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("message"), message}};
    if (!fix.isEmpty())
        o.insert(QStringLiteral("fix"), fix);
    if (!link.isEmpty())
        o.insert(QStringLiteral("link"), link);
    if (!pointer.isEmpty())
        o.insert(QStringLiteral("field"), pointer);
    if (!environments.isEmpty()) {
        QJsonArray envs;
        for (const EnvironmentLink &e : environments) {
            QJsonObject env{{QStringLiteral("id"), e.id}, {QStringLiteral("linked"), e.linked}};
            if (!e.linked)
                env.insert(QStringLiteral("reason"), e.reason);
            envs.append(env);
        }
        o.insert(QStringLiteral("environments"), envs);
    }
    return o;
}

} // namespace cc
