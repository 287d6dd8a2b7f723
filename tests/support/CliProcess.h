#pragma once
// Runs the cloudconnect program for a CLI test without blocking this process's event loop, in
// which the test servers answer.
#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

struct CliRun {
    int code = -1; // -1: did not start, crashed or timed out
    QByteArray out, err;
};

CliRun runCli(const QString &program, const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData = {},
              int timeoutMs = 60000);
