// JsonSchema (wizard/core/JsonSchema.h) over schemas of the test's own: what valijson cannot read
// or fails on is a refusal with a reason, never the end of the process.
#include "JsonSchema.h"

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
        const JsonSchema schema(schemaFile(R"({"type": 5})"));
        for (const QByteArray &doc : {QByteArray("{}"), QByteArray(R"({"name": "x"})")}) {
            const ProfileProblems problems = schema.validate(object(doc));
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().pointer, QString());
            QVERIFY2(problems.first().message.contains(QLatin1String("could not be checked against the profile schema")),
                     qPrintable(problems.first().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "test_json_schema.moc"
