// AWS's official SigV4 test suite (tests/data/aws-sigv4-testsuite, in the repository): for
// every case the canonical request, the string to sign and the Authorization header must match
// byte for byte. No case is skipped (botocore skips four because of its own request parsing).
#include "Crypto.h"
#include "SigV4.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace cc;

namespace {

QString suiteDir()
{
    return QDir::cleanPath(QStringLiteral(CC_SOURCE_DIR "/tests/data/aws-sigv4-testsuite"));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// A .req file: request line, header lines (indented lines continue the previous value), an empty
// line, the body.
SigV4Request parseReq(const QByteArray &text)
{
    SigV4Request r;
    const QByteArrayList lines = text.split('\n');
    const QByteArray requestLine = lines.value(0);
    const int sp = requestLine.indexOf(' ');
    const int proto = requestLine.lastIndexOf(" HTTP/");
    r.method = requestLine.left(sp);
    const QByteArray target = requestLine.mid(sp + 1, proto - sp - 1);
    const int q = target.indexOf('?');
    r.path = q < 0 ? target : target.left(q);
    if (q >= 0) {
        for (const QByteArray &pair : target.mid(q + 1).split('&')) {
            const int eq = pair.indexOf('=');
            const QByteArray k = eq < 0 ? pair : pair.left(eq);
            const QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            r.query.append({QByteArray::fromPercentEncoding(k), QByteArray::fromPercentEncoding(v)});
        }
    }
    int i = 1;
    for (; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.isEmpty())
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !r.headers.isEmpty()) {
            r.headers.last().second += '\n' + line;
            continue;
        }
        const int colon = line.indexOf(':');
        r.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    if (i + 1 < lines.size())
        r.body = lines.mid(i + 1).join('\n');
    return r;
}

QByteArray headerLine(const QByteArray &text, const QByteArray &lowerName)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.toLower().startsWith(QByteArray(lowerName + ':')))
            return line.mid(lowerName.size() + 1).trimmed();
    }
    return {};
}

} // namespace

class TestSigV4 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The suite is part of the repository: missing is a failure everywhere, never a skip.
        const QString probe = suiteDir() + QStringLiteral("/get-vanilla/get-vanilla.req");
        QVERIFY2(QFileInfo::exists(probe), qPrintable(QStringLiteral("SigV4 test suite missing: %1 does not exist").arg(probe)));
    }

    void knownPrimitives()
    {
        QCOMPARE(sha256Hex(""), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        // RFC 4231 test case 2.
        QCOMPARE(hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void suite_data()
    {
        QTest::addColumn<QString>("dir");
        const QString root = suiteDir();
        QDirIterator it(root, {QStringLiteral("*.req")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList cases;
        while (it.hasNext())
            cases << it.next();
        cases.sort();
        for (const QString &req : cases) {
            const QString dir = QFileInfo(req).absolutePath();
            QTest::newRow(qPrintable(QDir(root).relativeFilePath(dir))) << dir;
        }
        QVERIFY2(cases.size() >= 30, "the suite should have at least 30 cases");
    }

    void suite()
    {
        QFETCH(QString, dir);
        const QString name = QFileInfo(dir).fileName();
        const QString base = dir + QLatin1Char('/') + name;
        SigV4Request req = parseReq(readAll(base + QStringLiteral(".req")));
        const QByteArray creq = readAll(base + QStringLiteral(".creq"));
        const QByteArray sts = readAll(base + QStringLiteral(".sts"));
        const QByteArray authz = readAll(base + QStringLiteral(".authz")).trimmed();
        const QByteArray sreq = readAll(base + QStringLiteral(".sreq"));

        SigV4Credentials creds{"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", {}};
        SigV4Options options;
        // Session-token cases: the token is in the canonical request (signed) or only in the
        // signed request (added after signing).
        creds.sessionToken = headerLine(creq, "x-amz-security-token");
        if (creds.sessionToken.isEmpty()) {
            creds.sessionToken = headerLine(sreq, "x-amz-security-token");
            options.signSessionToken = false;
        }
        const SigV4Scope scope{"us-east-1", "service", QDateTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC)};
        const SigV4Result r = sigv4Sign(req, creds, scope, options);
        QCOMPARE(QString::fromUtf8(r.canonicalRequest), QString::fromUtf8(creq));
        QCOMPARE(QString::fromUtf8(r.stringToSign), QString::fromUtf8(sts));
        QCOMPARE(QString::fromUtf8(r.authorization), QString::fromUtf8(authz));
        // The signed request carries the same Authorization (and the token when there is one).
        // Upstream's get-vanilla-with-session-token.sreq carries get-vanilla's signature, contradicting
        // its own .authz; the .authz (checked above) is the authoritative answer.
        if (name != QLatin1String("get-vanilla-with-session-token"))
            QCOMPARE(headerLine(sreq, "authorization"), authz);
        if (!creds.sessionToken.isEmpty())
            QVERIFY(std::any_of(req.headers.begin(), req.headers.end(), [&](const auto &h) { return h.second == creds.sessionToken; }));
    }

    void s3PathsAreNotNormalised()
    {
        QCOMPARE(sigv4CanonicalUri("/my-object//example//photo.user", true), QByteArray("/my-object//example//photo.user"));
        QCOMPARE(sigv4CanonicalUri("/my-object//example//photo.user", false), QByteArray("/my-object/example/photo.user"));
        QCOMPARE(sigv4CanonicalUri("/a%20b", true), QByteArray("/a%20b"));
        QCOMPARE(sigv4CanonicalUri("/a%20b", false), QByteArray("/a%2520b"));
    }

    void s3SignsThePayloadHashHeader()
    {
        SigV4Request req{"HEAD", "/bucket", {}, {{"Host", "s3.us-east-1.amazonaws.com"}}, {}};
        const SigV4Scope scope{"us-east-1", "s3", QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)};
        SigV4Options o;
        o.s3 = true;
        const SigV4Result r = sigv4Sign(req, {"AKIAIOSFODNN7EXAMPLE", "secret", {}}, scope, o);
        QVERIFY(r.authorization.contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date,"));
        QVERIFY(r.canonicalRequest.contains("x-amz-content-sha256:e3b0c442"));
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "test_sigv4.moc"
