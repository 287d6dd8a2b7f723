// The wizard must come up within 1.25× the time and memory of a bare one-page QWizard: network,
// keychain, OpenSSL and report machinery are created on first use, never at start-up.
//
// Time is compared as instructions executed until the first paint (callgrind), which repeats to
// the instruction whatever else the machine is doing; wall-clock and CPU times on a shared
// two-core machine vary by more than the 25 % being checked. They are printed for information.
#include "StartupPrefault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

namespace {

QProcessEnvironment offscreen()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

struct Sample {
    qint64 cpuMicros = 0;
    qint64 rssKiB = 0;
};

Sample probe(const char *mode)
{
    QProcess p;
    p.setProcessEnvironment(offscreen());
    p.start(QStringLiteral(CC_STARTUP_PROBE), {QLatin1String(mode)});
    if (!p.waitForFinished(30000))
        return {};
    const QList<QByteArray> parts = p.readAllStandardOutput().trimmed().split(' ');
    if (parts.size() != 3)
        return {};
    return {parts[0].toLongLong(), parts[1].toLongLong()};
}

Sample median(const char *mode, int runs)
{
    QList<qint64> t, m;
    for (int i = 0; i < runs; ++i) {
        const Sample s = probe(mode);
        t << s.cpuMicros;
        m << s.rssKiB;
    }
    std::sort(t.begin(), t.end());
    std::sort(m.begin(), m.end());
    return {t.at(runs / 2), m.at(runs / 2)};
}

qint64 instructions(const char *mode)
{
    QProcess p;
    p.setProcessEnvironment(offscreen());
    p.start(QStringLiteral("valgrind"), {QStringLiteral("--tool=callgrind"), QStringLiteral("--callgrind-out-file=/dev/null"),
                                         QStringLiteral(CC_STARTUP_PROBE), QLatin1String(mode)});
    if (!p.waitForFinished(240000))
        return 0;
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Collected : (\\d+)")).match(QString::fromLocal8Bit(p.readAllStandardError()));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

// Runs the program under strace, tracing `syscalls` (and execve, to know the trace saw the program
// start), and returns strace's log; nothing when that cannot be done, the current test then failed
// or skipped with the reason.
std::optional<QString> traced(const QTemporaryDir &dir, const QStringList &args, const QString &syscalls, const QProcessEnvironment &env)
{
#if defined(__SANITIZE_ADDRESS__)
    Q_UNUSED(dir)
    Q_UNUSED(args)
    Q_UNUSED(syscalls)
    Q_UNUSED(env)
    QTest::qSkip("LeakSanitizer does not run under ptrace", __FILE__, __LINE__);
    return std::nullopt;
#else
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty()) {
        QTest::qFail("strace is needed (scripts/install-deps.sh --tests)", __FILE__, __LINE__);
        return std::nullopt;
    }
    const QString log = dir.filePath(QStringLiteral("strace.log"));
    QFile::remove(log);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(strace, QStringList{QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=execve,") + syscalls,
                                QStringLiteral("-o"), log, QStringLiteral(CC_CLOUDCONNECT_BIN)}
                        + args);
    if (!p.waitForFinished(60000)) {
        QTest::qFail("strace or the program did not finish", __FILE__, __LINE__);
        return std::nullopt;
    }
    QFile f(log);
    const QString text = f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()) : QString();
    if (!text.contains(QRegularExpression(QStringLiteral("execve\\(\"[^\"]*cloudconnect\".*\\) = 0")))) {
        // ptrace refused here (a container's seccomp, Yama's ptrace_scope): nothing to read.
        const QString why =
            QStringLiteral("strace could not trace the program: ") + QString::fromLocal8Bit(p.readAllStandardError()).left(200);
        QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
        return std::nullopt;
    }
    return text;
#endif
}

} // namespace

class TestStartup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void usesNoMoreMemoryThanABareWizard()
    {
        const Sample bare = median("bare", 5);
        const Sample wizard = median("wizard", 5);
        qInfo("to the first paint — bare QWizard: %lld µs CPU, %lld KiB; Cloud Connect: %lld µs CPU, %lld KiB", bare.cpuMicros, bare.rssKiB,
              wizard.cpuMicros, wizard.rssKiB);
        QVERIFY(bare.rssKiB > 0 && wizard.rssKiB > 0);
        QVERIFY2(wizard.rssKiB <= bare.rssKiB * 1.25, "peak memory over 1.25× a bare QWizard");
    }

    // What is not needed to show the first page is not loaded before it is painted: the engine
    // (Engine.h) and the libraries only it needs are loaded on first use. The real program, as
    // the dynamic loader reports the files it opens.
    void theFirstPaintLoadsNoEngineNetworkKeychainOrCrypto()
    {
        QProcess p;
        QProcessEnvironment env = offscreen();
        env.insert(QStringLiteral("CC_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CC_CLOUDCONNECT_BIN), {});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("first-paint "));
        const QString loaded = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(loaded.contains(QLatin1String("libQt6Widgets")), "LD_DEBUG=files said nothing"); // the check can see
        // (Qt DBus and libdbus are not in the list: Qt's platform plugins load them for a bare
        // QWizard too.)
        for (const char *name : {"cloudconnect-engine", "libQt6Network", "libcrypto", "libssl", "libqt6keychain", "libsecret", "libgssapi"})
            QVERIFY2(!loaded.contains(QLatin1String(name)), name);
    }

    // No module sets up the C++ standard streams when it is loaded (a static std::ios_base::Init
    // in a unit that includes <iostream>: the streams and the classic locale made, 0.4 MiB more
    // resident at the first paint; valijson's headers include it, wizard/core/JsonSchema.cpp keeps
    // it out). The real program to its first paint, and `check` (which loads the engine), as the
    // dynamic loader reports the symbols it binds.
    void noModuleSetsUpTheStandardStreams()
    {
        const QString profile = QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json");
        for (const QStringList &args : {QStringList{}, QStringList{QStringLiteral("check"), profile}}) {
            QProcess p;
            QProcessEnvironment env = offscreen();
            env.insert(QStringLiteral("CC_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
            env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("bindings"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CC_CLOUDCONNECT_BIN), args);
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            const QString bound = QString::fromLocal8Bit(p.readAllStandardError());
            // "binding file <who> [0] to <library> [0]: normal symbol `<name>' …", one a line.
            static const QRegularExpression line(
                QStringLiteral("binding file (.+?) \\[\\d+\\] to (.+?) \\[\\d+\\]: normal symbol `([^']+)'"));
            // The check can see: the module under test binds other libstdc++ symbols.
            const QString module = args.isEmpty() ? QStringLiteral("cloudconnect-window") : QStringLiteral("cloudconnect-engine");
            bool sawModule = false;
            for (QRegularExpressionMatchIterator it = line.globalMatch(bound); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const bool ours = QFileInfo(m.captured(1)).fileName().startsWith(QLatin1String("cloudconnect"));
                sawModule = sawModule || (m.captured(1).contains(module) && m.captured(2).contains(QLatin1String("libstdc++")));
                // Ours only: Qt Network's libproxy sets up the streams for a bare Qt Network program too.
                QVERIFY2(!ours || m.captured(3) != QLatin1String("_ZNSt8ios_base4InitC1Ev"),
                         qPrintable(args.join(u' ') + QLatin1String(": ") + m.captured(0)));
            }
            QVERIFY2(sawModule, qPrintable(QLatin1String("LD_DEBUG=bindings showed nothing bound by ") + module));
        }
    }

    // The real program makes what its first paint writes present in bulk (app/StartupPrefault.h,
    // BackingStorePrefault.h; tested on their own in test_startup_prefault): its heap reserve and
    // its window's backing store, as it reports on its first-paint line; CC_STARTUP_PREFAULT=0
    // switches both off.
    void theFirstPaintFindsItsMemoryPresent()
    {
        if (!cc::populateSupported())
            QSKIP("this kernel has no MADV_POPULATE_WRITE (Linux 5.14)");
        const auto prefaultedKiB = [](const QString &setting) -> qint64 {
            QProcess p;
            QProcessEnvironment env = offscreen();
            env.insert(QStringLiteral("CC_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
            env.remove(QStringLiteral("QT_SCALE_FACTOR")); // the store measured is 860×640 pixels
            env.remove(QStringLiteral("CC_STARTUP_PREFAULT"));
            if (!setting.isEmpty())
                env.insert(QStringLiteral("CC_STARTUP_PREFAULT"), setting);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CC_CLOUDCONNECT_BIN), {});
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                return -1;
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^first-paint .* prefaulted-kib=(\\d+)$"))
                                                  .match(QString::fromLatin1(p.readAllStandardOutput().trimmed()));
            return m.hasMatch() ? m.captured(1).toLongLong() : -1;
        };
        const qint64 on = prefaultedKiB(QString());
        // The backing store: 860×640 pixels of 4 bytes (2150 KiB, less a partial page at each end).
        qint64 expected = 2140;
#if !defined(__SANITIZE_ADDRESS__) // AddressSanitizer's allocator has no brk heap to reserve in
        expected += 1020;          // and the heap reserve (1 MiB, less a partial page)
#endif
        QVERIFY2(on >= expected, qPrintable(QString::number(on)));
        QCOMPARE(prefaultedKiB(QStringLiteral("0")), qint64(0));
    }

    // `validate` and `submit` make their heap present in bulk as they start (app/main.cpp), other
    // commands do not: what the kernel is asked, as strace sees it. A profile that does not exist
    // is enough, the reserve being made before anything is read.
    void theCommandsThatTalkToServicesReserveTheirHeap()
    {
        if (!cc::populateSupported())
            QSKIP("this kernel has no MADV_POPULATE_WRITE (Linux 5.14)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        const auto populateCalls = [](const QString &log) {
            QList<qint64> lengths;
            static const QRegularExpression call(QStringLiteral("madvise\\(0x[0-9a-f]+, (\\d+), MADV_POPULATE_WRITE\\) = 0"));
            for (auto it = call.globalMatch(log); it.hasNext();)
                lengths << it.next().captured(1).toLongLong();
            return lengths;
        };
        const std::optional<QString> validateLog =
            traced(dir, {QStringLiteral("validate"), missing, QStringLiteral("--no-keychain")}, QStringLiteral("madvise"), offscreen());
        if (!validateLog)
            return;
        const std::optional<QString> checkLog = traced(dir, {QStringLiteral("check"), missing}, QStringLiteral("madvise"), offscreen());
        if (!checkLog)
            return;
        const QList<qint64> validate = populateCalls(*validateLog);
        const QList<qint64> check = populateCalls(*checkLog);
        QVERIFY2(check.isEmpty(), "check made memory present in bulk");
        // validate: the kernel-support probe (a page of the stack), then the reserve.
        QCOMPARE(validate.size(), 2);
        QCOMPARE(validate.first(), 4096);
        QVERIFY2(validate.last() >= 1020 * 1024 && validate.last() <= 1024 * 1024, qPrintable(QString::number(validate.last())));
    }

    // No command maps memory that is writable and executable: Qt's regular expressions are
    // interpreted (app/RegexInterpreter.h), not compiled by PCRE2's JIT into such memory — unless
    // the user asks for the JIT, which then is used.
    void noCommandMapsExecutableMemoryOfItsOwn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString profile = QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json");
        static const QRegularExpression executable(QStringLiteral("mmap\\(.*PROT_EXEC.*MAP_ANONYMOUS.*\\) = 0x"));
        const std::optional<QString> plain = traced(dir, {QStringLiteral("check"), profile}, QStringLiteral("mmap,mprotect"), offscreen());
        if (!plain)
            return;
        QProcessEnvironment jit = offscreen();
        jit.insert(QStringLiteral("QT_ENABLE_REGEXP_JIT"), QStringLiteral("1"));
        const std::optional<QString> asked = traced(dir, {QStringLiteral("check"), profile}, QStringLiteral("mmap,mprotect"), jit);
        if (!asked)
            return;
        QVERIFY2(!plain->contains(executable), qPrintable(plain->split(u'\n').filter(executable).join(u'\n')));
        QVERIFY2(asked->contains(executable), "with QT_ENABLE_REGEXP_JIT=1 the JIT was not used (or the check cannot see it)");
    }

    // The commands that need no window load none of it: the program links Qt Core alone and loads
    // the window module (Qt Widgets, Gui, X11, fontconfig) only for the wizard or a PDF report.
    void commandsLoadNoWindowOnlyAPdfReportDoes()
    {
        const QString profile = QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json");
        QTemporaryDir dir;
        // What the dynamic loader opened for one run, which must succeed; empty when it did not.
        const auto filesLoaded = [](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = offscreen();
            env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CC_CLOUDCONNECT_BIN), args);
            const bool ended = p.waitForFinished(60000);
            const QString loaded = QString::fromLocal8Bit(p.readAllStandardError());
            if (!ended || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                qWarning("%s: exit %d", qPrintable(args.join(u' ')), p.exitCode());
                return QString();
            }
            return loaded;
        };
        // …nor the keychain's (its own module, loaded by the first keychain store: these make none).
        const QStringList windowLibraries{QStringLiteral("cloudconnect-window"),
                                          QStringLiteral("libQt6Gui"),
                                          QStringLiteral("libQt6Widgets"),
                                          QStringLiteral("libfontconfig"),
                                          QStringLiteral("libX11"),
                                          QStringLiteral("libxcb.so"),
                                          QStringLiteral("cloudconnect-keychain"),
                                          QStringLiteral("libqt6keychain"),
                                          QStringLiteral("libQt6DBus"),
                                          QStringLiteral("libsecret")};
        const QList<QStringList> withoutWindow{
            {QStringLiteral("check"), profile},
            {QStringLiteral("report"), profile, QStringLiteral("--no-keychain"), QStringLiteral("-o"),
             dir.filePath(QStringLiteral("r.html"))},
            {QStringLiteral("--help")},
        };
        for (const QStringList &args : withoutWindow) {
            const QString loaded = filesLoaded(args);
            QVERIFY2(loaded.contains(QLatin1String("libQt6Core")), qPrintable(args.join(u' ') + QStringLiteral(" failed or said nothing")));
            for (const QString &name : windowLibraries)
                QVERIFY2(!loaded.contains(name), qPrintable(args.join(u' ') + QStringLiteral(" loads ") + name));
            // The engine and the network stack, as `validate` loads them: without Qt Gui.
            if (args.first() != QLatin1String("--help"))
                QVERIFY2(loaded.contains(QLatin1String("cloudconnect-engine")) && loaded.contains(QLatin1String("libQt6Network")),
                         qPrintable(args.join(u' ')));
        }
        const QString pdf = filesLoaded({QStringLiteral("report"), profile, QStringLiteral("--no-keychain"), QStringLiteral("-o"),
                                         dir.filePath(QStringLiteral("r.pdf"))});
        QVERIFY2(pdf.contains(QLatin1String("cloudconnect-window")) && pdf.contains(QLatin1String("libQt6Gui")),
                 qPrintable(pdf.left(2000)));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("r.pdf"))).size() > 1000);
    }

    // …and once the window is up, the engine is loaded on a thread of its own without anyone
    // asking, so that the first check or keychain call does not wait for it on the GUI thread.
    void theEngineIsLoadedInTheBackgroundOnceTheWindowIsUp()
    {
        QProcess p;
        QProcessEnvironment env = offscreen();
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CC_CLOUDCONNECT_BIN), {});
        QVERIFY(p.waitForStarted());
        QByteArray loaded;
        QElapsedTimer waited;
        waited.start();
        while (!(loaded.contains("cloudconnect-engine") && loaded.contains("libqt6keychain")) && waited.elapsed() < 30000
               && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            loaded += p.readAllStandardError();
        }
        p.kill();
        p.waitForFinished();
        QVERIFY2(loaded.contains("cloudconnect-engine"), "the engine was not loaded within 30 s of start");
        // …and the keychain module after it (the wizard's keychain store is made on the GUI thread).
        QVERIFY2(loaded.contains("cloudconnect-keychain") && loaded.contains("libqt6keychain"),
                 "the keychain module was not loaded within 30 s of start");
    }

    void doesNoMoreWorkThanABareWizard()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("valgrind")).isEmpty(),
                 "valgrind is needed (scripts/install-deps.sh --tests)");
        const qint64 bare = instructions("bare");
        const qint64 wizard = instructions("wizard");
        qInfo("instructions to the first paint — bare QWizard: %lld; Cloud Connect: %lld (%.2f×)", bare, wizard,
              double(wizard) / double(bare));
        QVERIFY(bare > 0 && wizard > 0);
        QVERIFY2(wizard <= bare * 1.25, "start-up work over 1.25× a bare QWizard");
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "test_startup.moc"
