#pragma once
// Every command of docs/cli.md declared once — its name, actions, synopsis, what it does, the
// options it takes — in the shape of KeePassXC's Command classes. The parser refuses an option a
// command does not take, and --help and the manual page are written from these declarations, so
// the three cannot drift. The functions that run them are the engine's (headless/HeadlessRunner),
// loaded only when a command runs; it refuses a declared command it has no function for, and
// test_cli runs every declared command.
#include "CommandLine.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cc {

struct OptionSpec {
    QString name;      // "--only"
    QString shortName; // "-o", or ""
    QString valueName; // "ID[,ID...]", or "" for a switch
    const char *help;  // English source text (translation context "Cli")
    bool common;       // docs/cli.md "Common options": every command accepts it
};

struct CommandSpec {
    QString name;        // "validate"
    QStringList actions; // "set", "delete"; empty when the command has none
    QString synopsis;    // "validate PROFILE.json [--only ID[,ID...]]"
    const char *summary; // English source text (translation context "Cli")
    QStringList options; // its own options (the common ones are implied)
};

const QList<OptionSpec> &optionSpecs();
const QList<CommandSpec> &commandSpecs();
const CommandSpec *findCommand(const QString &name);
const OptionSpec *findOption(const QString &nameOrShortName);
// Whether `command` takes `option` (a common option or one of its own).
bool commandTakesOption(const CommandSpec &command, const OptionSpec &option);
// The commands that take an option of their own ("validate, submit").
QStringList commandsTaking(const OptionSpec &option);

// Written from the declarations above, in the reader's language.
QString helpText();
// The manual page (roff, man(7)), in English: `cloudconnect --man`, installed as cloudconnect.1.
QString manPage();

} // namespace cc
