#pragma once
// What the Verify page holds of a check run: start, cancel, the results so far, and a signal per
// step. The runner itself (checks/CheckRunner) lives in the engine, loaded on first use
// (Engine.h), so that the network stack is not loaded before the first window is painted.
#include "CheckOptions.h"
#include "CheckResult.h"
#include "NetSettings.h"
#include "Profile.h"
#include "SecretValues.h"

#include <QObject>
#include <QStringList>

namespace cc {

class CheckRunnerInterface : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts a run (cancelling one in progress). `only`: check ids to run; empty = all.
    virtual void start(const Profile &p, const SecretValues &secrets, const NetSettings &net, const QStringList &only = {},
                       const CheckOptions &options = {}) = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    // In the order of docs/cli.md; checks not reported yet are missing.
    virtual QList<CheckResult> results() const = 0;
    virtual QStringList plannedIds() const = 0;

Q_SIGNALS:
    void checkStarted(const QString &id);
    void checkProgress(const QString &id, const QString &text);
    void checkFinished(const cc::CheckResult &result);
    void finished();
};

} // namespace cc
