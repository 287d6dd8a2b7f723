// The command line of docs/cli.md, run as a real process: exit codes, stdout only for results,
// no display needed, secrets never accepted as arguments.
#include "CommandRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args, const QByteArray &stdinData = {}, const QStringList &unset = {}, const QMap<QString, QString> &set = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : unset)
        env.remove(name);
    for (auto it = set.cbegin(); it != set.cend(); ++it)
        env.insert(it.key(), it.value());
    // Headless commands must work with no display at all.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CC_CLOUDCONNECT_BIN), args);
    if (!p.waitForStarted())
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

// The program copied into `dir`/bin with only the modules named (file names beside it in the
// build); empty when a copy failed. In bin/, so that where the program also looks for its modules
// (../lib/…, the installed layout) is inside `dir` too, never a shared directory such as /tmp/lib.
QString copyOfTheProgram(const QTemporaryDir &dir, const QStringList &modules)
{
    const QString bin = dir.filePath(QStringLiteral("bin"));
    const QString copy = bin + QStringLiteral("/cloudconnect");
    if (!dir.isValid() || !QDir().mkpath(bin) || !QFile::copy(QStringLiteral(CC_CLOUDCONNECT_BIN), copy))
        return {};
    const QString from = QFileInfo(QStringLiteral(CC_CLOUDCONNECT_BIN)).absolutePath();
    for (const QString &m : modules)
        if (!QFile::copy(from + u'/' + m, bin + u'/' + m))
            return {};
    return copy;
}

QString data(const char *name)
{
    return QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + QLatin1String(name);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpAndVersion()
    {
        Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("cloudconnect check PROFILE.json"));
        QVERIFY(r.out.contains("Examples:"));
        QVERIFY(r.out.contains("Exit status"));
        QVERIFY(r.err.isEmpty());
        r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("cloudconnect " CC_VERSION));
    }

    void checkValidProfiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("journey");
        QTest::newRow("scalr aws") << "scalr-aws.json"
                                   << "Scalr + AWS";
        QTest::newRow("scalr azure") << "scalr-azure.json"
                                     << "Scalr + Azure";
        QTest::newRow("spot azure") << "spot-azure.json"
                                    << "Spot + Azure";
        QTest::newRow("spot aws") << "spot-aws.json"
                                  << "Spot + AWS";
    }
    void checkValidProfiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, journey);
        Run r = run({QStringLiteral("check"), data(file.toLatin1().constData())});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("valid") && r.out.contains(journey.toUtf8()), r.out.constData());
        QVERIFY(r.err.isEmpty());

        r = run({QStringLiteral("check"), data(file.toLatin1().constData()), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError); // stdout is exactly one JSON document
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("journey")).toString(), journey);
        QVERIFY(o.value(QStringLiteral("problems")).toArray().isEmpty());
    }

    void checkInvalidProfileListsEveryProblem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schemaVersion\":1,\"name\":\"bad\",\"platform\":{\"kind\":\"spot\",\"accountId\":\"act-XYZ\"},"
                "\"cloud\":\"azure\",\"azure\":{\"cloud\":\"AzureCloud\",\"tenantId\":\"nope\",\"clientSecret\":\"hunter2\"}}");
        f.close();
        Run r = run({QStringLiteral("check"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
        QStringList pointers;
        for (const QJsonValue &v : o.value(QStringLiteral("problems")).toArray())
            pointers << v.toObject().value(QStringLiteral("pointer")).toString();
        QCOMPARE(pointers, (QStringList{QStringLiteral("/azure/clientSecret"), QStringLiteral("/platform/accountId"),
                                        QStringLiteral("/azure/tenantId")}));
        QVERIFY(!r.out.contains("hunter2"));
        QVERIFY(!r.err.contains("hunter2"));

        r = run({QStringLiteral("check"), path});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains("/azure/tenantId: not a GUID"));
        QVERIFY(r.err.contains("is not valid"));
    }

    void checkIncompleteProfileSaysWhatIsMissing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("half.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schemaVersion\":1,\"name\":\"half\",\"platform\":{\"kind\":\"spot\",\"accountId\":\"act-1a2b3c4d\"},"
                "\"cloud\":\"aws\",\"aws\":{\"partition\":\"aws\",\"auth\":\"iam-role\"}}");
        f.close();
        const Run r = run({QStringLiteral("check"), path});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains("/aws/roleArn"));
        QVERIFY(r.out.contains("(missing)"));
    }

    void artefacts()
    {
        Run r = run({QStringLiteral("artefact"), data("scalr-aws.json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("iam-policy") && r.out.contains("aws-cli") && r.out.contains("scalr-server-entry"));
        r = run({QStringLiteral("artefact"), QStringLiteral("iam-policy"), data("scalr-aws.json")});
        QCOMPARE(r.code, 0);
        QJsonParseError e{};
        const QJsonObject policy = QJsonDocument::fromJson(r.out, &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(policy.value(QStringLiteral("Statement")).toArray().size(), 5);
        r = run({QStringLiteral("artefact"), QStringLiteral("cloudformation"), data("spot-aws.json")});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).object().contains(QStringLiteral("Resources")));
        r = run({QStringLiteral("artefact"), data("spot-azure.json"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("artefacts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("az-cli"));
        r = run({QStringLiteral("artefact"), QStringLiteral("iam-policy"), data("spot-azure.json")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("az-cli"));
    }

    void reportInEveryFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("pdf") << "r.pdf" << QByteArray("%PDF");
        QTest::newRow("html") << "r.html" << QByteArray("<!DOCTYPE html>");
        QTest::newRow("md") << "r.md" << QByteArray("# Cloud Connect report");
        QTest::newRow("json") << "r.json" << QByteArray("{");
    }
    void reportInEveryFormat()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString results = dir.filePath(QStringLiteral("results.json"));
        QFile r(results);
        QVERIFY(r.open(QIODevice::WriteOnly));
        r.write("{\"profile\":\"prod-aws\",\"checks\":[{\"id\":\"aws.identity\",\"status\":\"pass\",\"message\":\"account 123456789012\"}],"
                "\"submission\":{\"status\":\"created\",\"platform\":\"scalr\",\"id\":\"cred-77\",\"message\":\"ok\"}}");
        r.close();
        const QString out = dir.filePath(file);
        // The report looks up fingerprints in the keychain: on a bus that does not exist, never the
        // developer's own (a keychain that cannot be read is a warning here).
        const QMap<QString, QString> noBus{
            {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("none"))},
            {QStringLiteral("XDG_RUNTIME_DIR"), dir.path()}};
        const Run run1 =
            run({QStringLiteral("report"), data("scalr-aws.json"), QStringLiteral("-o"), out, QStringLiteral("--results"), results}, {}, {},
                noBus);
        QCOMPARE(run1.code, 0);
        QCOMPARE(run1.out.trimmed(), out.toUtf8());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith(magic));
        if (!file.endsWith(QLatin1String(".pdf")))
            QVERIFY(bytes.contains("cred-77") && bytes.contains("account 123456789012"));
    }

    void aCaBundleThatIsNoFileIsRefused()
    {
        QTemporaryDir dir;
        QFile in(data("scalr-aws.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        o[QStringLiteral("tls")] = QJsonObject{{QStringLiteral("caBundle"), QStringLiteral("/dev/zero")}};
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(o).toJson());
        out.close();
        const Run r = run({QStringLiteral("check"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains("/tls/caBundle") && r.out.contains("not a regular file"), r.out.constData());
    }

    void theProcessWritesNoCoreAndCannotBeAttached()
    {
        // While it holds a secret (waiting for the rest of standard input), the process allows no
        // core file and is not dumpable, so its memory stays out of crash dumps and debuggers.
        QProcess p;
        QTemporaryDir dir;
        p.start(QStringLiteral(CC_CLOUDCONNECT_BIN),
                {QStringLiteral("bundle"), QStringLiteral("import"), dir.filePath(QStringLiteral("none")), QStringLiteral("-o"),
                 dir.filePath(QStringLiteral("p.json")), QStringLiteral("--passphrase-stdin")});
        QVERIFY(p.waitForStarted());
        p.write("correct horse"); // the passphrase, its line not ended yet
        // Read until main() has set the limit: under AddressSanitizer the program needs more than
        // 300 ms to get there (scripts/hardening.sh), so a single look could come too early.
        const QRegularExpression noCore(QStringLiteral("Max core file size\\s+0\\s+0\\s"));
        QString text;
        for (int waited = 0; waited <= 10000 && !noCore.match(text).hasMatch(); waited += 100) {
            QTest::qWait(100);
            QFile limits(QStringLiteral("/proc/%1/limits").arg(p.processId()));
            QVERIFY(limits.open(QIODevice::ReadOnly));
            text = QString::fromLatin1(limits.readAll());
        }
        QVERIFY2(noCore.match(text).hasMatch(), qPrintable(text));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(20000));
    }

    void qtsOwnWarningsStayOffStderr()
    {
        // Without XDG_RUNTIME_DIR QStandardPaths warns; the report's offscreen GUI application
        // has its own chatter. Neither is the program's to say.
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("r.pdf"));
        const Run r = run({QStringLiteral("report"), data("scalr-aws.json"), QStringLiteral("-o"), out, QStringLiteral("--no-keychain")},
                          {}, {QStringLiteral("XDG_RUNTIME_DIR")});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.err.contains("QStandardPaths") && !r.err.contains("propagateSizeHints") && !r.err.contains("qt."), r.err.constData());
        const Run check = run({QStringLiteral("check"), data("scalr-aws.json")}, {}, {QStringLiteral("XDG_RUNTIME_DIR")});
        QCOMPARE(check.code, 0);
        QVERIFY2(check.err.isEmpty(), check.err.constData());
    }

    void noSessionBusIsNamedWithTheWayOut()
    {
        // No D-Bus at all: the cause (no session bus) and the way out, exit 3 — not "Unknown error".
        QTemporaryDir runtime;
        const Run r =
            run({QStringLiteral("secrets"), QStringLiteral("set"), data("scalr-aws.json")}, {}, {},
                {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + runtime.filePath(QStringLiteral("none"))},
                 {QStringLiteral("XDG_RUNTIME_DIR"), runtime.path()},
                 {QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), QStringLiteral("abcdefghijklmnop")},
                 {QStringLiteral("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"), QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECRET")}});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("No session bus (D-Bus)") && r.err.contains("--no-keychain"), r.err.constData());
        QVERIFY(!r.err.contains("wJalrXUtnFEMI"));
    }

    void everyCommandThatNeedsTheKeychainExits3WithoutIt()
    {
        // docs/cli.md: 3 = environment, keychain unavailable. Each command that must read or write
        // the keychain says so with the way out, and never exits 0 as if the secrets were handled.
        QTemporaryDir runtime;
        const QMap<QString, QString> noBus{
            {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + runtime.filePath(QStringLiteral("none"))},
            {QStringLiteral("XDG_RUNTIME_DIR"), runtime.path()},
            {QStringLiteral("CLOUDCONNECT_BUNDLE_PASSPHRASE"), QStringLiteral("correct horse battery staple")}};
        QMap<QString, QString> withSecrets = noBus;
        withSecrets.insert(QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), QStringLiteral("abcdefghijklmnop"));
        withSecrets.insert(QStringLiteral("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"),
                           QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECRET"));
        const QString bundle = runtime.filePath(QStringLiteral("b.ccbundle"));
        QCOMPARE(run({QStringLiteral("bundle"), QStringLiteral("export"), data("scalr-aws.json"), QStringLiteral("-o"), bundle,
                      QStringLiteral("--no-keychain")},
                     {}, {}, withSecrets)
                     .code,
                 0);
        const QString profile = data("scalr-aws.json");
        const QList<QPair<QStringList, QMap<QString, QString>>> commands{
            {{QStringLiteral("validate"), profile}, noBus},
            {{QStringLiteral("submit"), profile}, noBus},
            {{QStringLiteral("submit"), profile, QStringLiteral("--dry-run")}, noBus},
            {{QStringLiteral("secrets"), QStringLiteral("set"), profile}, withSecrets},
            {{QStringLiteral("secrets"), QStringLiteral("delete"), profile}, noBus},
            {{QStringLiteral("bundle"), QStringLiteral("export"), profile, QStringLiteral("-o"), runtime.filePath(QStringLiteral("x"))},
             noBus},
            {{QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("-o"), runtime.filePath(QStringLiteral("y.json"))},
             noBus},
        };
        for (const auto &[args, env] : commands) {
            const Run r = run(args, {}, {}, env);
            QVERIFY2(r.code == 3, qPrintable(args.join(u' ') + QStringLiteral(": exit %1: ").arg(r.code) + QString::fromUtf8(r.err)));
            QVERIFY2(r.err.contains("--no-keychain") || r.err.contains("CLOUDCONNECT_"),
                     qPrintable(args.join(u' ') + u' ' + QString::fromUtf8(r.err)));
            QVERIFY(!r.err.contains("wJalrXUtnFEMI") && !r.out.contains("wJalrXUtnFEMI"));
        }
        QVERIFY(!QFile::exists(runtime.filePath(QStringLiteral("y.json"))));
    }

    void reportErrors()
    {
        QTemporaryDir dir;
        Run r = run({QStringLiteral("report"), data("scalr-aws.json"), QStringLiteral("-o"), dir.filePath(QStringLiteral("r.txt"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--format"));
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"profile\":\"prod-aws\",\"checks\":[{\"id\":\"x\",\"status\":\"excellent\"}]}");
        f.close();
        r = run({QStringLiteral("report"), data("scalr-aws.json"), QStringLiteral("-o"), dir.filePath(QStringLiteral("r.md")),
                 QStringLiteral("--results"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("/checks/0"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.md"))));
        r = run({QStringLiteral("report"), data("scalr-aws.json"), QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/r.md")});
        QCOMPARE(r.code, 3);
    }

    void theManPageCoversEveryCommandAndOption()
    {
        // The man page is written by the program from its command registry (packaging installs
        // what --man prints), so it is read from there.
        const Run manual = run({QStringLiteral("--man")});
        QCOMPARE(manual.code, 0);
        QVERIFY(manual.out.startsWith(".TH CLOUDCONNECT 1"));
        const QString page = QString::fromUtf8(manual.out).replace(QStringLiteral("\\-"), QStringLiteral("-"));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        // Every option and command --help names is documented in the man page.
        static const QRegularExpression option(QStringLiteral("(--[a-z][a-z-]+)"));
        auto it = option.globalMatch(QString::fromUtf8(help.out));
        int options = 0;
        while (it.hasNext()) {
            const QString o = it.next().captured(1);
            ++options;
            QVERIFY2(page.contains(o), qPrintable(o));
        }
        QVERIFY(options >= 12);
        for (const char *command : {"check", "validate", "submit", "report", "secrets", "bundle", "artefact"})
            QVERIFY2(page.contains(QStringLiteral(".B %1").arg(QLatin1String(command)))
                         || page.contains(QStringLiteral(".B cloudconnect %1").arg(QLatin1String(command))),
                     command);
        for (const char *id : {"platform.auth", "aws.identity", "azure.role"})
            QVERIFY(page.contains(QLatin1String(id)));
    }

    // The registry (wizard/cli) declares the commands; their functions are the engine's
    // (headless/HeadlessRunner). A declared command the engine has no function for would reach
    // "unknown command" only when run.
    void everyDeclaredCommandRuns_data()
    {
        QTest::addColumn<QStringList>("args");
        for (const cc::CommandSpec &c : cc::commandSpecs()) {
            QStringList args{c.name};
            if (!c.actions.isEmpty())
                args << c.actions.first();
            args << QStringLiteral("/nonexistent/profile.json");
            if (c.options.contains(QStringLiteral("--output")))
                args << QStringLiteral("-o") << QStringLiteral("/nonexistent/out");
            QTest::newRow(qPrintable(c.name)) << args;
        }
    }

    void everyDeclaredCommandRuns()
    {
        QFETCH(QStringList, args);
        const Run r = run(args + QStringList{QStringLiteral("--no-keychain")}, {}, {}, {{QStringLiteral("LANG"), QStringLiteral("C")}});
        QVERIFY2(!r.err.contains("unknown command"), r.err.constData());
        // The command's own refusal (no such file, no passphrase, …): it ran.
        QVERIFY2(r.code == 2 || r.code == 3, r.err.constData());
        QVERIFY2(r.err.startsWith("cloudconnect: "), r.err.constData());
        QVERIFY2(!r.err.contains("engine"), r.err.constData()); // not the loader's refusal
    }

    // The engine is a plugin beside the program (or in lib/<arch>/cloudconnect when installed).
    // A program without it still parses, helps and says its version; a command says what is
    // missing and how to mend it, with the environment's exit status.
    void withoutItsEngineACommandSaysWhyAndExits3()
    {
        QTemporaryDir dir;
        const QString copy = copyOfTheProgram(dir, {});
        QVERIFY(!copy.isEmpty());
        QProcess p;
        p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        p.start(copy, {QStringLiteral("check"), data("spot-aws.json")});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(err.contains("engine") && err.contains("missing") && err.contains("Reinstall"), err.constData());
        QVERIFY(p.readAllStandardOutput().isEmpty());
        p.start(copy, {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("validate"));
        p.start(copy, {QStringLiteral("--bogus")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
    }

    // The program beside its engine but without its keychain module: a command that needs the
    // keychain says what is missing and exits 3; one that does not (--no-keychain) works.
    void withoutItsKeychainModuleTheKeychainSaysWhy()
    {
        QTemporaryDir dir;
        const QString copy = copyOfTheProgram(dir, {QStringLiteral("cloudconnect-engine.so")});
        QVERIFY(!copy.isEmpty());
        QProcess p;
        // On a session bus that does not exist: were the module found after all, no one's real
        // keychain would be touched.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("none")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        p.setProcessEnvironment(env);
        p.start(copy, {QStringLiteral("secrets"), QStringLiteral("delete"), data("spot-aws.json")});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(err.contains("keychain module") && err.contains("missing") && err.contains("Reinstall"), err.constData());
        QVERIFY2(err.endsWith("package.\n"), err.constData()); // one line, ending with the fix
        const QString html = dir.filePath(QStringLiteral("r.html"));
        p.start(copy, {QStringLiteral("report"), data("spot-aws.json"), QStringLiteral("--no-keychain"), QStringLiteral("-o"), html});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
    }

    // The program beside its engine but without its window module: the commands that need no window
    // work; the wizard and a PDF report say what is missing and exit 3 (environment), and the HTML
    // report, which needs no window, is written.
    void withoutItsWindowModuleTheCommandsWorkAndTheWizardSaysWhy()
    {
        QTemporaryDir dir;
        const QString copy = copyOfTheProgram(dir, {QStringLiteral("cloudconnect-engine.so")});
        QVERIFY(!copy.isEmpty());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("CC_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(copy, {QStringLiteral("check"), data("spot-aws.json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        p.start(copy, {});
        QVERIFY(p.waitForFinished(30000));
        QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(err.contains("window module") && err.contains("missing") && err.contains("Reinstall"), err.constData());
        QVERIFY(p.readAllStandardOutput().isEmpty()); // no first paint
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        p.start(copy, {QStringLiteral("report"), data("spot-aws.json"), QStringLiteral("--no-keychain"), QStringLiteral("-o"), pdf});
        QVERIFY(p.waitForFinished(30000));
        err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(err.contains("window module") && err.contains("Reinstall"), err.constData());
        QVERIFY(!QFile::exists(pdf));
        const QString html = dir.filePath(QStringLiteral("r.html"));
        p.start(copy, {QStringLiteral("report"), data("spot-aws.json"), QStringLiteral("--no-keychain"), QStringLiteral("-o"), html});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(html));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("check without file") << QStringList{QStringLiteral("check")} << "needs a profile";
        QTest::newRow("missing file") << QStringList{QStringLiteral("check"), QStringLiteral("/nonexistent.json")} << "";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("x.json"), QStringLiteral("--frobnicate")}
                                        << "unknown option";
        QTest::newRow("secret argument") << QStringList{QStringLiteral("check"), QStringLiteral("x.json"),
                                                        QStringLiteral("--client-secret=hunter2")}
                                         << "never accepted on the command line";
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("check"), QStringLiteral("x.json"), QStringLiteral("--timeout"),
                                                    QStringLiteral("0")}
                                     << "--timeout";
        QTest::newRow("two profiles") << QStringList{QStringLiteral("check"), QStringLiteral("a.json"), QStringLiteral("b.json")}
                                      << "one profile";
        QTest::newRow("secrets without action") << QStringList{QStringLiteral("secrets"), QStringLiteral("a.json")} << "set or delete";
        QTest::newRow("submit with --only") << QStringList{QStringLiteral("submit"), data("scalr-aws.json"), QStringLiteral("--only"),
                                                           QStringLiteral("aws.identity")}
                                            << "submit does not take --only (an option of validate)";
        QTest::newRow("an option of another command")
            << QStringList{QStringLiteral("check"), data("scalr-aws.json"), QStringLiteral("--dry-run")}
            << "check does not take --dry-run (an option of submit)";
        QTest::newRow("report options elsewhere")
            << QStringList{QStringLiteral("validate"), data("scalr-aws.json"), QStringLiteral("--format"), QStringLiteral("pdf")}
            << "validate does not take --format (an option of report)";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(!r.err.contains("hunter2"));
        if (args.first() != QLatin1String("check") || !message.isEmpty())
            QVERIFY2(r.out.isEmpty(), r.out.constData()); // errors go to stderr only
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
