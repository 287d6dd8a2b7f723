#pragma once
// What every group of live checks shares (AwsChecks, AzureChecks, PlatformAuthCheck): the ids it
// can run, start and cancel, its HTTP jobs with their retry progress, and one way to report.
// CheckRunner holds a list of groups and hands each the ids it owns; a new cloud or platform is
// a new group, not a new branch in the runner.
#include "CheckResult.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <functional>

namespace cc {

class HttpClient;
class HttpJob;

class CheckGroup : public QObject {
    Q_OBJECT
public:
    using Report = std::function<void(const CheckResult &)>;
    using Progress = std::function<void(const QString &id, const QString &text)>;

    CheckGroup(HttpClient *http, Report report, Progress progress, QObject *parent = nullptr);
    ~CheckGroup() override;

    // The check ids (docs/cli.md) this group runs.
    virtual QStringList ids() const = 0;
    // Runs these ids (a subset of ids()); each reports exactly once, unless cancelled.
    virtual void start(const QSet<QString> &ids) = 0;
    // Stops every call in flight; nothing is reported afterwards (the runner reports the rest).
    virtual void cancel();

protected:
    // Keeps the job for cancel() and turns its retries into progress lines of check `id`.
    HttpJob *track(const QString &id, HttpJob *job);
    void finish(const CheckResult &r);
    void progress(const QString &id, const QString &text);
    bool cancelled() const { return m_cancelled; }
    static CheckResult result(const QString &id, CheckStatus s, const QString &message, const QString &fix = {});

    HttpClient *m_http;

private:
    Report m_report;
    Progress m_progress;
    QList<QPointer<HttpJob>> m_jobs;
    bool m_cancelled = false;
};

} // namespace cc
