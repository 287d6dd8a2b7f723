#pragma once
// One submission of one journey: the base every journey's class shares. It tracks the calls in
// flight (so cancel reaches them), finishes exactly once, turns a platform's refusal into a cause
// and a fix, and holds the one rule for a call whose answer was lost: ask the platform whether it
// happened before anything is sent again (calls that change something are never retried blindly).
#include "Profile.h"
#include "SecretValues.h"
#include "SubmissionResult.h"
#include "SubmitFlowInterface.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace cc {

class HttpClient;
class HttpJob;
struct PlatformAnswer;

class Submission : public QObject {
    Q_OBJECT
public:
    using Options = SubmissionOptions; // SubmitFlowInterface.h

    Submission(const Profile &p, const SecretValues &secrets, HttpClient *http, const Options &options, QObject *parent = nullptr);
    ~Submission() override;

    // The journey's submission: Spot + AWS, Spot + Azure, Scalr + AWS, or Scalr + Azure (handed over).
    static Submission *create(const Profile &p, const SecretValues &secrets, HttpClient *http, const Options &options,
                              QObject *parent = nullptr);

    virtual void start() = 0;
    void cancel();

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const cc::SubmissionResult &result);

protected:
    HttpJob *track(HttpJob *job);
    void finish(SubmissionResult r);
    // The platform refused, or the call failed: cause, fix, the field it names, exit class.
    void fail(const PlatformAnswer &a, const QString &what);
    // A call that changes something came back as `sent`. When its answer was lost (the
    // connection broke after the request may have arrived), `look` asks the platform whether the
    // change is there and calls back with the answer: present → `confirmed`, else the original
    // failure stands. Any other failure is reported as it is.
    using Look = std::function<void(std::function<void(bool present)>)>;
    void confirmIfLost(const PlatformAnswer &sent, const QString &what, const Look &look, const std::function<void()> &confirmed);
    static bool answerLost(const PlatformAnswer &a);

    Profile m_profile;
    SecretValues m_secrets;
    Options m_options;
    HttpClient *m_http;

private:
    QList<QPointer<HttpJob>> m_jobs;
    bool m_finished = false;
};

} // namespace cc
