#include "CheckResult.h"

namespace cc {

QString checkStatusName(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass: return QStringLiteral("pass");
    case CheckStatus::Warn: return QStringLiteral("warn");
    case CheckStatus::Fail: return QStringLiteral("fail");
    case CheckStatus::Skipped: break;
    }
    return QStringLiteral("skipped");
}

std::optional<CheckStatus> checkStatusFromName(const QString &name)
{
    for (CheckStatus s : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Skipped}) {
        if (checkStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject checkResultToJson(const CheckResult &r)
{
    QJsonObject o{
        {QStringLiteral("id"), r.id}, {QStringLiteral("status"), checkStatusName(r.status)}, {QStringLiteral("message"), r.message}};
    if (!r.fix.isEmpty())
        o.insert(QStringLiteral("fix"), r.fix);
    if (!r.details.isEmpty())
        o.insert(QStringLiteral("details"), r.details);
    return o;
}

int validateExitStatus(const QList<CheckResult> &results)
{
    bool failed = false;
    bool environmental = false;
    for (const CheckResult &r : results) {
        if (r.status != CheckStatus::Fail)
            continue;
        if (r.environmental)
            environmental = true;
        else
            failed = true;
    }
    if (failed)
        return 1;
    return environmental ? 3 : 0;
}

} // namespace cc
