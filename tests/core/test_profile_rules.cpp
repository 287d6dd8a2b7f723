// Field rules, data-driven, with the boundary cases of docs/profile-format.md.
#include "DisplayText.h"
#include "ProfileRules.h"

#include <QTest>

using namespace cc;

class TestProfileRules : public QObject {
    Q_OBJECT

    using Rule = std::function<QString(const QString &)>;
    void table()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
    }
    void run(const Rule &rule)
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QString reason = rule(value);
        QVERIFY2(reason.isEmpty() == valid, qPrintable(QStringLiteral("%1 → \"%2\"").arg(value, reason)));
    }

private Q_SLOTS:
    void profileName_data()
    {
        table();
        QTest::newRow("simple") << "prod-aws" << true;
        QTest::newRow("space dot underscore") << "Prod AWS_1.2" << true;
        QTest::newRow("64 chars") << QString(64, u'a') << true;
        QTest::newRow("65 chars") << QString(65, u'a') << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("leading dash") << "-prod" << false;
        QTest::newRow("leading space") << " prod" << false;
        QTest::newRow("slash") << "prod/aws" << false;
        QTest::newRow("non-ascii") << "prödaws" << false;
    }
    void profileName() { run(rules::profileName); }

    void endpointUrl_data()
    {
        table();
        QTest::newRow("https") << "https://scalr.example.com" << true;
        QTest::newRow("https with port and path") << "https://scalr.example.com:8443/base" << true;
        QTest::newRow("http localhost") << "http://localhost:8080" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:1234" << true;
        QTest::newRow("http 127.255.255.254") << "http://127.255.255.254" << true;
        QTest::newRow("http ::1") << "http://[::1]:9000" << true;
        QTest::newRow("http ::1 long form") << "http://[0:0:0:0:0:0:0:1]/" << true;
        QTest::newRow("http remote") << "http://scalr.example.com" << false;
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false;
        QTest::newRow("http 127.0.0.256") << "http://127.0.0.256" << false;
        QTest::newRow("http localhost.evil.com") << "http://localhost.evil.com" << false;
        QTest::newRow("http 10.x") << "http://10.0.0.1" << false;
        QTest::newRow("ftp") << "ftp://example.com" << false;
        QTest::newRow("relative") << "scalr.example.com" << false;
        QTest::newRow("user info") << "https://user:pw@example.com" << false;
        QTest::newRow("query") << "https://example.com/?a=b" << false;
        QTest::newRow("space") << "https://exa mple.com" << false;
        QTest::newRow("empty") << "" << false;
    }
    void endpointUrl() { run(rules::endpointUrl); }

    void spotAccountId_data()
    {
        table();
        QTest::newRow("valid") << "act-1a2b3c4d" << true;
        QTest::newRow("7 hex") << "act-1a2b3c4" << false;
        QTest::newRow("9 hex") << "act-1a2b3c4d5" << false;
        QTest::newRow("uppercase") << "act-1A2B3C4D" << false;
        QTest::newRow("no prefix") << "1a2b3c4d" << false;
        QTest::newRow("non-hex") << "act-1a2b3c4g" << false;
    }
    void spotAccountId() { run(rules::spotAccountId); }

    void scalrAccountId_data()
    {
        table();
        QTest::newRow("1") << "1" << true;
        QTest::newRow("large") << "4294967295" << true;
        QTest::newRow("leading zero") << "01" << false;
        QTest::newRow("letters") << "acc1" << false;
        QTest::newRow("empty") << "" << false;
    }
    void scalrAccountId() { run(rules::scalrAccountId); }

    void awsAccessKeyId_data()
    {
        table();
        QTest::newRow("AKIA") << "AKIAIOSFODNN7EXAMPLE" << true;
        QTest::newRow("ASIA") << "ASIAIOSFODNN7EXAMPLE" << true;
        QTest::newRow("19 chars") << "AKIAIOSFODNN7EXAMPL" << false;
        QTest::newRow("21 chars") << "AKIAIOSFODNN7EXAMPLEX" << false;
        QTest::newRow("AIDA prefix") << "AIDAIOSFODNN7EXAMPLE" << false;
        QTest::newRow("digit 8 not base32") << "AKIAIOSFODNN8EXAMPLE" << false;
        QTest::newRow("lowercase") << "akiaiosfodnn7example" << false;
        QTest::newRow("trailing space") << "AKIAIOSFODNN7EXAMPLE " << false;
    }
    void awsAccessKeyId() { run(rules::awsAccessKeyId); }

    void awsSecretAccessKey_data()
    {
        table();
        QTest::newRow("40 chars") << "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" << true;
        QTest::newRow("39 chars") << "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKE" << false;
        QTest::newRow("41 chars") << "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEYY" << false;
        QTest::newRow("newline") << "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKE\n" << false;
        QTest::newRow("dash") << "wJalrXUtnFEMI-K7MDENG+bPxRfiCYEXAMPLEKEY" << false;
    }
    void awsSecretAccessKey() { run(rules::awsSecretAccessKey); }

    void awsVpcId_data()
    {
        table();
        QTest::newRow("8 hex") << "vpc-0a1b2c3d" << true;
        QTest::newRow("17 hex") << "vpc-0a1b2c3d4e5f60718" << true;
        QTest::newRow("9 hex") << "vpc-0a1b2c3d4" << false;
        QTest::newRow("16 hex") << "vpc-0a1b2c3d4e5f6071" << false;
        QTest::newRow("18 hex") << "vpc-0a1b2c3d4e5f607189" << false;
        QTest::newRow("uppercase") << "vpc-0A1B2C3D" << false;
        QTest::newRow("subnet") << "subnet-0a1b2c3d" << false;
        QTest::newRow("empty") << "" << false;
    }
    void awsVpcId() { run(rules::awsVpcId); }

    void awsRegion_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("partition");
        QTest::addColumn<bool>("valid");
        QTest::newRow("us-east-1 in aws") << "us-east-1" << int(AwsPartition::Aws) << true;
        QTest::newRow("eu-central-2 in aws") << "eu-central-2" << int(AwsPartition::Aws) << true;
        QTest::newRow("gov region in aws") << "us-gov-west-1" << int(AwsPartition::Aws) << false;
        QTest::newRow("gov region in gov") << "us-gov-east-1" << int(AwsPartition::AwsUsGov) << true;
        QTest::newRow("us-east-1 in gov") << "us-east-1" << int(AwsPartition::AwsUsGov) << false;
        QTest::newRow("cn in cn") << "cn-northwest-1" << int(AwsPartition::AwsCn) << true;
        QTest::newRow("cn in aws") << "cn-north-1" << int(AwsPartition::Aws) << false;
        QTest::newRow("garbage") << "useast1" << int(AwsPartition::Aws) << false;
    }
    void awsRegion()
    {
        QFETCH(QString, value);
        QFETCH(int, partition);
        QFETCH(bool, valid);
        QCOMPARE(rules::awsRegion(value, AwsPartition(partition)).isEmpty(), valid);
    }

    void awsRoleArn_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("partition");
        QTest::addColumn<bool>("valid");
        QTest::newRow("aws") << "arn:aws:iam::123456789012:role/SpotRole" << int(AwsPartition::Aws) << true;
        QTest::newRow("path") << "arn:aws:iam::123456789012:role/spot/SpotRole" << int(AwsPartition::Aws) << true;
        QTest::newRow("gov") << "arn:aws-us-gov:iam::123456789012:role/SpotRole" << int(AwsPartition::AwsUsGov) << true;
        QTest::newRow("gov arn in aws") << "arn:aws-us-gov:iam::123456789012:role/SpotRole" << int(AwsPartition::Aws) << false;
        QTest::newRow("cn") << "arn:aws-cn:iam::123456789012:role/SpotRole" << int(AwsPartition::AwsCn) << true;
        QTest::newRow("user not role") << "arn:aws:iam::123456789012:user/x" << int(AwsPartition::Aws) << false;
        QTest::newRow("11-digit account") << "arn:aws:iam::12345678901:role/x" << int(AwsPartition::Aws) << false;
    }
    void awsRoleArn()
    {
        QFETCH(QString, value);
        QFETCH(int, partition);
        QFETCH(bool, valid);
        QCOMPARE(rules::awsRoleArn(value, AwsPartition(partition)).isEmpty(), valid);
    }

    void s3BucketName_data()
    {
        table();
        QTest::newRow("simple") << "my-billing-reports" << true;
        QTest::newRow("dots") << "billing.example.com" << true;
        QTest::newRow("3 chars") << "abc" << true;
        QTest::newRow("2 chars") << "ab" << false;
        QTest::newRow("63 chars") << QString(63, u'a') << true;
        QTest::newRow("64 chars") << QString(64, u'a') << false;
        QTest::newRow("uppercase") << "Billing" << false;
        QTest::newRow("double dot") << "a..b" << false;
        QTest::newRow("ip") << "192.168.1.1" << false;
        QTest::newRow("ends with dash") << "billing-" << false;
    }
    void s3BucketName() { run(rules::s3BucketName); }

    void guid_data()
    {
        table();
        QTest::newRow("lower") << "72f988bf-86f1-41af-91ab-2d7cd011db47" << true;
        QTest::newRow("upper") << "72F988BF-86F1-41AF-91AB-2D7CD011DB47" << true;
        QTest::newRow("braces") << "{72f988bf-86f1-41af-91ab-2d7cd011db47}" << false;
        QTest::newRow("short") << "72f988bf-86f1-41af-91ab-2d7cd011db4" << false;
        QTest::newRow("no dashes") << "72f988bf86f141af91ab2d7cd011db47" << false;
        QTest::newRow("non-hex") << "72f988bf-86f1-41af-91ab-2d7cd011db4g" << false;
    }
    void guid() { run(rules::guid); }

    void azureTenant_data()
    {
        table();
        QTest::newRow("guid") << "72f988bf-86f1-41af-91ab-2d7cd011db47" << true;
        QTest::newRow("domain") << "contoso.onmicrosoft.com" << true;
        QTest::newRow("single label") << "contoso" << false;
        QTest::newRow("spaces") << "contoso .com" << false;
    }
    void azureTenant() { run(rules::azureTenant); }

    void azureClientSecret_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("platform");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain for scalr") << "abcDEF123~_.-" << int(PlatformKind::Scalr) << true;
        QTest::newRow("plus for scalr") << "abc+def" << int(PlatformKind::Scalr) << false;
        QTest::newRow("slash for scalr") << "abc/def" << int(PlatformKind::Scalr) << false;
        QTest::newRow("plus for spot") << "abc+def" << int(PlatformKind::Spot) << true;
        QTest::newRow("slash for spot") << "abc/def" << int(PlatformKind::Spot) << true;
        QTest::newRow("newline") << "abc\ndef" << int(PlatformKind::Spot) << false;
        QTest::newRow("trailing space") << "abcdef " << int(PlatformKind::Spot) << false;
        QTest::newRow("empty") << "" << int(PlatformKind::Spot) << false;
    }
    void azureClientSecret()
    {
        QFETCH(QString, value);
        QFETCH(int, platform);
        QFETCH(bool, valid);
        const QString reason = rules::azureClientSecret(value, PlatformKind(platform));
        QCOMPARE(reason.isEmpty(), valid);
        if (value.contains(u'+') && !valid)
            QVERIFY2(reason.contains(QLatin1String("Generate a new secret")), qPrintable(reason));
    }

    void azureVnet_data()
    {
        table();
        QTest::newRow("name") << "scalr-vnet" << true;
        QTest::newRow("ends underscore") << "vnet_" << true;
        QTest::newRow("one char") << "v" << false;
        QTest::newRow("ends dot") << "vnet." << false;
        QTest::newRow("resource id")
            << "/subscriptions/00000000-0000-0000-0000-000000000002/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet1"
            << true;
        QTest::newRow("wrong provider")
            << "/subscriptions/00000000-0000-0000-0000-000000000002/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"
            << false;
    }
    void azureVnet() { run(rules::azureVnet); }

    void azureResourceGroup_data()
    {
        table();
        QTest::newRow("simple") << "network-rg" << true;
        QTest::newRow("parens") << "rg(prod)" << true;
        QTest::newRow("90 chars") << QString(90, u'r') << true;
        QTest::newRow("91 chars") << QString(91, u'r') << false;
        QTest::newRow("ends dot") << "rg." << false;
        QTest::newRow("slash") << "rg/x" << false;
    }
    void azureResourceGroup() { run(rules::azureResourceGroup); }

    void isoDateTime_data()
    {
        table();
        QTest::newRow("Z") << "2027-11-22T00:00:00Z" << true;
        QTest::newRow("millis") << "2027-11-22T00:00:00.000Z" << true;
        QTest::newRow("offset") << "2027-11-22T00:00:00+01:00" << true;
        QTest::newRow("no zone") << "2027-11-22T00:00:00" << false;
        QTest::newRow("date only") << "2027-11-22" << false;
        QTest::newRow("month 13") << "2027-13-22T00:00:00Z" << false;
    }
    void isoDateTime() { run(rules::isoDateTime); }

    void externalIdAndTags_data()
    {
        table();
        QTest::newRow("external id") << "spot-external-id" << true;
        QTest::newRow("external id 1 char") << "x" << false;
    }
    void externalIdAndTags() { run(rules::awsExternalId); }

    void tokens()
    {
        QVERIFY(rules::spotToken(QStringLiteral("abc123")).isEmpty());
        QVERIFY(!rules::spotToken(QStringLiteral("abc 123")).isEmpty());
        QVERIFY(!rules::scalrSecretKey(QStringLiteral("abc\n")).isEmpty());
        QVERIFY(rules::azureTagName(QStringLiteral("costcenter")).isEmpty());
        QVERIFY(!rules::azureTagName(QStringLiteral("a/b")).isEmpty());
    }

    void displayTextDropsWhatDrivesAScreen()
    {
        // Escape sequences, a carriage return that hides a line, C1 (CSI), DEL and the bidi
        // overrides go; line feeds, tabs and every printable character (any script) stay.
        const QString hostile = QStringLiteral("a\x1b[2Jb\rc\x07"
                                               "d\x7f")
                                + QChar(0x9b) + QStringLiteral("e") + QChar(0x202e) + QStringLiteral("f") + QChar(0x2066)
                                + QStringLiteral("g\x00h");
        QVERIFY(hasDisplayControls(hostile));
        QCOMPARE(displayText(hostile), QStringLiteral("a[2Jbcdefgh"));
        const QString fine = QStringLiteral("Zugriff verweigert:\tÄnderung\n— 拒绝 <b>&amp;</b> ") + QChar(0x200f);
        QVERIFY(!hasDisplayControls(fine));
        QCOMPARE(displayText(fine), fine);
    }
};

QTEST_GUILESS_MAIN(TestProfileRules)
#include "test_profile_rules.moc"
