#pragma once
// Runs one keychain operation and waits for its result (tests only; the app never waits).
#include "KeychainStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace cc::test {

inline KeychainResult waitFor(KeychainStore &, const std::function<KeychainJob *()> &start, int timeoutMs = 20000)
{
    QSignalSpy spy(start(), &KeychainJob::finished);
    if (!spy.wait(timeoutMs))
        return {};
    return spy.takeFirst().at(0).value<KeychainResult>();
}

// Every file under `root` that contains any of `values` as plain UTF-8 bytes.
inline QStringList filesContaining(const QString &root, const QStringList &values)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString &v : values)
            if (!v.isEmpty() && bytes.contains(v.toUtf8()))
                hits << path;
    }
    return hits;
}

} // namespace cc::test
