// Reading profile files: the four journeys' examples, the schema enforced by valijson, the rules
// the schema cannot express, and hostile input (never a crash, always a pointer and a reason).
#include "ProfileFile.h"
#include "ProfileJson.h"
#include "ProfileSchema.h"
#include "OwnerOnlyFile.h"
#include "ProfileValidator.h"
#include "SecretKeyScan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

#include <sys/stat.h>

#include <csignal>
#include <sys/resource.h>

using namespace cc;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

QJsonObject dataObject(const QString &name)
{
    return QJsonDocument::fromJson(readData(name)).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

bool hasProblemAt(const ProfileProblems &problems, const QString &pointer, const QString &containing = {})
{
    for (const ProfileProblem &p : problems)
        if (p.pointer == pointer && p.message.contains(containing, Qt::CaseInsensitive))
            return true;
    return false;
}

QString dump(const ProfileProblems &problems)
{
    QStringList l;
    for (const ProfileProblem &p : problems)
        l << p.toString();
    return l.join(QStringLiteral("\n"));
}

// Sets a value at a JSON pointer-like path ("a/b/c"), creating objects on the way.
QJsonObject withValue(QJsonObject root, const QStringList &path, const QJsonValue &v)
{
    if (path.size() == 1) {
        if (v.isUndefined())
            root.remove(path.first());
        else
            root.insert(path.first(), v);
        return root;
    }
    root.insert(path.first(), withValue(root.value(path.first()).toObject(), path.mid(1), v));
    return root;
}

} // namespace

class TestProfileValidator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void examplesOfEveryJourneyAreValidAndComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("scalr aws") << "scalr-aws.json";
        QTest::newRow("scalr azure") << "scalr-azure.json";
        QTest::newRow("spot azure") << "spot-azure.json";
        QTest::newRow("spot aws") << "spot-aws.json";
    }
    void examplesOfEveryJourneyAreValidAndComplete()
    {
        QFETCH(QString, file);
        const ProfileParseResult r = parseProfile(readData(file));
        QVERIFY2(r.ok(), qPrintable(dump(r.problems)));
        QVERIFY2(r.incomplete.isEmpty(), qPrintable(dump(r.incomplete)));
    }

    void everyFieldSurvivesSaveAndLoad_data() { examplesOfEveryJourneyAreValidAndComplete_data(); }
    void everyFieldSurvivesSaveAndLoad()
    {
        QFETCH(QString, file);
        const QJsonObject original = dataObject(file);
        const ProfileParseResult r = parseProfile(bytes(original));
        QVERIFY(r.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QCOMPARE(saveProfileFile(*r.profile, path), QString());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject reread = QJsonDocument::fromJson(saved.readAll()).object();
        // Spot's endpoint default is filled in on load; everything else is byte-for-byte the same data.
        QJsonObject expected = original;
        if (file.startsWith(QLatin1String("spot"))
            && !original.value(QStringLiteral("platform")).toObject().contains(QStringLiteral("endpoint")))
            expected =
                withValue(expected, {QStringLiteral("platform"), QStringLiteral("endpoint")}, QStringLiteral("https://api.spotinst.io"));
        QCOMPARE(reread, expected);
        QCOMPARE(saved.permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void filesAreOwnerOnlyFromTheFirstByte()
    {
        // Even with a umask that lets everyone read, no byte is ever in a file others can read:
        // neither the temporary file being written nor the result, new or replacing a 0644 file.
        const mode_t previous = ::umask(0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QFile::Permissions whileWriting;
        QCOMPARE(writeOwnerOnlyFile(path,
                                    [&](QIODevice *d) -> QString {
                                        whileWriting = static_cast<QFileDevice *>(d)->permissions();
                                        d->write("{}");
                                        return {};
                                    }),
                 QString());
        const QFile::Permissions others =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(whileWriting & others, QFile::Permissions());
        QCOMPARE(QFile(path).permissions() & others, QFile::Permissions());
        QVERIFY(QFile::setPermissions(path, QFile(path).permissions() | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(writeOwnerOnlyFile(path, QByteArray("{\"a\":1}")), QString());
        QCOMPARE(QFile(path).permissions() & others, QFile::Permissions());
        ::umask(previous);
        // A writer's failure leaves the target as it was.
        QCOMPARE(writeOwnerOnlyFile(path, [](QIODevice *) { return QStringLiteral("renderer failed"); }),
                 QStringLiteral("renderer failed"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{\"a\":1}"));
    }

    void anInterruptedSaveLeavesTheOldFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        const Profile p = *parseProfile(readData(QStringLiteral("scalr-aws.json"))).profile;
        QCOMPARE(saveProfileFile(p, path), QString());
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray old = before.readAll();
        before.close();
        // Make the disk "fill up" half-way through the next save: writes past 200 bytes fail.
        struct rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit tiny = saved;
        tiny.rlim_cur = 200;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
        Profile changed = p;
        changed.description = QString(4000, u'x');
        const QString error = saveProfileFile(changed, path);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY2(!error.isEmpty(), "the save should have failed");
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("p.json")});
    }

    void badFilesAreRefusedWithPointerAndReason_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("containing");
        const QJsonObject base = dataObject(QStringLiteral("scalr-aws.json"));
        auto set = [&](const QString &path, const QJsonValue &v) { return bytes(withValue(base, path.split(u'/'), v)); };
        QTest::newRow("not json") << QByteArray("{\"schemaVersion\": 1,") << QString() << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << QString() << "JSON object";
        QTest::newRow("empty file") << QByteArray() << QString() << "not valid JSON";
        QTest::newRow("newer version") << set(QStringLiteral("schemaVersion"), 2) << "/schemaVersion"
                                       << "schemaVersion 2";
        QTest::newRow("version 0") << set(QStringLiteral("schemaVersion"), 0) << "/schemaVersion"
                                   << "must be 1";
        QTest::newRow("version as string") << set(QStringLiteral("schemaVersion"), QStringLiteral("1")) << "/schemaVersion"
                                           << "whole number";
        QTest::newRow("missing name") << set(QStringLiteral("name"), QJsonValue::Undefined) << "/name"
                                      << "required";
        QTest::newRow("name wrong type") << set(QStringLiteral("name"), 42) << "/name"
                                         << "must be a string";
        QTest::newRow("name bad chars") << set(QStringLiteral("name"), QStringLiteral("a/b")) << "/name"
                                        << "letters";
        QTest::newRow("unknown top-level") << set(QStringLiteral("platfrom"), QJsonObject()) << "/platfrom"
                                           << "unknown field";
        QTest::newRow("unknown nested") << set(QStringLiteral("aws/vpc"), QStringLiteral("vpc-1")) << "/aws/vpc"
                                        << "unknown field";
        QTest::newRow("kind enum") << set(QStringLiteral("platform/kind"), QStringLiteral("rightscale")) << "/platform/kind"
                                   << "\"scalr\", \"spot\"";
        QTest::newRow("cloud enum") << set(QStringLiteral("cloud"), QStringLiteral("gcp")) << "/cloud"
                                    << "one of";
        QTest::newRow("vpc id") << set(QStringLiteral("aws/vpcId"), QStringLiteral("vpc-123")) << "/aws/vpcId"
                                << "8 or 17";
        QTest::newRow("access key") << set(QStringLiteral("aws/accessKeyId"), QStringLiteral("AKIA123")) << "/aws/accessKeyId"
                                    << "20 characters";
        QTest::newRow("http endpoint") << set(QStringLiteral("platform/endpoint"), QStringLiteral("http://scalr.example.com"))
                                       << "/platform/endpoint"
                                       << "https";
        QTest::newRow("endpoint override") << set(QStringLiteral("endpoints/sts"), QStringLiteral("http://sts.amazonaws.com"))
                                           << "/endpoints/sts"
                                           << "https";
        QTest::newRow("environment id") << set(QStringLiteral("platform/environmentIds"),
                                               QJsonArray{QStringLiteral("5"), QStringLiteral("x")})
                                        << "/platform/environmentIds/1"
                                        << "number";
        QTest::newRow("environment id type") << set(QStringLiteral("platform/environmentIds"), QJsonArray{5})
                                             << "/platform/environmentIds/0"
                                             << "string";
        QTest::newRow("region outside partition") << set(QStringLiteral("aws/region"), QStringLiteral("cn-north-1")) << "/aws/region"
                                                  << "partition";
        QTest::newRow("azure object with aws cloud")
            << set(QStringLiteral("azure"), QJsonObject{{QStringLiteral("cloud"), QStringLiteral("AzureCloud")}}) << "/azure"
            << "not allowed";
        QTest::newRow("aws object missing") << set(QStringLiteral("aws"), QJsonValue::Undefined) << "/aws"
                                            << "required because";
        QTest::newRow("local without route") << set(QStringLiteral("localRoute"), QJsonValue::Undefined) << "/localRoute"
                                             << "required";
        QTest::newRow("role auth for scalr") << set(QStringLiteral("aws/auth"), QStringLiteral("iam-role")) << "/aws/auth"
                                             << "access key";
        QTest::newRow("checklist bad id") << set(QStringLiteral("checklist"),
                                                 QJsonObject{{QStringLiteral("Bad Id"), QJsonObject{{QStringLiteral("done"), true}}}})
                                          << "/checklist/Bad Id"
                                          << "step id";
        QTest::newRow("checklist bad time") << set(
            QStringLiteral("checklist"),
            QJsonObject{{QStringLiteral("aws.vpc.ready"),
                         QJsonObject{{QStringLiteral("done"), true}, {QStringLiteral("at"), QStringLiteral("yesterday")}}}})
                                            << "/checklist/aws.vpc.ready/at"
                                            << "date";
        QTest::newRow("huge string") << set(QStringLiteral("description"), QString(100000, u'x')) << QString() << "longer than";
        QTest::newRow("long field") << set(QStringLiteral("description"), QString(3000, u'x')) << "/description"
                                    << "at most 2000";
        QTest::newRow("too many environments") << set(QStringLiteral("platform/environmentIds"),
                                                      [] {
                                                          QJsonArray a;
                                                          for (int i = 1; i <= 101; ++i)
                                                              a.append(QString::number(i));
                                                          return a;
                                                      }())
                                               << "/platform/environmentIds"
                                               << "at most 100";
        // Refused before the schema compares every pair for uniqueItems (which took minutes).
        QTest::newRow("a list far too long") << set(QStringLiteral("platform/environmentIds"), [] {
            QJsonArray a;
            for (int i = 1; i <= 30000; ++i)
                a.append(QString::number(i));
            return a;
        }()) << QString() << "more than 256 items";
        QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << QString() << "nested";
        QTest::newRow("deep nesting in a field") << set(QStringLiteral("description"), [] {
            QJsonValue v = QJsonArray();
            for (int i = 0; i < 20; ++i)
                v = QJsonArray{v};
            return v;
        }()) << QString() << "nested";
        const QJsonObject azure = dataObject(QStringLiteral("scalr-azure.json"));
        auto setAzure = [&](const QString &path, const QJsonValue &v) { return bytes(withValue(azure, path.split(u'/'), v)); };
        QTest::newRow("app name read as a file")
            << setAzure(QStringLiteral("azure/appName"), QStringLiteral("@/home/admin/.ssh/id_rsa")) << "/azure/appName"
            << "must not start with @";
        QTest::newRow("app name with a line break")
            << setAzure(QStringLiteral("azure/appName"), QStringLiteral("Scalr\nrm -rf")) << "/azure/appName"
            << "control characters";
        QTest::newRow("app name with an escape")
            << setAzure(QStringLiteral("azure/appName"), QStringLiteral("Scalr\x1b[2J")) << "/azure/appName"
            << "control characters";
        QTest::newRow("bigger than 1 MiB") << QByteArray(1024 * 1024 + 1, ' ') << QString() << "at most";
    }
    void badFilesAreRefusedWithPointerAndReason()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, pointer);
        QFETCH(QString, containing);
        QElapsedTimer clock;
        clock.start();
        const ProfileParseResult r = parseProfile(input);
        QVERIFY(!r.ok());
        QVERIFY2(hasProblemAt(r.problems, pointer, containing), qPrintable(dump(r.problems)));
        // Hostile input costs nothing: no file is refused slowly (generous for sanitizer builds).
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
    }

    void secretLookingKeysAreRefusedAtAnyDepth_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("top secret") << "secret";
        QTest::newRow("clientSecret under platform") << "platform/clientSecret";
        QTest::newRow("secretAccessKey under aws") << "aws/secretAccessKey";
        QTest::newRow("token under platform") << "platform/token";
        QTest::newRow("password deep") << "aws/billing/password";
        QTest::newRow("snake case") << "aws/secret_access_key";
        QTest::newRow("spot token") << "platform/spotToken";
    }
    void secretLookingKeysAreRefusedAtAnyDepth()
    {
        QFETCH(QString, path);
        const QJsonObject base = dataObject(QStringLiteral("scalr-aws.json"));
        const ProfileParseResult r = parseProfile(bytes(withValue(base, path.split(u'/'), QStringLiteral("hunter2"))));
        QVERIFY(!r.ok());
        QVERIFY2(hasProblemAt(r.problems, u'/' + path, QStringLiteral("keychain")), qPrintable(dump(r.problems)));
        // Reported once, as a secret — not a second time as an unknown field.
        QCOMPARE(r.problems.size(), 1);
        // The value itself is never echoed back.
        QVERIFY(!dump(r.problems).contains(QLatin1String("hunter2")));
    }

    void secretScanLetsLegitimateFieldsThrough()
    {
        QVERIFY(!looksLikeSecretKey(QStringLiteral("secretExpiresAt")));
        QVERIFY(!looksLikeSecretKey(QStringLiteral("apiKeyId")));
        QVERIFY(!looksLikeSecretKey(QStringLiteral("accessKeyId")));
        QVERIFY(!looksLikeSecretKey(QStringLiteral("credentialsName")));
        QVERIFY(looksLikeSecretKey(QStringLiteral("Client-Secret")));
    }

    void everyProblemIsReportedAtOnce()
    {
        QJsonObject o = dataObject(QStringLiteral("scalr-aws.json"));
        o = withValue(o, {QStringLiteral("aws"), QStringLiteral("vpcId")}, QStringLiteral("vpc-x"));
        o = withValue(o, {QStringLiteral("aws"), QStringLiteral("accessKeyId")}, QStringLiteral("nope"));
        o = withValue(o, {QStringLiteral("platform"), QStringLiteral("accountId")}, QStringLiteral("abc"));
        o = withValue(o, {QStringLiteral("platform"), QStringLiteral("endpoint")}, QStringLiteral("ftp://x"));
        o = withValue(o, {QStringLiteral("name")}, QStringLiteral("-bad"));
        const ProfileParseResult r = parseProfile(bytes(o));
        QCOMPARE(r.problems.size(), 5);
    }

    void germanCloudIsReadButIncomplete()
    {
        QJsonObject o = dataObject(QStringLiteral("spot-azure.json"));
        o = withValue(o, {QStringLiteral("azure"), QStringLiteral("cloud")}, QStringLiteral("AzureGermanCloud"));
        const ProfileParseResult r = parseProfile(bytes(o));
        QVERIFY(r.ok());
        QVERIFY(r.profile->azure.cloud == AzureCloud::Germany);
        QVERIFY2(hasProblemAt(r.incomplete, QStringLiteral("/azure/cloud"), QStringLiteral("2021-10-29")), qPrintable(dump(r.incomplete)));
    }

    void incompleteProfilesAreAcceptedWithWhatIsMissing()
    {
        const QByteArray partial =
            R"({"schemaVersion":1,"name":"half","platform":{"kind":"scalr"},"cloud":"aws","aws":{"partition":"aws"}})";
        const ProfileParseResult r = parseProfile(partial);
        QVERIFY2(r.ok(), qPrintable(dump(r.problems)));
        QVERIFY(hasProblemAt(r.incomplete, QStringLiteral("/aws/vpcId")));
        QVERIFY(hasProblemAt(r.incomplete, QStringLiteral("/platform/endpoint")));
        QVERIFY(hasProblemAt(r.incomplete, QStringLiteral("/aws/accessKeyId")));
    }

    void schemaIsTheEmbeddedDocument()
    {
        const QJsonObject schema = profileSchemaDocument();
        QCOMPARE(schema.value(QStringLiteral("additionalProperties")).toBool(true), false);
        QFile f(QStringLiteral(CC_SOURCE_DIR "/resources/schema/profile.schema.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(schema, QJsonDocument::fromJson(f.readAll()).object());
    }

    void unreadableFile()
    {
        const ProfileParseResult r = readProfileFile(QStringLiteral("/nonexistent/profile.json"));
        QVERIFY(!r.ok());
        QVERIFY(r.problems.first().message.contains(QLatin1String("cannot read")));
    }
};

QTEST_GUILESS_MAIN(TestProfileValidator)
#include "test_profile_validator.moc"
