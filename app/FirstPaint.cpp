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
    explicit FirstPaintWatcher(QWidget *widget) : QObject(widget) { widget->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        watched->removeEventFilter(this);
        // The filter runs before paintEvent(): report from the next loop iteration, once the
        // widget has painted and the backing store has been flushed.
        QTimer::singleShot(0, this, [] {
            timespec now{};
            clock_gettime(CLOCK_MONOTONIC, &now);
            rusage usage{};
            getrusage(RUSAGE_SELF, &usage);
            std::printf("first-paint monotonic-ns=%lld maxrss-kib=%ld\n",
                        static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec, usage.ru_maxrss);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        return false;
    }
};

} // namespace

bool exitAfterFirstPaintIfAsked(QWidget *widget)
{
    if (!qEnvironmentVariableIsSet("CC_EXIT_AFTER_FIRST_PAINT") || !widget)
        return false;
    new FirstPaintWatcher(widget);
    return true;
}

} // namespace cc
