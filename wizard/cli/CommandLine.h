#pragma once
// The command line of docs/cli.md parsed into one value: which mode, which command, which
// options. No Qt application object is needed, so --help and --version work without a display.
#include <QString>
#include <QStringList>

namespace cc {

struct CommandLine {
    enum class Mode { Gui, Headless, Help, Version, Manual, UsageError };
    Mode mode = Mode::Gui;
    QString command; // check, validate, submit, report, secrets
    QString action;  // secrets: set | delete
    QString profilePath;
    QString error; // UsageError: what is wrong
    bool json = false;
    bool secretsStdin = false;
    bool noKeychain = false;
    bool dryRun = false;
    bool replace = false;
    bool passphraseStdin = false;
    QString caBundle;
    int timeoutSeconds = 30;
    int grantWaitMinutes = 15;
    QStringList only;
    QString output;
    QString format;
    QString results;
};

// arguments[0] is the program. Commands and options are those of CommandRegistry.h: an option a
// command does not take is a usage error.
CommandLine parseCommandLine(const QStringList &arguments);
QString versionText();

} // namespace cc
