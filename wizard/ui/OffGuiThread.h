#pragma once
// Work that takes long and touches no widget (the scrypt key derivation of a bundle: a tenth of a
// second by default, up to a few seconds at the largest parameters a bundle may ask for) runs on
// a thread of its own. The GUI thread keeps painting and answering the window system meanwhile;
// user input waits (a wait cursor shows), so nothing can be clicked twice or changed underneath.
#include <QEventLoop>
#include <QGuiApplication>
#include <QThread>

#include <functional>

namespace cc {

template <typename T>
T runOffGuiThread(const std::function<T()> &work)
{
    T result{};
    QEventLoop loop;
    QThread *thread = QThread::create([&result, &work] { result = work(); });
    // Queued to this thread: delivered once the loop runs, even if the work is already done.
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    QGuiApplication::restoreOverrideCursor();
    return result;
}

} // namespace cc
