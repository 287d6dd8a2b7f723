#include "FirstPaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>

namespace cc {
namespace {

class FirstPaintWatcher : public QObject {
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> then) : QObject(window), m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        watched->removeEventFilter(this);
        // The filter runs before the paint: act from the next loop iteration, once the window
        // has painted and the backing store has been flushed.
        QTimer::singleShot(0, this, [this] {
            m_then();
            deleteLater();
        });
        return false;
    }

private:
    std::function<void()> m_then;
};

} // namespace

void afterFirstPaint(QWidget *window, std::function<void()> then)
{
    new FirstPaintWatcher(window, std::move(then));
}

bool exitAfterFirstPaintIfAsked(QWidget *window, std::size_t prefaultedBytes)
{
    if (!qEnvironmentVariableIsSet("CC_EXIT_AFTER_FIRST_PAINT") || !window)
        return false;
    // Installed last, its filter runs first (Qt calls the newest filter first): it reports before
    // the work other afterFirstPaint() callers left until then.
    afterFirstPaint(window, [prefaultedBytes] {
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("first-paint monotonic-ns=%lld maxrss-kib=%ld prefaulted-kib=%zu\n",
                    static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec, usage.ru_maxrss, prefaultedBytes / 1024);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    return true;
}

} // namespace cc
