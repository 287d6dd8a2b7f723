// The test servers of the suite (tests/support: STS/IAM/EC2/S3, Entra ID + ARM, Spot, Scalr, all
// over TLS with this run's CA) as one process for tests/benchmarks/run.sh:
//   bench_servers DIR [--delay-ms N] [--copies N]
// writes DIR/<journey>.json for the four test profiles pointing at these servers, N copies of
// each under DIR/many/ (for the many-accounts run), and DIR/servers.env (mode 0600: the servers'
// addresses, the CA file and the test secrets, to be sourced; never printed). Prints "ready" on
// stdout, then serves until SIGTERM or SIGINT. --delay-ms makes every answer that late.
#include "JourneyServers.h"
#include "TestTls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

void delayEveryAnswer(TestHttpServer &server, int delayMs)
{
    auto inner = server.handler;
    server.handler = [inner, delayMs](const TestRequest &r) {
        TestResponse resp = inner(r);
        resp.delayMs += delayMs;
        return resp;
    };
}

// scalr-azure.json is an AzureUSGovernment profile: Entra ID checks the national cloud's scope, so
// it gets an Azure server of its own that expects that scope.
bool pointAzureAt(const QString &path, const QString &baseUrl)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject endpoints = o.value(QStringLiteral("endpoints")).toObject();
    endpoints[QStringLiteral("azureAuthority")] = baseUrl;
    endpoints[QStringLiteral("azureResourceManager")] = baseUrl;
    o[QStringLiteral("endpoints")] = endpoints;
    f.resize(0);
    return f.write(QJsonDocument(o).toJson()) > 0;
}

bool writeEnv(const QString &path, const JourneyServers &s)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QTextStream out(&f);
    out << "BENCH_AWS_URL=" << s.aws.baseUrl() << "\n"
        << "BENCH_CA_BUNDLE=" << TestTls::shared().caPath << "\n"
        << "BENCH_AWS_ACCESS_KEY_ID=" << AwsTestServer::kAccessKey << "\n"
        << "CLOUDCONNECT_AWS_SECRET_ACCESS_KEY='" << AwsTestServer::kSecret << "'\n"
        << "CLOUDCONNECT_AZURE_CLIENT_SECRET='" << AzureTestServer::kSecret << "'\n"
        << "CLOUDCONNECT_SCALR_SECRET_KEY='" << ScalrTestServer::kSecretKey << "'\n"
        << "CLOUDCONNECT_SPOT_TOKEN='" << SpotTestServer::kToken << "'\n";
    return out.status() == QTextStream::Ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int delayMs = 0, copies = 0;
    QString dir;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--delay-ms") && i + 1 < args.size())
            delayMs = args[++i].toInt();
        else if (args[i] == QLatin1String("--copies") && i + 1 < args.size())
            copies = args[++i].toInt();
        else
            dir = args[i];
    }
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        std::fprintf(stderr, "usage: bench_servers DIR [--delay-ms N] [--copies N]\n");
        return 2;
    }
    if (!TestTls::shared().ok()) {
        std::fprintf(stderr, "bench_servers: %s\n", qPrintable(TestTls::shared().error));
        return 1;
    }
    JourneyServers servers;
    AzureTestServer usGov(TestHttpServer::Tls::Trusted);
    usGov.expectedScope = QStringLiteral("https://management.usgovcloudapi.net/.default");
    delayEveryAnswer(usGov, delayMs);
    for (TestHttpServer *s : {static_cast<TestHttpServer *>(&servers.aws), static_cast<TestHttpServer *>(&servers.azure),
                              static_cast<TestHttpServer *>(&servers.spot), static_cast<TestHttpServer *>(&servers.scalr)})
        delayEveryAnswer(*s, delayMs);
    if (!servers.start() || !usGov.start()) {
        std::fprintf(stderr, "bench_servers: cannot listen on loopback\n");
        return 1;
    }
    const QStringList journeys{QStringLiteral("scalr-aws"), QStringLiteral("scalr-azure"), QStringLiteral("spot-aws"),
                               QStringLiteral("spot-azure")};
    const auto write = [&](const QString &journey, const QString &into, const QJsonObject &extra) {
        const QString path = servers.writeProfile(journey + QStringLiteral(".json"), into, extra);
        if (!path.isEmpty() && journey == QLatin1String("scalr-azure") && !pointAzureAt(path, usGov.baseUrl()))
            return QString();
        return path;
    };
    for (const QString &j : journeys)
        if (write(j, dir, {}).isEmpty())
            return 1;
    // Copies differ by name only; each is written in a folder of its own, then moved beside the others.
    const QDir many(QDir(dir).filePath(QStringLiteral("many")));
    for (int k = 0; k < copies; ++k) {
        for (const QString &j : journeys) {
            const QString name = QStringLiteral("%1-%2").arg(j).arg(k, 3, 10, QLatin1Char('0'));
            const QString sub = many.filePath(name);
            QDir().mkpath(sub);
            const QString written = write(j, sub, {{QStringLiteral("name"), name}});
            if (written.isEmpty() || !QFile::rename(written, many.filePath(name + QStringLiteral(".json"))) || !QDir().rmdir(sub))
                return 1;
        }
    }
    if (!writeEnv(QDir(dir).filePath(QStringLiteral("servers.env")), servers))
        return 1;

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return 1;
    QSocketNotifier stop(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
