// Summary reports in all four formats for each journey: JSON against its schema, HTML parsed,
// PDF read back with pdftotext (real text, tables not cut across pages), and no secret anywhere.
#include "JsonSchema.h"
#include "ProfileValidator.h"
#include "ReportPdf.h"
#include "ReportRenderers.h"
#include "ReportSections.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace cc;

namespace {

const SecretValues kSecrets{QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), QStringLiteral("Azure~Client.Secret_Value42"),
                            QStringLiteral("ScalrSecretKeyValue0123456789abcdef"), QStringLiteral("SpotTokenValue0123456789abcdefXYZ")};

ReportData reportFor(const QString &profile, bool withResults)
{
    const ProfileParseResult parsed =
        readProfileFile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + profile + QStringLiteral(".json"));
    ReportData d =
        buildReportData(*parsed.profile, kSecrets, QStringLiteral("9.9.9"), QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC));
    d.artefacts.append(
        {QStringLiteral("example"), QStringLiteral("Example policy"), QStringLiteral("{\n  \"Version\": \"2012-10-17\"\n}")});
    if (withResults) {
        const ProfileProblems problems = readResultsInto(
            "{\"profile\":\"" + d.profile.name.toUtf8()
                + "\",\"checks\":[{\"id\":\"platform.auth\",\"status\":\"pass\",\"message\":\"accepted\"},"
                  "{\"id\":\"aws.clock\",\"status\":\"warn\",\"message\":\"clock is 6 minutes fast\"},"
                  "{\"id\":\"azure.role\",\"status\":\"fail\",\"message\":\"only Reader is assigned\"}],"
                  "\"submission\":{\"status\":\"created\",\"platform\":\"scalr\",\"id\":\"cc-4711\",\"message\":\"created\"}}",
            d);
        if (!problems.isEmpty())
            qFatal("results rejected");
    }
    return d;
}

QString pdfText(const QString &path, int page = 0)
{
    QProcess p;
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << path << QStringLiteral("-");
    p.start(QStringLiteral("pdftotext"), args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void assertNoSecret(const QByteArray &bytes, const char *what)
{
    for (const QString &s : {kSecrets.awsSecretAccessKey.toString(), kSecrets.azureClientSecret.toString(),
                             kSecrets.scalrSecretKey.toString(), kSecrets.spotToken.toString()})
        QVERIFY2(!bytes.contains(s.toUtf8()) && !bytes.contains(s.left(12).toUtf8()), what);
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void journeys_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("journey");
        QTest::newRow("scalr-aws") << "scalr-aws"
                                   << "Scalr + AWS";
        QTest::newRow("scalr-azure") << "scalr-azure"
                                     << "Scalr + Azure";
        QTest::newRow("spot-azure") << "spot-azure"
                                    << "Spot + Azure";
        QTest::newRow("spot-aws") << "spot-aws"
                                  << "Spot + AWS";
    }

    void jsonFollowsItsSchema_data() { journeys_data(); }
    void jsonFollowsItsSchema()
    {
        QFETCH(QString, profile);
        QFETCH(QString, journey);
        const QByteArray json = renderReportJson(reportFor(profile, true));
        assertNoSecret(json, "json");
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        const JsonSchema schema(QStringLiteral(":/cloudconnect/schema/report.schema.json"));
        const ProfileProblems problems = schema.validate(o);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(o.value(QStringLiteral("journey")).toString(), journey);
        QCOMPARE(o.value(QStringLiteral("submission")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("cc-4711"));
        // The fingerprint of the platform secret is there, so two reports can be compared.
        const QString fp = secretFingerprint(profile.startsWith(QLatin1String("scalr")) ? kSecrets.scalrSecretKey : kSecrets.spotToken);
        QCOMPARE(fp.size(), 4);
        QVERIFY(json.contains(fp.toUtf8()));
        // A JSON report that breaks the schema is caught (the check can fail).
        QJsonObject broken = o;
        broken.insert(QStringLiteral("reportVersion"), 2);
        QVERIFY(!schema.validate(broken).isEmpty());
    }

    void htmlIsOneWellFormedSelfContainedFile_data() { journeys_data(); }
    void htmlIsOneWellFormedSelfContainedFile()
    {
        QFETCH(QString, profile);
        const ReportData d = reportFor(profile, true);
        const QByteArray html = renderReportHtml(d);
        assertNoSecret(html, "html");
        QXmlStreamReader xml(html);
        int tables = 0;
        QStringList headings;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("table"))
                ++tables;
            if (xml.isStartElement() && xml.name() == QLatin1String("h2"))
                headings << xml.readElementText();
            // Self-contained: no external script, stylesheet or image.
            if (xml.isStartElement()
                && (xml.name() == QLatin1String("script") || xml.name() == QLatin1String("link") || xml.name() == QLatin1String("img")))
                QFAIL("external resource in the HTML report");
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(tables >= 5);
        for (const char *h : {"Platform", "Secrets", "Checklist", "Live checks", "Submission", "Generated: Example policy"})
            QVERIFY2(headings.contains(QLatin1String(h)), h);
        QVERIFY(html.contains("only Reader is assigned"));
        QVERIFY(html.contains("page-break-inside:avoid"));
    }

    void markdownHasEverySection_data() { journeys_data(); }
    void markdownHasEverySection()
    {
        QFETCH(QString, profile);
        ReportData d = reportFor(profile, true);
        d.profile.description = QStringLiteral("a | pipe");
        const QString md = QString::fromUtf8(renderReportMarkdown(d));
        assertNoSecret(md.toUtf8(), "markdown");
        for (const char *h :
             {"## Secrets", "## Checklist", "## Live checks", "## Submission", "| platform.auth | pass | accepted |", "```"})
            QVERIFY2(md.contains(QLatin1String(h)), h);
    }

    void everyOverrideIsInTheChangeRecord()
    {
        ReportData d = reportFor(QStringLiteral("spot-azure"), false);
        QVERIFY(QString::fromUtf8(renderReportMarkdown(d)).contains(QLatin1String("the standard endpoints")));
        d.profile.endpoints.azureAuthority = QStringLiteral("https://login.proxy.example");
        d.profile.caBundle = QStringLiteral("/etc/ssl/corp-proxy.pem");
        for (const QByteArray &out : {renderReportMarkdown(d), renderReportHtml(d), renderReportJson(d)}) {
            QVERIFY2(out.contains("https://login.proxy.example") && out.contains("/etc/ssl/corp-proxy.pem"), out.constData());
            QVERIFY(!out.contains("the standard endpoints"));
        }
    }

    void markdownShowsOutsideTextAsText()
    {
        // A platform's message and an artefact are data: a Markdown viewer must not run HTML,
        // fetch an image, offer a link or end a code block early because of them.
        ReportData d = reportFor(QStringLiteral("scalr-aws"), true);
        d.submission->message = QStringLiteral("<img src=x onerror=alert(1)> ![t](https://tracker.example/p.png) "
                                               "[fix here](javascript:alert(1)) \x1b[31mred");
        d.artefacts.append(
            {QStringLiteral("fenced"), QStringLiteral("Fenced"), QStringLiteral("before\n```\n<script>x</script>\n```\nafter")});
        const QString md = QString::fromUtf8(renderReportMarkdown(d));
        QVERIFY(!md.contains(QLatin1String("<img")));
        QVERIFY(md.contains(QLatin1String("&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(!md.contains(QLatin1String("![t](")) && md.contains(QLatin1String("\\!\\[t\\](https://tracker.example/p.png)")));
        QVERIFY(!md.contains(QLatin1String("[fix here](")));
        QVERIFY(!md.contains(QChar(0x1b)) && md.contains(QLatin1String("[31mred")));
        // The artefact's own ``` lines sit inside a longer fence.
        QVERIFY2(md.contains(QLatin1String("````\nbefore\n```\n<script>x</script>\n```\nafter\n````\n")), qPrintable(md));
    }

    void pdfHasRealTextAndKeepsTablesWhole_data() { journeys_data(); }
    void pdfHasRealTextAndKeepsTablesWhole()
    {
        QFETCH(QString, profile);
        QFETCH(QString, journey);
        ReportData d = reportFor(profile, true);
        // Long enough to need several pages.
        for (int i = 0; i < 3; ++i)
            d.artefacts.append({QStringLiteral("long%1").arg(i), QStringLiteral("Long artefact %1").arg(i),
                                QString(QStringLiteral("line of text\n")).repeated(40)});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(writeReport(d, ReportFormat::Pdf, path, writeReportPdf), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        const QString text = pdfText(path);
        assertNoSecret(text.toUtf8(), "pdf text");
        QVERIFY2(text.contains(journey), qPrintable(text.left(400)));
        QVERIFY(text.contains(QLatin1String("only Reader is assigned")));
        QVERIFY(text.contains(QLatin1String("cc-4711")));
        const int pages = pdfPages(path);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        // Each table sits on the page of its heading: the heading and the table's last row are
        // on the same page.
        for (const ReportTable &t : reportTables(d)) {
            if (t.rows.isEmpty() || t.monospace)
                continue;
            const QString last = t.rows.last().value(0).simplified();
            bool together = false;
            for (int p = 1; p <= pages && !together; ++p) {
                const QString pageText = pdfText(path, p).simplified();
                together = pageText.contains(t.title) && pageText.contains(last.left(30));
            }
            QVERIFY2(together, qPrintable(t.title));
        }
    }

    // The engine links no Qt Gui: without the window module's writer a PDF is refused, with the
    // reason, and a report already at that path stays as it was.
    void pdfWithoutAWriterIsRefusedAndTheOldFileKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous report");
        }
        const QString error = writeReport(reportFor(QStringLiteral("scalr-aws"), false), ReportFormat::Pdf, path, nullptr);
        QVERIFY2(error.contains(QLatin1String("window module")), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("previous report"));
        // The other formats need no writer.
        QCOMPARE(
            writeReport(reportFor(QStringLiteral("scalr-aws"), false), ReportFormat::Html, dir.filePath(QStringLiteral("r.html")), nullptr),
            QString());
    }

    void formatFromExtensionOrOption()
    {
        QVERIFY(reportFormatFor(QString(), QStringLiteral("a.PDF")) == ReportFormat::Pdf);
        QVERIFY(reportFormatFor(QString(), QStringLiteral("a.md")) == ReportFormat::Markdown);
        QVERIFY(reportFormatFor(QStringLiteral("json"), QStringLiteral("a.txt")) == ReportFormat::Json);
        QVERIFY(!reportFormatFor(QString(), QStringLiteral("a.txt")).has_value());
    }

    void hostileResultsAreRefusedWithoutCrashing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("deep") << (QByteArray(5000, '[') + QByteArray(5000, ']'));
        const QByteArray mine = "\"profile\":\"" + reportFor(QStringLiteral("spot-aws"), false).profile.name.toUtf8() + "\",";
        QTest::newRow("bad status") << QByteArray("{" + mine + "\"checks\":[{\"id\":\"x\",\"status\":\"great\"}]}");
        QTest::newRow("missing id") << QByteArray("{" + mine + "\"checks\":[{\"status\":\"pass\"}]}");
        // Another profile's results must not land in this profile's change record.
        QTest::newRow("another profile") << QByteArray(
            "{\"profile\":\"someone-else\",\"checks\":[{\"id\":\"aws.identity\",\"status\":\"pass\"}]}");
        QTest::newRow("no profile") << QByteArray("{\"checks\":[{\"id\":\"aws.identity\",\"status\":\"pass\"}]}");
    }
    void hostileResultsAreRefusedWithoutCrashing()
    {
        QFETCH(QByteArray, json);
        ReportData d = reportFor(QStringLiteral("spot-aws"), false);
        QVERIFY(!readResultsInto(json, d).isEmpty());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // fonts for the PDF
    TestReport t;
    return QTest::qExec(&t, argc, argv);
}
#include "test_report.moc"
