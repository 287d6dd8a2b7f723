#include "SubmitFlow.h"
#include "Logging.h"

#include "CheckRunner.h"
#include "Submitter.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Submission)
};
} // namespace

namespace cc {

SubmitFlow::SubmitFlow(QObject *parent) : SubmitFlowInterface(parent)
{
}

SubmitFlow::~SubmitFlow()
{
    m_request.secrets.wipe();
}

bool SubmitFlow::checksAllowSubmission(const QList<CheckResult> &results)
{
    for (const CheckResult &r : results)
        if (r.status == CheckStatus::Fail)
            return false;
    return true;
}

bool SubmitFlow::isSending() const
{
    return m_submitter && m_submitter->isRunning();
}

void SubmitFlow::start(const Request &request)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_interrupted = false;
    m_pendingConflict.reset();
    m_request = request;
    m_outcome = SubmitOutcome();
    const int generation = ++m_generation;
    if (request.currentResults) {
        m_outcome.checksReused = true;
        // Queued like a real run, so callers see the same order of signals either way.
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    checksDone(*m_request.currentResults);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_runner) {
        m_runner = new CheckRunner(this);
        connect(m_runner, &CheckRunner::checkStarted, this, &SubmitFlow::checkStarted);
        connect(m_runner, &CheckRunner::checkProgress, this, &SubmitFlow::checkProgress);
        connect(m_runner, &CheckRunner::checkFinished, this, &SubmitFlow::checkFinished);
        connect(m_runner, &CheckRunner::finished, this, [this] {
            if (m_running && !m_cancelled && m_outcome.checks.isEmpty())
                checksDone(m_runner->results());
        });
    }
    Q_EMIT progress(Tr::tr("Running the live checks before anything is sent…"));
    m_runner->start(request.profile, request.secrets, request.net, {}, request.checkOptions);
}

void SubmitFlow::checksDone(const QList<CheckResult> &results)
{
    if (m_cancelled)
        return;
    m_outcome.checks = results;
    if (!checksAllowSubmission(results)) {
        stop(SubmitOutcome::Stop::ChecksFailed,
             Tr::tr("Not submitted: a check failed. Nothing was stored or sent to the platform; fix what the check "
                    "names and submit again."));
        return;
    }
    if (m_request.storeSecrets && !m_request.options.dryRun) {
        store();
        return;
    }
    send(m_request.options.replace);
}

void SubmitFlow::store()
{
    Q_EMIT progress(Tr::tr("Storing the secrets in the system keychain…"));
    const int generation = m_generation;
    QPointer<SubmitFlow> self(this);
    m_request.storeSecrets(m_request.secrets, [self, generation](const QString &error) {
        if (!self || generation != self->m_generation || self->m_cancelled || !self->m_running)
            return;
        if (!error.isEmpty()) {
            self->stop(SubmitOutcome::Stop::KeychainFailed,
                       Tr::tr("Not submitted: the secrets could not be stored in the keychain (%1). Nothing was "
                              "sent; fix the keychain and submit again, or submit without storing them (headless: "
                              "--no-keychain).")
                           .arg(error));
            return;
        }
        self->send(self->m_request.options.replace);
    });
}

void SubmitFlow::send(bool replace)
{
    if (!m_submitter) {
        m_submitter = new Submitter(this);
        connect(m_submitter, &Submitter::progress, this, &SubmitFlow::progress);
        connect(m_submitter, &Submitter::finished, this, &SubmitFlow::submitted);
    }
    Submission::Options options = m_request.options;
    options.replace = replace;
    m_submitter->start(m_request.profile, m_request.secrets, m_request.net, options);
}

void SubmitFlow::submitted(const SubmissionResult &r)
{
    if (r.conflict && !m_cancelled && m_running) {
        m_pendingConflict = r;
        Q_EMIT conflictFound(r);
        return;
    }
    done(r);
}

void SubmitFlow::done(const SubmissionResult &given)
{
    SubmissionResult r = given;
    if (m_interrupted && r.status == SubmissionStatus::Rejected) {
        // No answer was awaited: whether the platform applied the request is not known.
        r.status = SubmissionStatus::Unknown;
        r.message = Tr::tr("Interrupted while waiting for the platform's answer: the request may or may not have "
                           "been applied.");
        r.fix = Tr::tr("Submit again: Cloud Connect first asks the platform what it holds and sends only what is "
                       "missing, so nothing is created twice.");
        r.pointer.clear();
        r.conflict = false;
    }
    m_outcome.submission = r;
    qCDebug(logSubmit).noquote() << "submission" << r.statusName() << (m_interrupted ? "(interrupted)" : "");
    m_running = false;
    m_request.secrets.wipe();
    Q_EMIT finished(m_outcome);
}

void SubmitFlow::answerConflict(bool replace)
{
    if (!m_pendingConflict)
        return;
    SubmissionResult conflict = *m_pendingConflict;
    m_pendingConflict.reset();
    if (replace && !m_cancelled) {
        send(true);
        return;
    }
    conflict.message += Tr::tr(" Nothing was replaced.");
    done(conflict);
}

void SubmitFlow::interrupt()
{
    if (m_running && isSending())
        m_interrupted = true;
    cancel();
}

void SubmitFlow::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
    if (isSending()) {
        m_submitter->cancel(); // its result (what the platform did, as far as known) ends the flow
        m_cancelled = false;   // let that result through
        return;
    }
    m_pendingConflict.reset();
    stop(SubmitOutcome::Stop::Cancelled, Tr::tr("Cancelled before anything was sent."));
}

void SubmitFlow::stop(SubmitOutcome::Stop why, const QString &message)
{
    ++m_generation;
    m_running = false;
    m_outcome.stop = why;
    m_outcome.message = message;
    m_request.secrets.wipe();
    Q_EMIT finished(m_outcome);
}

} // namespace cc
