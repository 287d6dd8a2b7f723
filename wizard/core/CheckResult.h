#pragma once
// The outcome of one live check (docs/cli.md: id, status, message, details), plus the fix shown
// to the user and whether the cause lies in the environment (network, TLS, timeout: exit 3).
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace cc {

enum class CheckStatus { Pass, Warn, Fail, Skipped };

QString checkStatusName(CheckStatus s); // pass | warn | fail | skipped
std::optional<CheckStatus> checkStatusFromName(const QString &name);

struct CheckResult {
    QString id;
    CheckStatus status = CheckStatus::Skipped;
    QString message; // what was found, or the cause of a failure
    QString fix;     // what to do about a warning or failure ("" for pass/skipped)
    QJsonObject details;
    bool environmental = false; // failed for a reason outside the profile: network, TLS, timeout
};

QJsonObject checkResultToJson(const CheckResult &r);

// Exit status of `validate` (docs/cli.md): 1 when a check failed on the answers, 3 when one
// failed for an environmental reason only, 0 otherwise (warnings allowed).
int validateExitStatus(const QList<CheckResult> &results);

} // namespace cc

#include <QMetaType>
Q_DECLARE_METATYPE(cc::CheckResult)
