// Entry point: parse the command line, then run a headless command (no display needed) or
// show the wizard. Kept thin, and linked with Qt Core alone: the engine (network, keychain,
// OpenSSL) and the window (the wizard and the PDF report: Qt Widgets and Gui) are plugins loaded
// when a command or the wizard needs them (wizard/engine/Engine.h, WindowModule.h), so that
// `validate` never loads Qt Gui and the wizard's first paint never loads the engine.
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "Engine.h"
#include "ExitStatus.h"
#include "RegexInterpreter.h"
#include "ReportRenderers.h"
#include "StartupPrefault.h"
#include "TerminalDevice.h"
#include "Translations.h"
#include "WindowModule.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <memory>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

// --json output is the same in every locale (docs/cli.md): ids, statuses and pointers are the
// contract, and its messages are English. The messages in it (check results, problems, the
// submission's outcome) are made by the same code that makes the human text, many with
// arguments, so rather than carry an English and a translated copy of each through every layer,
// a --json run installs no translator at all: whatever it prints is the English source text, by
// construction, whatever LANG says. Its stderr lines are English too, which suits the logs of
// the scripts and pipelines that ask for JSON. Human output (no --json) follows the locale.
bool translatedOutput(const cc::CommandLine &cmd, const QStringList &args)
{
    return !cmd.json && !args.contains(QLatin1String("--json"));
}

// Headless, stderr carries only what the program means to say: Qt's own debug, info and warning
// chatter (QStandardPaths about XDG_RUNTIME_DIR, the offscreen platform's propagateSizeHints…) is
// dropped. Critical and fatal messages still reach stderr. CC_QT_MESSAGES=1 shows everything.
void headlessMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "cloudconnect: %s\n", qPrintable(message));
}

// Ends the process once a headless command has returned `status`: flushes `out`, `err` and C
// stdio, then exits without the teardown of a normal exit. Every command has finished its work
// before it returns — files committed (QSaveFile), settings written (each QSettings flushes as it
// is destroyed), keychain jobs answered, requests done and their QNetworkAccessManager (and its
// thread) deleted, secrets wiped as their SecretString owners went out of scope. What a normal
// exit would still do only frees memory the kernel takes back anyway: ~QCoreApplication, the
// static objects of every library loaded (ld.so's _dl_fini touching each one's pages), OpenSSL's
// OPENSSL_cleanup — about 3 ms of an 85 ms `validate --only aws.identity`. std::_Exit does not
// flush stdio (C11 7.22.4.5 leaves it to the implementation; glibc does not), hence the flushes.
// A build with AddressSanitizer returns normally, so LeakSanitizer still checks every command.
int endHeadlessProcess(int status, QTextStream &out, QTextStream &err)
{
    out.flush();
    err.flush();
    std::fflush(nullptr);
#if defined(CC_SANITIZED)
    return status;
#else
    std::_Exit(status);
#endif
}

} // namespace

// Secrets live in this process's memory: no core file is written if it crashes, and other
// processes of the same user cannot attach to it or read its memory (PR_SET_DUMPABLE 0 also
// makes /proc/<pid>/mem and environ readable by root only).
static void keepMemoryPrivate()
{
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

int main(int argc, char **argv)
{
    keepMemoryPrivate();
    const QStringList args = argumentsOf(argc, argv);
    cc::CommandLine cmd = cc::parseCommandLine(args);
    // Human output never carries a control character from outside to the terminal.
    cc::TerminalDevice stdoutDevice(stdout, cmd.json ? cc::TerminalDevice::Filter::None : cc::TerminalDevice::Filter::DisplayText);
    cc::TerminalDevice stderrDevice(stderr, cc::TerminalDevice::Filter::DisplayText);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);
    switch (cmd.mode) {
    case cc::CommandLine::Mode::Help: {
        // In the reader's language (the command registry's words); a core application holds the
        // translator, no display is needed.
        QCoreApplication app(argc, argv);
        cc::installTranslations(app);
        out << cc::helpText();
        return 0;
    }
    case cc::CommandLine::Mode::Version: out << cc::versionText(); return 0;
    case cc::CommandLine::Mode::Manual: out << cc::manPage(); return 0;
    case cc::CommandLine::Mode::UsageError: {
        // The error is said in the reader's language: with a translator installed, the (pure)
        // parse runs again to word it.
        if (!qEnvironmentVariableIsSet("CC_QT_MESSAGES"))
            qInstallMessageHandler(headlessMessages);
        QCoreApplication app(argc, argv);
        if (translatedOutput(cmd, args)) {
            cc::installTranslations(app);
            cmd = cc::parseCommandLine(args);
        }
        err << QCoreApplication::translate("Cli", "cloudconnect: %1\nTry 'cloudconnect --help'.\n").arg(cmd.error);
        return 2;
    }
    case cc::CommandLine::Mode::Headless: {
        // The commands that talk to the services grow the heap by about 1 MiB (OpenSSL, Qt
        // Network, the profile): made present in one call rather than page by page
        // (StartupPrefault.h; `validate --only aws.identity` 1.16× → 1.11× a bare Qt Network
        // request). The others use too little of it for this to pay. The pad stays: the process
        // ends with the command.
        if (cmd.command == QLatin1String("validate") || cmd.command == QLatin1String("submit"))
            cc::reserveStartupHeap(1024 * 1024);
        cc::interpretRegularExpressions(); // the field rules: a handful of matches each (RegexInterpreter.h)
        // A PDF report lays out text (fonts need a GUI application, from the window module);
        // headless never needs a display, so it always uses Qt's offscreen platform. Every other
        // command runs on a core application: Qt Gui is never loaded for them.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (!qEnvironmentVariableIsSet("CC_QT_MESSAGES"))
            qInstallMessageHandler(headlessMessages);
        const bool pdf = cmd.command == QLatin1String("report") && cc::reportFormatFor(cmd.format, cmd.output) == cc::ReportFormat::Pdf;
        cc::WindowModule *window = pdf ? cc::windowModule() : nullptr;
        std::unique_ptr<QCoreApplication> app;
        if (window)
            app.reset(window->createReportApplication(argc, argv));
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("CloudConnect"));
        QCoreApplication::setApplicationName(QStringLiteral("cloudconnect"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
        if (translatedOutput(cmd, args))
            cc::installTranslations(*app);
        if (pdf && !window) {
            err << QStringLiteral("cloudconnect: ") << cc::windowModuleError() << QLatin1Char('\n');
            return cc::ExitEnvironment;
        }
        QString why;
        cc::Engine *engine = cc::engine(&why);
        if (!engine) {
            err << QStringLiteral("cloudconnect: ") << why << QLatin1Char('\n');
            return cc::ExitEnvironment;
        }
        if (window)
            engine->setReportPdfWriter(window->reportPdfWriter());
        return endHeadlessProcess(engine->runHeadless(cmd, out, err), out, err); // returns only under ASan
    }
    case cc::CommandLine::Mode::Gui: break;
    }

    cc::WindowModule *window = cc::windowModule();
    if (!window) {
        // Said on stderr in the reader's language: without the module there is no window to say it in.
        QCoreApplication app(argc, argv);
        cc::installTranslations(app);
        err << QStringLiteral("cloudconnect: ") << cc::windowModuleError() << QLatin1Char('\n');
        return cc::ExitEnvironment;
    }
    return window->runWizard(argc, argv, cmd);
}
