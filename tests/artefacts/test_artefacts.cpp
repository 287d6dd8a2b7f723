// Generated artefacts: golden files per journey and cloud (CC_UPDATE_GOLDEN=1 rewrites them after
// a reviewed change), and the properties each document must have whatever its exact text.
#include "ProfileValidator.h"
#include "artefacts/ArtefactRegistry.h"
#include "artefacts/AzureCliCommands.h"
#include "artefacts/AzureNationalClouds.h"
#include "artefacts/IamPolicies.h"
#include "artefacts/ShellQuote.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace cc;

namespace {

Profile profile(const char *name)
{
    const ProfileParseResult r =
        readProfileFile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + QLatin1String(name) + QStringLiteral(".json"));
    if (!r.ok())
        qFatal("bad test profile %s", name);
    return *r.profile;
}

QJsonObject json(const QString &text)
{
    QJsonParseError e{};
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8(), &e).object();
    if (e.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(e.errorString()));
    return o;
}

} // namespace

class TestArtefacts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("names");
        const QStringList scalrAws{QStringLiteral("iam-policy"), QStringLiteral("aws-cli"), QStringLiteral("scalr-server-entry")};
        const QStringList spotAws{QStringLiteral("trust-policy"), QStringLiteral("role-policy"), QStringLiteral("cloudformation"),
                                  QStringLiteral("cloudformation-deploy")};
        QTest::newRow("scalr-aws aws") << "scalr-aws"
                                       << "aws" << scalrAws;
        QTest::newRow("scalr-aws aws-cn") << "scalr-aws"
                                          << "aws-cn" << scalrAws;
        QTest::newRow("spot-aws aws-us-gov") << "spot-aws"
                                             << "aws-us-gov" << spotAws;
        QTest::newRow("spot-aws aws") << "spot-aws"
                                      << "aws" << spotAws;
        const QStringList scalrAzure{QStringLiteral("az-cli"), QStringLiteral("scalr-server-entry")};
        const QStringList spotAzure{QStringLiteral("az-cli")};
        for (const char *cloud : {"AzureCloud", "AzureUSGovernment", "AzureChinaCloud"}) {
            QTest::newRow(qPrintable(QStringLiteral("scalr-azure %1").arg(QLatin1String(cloud)))) << "scalr-azure" << cloud << scalrAzure;
            QTest::newRow(qPrintable(QStringLiteral("spot-azure %1").arg(QLatin1String(cloud)))) << "spot-azure" << cloud << spotAzure;
        }
    }
    void golden()
    {
        QFETCH(QString, profile);
        QFETCH(QString, variant);
        QFETCH(QStringList, names);
        Profile p = ::profile(profile.toLatin1().constData());
        if (p.cloud == CloudKind::Aws) {
            p.aws.partition = *awsPartitionFromString(variant);
            p.aws.region = awsHomeRegion(p.aws.partition);
        } else {
            p.azure.cloud = *azureCloudFromString(variant);
        }
        const QList<Artefact> artefacts = artefactsFor(p);
        QStringList produced;
        for (const Artefact &a : artefacts)
            produced << a.name;
        QCOMPARE(produced, names);
        const QString dir = QStringLiteral(CC_SOURCE_DIR "/tests/artefacts/golden/%1-%2").arg(profile, variant);
        const bool update = qEnvironmentVariableIsSet("CC_UPDATE_GOLDEN");
        for (const Artefact &a : artefacts) {
            QVERIFY(!a.title.isEmpty() && !a.explanation.isEmpty() && !a.fileName.isEmpty());
            const QString path = dir + u'/' + a.fileName;
            if (update) {
                QDir().mkpath(dir);
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(a.content.toUtf8());
                continue;
            }
            QFile golden(path);
            QVERIFY2(golden.open(QIODevice::ReadOnly),
                     qPrintable(path + QStringLiteral(" missing; run with CC_UPDATE_GOLDEN=1 and review")));
            QCOMPARE(a.content, QString::fromUtf8(golden.readAll()));
        }
    }

    void scalrPolicyHasExactlyTheSeedsStatements()
    {
        const QJsonObject policy = json(policyText(scalrMinimumPolicy()));
        QCOMPARE(policy.value(QStringLiteral("Version")).toString(), QStringLiteral("2012-10-17"));
        const QJsonArray statements = policy.value(QStringLiteral("Statement")).toArray();
        QCOMPARE(statements.size(), 5);
        const QStringList actions{QStringLiteral("iam:GetUser"), QStringLiteral("iam:ListInstanceProfiles"),
                                  QStringLiteral("iam:ListServerCertificates"), QStringLiteral("iam:PassRole")};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject s = statements.at(i).toObject();
            QCOMPARE(s.keys(), (QStringList{QStringLiteral("Action"), QStringLiteral("Effect"), QStringLiteral("Resource")}));
            QCOMPARE(s.value(QStringLiteral("Action")).toString(), actions.at(i));
            QCOMPARE(s.value(QStringLiteral("Effect")).toString(), QStringLiteral("Allow"));
            QCOMPARE(s.value(QStringLiteral("Resource")).toString(), QStringLiteral("*"));
        }
        const QJsonObject notIam = statements.at(4).toObject();
        QCOMPARE(notIam.keys(), (QStringList{QStringLiteral("Effect"), QStringLiteral("NotAction"), QStringLiteral("Resource")}));
        QCOMPARE(notIam.value(QStringLiteral("NotAction")).toString(), QStringLiteral("iam:*"));
    }

    void spotTrustPolicyTrustsOnlySpotWithTheExternalId_data()
    {
        QTest::addColumn<int>("partition");
        QTest::addColumn<QString>("arn");
        QTest::newRow("aws") << int(AwsPartition::Aws) << "arn:aws:iam::922761411349:root";
        QTest::newRow("gov") << int(AwsPartition::AwsUsGov) << "arn:aws-us-gov:iam::922761411349:root";
        QTest::newRow("cn") << int(AwsPartition::AwsCn) << "arn:aws-cn:iam::922761411349:root";
    }
    void spotTrustPolicyTrustsOnlySpotWithTheExternalId()
    {
        QFETCH(int, partition);
        QFETCH(QString, arn);
        const QJsonObject policy = json(policyText(spotTrustPolicy(AwsPartition(partition), QStringLiteral("ext-123"))));
        const QJsonArray statements = policy.value(QStringLiteral("Statement")).toArray();
        QCOMPARE(statements.size(), 1);
        const QJsonObject s = statements.at(0).toObject();
        QCOMPARE(s.value(QStringLiteral("Action")).toString(), QStringLiteral("sts:AssumeRole"));
        QCOMPARE(s.value(QStringLiteral("Principal")).toObject().value(QStringLiteral("AWS")).toString(), arn);
        QCOMPARE(s.value(QStringLiteral("Condition"))
                     .toObject()
                     .value(QStringLiteral("StringEquals"))
                     .toObject()
                     .value(QStringLiteral("sts:ExternalId"))
                     .toString(),
                 QStringLiteral("ext-123"));
    }

    void cloudFormationTemplateCreatesTheRoleAndOutputsItsArn()
    {
        Profile p = profile("spot-aws");
        const QJsonObject t = json(artefactByName(p, QStringLiteral("cloudformation"))->content);
        QCOMPARE(t.value(QStringLiteral("AWSTemplateFormatVersion")).toString(), QStringLiteral("2010-09-09"));
        QCOMPARE(t.value(QStringLiteral("Parameters"))
                     .toObject()
                     .value(QStringLiteral("ExternalId"))
                     .toObject()
                     .value(QStringLiteral("Default"))
                     .toString(),
                 QStringLiteral("spot-external-id"));
        const QJsonObject role = t.value(QStringLiteral("Resources")).toObject().value(QStringLiteral("SpotRole")).toObject();
        QCOMPARE(role.value(QStringLiteral("Type")).toString(), QStringLiteral("AWS::IAM::Role"));
        const QJsonObject props = role.value(QStringLiteral("Properties")).toObject();
        const QJsonObject trust = props.value(QStringLiteral("AssumeRolePolicyDocument"))
                                      .toObject()
                                      .value(QStringLiteral("Statement"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(trust.value(QStringLiteral("Condition"))
                     .toObject()
                     .value(QStringLiteral("StringEquals"))
                     .toObject()
                     .value(QStringLiteral("sts:ExternalId"))
                     .toObject()
                     .value(QStringLiteral("Ref"))
                     .toString(),
                 QStringLiteral("ExternalId"));
        QVERIFY(trust.value(QStringLiteral("Principal"))
                    .toObject()
                    .value(QStringLiteral("AWS"))
                    .toObject()
                    .value(QStringLiteral("Fn::Sub"))
                    .toString()
                    .contains(QLatin1String("922761411349")));
        QCOMPARE(props.value(QStringLiteral("Policies")).toArray().at(0).toObject().value(QStringLiteral("PolicyDocument")).toObject(),
                 spotPermissionPolicy());
        QCOMPARE(t.value(QStringLiteral("Outputs"))
                     .toObject()
                     .value(QStringLiteral("RoleArn"))
                     .toObject()
                     .value(QStringLiteral("Value"))
                     .toObject()
                     .value(QStringLiteral("Fn::GetAtt"))
                     .toArray(),
                 (QJsonArray{QStringLiteral("SpotRole"), QStringLiteral("Arn")}));
        QVERIFY(artefactByName(p, QStringLiteral("cloudformation-deploy"))
                    ->content.contains(QLatin1String("--capabilities CAPABILITY_NAMED_IAM")));
    }

    void azureCommandsCarryTheSeedsPermissionsAndTheCloud()
    {
        Profile p = profile("scalr-azure");
        const QString script = artefactByName(p, QStringLiteral("az-cli"))->content;
        QVERIFY(script.contains(QLatin1String("az cloud set --name AzureUSGovernment")));
        for (const AzurePermission &perm : scalrAzurePermissions())
            QVERIFY2(script.contains(perm.id + (perm.application ? QStringLiteral("=Role") : QStringLiteral("=Scope"))),
                     qPrintable(perm.permission));
        QVERIFY(script.contains(QLatin1String("--api 00000002-0000-0000-c000-000000000000")));
        QVERIFY(script.contains(QLatin1String("--api 797f4846-ba00-4fd7-ba43-dac1f8f63013")));
        QVERIFY(script.contains(QLatin1String("admin-consent")));
        QVERIFY(script.contains(QLatin1String("--role Contributor")));
        QVERIFY(script.contains(QLatin1String("'/subscriptions/00000000-0000-0000-0000-000000000002'")));
        QVERIFY(script.contains(QLatin1String("*[+/]*"))); // Scalr: no + or / in the secret
        p.azure.cloud = AzureCloud::Public;
        QVERIFY(!artefactByName(p, QStringLiteral("az-cli"))->content.contains(QLatin1String("az cloud set")));
        p.platform.kind = PlatformKind::Spot;
        const QString spot = artefactByName(p, QStringLiteral("az-cli"))->content;
        QVERIFY(!spot.contains(QLatin1String("permission add")));
        QVERIFY(!spot.contains(QLatin1String("*[+/]*")));
        p.azure.cloud = AzureCloud::Germany;
        QVERIFY(!artefactByName(p, QStringLiteral("az-cli")).has_value()); // retired: nothing generated
    }

    void portalLinksFollowTheCloud()
    {
        QVERIFY(azurePortalAppRegistrationsUrl(AzureCloud::UsGovernment).startsWith(QLatin1String("https://portal.azure.us/")));
        QVERIFY(azurePortalSubscriptionsUrl(AzureCloud::China).startsWith(QLatin1String("https://portal.azure.cn/")));
        QVERIFY(azurePortalAppRegistrationsUrl(AzureCloud::Germany).isEmpty());
        QCOMPARE(defaultSignOnUrl(QStringLiteral("https://scalr.example.com:8443/x")), QStringLiteral("https://scalr.example.com:8443"));
        QCOMPARE(defaultSignOnUrl(QStringLiteral("scalr.internal")), QStringLiteral("https://scalr.internal"));
        QCOMPARE(defaultAppIdUri(QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("My Scalr")),
                 QStringLiteral("https://contoso.onmicrosoft.com/myscalr"));
    }

    void shellQuotingSurvivesHostileValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("quote") << "it's";
        QTest::newRow("command substitution") << "$(touch /tmp/cc-pwned)`id`";
        QTest::newRow("spaces and glob") << "a b * ?";
        QTest::newRow("newline") << "line1\nline2";
        QTest::newRow("semicolon") << "x; rm -rf /tmp/cc-nothing";
        QTest::newRow("empty") << "";
    }
    void shellQuotingSurvivesHostileValues()
    {
        QFETCH(QString, value);
        QProcess sh;
        sh.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("printf %s ") + shellQuote(value)});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), value);
        QCOMPARE(sh.exitCode(), 0);
        // And inside a generated command, as the app name.
        Profile p = profile("spot-azure");
        p.azure.appName = value.isEmpty() ? QStringLiteral("x") : value;
        const QString script = artefactByName(p, QStringLiteral("az-cli"))->content;
        QProcess check;
        check.start(QStringLiteral("bash"), {QStringLiteral("-n")});
        check.write(script.toUtf8());
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(10000));
        QCOMPARE(check.exitCode(), 0); // still valid shell
        QVERIFY(script.contains(QStringLiteral("--display-name ") + shellQuote(p.azure.appName)));
    }
};

QTEST_GUILESS_MAIN(TestArtefacts)
#include "test_artefacts.moc"
