#pragma once
// What `validate` and `submit` share: reading the profile and the secrets the journey needs,
// running the live checks with progress on stderr, and printing their results.
#include "CheckOptions.h"
#include "CheckResult.h"
#include "CommandLine.h"
#include "HeadlessSecrets.h"
#include "NetSettings.h"
#include "Profile.h"

#include <QJsonArray>
#include <QTextStream>
#include <optional>

namespace cc {

struct LiveRun {
    Profile profile;
    HeadlessSecrets secrets;
    NetSettings net;
};

// The profile, complete for its journey, and every secret the selected checks need; on bad
// input or an unreadable keychain the reason goes to `err` and `exitStatus` is set.
std::optional<LiveRun> prepareLiveRun(const CommandLine &cmd, QTextStream &err, int *exitStatus);
QList<CheckResult> runLiveChecks(const CommandLine &cmd, const LiveRun &run, QTextStream &err);
CheckOptions liveCheckOptions(const CommandLine &cmd); // --grant-wait
// Check progress on stderr, from a CheckRunner or a SubmitFlow (they share these signals).
template <typename Source>
void connectCheckProgress(Source *source, QTextStream &err)
{
    QObject::connect(source, &Source::checkStarted, [&err](const QString &id) {
        err << id << QStringLiteral(": running\n");
        err.flush();
    });
    QObject::connect(source, &Source::checkProgress, [&err](const QString &id, const QString &text) {
        err << id << QStringLiteral(": ") << text << u'\n';
        err.flush();
    });
    QObject::connect(source, &Source::checkFinished, [&err](const CheckResult &r) {
        if (r.status != CheckStatus::Skipped)
            err << r.id << QStringLiteral(": ") << checkStatusName(r.status) << u'\n';
        err.flush();
    });
}
void printCheckResults(QTextStream &out, const Profile &p, const QList<CheckResult> &results);
QJsonArray checkResultsJson(const QList<CheckResult> &results);

} // namespace cc
