#pragma once
// What the AWS and Azure check tests share: loading a test profile, fast network settings that
// trust this run's CA, running a CheckRunner to the end, and asserting one check's status.
#include "AwsTestServer.h"
#include "CheckRunner.h"
#include "ProfileValidator.h"
#include "TestTls.h"

#include <QSignalSpy>
#include <QTest>

namespace cc::test {

inline Profile loadProfile(const char *name)
{
    return readProfileFile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + QLatin1String(name)).profile.value_or(Profile());
}

// Every AWS service of the profile at one test server.
inline void pointAwsAt(Profile &p, const QString &base)
{
    p.endpoints.sts = base;
    p.endpoints.iam = base;
    p.endpoints.ec2 = base;
    p.endpoints.s3 = base;
}

// What every AWS check test starts from: AwsTestServer over TLS with this run's CA, the seed's
// billing bucket, and the Scalr + AWS test profile pointed at it. Each test's init() and cleanup().
struct AwsFixture {
    AwsTestServer *server = nullptr;
    Profile scalr;

    // Empty when something could not be set up.
    QString init(QObject *parent)
    {
        server = new AwsTestServer(TestHttpServer::Tls::Trusted, parent);
        server->buckets.insert("my-billing-reports", AwsTestServer::Bucket{"us-east-1", true});
        if (!server->start())
            return QStringLiteral("the AWS test server did not start");
        scalr = loadProfile("scalr-aws.json");
        if (scalr.name.isEmpty())
            return QStringLiteral("scalr-aws.json did not load");
        scalr.caBundle.clear();
        pointAwsAt(scalr, server->baseUrl());
        return {};
    }
    // The server's own verdict on every signature it saw; the server is deleted.
    QString cleanup()
    {
        const QString failures = server ? server->signatureFailures.join(QStringLiteral("\n---\n")) : QString();
        delete server;
        server = nullptr;
        return failures;
    }
};

inline NetSettings fastSettings()
{
    NetSettings s;
    s.caBundle = TestTls::shared().caPath;
    s.timeoutMs = 5000;
    s.backoffBaseMs = 50;
    s.backoffMaxMs = 200;
    return s;
}

inline CheckOptions fastGrants()
{
    CheckOptions o;
    o.grantRetryBaseMs = 100;
    o.grantRetryMaxMs = 200;
    return o;
}

struct CheckRun {
    QList<CheckResult> results;
    QStringList progress; // "id text"
    CheckResult get(const QString &id) const
    {
        for (const CheckResult &r : results)
            if (r.id == id)
                return r;
        return CheckResult{QStringLiteral("missing:") + id, CheckStatus::Skipped, {}, {}, {}, false};
    }
};

inline CheckRun runChecksWith(const Profile &p, const SecretValues &secrets, const QStringList &only, const NetSettings &s,
                              const CheckOptions &o)
{
    CheckRunner runner;
    CheckRun run;
    QObject::connect(&runner, &CheckRunner::checkProgress,
                     [&](const QString &id, const QString &text) { run.progress << id + QLatin1Char(' ') + text; });
    QSignalSpy done(&runner, &CheckRunner::finished);
    runner.start(p, secrets, s, only, o);
    done.wait(30000);
    run.results = runner.results();
    return run;
}

} // namespace cc::test

// Asserts one check's status, printing its message and fix when it differs.
#define EXPECT(RUN_, ID_, ST_)                                                                                                             \
    do {                                                                                                                                   \
        const cc::CheckResult r_ = (RUN_).get(QStringLiteral(ID_));                                                                        \
        QVERIFY2(r_.status == (ST_),                                                                                                       \
                 qPrintable(QStringLiteral("%1: %2 — %3 / %4").arg(r_.id, cc::checkStatusName(r_.status), r_.message, r_.fix)));           \
    } while (0)
