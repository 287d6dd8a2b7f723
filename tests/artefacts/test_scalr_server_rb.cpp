// Merging the instance connection policy into existing scalr-server.rb files: realistic and
// hostile inputs, the exact result (so every unrelated byte is proven unchanged), refusals with
// line and column, the diff, and the backup + atomic write.
#include "artefacts/ConfigFileWriter.h"
#include "artefacts/ScalrServerConfig.h"
#include "artefacts/TextDiff.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

Q_DECLARE_METATYPE(cc::ConfigMerge::Outcome)

namespace {

const QString kAwsLocalBlock = QStringLiteral("app[:configuration] = {\n"
                                              "  \"scalr\" => {\n"
                                              "    \"aws\" => {\n"
                                              "      \"instances_connection_policy\" => \"local\"\n"
                                              "    }\n"
                                              "  }\n"
                                              "}\n");
const QString kHeader = QStringLiteral("# Instance connection policy (added by Cloud Connect)\n");

} // namespace

class TestScalrServerRb : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void merge_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("cloud");
        QTest::addColumn<int>("policy");
        QTest::addColumn<ConfigMerge::Outcome>("outcome");
        QTest::addColumn<QString>("expected"); // the merged text, or a part of the refusal reason
        QTest::addColumn<int>("line");         // refusals: where
        const int aws = int(CloudKind::Aws), azure = int(CloudKind::Azure);
        const int local = int(ConnectionPolicy::Local), pub = int(ConnectionPolicy::Public), autoP = int(ConnectionPolicy::Auto);
        const auto changed = ConfigMerge::Outcome::Changed, unchanged = ConfigMerge::Outcome::Unchanged,
                   failed = ConfigMerge::Outcome::Failed;

        QTest::newRow("empty file") << QString() << aws << local << changed << kHeader + kAwsLocalBlock << 0;

        QTest::newRow("no app[:configuration], other settings")
            << QStringLiteral("routing[:endpoint_host] = \"scalr.example.com\"\nmysql[:root_password] = \"x\"\n") << aws << local << changed
            << QStringLiteral("routing[:endpoint_host] = \"scalr.example.com\"\nmysql[:root_password] = \"x\"\n\n") + kHeader
                   + kAwsLocalBlock
            << 0;

        QTest::newRow("no trailing newline") << QStringLiteral("routing[:endpoint_host] = 'scalr.example.com'") << aws << local << changed
                                             << QStringLiteral("routing[:endpoint_host] = 'scalr.example.com'\n\n") + kHeader
                                                    + kAwsLocalBlock
                                             << 0;

        const QString azureOnly = QStringLiteral("app[:configuration] = {\n"
                                                 "  \"scalr\" => {\n"
                                                 "    \"azure\" => {\n"
                                                 "      \"instances_connection_policy\" => \"public\"\n"
                                                 "    }\n"
                                                 "  }\n"
                                                 "}\n");
        const QString azureThenAws = QStringLiteral("app[:configuration] = {\n"
                                                    "  \"scalr\" => {\n"
                                                    "    \"azure\" => {\n"
                                                    "      \"instances_connection_policy\" => \"public\"\n"
                                                    "    },\n"
                                                    "    \"aws\" => {\n"
                                                    "      \"instances_connection_policy\" => \"local\"\n"
                                                    "    }\n"
                                                    "  }\n"
                                                    "}\n");
        QTest::newRow("scalr key with another cloud") << azureOnly << aws << local << changed << azureThenAws << 0;

        QTest::newRow("windows line endings") << QString(azureOnly).replace(u'\n', QStringLiteral("\r\n")) << aws << local << changed
                                              << QString(azureThenAws).replace(u'\n', QStringLiteral("\r\n")) << 0;

        QTest::newRow("replace the existing policy")
            << azureOnly << azure << local << changed
            << QString(azureOnly).replace(QStringLiteral("\"public\""), QStringLiteral("\"local\"")) << 0;

        QTest::newRow("already set") << azureOnly << azure << pub << unchanged << azureOnly << 0;
        QTest::newRow("auto leaves the file alone") << azureOnly << azure << autoP << unchanged << azureOnly << 0;

        QTest::newRow("comments inside the hash") << QStringLiteral("# Scalr server configuration\n"
                                                                    "app[:configuration] = {\n"
                                                                    "  # email settings\n"
                                                                    "  \"scalr\" => {\n"
                                                                    "    \"email\" => { \"from\" => \"scalr@example.com\" }, # sender\n"
                                                                    "    # \"aws\" => { \"instances_connection_policy\" => \"public\" },\n"
                                                                    "  },\n"
                                                                    "}\n")
                                                  << aws << local << changed
                                                  << QStringLiteral("# Scalr server configuration\n"
                                                                    "app[:configuration] = {\n"
                                                                    "  # email settings\n"
                                                                    "  \"scalr\" => {\n"
                                                                    "    \"email\" => { \"from\" => \"scalr@example.com\" }, # sender\n"
                                                                    "    \"aws\" => {\n"
                                                                    "      \"instances_connection_policy\" => \"local\"\n"
                                                                    "    },\n"
                                                                    "    # \"aws\" => { \"instances_connection_policy\" => \"public\" },\n"
                                                                    "  },\n"
                                                                    "}\n")
                                                  << 0;

        QTest::newRow("single quotes and symbols keep their style") << QStringLiteral(
            "app[:configuration] = {\n  :scalr => {\n    'aws' => {\n      'instances_connection_policy' => 'public'\n    }\n  }\n}\n")
                                                                    << aws << local << changed
                                                                    << QStringLiteral(
                                                                           "app[:configuration] = {\n  :scalr => {\n    'aws' => {\n      "
                                                                           "'instances_connection_policy' => 'local'\n    }\n  }\n}\n")
                                                                    << 0;

        QTest::newRow("label syntax")
            << QStringLiteral(
                   "app[:configuration] = {\n  scalr: {\n    aws: {\n      instances_connection_policy: \"public\"\n    }\n  }\n}\n")
            << aws << local << changed
            << QStringLiteral(
                   "app[:configuration] = {\n  scalr: {\n    aws: {\n      instances_connection_policy: \"local\"\n    }\n  }\n}\n")
            << 0;

        QTest::newRow("trailing commas") << QStringLiteral("app[:configuration] = {\n  \"scalr\" => {\n    \"aws\" => {\n      "
                                                           "\"instances_connection_policy\" => \"public\",\n    },\n  },\n}\n")
                                         << azure << local << changed
                                         << QStringLiteral(
                                                "app[:configuration] = {\n  \"scalr\" => {\n    \"aws\" => {\n      "
                                                "\"instances_connection_policy\" => \"public\",\n    },\n"
                                                "    \"azure\" => {\n      \"instances_connection_policy\" => \"local\"\n    },\n  },\n}\n")
                                         << 0;

        QTest::newRow("arrays, numbers, booleans, nil, tabs")
            << QStringLiteral("app[:configuration] = {\n\t\"scalr\" => {\n\t\t\"allowed_clouds\" => [\"ec2\", [\"azure\", 1]],\n"
                              "\t\t\"ui\" => { \"mindterm_enabled\" => true, \"limit\" => 10, \"ratio\" => -1.5, \"x\" => nil },\n\t}\n}\n")
            << aws << pub << changed
            << QStringLiteral("app[:configuration] = {\n\t\"scalr\" => {\n\t\t\"allowed_clouds\" => [\"ec2\", [\"azure\", 1]],\n"
                              "\t\t\"ui\" => { \"mindterm_enabled\" => true, \"limit\" => 10, \"ratio\" => -1.5, \"x\" => nil },\n"
                              "\t\t\"aws\" => {\n\t\t\t\"instances_connection_policy\" => \"public\"\n\t\t},\n\t}\n}\n")
            << 0;

        QTest::newRow("one-line hash stays one line")
            << QStringLiteral("app[:configuration] = { \"other\" => 1 }\n") << aws << pub << changed
            << QStringLiteral("app[:configuration] = { \"other\" => 1, \"scalr\" => { \"aws\" => { \"instances_connection_policy\" => "
                              "\"public\" } } }\n")
            << 0;

        QTest::newRow("empty hash") << QStringLiteral("app[:configuration] = {}\n") << aws << local << changed << kAwsLocalBlock << 0;

        QTest::newRow("other keys at the top level")
            << QStringLiteral(
                   "routing[:endpoint_host] = \"scalr.example.com\"\n\napp[:configuration] = {\n  \"mysql\" => { \"pool\" => 5 }\n}\n")
            << aws << local << changed
            << QStringLiteral(
                   "routing[:endpoint_host] = \"scalr.example.com\"\n\napp[:configuration] = {\n  \"mysql\" => { \"pool\" => 5 },\n"
                   "  \"scalr\" => {\n    \"aws\" => {\n      \"instances_connection_policy\" => \"local\"\n    }\n  }\n}\n")
            << 0;

        // Refused: the file is never rewritten, and the reason says where.
        QTest::newRow("unclosed brace") << QStringLiteral("app[:configuration] = {\n  \"scalr\" => {\n") << aws << local << failed
                                        << "never closed" << 3;
        QTest::newRow("unterminated string") << QStringLiteral("routing[:endpoint_host] = \"scalr.example.com\n") << aws << local << failed
                                             << "never closed" << 2;
        QTest::newRow("string interpolation") << QStringLiteral(
            "app[:configuration] = {\n  \"scalr\" => { \"host\" => \"#{node['fqdn']}\" }\n}\n")
                                              << aws << local << failed << "interpolation" << 2;
        QTest::newRow("method call") << QStringLiteral("enable_all true\n") << aws << local << failed << "assignments" << 1;
        QTest::newRow("code as a value") << QStringLiteral("app[:configuration] = ENV.fetch('X')\n") << aws << local << failed << "code"
                                         << 1;
        QTest::newRow("assigned twice") << QStringLiteral("app[:configuration] = {}\napp[:configuration] = {}\n") << aws << local << failed
                                        << "twice" << 2;
        QTest::newRow("scalr is not a hash") << QStringLiteral("app[:configuration] = { \"scalr\" => \"x\" }\n") << aws << local << failed
                                             << "hash" << 1;
        QTest::newRow("duplicate key") << QStringLiteral("app[:configuration] = {\n  \"scalr\" => {},\n  \"scalr\" => {}\n}\n") << aws
                                       << local << failed << "twice" << 3;
        // Issue #13: every spelling of the keys is the same key, merged in place and never appended to.
        const QString awsPublic = QStringLiteral("app[:configuration] = {\n"
                                                 "  \"scalr\" => {\n"
                                                 "    \"aws\" => {\n"
                                                 "      \"instances_connection_policy\" => \"public\"\n"
                                                 "    }\n"
                                                 "  }\n"
                                                 "}\n");
        const auto spelled = [](QString text, const char *target) {
            return text.replace(QStringLiteral("app[:configuration]"), QLatin1String(target));
        };
        QTest::newRow("#13 app['configuration']")
            << spelled(awsPublic, "app['configuration']") << aws << local << changed
            << spelled(QString(awsPublic).replace(QStringLiteral("\"public\""), QStringLiteral("\"local\"")), "app['configuration']") << 0;
        QTest::newRow("#13 app[:'configuration'] gets the other cloud") << spelled(azureOnly, "app[:'configuration']") << aws << local
                                                                        << changed << spelled(azureThenAws, "app[:'configuration']") << 0;
        QTest::newRow("#13 app[:\"configuration\"] = {}") << QStringLiteral("app[:\"configuration\"] = {}\n") << aws << local << changed
                                                          << spelled(kAwsLocalBlock, "app[:\"configuration\"]") << 0;
        QTest::newRow("#13 app[ 'configuration' ], already set") << spelled(azureOnly, "app[ 'configuration' ]") << azure << pub
                                                                 << unchanged << spelled(azureOnly, "app[ 'configuration' ]") << 0;
        QTest::newRow("#13 string target, symbol keys inside")
            << QStringLiteral("app['configuration'] = {\n  :scalr => {\n    :aws => {\n      :instances_connection_policy => 'public'\n    "
                              "}\n  }\n}\n")
            << aws << local << changed
            << QStringLiteral(
                   "app['configuration'] = {\n  :scalr => {\n    :aws => {\n      :instances_connection_policy => 'local'\n    }\n  }\n}\n")
            << 0;
        QTest::newRow("#13 labels under a quoted symbol target, the other cloud added")
            << QStringLiteral("app[:\"configuration\"] = {\n  scalr: {\n    azure: { instances_connection_policy: \"public\" },\n  },\n}\n")
            << aws << local << changed
            << QStringLiteral("app[:\"configuration\"] = {\n  scalr: {\n    azure: { instances_connection_policy: \"public\" },\n"
                              "    \"aws\" => {\n      \"instances_connection_policy\" => \"local\"\n    },\n  },\n}\n")
            << 0;
        QTest::newRow("#13 mixed spellings and quoted labels") << QStringLiteral(
            "app[:configuration] = {\n  'scalr' => {\n    \"aws\": {\n      :'instances_connection_policy' => \"public\", # was auto\n"
            "    },\n  },\n}\n") << aws << local << changed
                                                               << QStringLiteral(
                                                                      "app[:configuration] = {\n  'scalr' => {\n    \"aws\": {\n      "
                                                                      ":'instances_connection_policy' => \"local\", # was auto\n"
                                                                      "    },\n  },\n}\n")
                                                               << 0;
        QTest::newRow("#13 quoted symbols everywhere, already set")
            << QStringLiteral("app[:'configuration'] = { :\"scalr\" => { :\"azure\" => { 'instances_connection_policy': 'public' } } }\n")
            << azure << pub << unchanged
            << QStringLiteral("app[:'configuration'] = { :\"scalr\" => { :\"azure\" => { 'instances_connection_policy': 'public' } } }\n")
            << 0;
        QTest::newRow("#13 one line, single quotes")
            << QStringLiteral("app['configuration'] = { 'scalr' => { 'azure' => { 'instances_connection_policy' => 'public' } } }\n") << aws
            << local << changed
            << QStringLiteral("app['configuration'] = { 'scalr' => { 'azure' => { 'instances_connection_policy' => 'public' }, "
                              "\"aws\" => { \"instances_connection_policy\" => \"local\" } } }\n")
            << 0;
        QTest::newRow("#13 other app settings are not the configuration")
            << QStringLiteral(
                   "app[:configuration_backup] = { scalr: 1 }\napp[\"other\"] = { configuration: {} }\nconfiguration[:scalr] = {}\n")
            << aws << local << changed
            << QStringLiteral(
                   "app[:configuration_backup] = { scalr: 1 }\napp[\"other\"] = { configuration: {} }\nconfiguration[:scalr] = {}\n\n")
                   + kHeader + kAwsLocalBlock
            << 0;
        QTest::newRow("#13 assigned twice in two spellings")
            << QStringLiteral("app[:configuration] = {}\napp['configuration'] = {}\n") << aws << local << failed << "twice" << 2;
        QTest::newRow("#13 duplicate key in two spellings")
            << QStringLiteral("app[:configuration] = {\n  scalr: {},\n  'scalr' => {}\n}\n") << aws << local << failed << "twice" << 3;
        QTest::newRow("#13 duplicate policy key in two spellings")
            << QStringLiteral("app[:configuration] = { scalr: { aws: {\n  \"instances_connection_policy\" => \"public\",\n"
                              "  instances_connection_policy: \"local\" } } }\n")
            << aws << local << failed << "twice" << 3;

        QTest::newRow("deep nesting") << QStringLiteral("x = ") + QString(100, u'[') + QString(100, u']') + u'\n' << aws << local << failed
                                      << "deep" << 1;
    }

    void merge()
    {
        QFETCH(QString, input);
        QFETCH(int, cloud);
        QFETCH(int, policy);
        QFETCH(ConfigMerge::Outcome, outcome);
        QFETCH(QString, expected);
        QFETCH(int, line);
        const ConfigMerge m = mergeConnectionPolicy(input, CloudKind(cloud), ConnectionPolicy(policy));
        QVERIFY2(m.outcome == outcome, qPrintable(m.message + QStringLiteral(" (line %1)").arg(m.line)));
        if (outcome == ConfigMerge::Outcome::Failed) {
            QVERIFY2(m.message.contains(expected), qPrintable(m.message));
            QCOMPARE(m.line, line);
            QVERIFY(m.column > 0);
            QCOMPARE(m.text, input); // nothing rewritten
            QVERIFY(m.manualSnippet.contains(QLatin1String("instances_connection_policy")));
            return;
        }
        QCOMPARE(m.text, expected);
        // Idempotent: merging the result again changes nothing.
        if (outcome == ConfigMerge::Outcome::Changed) {
            const ConfigMerge again = mergeConnectionPolicy(m.text, CloudKind(cloud), ConnectionPolicy(policy));
            QVERIFY2(again.outcome == ConfigMerge::Outcome::Unchanged, qPrintable(again.message));
            QCOMPARE(again.text, m.text);
        }
    }

    // Issue #13: a statement other than the one app[:configuration] = { … } that touches the
    // configuration decides what Scalr reads; the merge refuses it where it is and never appends.
    void refusesConfigurationTouchedElsewhere_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason"); // a part of the message

        QTest::newRow("nested symbol keys, no block")
            << QStringLiteral("app[:configuration][:scalr] = {\n  \"aws\" => { \"instances_connection_policy\" => \"public\" }\n}\n") << 1
            << 1 << QStringLiteral("app[:configuration][:scalr] = … sets part of app[:configuration]");
        QTest::newRow("nested string keys after the block")
            << QStringLiteral("app[:configuration] = {\n  \"scalr\" => {}\n}\napp[:configuration][\"scalr\"][\"aws\"] = { "
                              "\"instances_connection_policy\" => \"public\" }\n")
            << 4 << 1 << QStringLiteral("part of app[:configuration]");
        QTest::newRow("nested down to the policy, indented")
            << QStringLiteral("# settings\nrouting[:endpoint_host] = \"scalr.example.com\"\n  "
                              "app[:configuration][:scalr][:aws][:instances_connection_policy] = 'public'\n")
            << 3 << 3 << QStringLiteral("part of app[:configuration]");
        QTest::newRow("nested single quotes before the block")
            << QStringLiteral("app['configuration']['scalr'] = {}\napp[:configuration] = {}\n") << 1 << 1
            << QStringLiteral("app['configuration']['scalr']");
        QTest::newRow("nested mixed quoting") << QStringLiteral(
            "app[:\"configuration\"][\"scalr\"][:azure] = { instances_connection_policy: 'local' }\n")
                                              << 1 << 1 << QStringLiteral("part of app[:configuration]");
        QTest::newRow("nested after a semicolon") << QStringLiteral("app[:configuration] = {}; app[:'configuration'][:scalr] = {}\n") << 1
                                                  << 27 << QStringLiteral("part of app[:configuration]");
        QTest::newRow("merge! call") << QStringLiteral("app['configuration'].merge!(\"scalr\" => {})\n") << 1 << 21
                                     << QStringLiteral("changes app[:configuration]");
        QTest::newRow("||= after the block") << QStringLiteral("app[:configuration] = {}\napp[:configuration] ||= {}\n") << 2 << 21
                                             << QStringLiteral("changes app[:configuration]");
        QTest::newRow("code as a nested index")
            << QStringLiteral("app[:configuration][ENV['X']] = 1\n") << 1 << 21 << QStringLiteral("changes app[:configuration]");
        QTest::newRow("code as the top key") << QStringLiteral("app[ENV['X']] = {}\n") << 1 << 5
                                             << QStringLiteral("may change app[:configuration]");
        QTest::newRow("method on app") << QStringLiteral("app.configuration[:scalr] = {}\n") << 1 << 4
                                       << QStringLiteral("may change app[:configuration]");
        QTest::newRow("app itself") << QStringLiteral("app = { configuration: {} }\n") << 1 << 1 << QStringLiteral("app = …");
        QTest::newRow("escape in the top key") << QStringLiteral("app[\"\\x63onfiguration\"] = {}\n") << 1 << 1 << QStringLiteral("escape");
        QTest::newRow("escape in a key inside")
            << QStringLiteral("app[:configuration] = { \"\\u0073calr\" => {} }\n") << 1 << 25 << QStringLiteral("escape");
    }

    void refusesConfigurationTouchedElsewhere()
    {
        QFETCH(QString, input);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, reason);
        for (const CloudKind cloud : {CloudKind::Aws, CloudKind::Azure}) {
            for (const ConnectionPolicy policy : {ConnectionPolicy::Local, ConnectionPolicy::Public}) {
                const ConfigMerge m = mergeConnectionPolicy(input, cloud, policy);
                QVERIFY2(m.outcome == ConfigMerge::Outcome::Failed, qPrintable(m.message));
                QVERIFY2(m.message.contains(reason), qPrintable(m.message));
                QVERIFY2(m.message.contains(QLatin1String("merge by hand")), qPrintable(m.message));
                QCOMPARE(m.line, line);
                QCOMPARE(m.column, column);
                QCOMPARE(m.text, input); // nothing rewritten, nothing appended
                QVERIFY(m.manualSnippet.contains(QLatin1String("\"instances_connection_policy\" => \"%1\"").arg(toString(policy))));
            }
        }
    }

    // Issue #13: whatever the spelling, a merge changes the one block in place and a second merge
    // changes nothing; the file never gets a second app[:configuration].
    void idempotentForEverySpelling_data()
    {
        QTest::addColumn<QString>("input");
        const QString body = QStringLiteral(" = {\n  # comment\n  %1 {\n    \"azure\" => { %2 'public' },\n  },\n}\n");
        const char *targets[] = {"app[:configuration]", "app[\"configuration\"]", "app['configuration']", "app[:'configuration']",
                                 "app[:\"configuration\"]"};
        const char *scalrKeys[] = {"\"scalr\" =>", "scalr:", ":scalr =>", "'scalr' =>", "\"scalr\":"};
        const char *policyKeys[] = {"instances_connection_policy:", ":\"instances_connection_policy\" =>",
                                    "'instances_connection_policy':", "\"instances_connection_policy\" =>",
                                    ":instances_connection_policy =>"};
        for (int i = 0; i < 5; ++i) {
            const QString text = QLatin1String(targets[i]) + body.arg(QLatin1String(scalrKeys[i]), QLatin1String(policyKeys[i]));
            QTest::newRow(targets[i]) << text;
            QTest::addRow("%s, one line", targets[i]) << QString(text).remove(u'\n').replace(QStringLiteral("# comment"), QString());
            QTest::addRow("%s, empty", targets[i]) << QLatin1String(targets[i]) + QStringLiteral(" = {}\n");
        }
    }

    void idempotentForEverySpelling()
    {
        QFETCH(QString, input);
        for (const CloudKind cloud : {CloudKind::Aws, CloudKind::Azure}) {
            for (const ConnectionPolicy policy : {ConnectionPolicy::Local, ConnectionPolicy::Public}) {
                const ConfigMerge first = mergeConnectionPolicy(input, cloud, policy);
                QVERIFY2(first.outcome != ConfigMerge::Outcome::Failed, qPrintable(first.message));
                // Merged in place: no second app[:configuration] appended.
                QCOMPARE(first.text.count(QLatin1String("configuration")), input.count(QLatin1String("configuration")));
                const ConfigMerge second = mergeConnectionPolicy(first.text, cloud, policy);
                QVERIFY2(second.outcome == ConfigMerge::Outcome::Unchanged, qPrintable(second.message));
                QCOMPARE(second.text, first.text);
            }
        }
    }

    void entryForEachPolicy()
    {
        Profile p = Profile::defaults();
        p.cloud = CloudKind::Azure;
        p.connectionPolicy = ConnectionPolicy::Public;
        const PolicyEntry e = scalrServerPolicyEntry(p);
        QVERIFY(e.text.contains(QLatin1String("\"azure\" => {")));
        QVERIFY(e.text.contains(QLatin1String("\"instances_connection_policy\" => \"public\"")));
        QVERIFY(e.explanation.contains(QLatin1String("sudo scalr-server-ctl reconfigure")));
        p.connectionPolicy = ConnectionPolicy::Auto;
        QVERIFY(scalrServerPolicyEntry(p).text.isEmpty());
    }

    void endpointHost_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::newRow("double quotes") << "routing[:endpoint_host] = \"scalr.example.com\"\n"
                                       << "scalr.example.com";
        QTest::newRow("single quotes, spaces") << "  routing[ :endpoint_host ]='10.0.0.5'  # web UI\n"
                                               << "10.0.0.5";
        QTest::newRow("among other code") << "x = ENV['Y']\nrouting[:endpoint_host] = \"h.example\"\nfoo(1)\n"
                                          << "h.example";
        QTest::newRow("commented out") << "# routing[:endpoint_host] = \"old\"\n"
                                       << "";
        QTest::newRow("missing") << "app[:configuration] = {}\n"
                                 << "";
    }
    void endpointHost()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QCOMPARE(routingEndpointHost(text), host);
    }

    void diffShowsOnlyTheChange()
    {
        QString before;
        for (int i = 1; i <= 20; ++i)
            before += QStringLiteral("line %1\n").arg(i);
        QString after = before;
        after.replace(QStringLiteral("line 10\n"), QStringLiteral("line 10\nnew line\n"));
        after.replace(QStringLiteral("line 18\n"), QStringLiteral("LINE 18\n"));
        const QString diff = unifiedDiff(before, after, QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(diff, QStringLiteral("--- a\n+++ b\n"
                                      "@@ -8,6 +8,7 @@\n line 8\n line 9\n line 10\n+new line\n line 11\n line 12\n line 13\n"
                                      "@@ -15,6 +16,6 @@\n line 15\n line 16\n line 17\n-line 18\n+LINE 18\n line 19\n line 20\n"));
        QCOMPARE(unifiedDiff(before, before, QStringLiteral("a"), QStringLiteral("b")), QString());
    }

    void writesAtomicallyWithABackupAndKeepsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scalr-server.rb"));
        const QString original = QStringLiteral("routing[:endpoint_host] = \"scalr.example.com\"\n");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(original.toUtf8());
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        const ConfigFileRead read = readConfigFile(path);
        QVERIFY(read.ok);
        const ConfigMerge m = mergeConnectionPolicy(read.text, CloudKind::Aws, ConnectionPolicy::Local);
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 11, 12));
        const ConfigFileWrite w = writeConfigFileWithBackup(path, read.text, m.text, now);
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(w.backupPath, path + QStringLiteral(".bak-20261122-101112"));
        QFile backup(w.backupPath);
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(backup.readAll()), original);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), m.text);
        const QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                              | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & mode, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);

        // A second write in the same second gets its own backup; a file changed meanwhile is left alone.
        const ConfigFileWrite again = writeConfigFileWithBackup(path, m.text, m.text + QStringLiteral("# more\n"), now);
        QVERIFY(again.ok);
        QVERIFY(again.backupPath.endsWith(QLatin1String("-2")));
        const ConfigFileWrite stale = writeConfigFileWithBackup(path, m.text, QStringLiteral("x"), now);
        QVERIFY(!stale.ok);
        QVERIFY(stale.error.contains(QLatin1String("changed since")));
        QVERIFY(readConfigFile(path).text.endsWith(QLatin1String("# more\n")));
    }

    void refusesWhatIsNotAConfigFile()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.rb"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1024 * 1024 + 10, '#'));
        f.close();
        QVERIFY(!readConfigFile(big).ok);
        const QString binary = dir.filePath(QStringLiteral("bin.rb"));
        QFile b(binary);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("\xff\xfe\x00garbage", 10);
        b.close();
        QVERIFY(readConfigFile(binary).error.contains(QLatin1String("UTF-8")));
        QVERIFY(!readConfigFile(dir.filePath(QStringLiteral("missing.rb"))).ok);
    }
};

QTEST_GUILESS_MAIN(TestScalrServerRb)
#include "test_scalr_server_rb.moc"
