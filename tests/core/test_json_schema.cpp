// JsonSchema (wizard/core/JsonSchema.h) over schemas of the test's own: what valijson cannot read
// or fails on is a refusal with a reason, never the end of the process.
#include "JsonSchema.h"
#include "ProfileValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TestJsonSchema : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString schemaFile(const QByteArray &json)
    {
        static int n = 0;
        if (!m_dir.isValid())
            qFatal("no temporary folder");
        const QString path = m_dir.filePath(QStringLiteral("schema%1.json").arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QJsonObject object(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

private Q_SLOTS:
    void aReadableSchemaChecksDocuments()
    {
        const JsonSchema schema(schemaFile(R"({"type": "object", "additionalProperties": false,
                                               "properties": {"name": {"type": "string", "maxLength": 4}}})"));
        QVERIFY(schema.validate(object(R"({"name": "abcd"})")).isEmpty());
        const ProfileProblems tooLong = schema.validate(object(R"({"name": "abcde"})"));
        QCOMPARE(tooLong.size(), 1);
        QCOMPARE(tooLong.first().pointer, QStringLiteral("/name"));
        QVERIFY(!schema.validate(object(R"({"other": 1})")).isEmpty());
    }

    void aSchemaValijsonCannotReadRefusesEveryDocumentWithItsReason()
    {
        // valijson used to print its error on stderr and abort() the process here.
        for (const QByteArray &unreadable : {QByteArray(R"({"type": 5})"), QByteArray("[]"), QByteArray("not JSON")}) {
            const JsonSchema schema(schemaFile(unreadable));
            for (const QByteArray &doc : {QByteArray("{}"), QByteArray(R"({"name": "x"})")}) {
                const ProfileProblems problems = schema.validate(object(doc));
                QCOMPARE(problems.size(), 1);
                QCOMPARE(problems.first().pointer, QString());
                QVERIFY2(problems.first().message.startsWith(QLatin1String("cannot be checked against the schema: ")),
                         qPrintable(problems.first().message));
            }
        }
    }

    void anErrorInsideTheValidatorRefusesTheDocument()
    {
        // valijson compiles a pattern when a value first meets it: std::regex throws on this one.
        const JsonSchema schema(schemaFile("{\"properties\": {\"a\": {\"type\": \"string\", \"maxLength\": 10, \"pattern\": \"(\"}}}"));
        QVERIFY(schema.validate(object("{}")).isEmpty());
        const ProfileProblems problems = schema.validate(object(R"({"a": "x"})"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().pointer, QString());
        QVERIFY2(problems.first().message.startsWith(QLatin1String("cannot be checked against the schema: ")),
                 qPrintable(problems.first().message));
    }

    // std::regex (valijson's "pattern") recurses once per character: a long enough string would
    // end the process on a stack overflow. Strings longer than the schema accepts anywhere are
    // refused before valijson sees them, with their field's own limit.
    void stringsLongerThanTheSchemaAcceptsAreRefusedBeforeAnyPattern()
    {
        const JsonSchema schema(schemaFile(R"({"type": "object", "additionalProperties": false, "properties": {
                                                 "a": {"type": "string", "maxLength": 5, "pattern": "^a*$"},
                                                 "b": {"type": "string", "maxLength": 100},
                                                 "c": {"type": "object", "additionalProperties": {"type": "integer"},
                                                       "propertyNames": {"type": "string", "maxLength": 8, "pattern": "^[a-z]*$"}},
                                                 "d": {"type": "array", "items": {"type": "string", "maxLength": 3}}}})"));
        const QString huge(200000, u'a');
        ProfileProblems p = schema.validate(QJsonObject{{QStringLiteral("a"), huge}, {QStringLiteral("b"), QStringLiteral("ok")}});
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().pointer, QStringLiteral("/a"));
        QCOMPARE(p.first().message, QStringLiteral("too long: at most 5 characters"));
        p = schema.validate(QJsonObject{{QStringLiteral("c"), QJsonObject{{huge, 1}}}});
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().pointer, QStringLiteral("/c/") + huge);
        QCOMPARE(p.first().message, QStringLiteral("name too long: at most 8 characters"));
        p = schema.validate(QJsonObject{{QStringLiteral("d"), QJsonArray{QStringLiteral("abc"), huge}}});
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().pointer, QStringLiteral("/d/1"));
        QCOMPARE(p.first().message, QStringLiteral("too long: at most 3 characters"));
        // Within the longest the schema accepts (100), valijson itself judges, pattern included.
        p = schema.validate(QJsonObject{{QStringLiteral("a"), QString(50, u'b')}});
        QVERIFY(!p.isEmpty());
        QVERIFY(schema.validate(QJsonObject{{QStringLiteral("a"), QStringLiteral("aaa")}, {QStringLiteral("b"), QString(100, u'x')}})
                    .isEmpty());
    }

    void aSchemaWithUnboundedStringsRefusesNoStringForItsLength()
    {
        const JsonSchema schema(schemaFile(R"({"type": "object", "properties": {"text": {"type": "string"}}})"));
        QVERIFY(schema.validate(QJsonObject{{QStringLiteral("text"), QString(200000, u'x')}}).isEmpty());
    }

    void longNamesAreShortenedForPeopleOnly()
    {
        const QString name64(64, u'n'), name65(65, u'n');
        QCOMPARE(displayPointer(QStringLiteral("/checklist/") + name64), QStringLiteral("/checklist/") + name64);
        QCOMPARE(displayPointer(QStringLiteral("/checklist/") + name65 + QStringLiteral("/at")),
                 QStringLiteral("/checklist/") + QString(24, u'n') + QChar(0x2026) + QStringLiteral("/at"));
        const ProfileProblem p{QStringLiteral("/checklist/") + name65, QStringLiteral("why")};
        QCOMPARE(p.toString(), QStringLiteral("/checklist/") + QString(24, u'n') + QChar(0x2026) + QStringLiteral(": why"));
        QCOMPARE(p.pointer.size(), 11 + 65); // the problem itself keeps the whole pointer
    }

    void aProfileWithAHugeAppNameIsRefusedNotACrash()
    {
        QFile f(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-azure.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject azure = profile.value(QLatin1String("azure")).toObject();
        QVERIFY(azure.contains(QLatin1String("appName")));
        azure.insert(QStringLiteral("appName"), QString(60000, u'a')); // under the 64 KiB string limit of JsonLimits
        profile.insert(QStringLiteral("azure"), azure);
        const ProfileParseResult r = parseProfile(QJsonDocument(profile).toJson(QJsonDocument::Compact));
        QVERIFY(!r.ok());
        QVERIFY2(r.problems.contains(ProfileProblem{QStringLiteral("/azure/appName"), QStringLiteral("too long: at most 120 characters")}),
                 qPrintable(r.problems.isEmpty() ? QString() : r.problems.first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "test_json_schema.moc"
