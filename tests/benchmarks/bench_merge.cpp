// The scalr-server.rb merge (the instance connection policy added to an existing file) for files
// of growing size: bench_merge RUNS SIZE... prints "merge <bytes> <median µs>" per size. The file
// is the shape a real one has — comments, settings of other services, the routing host — grown
// with more settings, and its app[:configuration] block (with the other cloud set) at the end.
#include "BenchTiming.h"
#include "artefacts/ScalrServerConfig.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

QString rubyConfigOf(qsizetype bytes)
{
    // Assignments and comments only: a method call (enable_all true) is refused by the merge.
    QString text = QStringLiteral("# /etc/scalr-server/scalr-server.rb\nrouting[:endpoint_host] = \"scalr.example.com\"\n");
    const QString tail = QStringLiteral("app[:configuration] = {\n"
                                        "  \"scalr\" => {\n"
                                        "    \"azure\" => {\n"
                                        "      \"instances_connection_policy\" => \"public\"\n"
                                        "    }\n"
                                        "  }\n"
                                        "}\n");
    for (int i = 0; text.size() + tail.size() < bytes; ++i) {
        text += i % 4 == 0 ? QStringLiteral("# setting %1 of the services below\n").arg(i)
                           : QStringLiteral("mysql[:option_%1] = 'value-%1'\n").arg(i);
    }
    return text + tail;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_merge RUNS SIZE...\n");
        return 2;
    }
    const int runs = args.at(1).toInt();
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString input = rubyConfigOf(args.at(i).toLongLong());
        cc::ConfigMerge m;
        const double us =
            medianMicros(runs, [&] { m = cc::mergeConnectionPolicy(input, cc::CloudKind::Aws, cc::ConnectionPolicy::Local); });
        if (m.outcome != cc::ConfigMerge::Outcome::Changed) {
            std::fprintf(stderr, "bench_merge: the %lld-byte file was not merged: %s (line %d)\n", static_cast<long long>(input.size()),
                         qPrintable(m.message), m.line);
            return 1;
        }
        std::printf("merge %lld %.1f\n", static_cast<long long>(input.toUtf8().size()), us);
    }
    return 0;
}
