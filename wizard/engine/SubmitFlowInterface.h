#pragma once
// What the Review page holds of the one submit flow (submit/SubmitFlow.h explains its steps):
// the request, the outcome and the signals. The flow itself lives in the engine, loaded on first
// use (Engine.h).
#include "CheckOptions.h"
#include "CheckResult.h"
#include "NetSettings.h"
#include "Profile.h"
#include "SecretValues.h"
#include "SubmissionResult.h"

#include <QObject>
#include <functional>
#include <optional>

namespace cc {

struct SubmissionOptions {
    bool replace = false; // overwrite different credentials of the same name
    bool dryRun = false;  // read what exists, send nothing
};

struct SubmitOutcome {
    enum class Stop {
        None,           // submitted (see submission)
        ChecksFailed,   // a check failed: nothing stored or sent
        KeychainFailed, // the secrets could not be stored: nothing sent
        Cancelled,      // cancelled before anything was sent
    };
    Stop stop = Stop::None;
    QString message; // why nothing was sent, when stop != None
    QList<CheckResult> checks;
    bool checksReused = false;
    std::optional<SubmissionResult> submission;
};

class SubmitFlowInterface : public QObject {
    Q_OBJECT
public:
    // Stores the secrets and calls back with "" on success, else the reason.
    using StoreSecrets = std::function<void(const SecretValues &, std::function<void(const QString &error)>)>;

    struct Request {
        Profile profile;
        SecretValues secrets;
        NetSettings net;
        SubmissionOptions options;
        CheckOptions checkOptions;
        // Results of a run for exactly these answers and secrets; empty = run the checks now.
        std::optional<QList<CheckResult>> currentResults;
        StoreSecrets storeSecrets; // null: the secrets are not stored (--no-keychain, dry run)
    };

    using QObject::QObject;

    // A second start while one runs is ignored (a double click submits once).
    virtual void start(const Request &request) = 0;
    virtual void answerConflict(bool replace) = 0;
    virtual void cancel() = 0;
    // Stops waiting for a submission already sent (the wizard closed, or Back): a request that
    // got no answer ends as Unknown, since the platform may have applied it.
    virtual void interrupt() = 0;
    virtual bool isRunning() const = 0;
    virtual bool isSending() const = 0; // the submission itself is under way

Q_SIGNALS:
    void checkStarted(const QString &id);
    void checkProgress(const QString &id, const QString &text);
    void checkFinished(const cc::CheckResult &result);
    void progress(const QString &text);
    void conflictFound(const cc::SubmissionResult &result);
    void finished(const cc::SubmitOutcome &outcome);
};

} // namespace cc

Q_DECLARE_METATYPE(cc::SubmitOutcome)
