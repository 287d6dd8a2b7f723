// How long the GUI thread of the real wizard goes without running its event loop while it works:
// a probe timer asks to fire every millisecond, and the longest interval between two of its
// firings is the longest the window could not paint or take input. Measured in four phases, each
// started from the event loop the way a click would start it:
//   verify  — the Verify page runs every check of the journey (against bench_servers, slow)
//   save    — the profile is saved (Ctrl+S)
//   pdf     — the summary report is exported as PDF (Done page)
//   bundle  — the encrypted bundle for a colleague is written (Done page)
// bench_responsiveness DIR RUNS JOURNEY... — DIR is bench_servers' folder; the secrets come from
// the CLOUDCONNECT_* environment variables (servers.env), as they would reach the CLI. Prints
// "gap <journey> <phase> <longest ms>" per run. Exit 1 when the harness itself fails (a check
// that does not pass, a file not written).
#include "CloudConnectWizard.h"
#include "Journey.h"
#include "OnboardingController.h"
#include "ProfileValidator.h"
#include "pages/DonePage.h"
#include "pages/VerifyPage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace cc;

namespace {

class GapProbe : public QObject {
public:
    GapProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = std::max(m_longestNs, now - m_lastNs);
            m_lastNs = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_lastNs = m_clock.nsecsElapsed();
        m_longestNs = 0;
    }
    double longestMs() const { return m_longestNs / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};

// Runs the event loop until `done` holds (checked every 5 ms) or `timeoutMs` passes.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(5);
    loop.exec();
    return done();
}

// Starts `action` from the event loop, waits until `finished` (and 20 ms more, so that a late
// gap is seen), and returns the longest gap of the probe meanwhile; -1 when it did not finish.
double phase(GapProbe &probe, const std::function<void()> &action, const std::function<bool()> &finished, int timeoutMs = 60000)
{
    spinUntil([] { return false; }, 20); // settle
    probe.reset();
    bool started = false;
    QTimer::singleShot(0, [&] {
        action();
        started = true;
    });
    if (!spinUntil([&] { return started && finished(); }, timeoutMs))
        return -1;
    spinUntil([] { return false; }, 20);
    return probe.longestMs();
}

SecretValues secretsFromEnvironment()
{
    SecretValues s;
    s.awsSecretAccessKey = qEnvironmentVariable("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY");
    s.azureClientSecret = qEnvironmentVariable("CLOUDCONNECT_AZURE_CLIENT_SECRET");
    s.scalrSecretKey = qEnvironmentVariable("CLOUDCONNECT_SCALR_SECRET_KEY");
    s.spotToken = qEnvironmentVariable("CLOUDCONNECT_SPOT_TOKEN");
    return s;
}

bool oneRun(GapProbe &probe, const QDir &dir, const QString &journey)
{
    const QString path = dir.filePath(journey + QStringLiteral(".json"));
    const ProfileParseResult parsed = readProfileFile(path);
    if (!parsed.ok()) {
        std::fprintf(stderr, "bench_responsiveness: %s does not parse\n", qPrintable(path));
        return false;
    }
    CloudConnectWizard w;
    w.show();
    w.controller()->replaceProfile(*parsed.profile, path);
    w.controller()->setSecrets(secretsFromEnvironment());
    w.restart();
    while (w.currentId() != int(PageId::Verify) && w.currentPage()->isComplete() && w.nextId() != -1)
        w.next();
    auto *verify = qobject_cast<VerifyPage *>(w.currentPage());
    if (!verify) {
        std::fprintf(stderr, "bench_responsiveness: %s stopped before the Verify page (page %d)\n", qPrintable(journey), w.currentId());
        return false;
    }
    const auto report = [&](const char *name, double ms) {
        std::printf("gap %s %s %.2f\n", qPrintable(journey), name, ms);
        std::fflush(stdout);
        return ms >= 0;
    };
    if (!report("verify", phase(
                              probe, [&] { verify->runChecks(); }, [&] { return !verify->isRunning(); })))
        return false;
    for (const CheckResult &r : w.controller()->checkResults())
        if (r.status == CheckStatus::Fail) {
            std::fprintf(stderr, "bench_responsiveness: %s failed: %s\n", qPrintable(r.id), qPrintable(r.message));
            return false;
        }
    QString error;
    const QString saved = dir.filePath(QStringLiteral("saved-") + journey + QStringLiteral(".json"));
    report("save", phase(
                       probe, [&] { error = w.saveProfile(saved); }, [] { return true; }));
    auto *done = qobject_cast<DonePage *>(w.page(int(PageId::Done)));
    done->ensureBuilt();
    const QString pdf = dir.filePath(journey + QStringLiteral("-report.pdf"));
    report("pdf", phase(
                      probe, [&] { error += done->exportReport(pdf); }, [] { return true; }));
    const QString bundle = dir.filePath(journey + QStringLiteral(".ccbundle"));
    report("bundle", phase(
                         probe, [&] { error += done->exportBundle(bundle, QStringLiteral("benchmark passphrase, not a secret")); },
                         [] { return true; }));
    if (!error.isEmpty() || !QFile::exists(saved) || !QFile::exists(pdf) || !QFile::exists(bundle)) {
        std::fprintf(stderr, "bench_responsiveness: %s: %s\n", qPrintable(journey), qPrintable(error));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariableIsSet("QT_QPA_PLATFORM") ? qgetenv("QT_QPA_PLATFORM") : QByteArray("offscreen"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the recent list goes to a test location, not the user's
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: bench_responsiveness DIR RUNS JOURNEY...\n");
        return 2;
    }
    const QDir dir(args.at(1));
    const int runs = args.at(2).toInt();
    GapProbe probe;
    for (int i = 0; i < runs; ++i)
        for (const QString &journey : args.mid(3))
            if (!oneRun(probe, dir, journey))
                return 1;
    return 0;
}
