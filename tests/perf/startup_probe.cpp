// Starts either a bare one-page QWizard ("bare") or the Cloud Connect wizard ("wizard"), shows
// it, lets it paint once, and prints the CPU time the process used until then (µs) and its peak
// RSS (KiB). One binary for both, so loading libraries costs both the same; CPU time rather than
// wall time, so other processes on the machine do not blur the comparison.
#include "CloudConnectWizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QWizard>
#include <QWizardPage>

#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/resource.h>

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    const bool bare = argc > 1 && std::strcmp(argv[1], "bare") == 0;
    std::unique_ptr<QWizard> wizard;
    if (bare) {
        wizard = std::make_unique<QWizard>();
        auto *page = new QWizardPage;
        page->setTitle(QStringLiteral("Page"));
        wizard->addPage(page);
    } else {
        wizard = std::make_unique<cc::CloudConnectWizard>();
    }
    wizard->show();
    QTimer::singleShot(0, &app, [&] {
        wizard->repaint();
        struct rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        const long long cpuMicros =
            (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000LL + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
        std::printf("%lld %ld %lld\n", cpuMicros, usage.ru_maxrss, static_cast<long long>(clock.nsecsElapsed() / 1000));
        app.quit();
    });
    return app.exec();
}
