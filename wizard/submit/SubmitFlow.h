#pragma once
// The one submit flow, run by the Review page and by `cloudconnect submit` alike, so that their
// rules cannot drift:
//  1. the live checks — the results the caller has for exactly these answers are reused, else
//     every check that applies runs now; if any check failed, nothing is stored or sent;
//  2. the secrets to the keychain (when the caller gives a way to store them); if that fails,
//     nothing is sent;
//  3. the submission; when the platform holds different credentials of that name and the caller
//     did not ask to replace them, conflictFound() asks, and answerConflict() goes on.
// Cancelling stops at the next step; a submission already sent is asked to stop, and what the
// platform did is reported as far as it is known.
#include "Submission.h"
#include "SubmitFlowInterface.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace cc {

class CheckRunner;
class Submitter;

class SubmitFlow : public SubmitFlowInterface {
    Q_OBJECT
public:
    explicit SubmitFlow(QObject *parent = nullptr);
    ~SubmitFlow() override;

    // A second start while one runs is ignored (a double click submits once).
    void start(const Request &request) override;
    void answerConflict(bool replace) override;
    void cancel() override;
    // Stops waiting for a submission already sent (the wizard closed, or Back): a request that
    // got no answer ends as Unknown, since the platform may have applied it.
    void interrupt() override;
    bool isRunning() const override { return m_running; }
    bool isSending() const override; // the submission itself is under way

    // The rule both front ends apply: may the submission go ahead after these results?
    static bool checksAllowSubmission(const QList<CheckResult> &results);

private:
    void checksDone(const QList<CheckResult> &results);
    void store();
    void send(bool replace);
    void submitted(const SubmissionResult &r);
    void done(const SubmissionResult &r);
    void stop(SubmitOutcome::Stop why, const QString &message);

    Request m_request;
    SubmitOutcome m_outcome;
    QPointer<CheckRunner> m_runner;
    QPointer<Submitter> m_submitter;
    std::optional<SubmissionResult> m_pendingConflict;
    int m_generation = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_interrupted = false;
};

} // namespace cc
