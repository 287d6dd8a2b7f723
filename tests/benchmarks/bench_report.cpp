// The summary report of a full journey (Scalr + AWS: every answer, the checklist, every live check
// passed, the submission, the generated artefacts) written as the wizard and `cloudconnect report`
// write it: bench_report RUNS prints "report-pdf <bytes> <median µs>" and "report-html …".
#include "BenchTiming.h"
#include "ProfileValidator.h"
#include "ReportPdf.h"
#include "ReportRenderers.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 10;
    const cc::ProfileParseResult parsed = cc::readProfileFile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json"));
    if (!parsed.ok()) {
        std::fprintf(stderr, "bench_report: the test profile does not parse\n");
        return 1;
    }
    cc::SecretValues secrets;
    secrets.awsSecretAccessKey = QStringLiteral("benchmark-only-not-a-secret-0123456789");
    secrets.scalrSecretKey = QStringLiteral("benchmark-only-not-a-secret-abcdef");
    QList<cc::CheckResult> checks;
    for (const char *id : {"platform.auth", "aws.identity", "aws.permissions", "aws.network", "aws.billing", "aws.clock"})
        checks << cc::CheckResult{
            QLatin1String(id), cc::CheckStatus::Pass, QStringLiteral("Passed against the benchmark's answers."), {}, {}, false};
    cc::ReportData data = cc::buildReportData(*parsed.profile, secrets, QStringLiteral("bench"), QDateTime::currentDateTimeUtc(), checks);
    data.submission = cc::ReportSubmission{QStringLiteral("created"), QStringLiteral("scalr"), QStringLiteral("cred-100"),
                                           QStringLiteral("Cloud credentials created and linked to environments 5 and 7.")};
    QTemporaryDir dir;
    const struct {
        const char *name;
        cc::ReportFormat format;
        const char *file;
    } kinds[] = {{"report-pdf", cc::ReportFormat::Pdf, "report.pdf"}, {"report-html", cc::ReportFormat::Html, "report.html"}};
    for (const auto &k : kinds) {
        const QString path = dir.filePath(QLatin1String(k.file));
        QString error;
        const double us = medianMicros(runs, [&] { error = cc::writeReport(data, k.format, path, cc::writeReportPdf); });
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_report: %s not written: %s\n", k.name, qPrintable(error));
            return 1;
        }
        std::printf("%s %lld %.1f\n", k.name, static_cast<long long>(QFileInfo(path).size()), us);
    }
    return 0;
}
