// `cloudconnect bundle export|import` as a process against a throwaway keyring: the file is
// owner-only and holds nothing readable, a wrong passphrase imports nothing, the imported profile
// equals the exported one and its secrets land in the keychain (read back through `report`).
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QByteArray out, err;
};

const QString kAws = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECRET");
const QString kScalr = QStringLiteral("scalr-secret-key-0123456789");
const QString kPass = QStringLiteral("correct horse battery staple");

Run run(const QStringList &args, const QMap<QString, QString> &env = {}, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(CC_CLOUDCONNECT_BIN), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliBundle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportThenImport()
    {
        QTemporaryDir dir;
        const QString source = QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json");
        const QString bundle = dir.filePath(QStringLiteral("prod.ccbundle"));
        Run r =
            run({QStringLiteral("bundle"), QStringLiteral("export"), source, QStringLiteral("-o"), bundle, QStringLiteral("--no-keychain")},
                {{QStringLiteral("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"), kAws},
                 {QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), kScalr},
                 {QStringLiteral("CLOUDCONNECT_BUNDLE_PASSPHRASE"), kPass}});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("2 secret(s)"));
        const QByteArray sealed = readAll(bundle);
        QVERIFY(sealed.startsWith("CCBUNDLE"));
        QCOMPARE(QFile(bundle).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        for (const QString &secret : {kAws, kScalr, kPass}) {
            QVERIFY(!sealed.contains(secret.toUtf8()));
            QVERIFY(!r.out.contains(secret.toUtf8()) && !r.err.contains(secret.toUtf8()));
        }

        // A wrong passphrase: nothing written, nothing stored.
        const QString imported = dir.filePath(QStringLiteral("imported.json"));
        r = run({QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("-o"), imported,
                 QStringLiteral("--passphrase-stdin")},
                {}, "not the passphrase\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("passphrase is wrong"));
        QVERIFY(!QFile::exists(imported));

        // The right one, from standard input.
        r = run({QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("-o"), imported,
                 QStringLiteral("--passphrase-stdin")},
                {}, kPass.toUtf8() + "\n");
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("its secrets are in the keychain"));
        QCOMPARE(QJsonDocument::fromJson(readAll(imported)).object(), QJsonDocument::fromJson(readAll(source)).object());

        // The keychain now has them: the report's fingerprints match, with no environment set.
        const QString report = dir.filePath(QStringLiteral("r.json"));
        r = run({QStringLiteral("report"), imported, QStringLiteral("-o"), report});
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray json = readAll(report);
        const QByteArray awsPrint = QCryptographicHash::hash(kAws.toUtf8(), QCryptographicHash::Sha256).toHex().left(4);
        QVERIFY2(json.contains(awsPrint), json.constData());
    }

    void importReplacesNothingWithoutReplace()
    {
        QTemporaryDir dir;
        const QString source = QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/spot-aws.json");
        const QString spotToken = QStringLiteral("spot-token-first-0123456789abcdef");
        const QString rotated = QStringLiteral("spot-token-rotated-0123456789abcdef");
        auto exportWith = [&](const QString &token, const QString &name) {
            const QString bundle = dir.filePath(name);
            const Run r = run(
                {QStringLiteral("bundle"), QStringLiteral("export"), source, QStringLiteral("-o"), bundle, QStringLiteral("--no-keychain")},
                {{QStringLiteral("CLOUDCONNECT_SPOT_TOKEN"), token}, {QStringLiteral("CLOUDCONNECT_BUNDLE_PASSPHRASE"), kPass}});
            return r.code == 0 ? bundle : QString();
        };
        auto fingerprintInReport = [&](const QString &profile, const QString &token) {
            const QString report = dir.filePath(QStringLiteral("r.json"));
            QFile::remove(report);
            const Run r = run({QStringLiteral("report"), profile, QStringLiteral("-o"), report});
            const QByteArray print = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex().left(4);
            return r.code == 0 && readAll(report).contains(print);
        };
        const QString first = exportWith(spotToken, QStringLiteral("first.ccbundle"));
        const QString second = exportWith(rotated, QStringLiteral("second.ccbundle"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const QMap<QString, QString> pass{{QStringLiteral("CLOUDCONNECT_BUNDLE_PASSPHRASE"), kPass}};
        const QString a = dir.filePath(QStringLiteral("a.json"));
        Run r = run({QStringLiteral("bundle"), QStringLiteral("import"), first, QStringLiteral("-o"), a}, pass);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(fingerprintInReport(a, spotToken));

        // The same profile name again, to another file: the stored token stays, nothing is written.
        const QString b = dir.filePath(QStringLiteral("b.json"));
        r = run({QStringLiteral("bundle"), QStringLiteral("import"), second, QStringLiteral("-o"), b}, pass);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("already holds secrets") && r.err.contains("--replace"), r.err.constData());
        QVERIFY(!QFile::exists(b));
        QVERIFY(fingerprintInReport(a, spotToken));

        // An existing profile file is not overwritten either.
        const QByteArray before = readAll(a);
        r = run({QStringLiteral("bundle"), QStringLiteral("import"), second, QStringLiteral("-o"), a, QStringLiteral("--no-keychain")},
                pass);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("exists"), r.err.constData());
        QCOMPARE(readAll(a), before);

        // --replace is the explicit choice: the bundle's token replaces the stored one.
        r = run({QStringLiteral("bundle"), QStringLiteral("import"), second, QStringLiteral("-o"), a, QStringLiteral("--replace")}, pass);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(fingerprintInReport(a, rotated));
        QVERIFY(!r.out.contains(rotated.toUtf8()) && !r.err.contains(rotated.toUtf8()));
    }

    void aPassphraseIsRequired()
    {
        QTemporaryDir dir;
        const Run r =
            run({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json"),
                 QStringLiteral("-o"), dir.filePath(QStringLiteral("x")), QStringLiteral("--no-keychain")},
                {{QStringLiteral("CLOUDCONNECT_BUNDLE_PASSPHRASE"), QString()}});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("needs a passphrase"));
    }
};

QTEST_GUILESS_MAIN(TestCliBundle)
#include "test_cli_bundle.moc"
