#include "SubmissionResult.h"

namespace cc {

QJsonObject SubmissionResult::toJson() const
{
    QJsonObject o{{QStringLiteral("status"), status}, {QStringLiteral("platform"), platform},
                  {QStringLiteral("id"), id}, {QStringLiteral("message"), message}};
    if (!fix.isEmpty())
        o.insert(QStringLiteral("fix"), fix);
    if (!link.isEmpty())
        o.insert(QStringLiteral("link"), link);
    if (!pointer.isEmpty())
        o.insert(QStringLiteral("field"), pointer);
    return o;
}

} // namespace cc
