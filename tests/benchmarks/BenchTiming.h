#pragma once
// The one timing rule of the in-process benchmarks: the median of `runs` wall-clock timings of
// `work`, in microseconds, after one untimed warm-up run.
#include <QElapsedTimer>
#include <QList>

#include <algorithm>

template <typename Work>
double medianMicros(int runs, Work work)
{
    work();
    QList<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        t << clock.nsecsElapsed() / 1000.0;
    }
    std::sort(t.begin(), t.end());
    return t.at(t.size() / 2);
}
