// The encrypted bundle: round trip of every field and secret, a wrong passphrase, every single
// byte of a bundle changed (each one detected, nothing imported), truncation, foreign files,
// newer versions, parameters out of bounds — and no secret or answer readable in the file.
#include "EncryptedBundle.h"
#include "ProfileJson.h"
#include "ProfileValidator.h"

#include <QElapsedTimer>
#include <QtEndian>
#include <QTest>

using namespace cc;

namespace {

const ScryptParams kFast{10, 8, 1}; // cheap for the thousand tamper tests; the format stores it

Profile profile()
{
    return readProfileFile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json")).profile.value_or(Profile());
}

SecretValues secrets()
{
    SecretValues s;
    s.awsSecretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECRET");
    s.scalrSecretKey = QStringLiteral("scalr-secret-key-0123456789");
    return s;
}

const QString kPass = QStringLiteral("correct horse battery staple");

} // namespace

class TestBundle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEveryFieldAndSecret()
    {
        QString error;
        const QByteArray file = exportBundle(profile(), secrets(), kPass, &error, kFast);
        QVERIFY2(!file.isEmpty(), qPrintable(error));
        QVERIFY(file.startsWith("CCBUNDLE"));
        const std::optional<BundleContents> back = importBundle(file, kPass, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(serializeProfile(back->profile), serializeProfile(profile()));
        QCOMPARE(back->secrets.awsSecretAccessKey, secrets().awsSecretAccessKey);
        QCOMPARE(back->secrets.scalrSecretKey, secrets().scalrSecretKey);
        QVERIFY(back->secrets.spotToken.isEmpty());
        // Nothing readable: neither a secret nor an answer.
        for (const QByteArray &plain : {QByteArray("TESTSECRET"), QByteArray("scalr-secret-key"), QByteArray("prod-aws"),
                                        QByteArray("AKIAIOSFODNN7EXAMPLE"), QByteArray("vpc-0a1b2c3d4e5f60718")})
            QVERIFY2(!file.contains(plain), plain.constData());
    }

    void twoExportsDiffer()
    {
        QString error;
        const QByteArray a = exportBundle(profile(), secrets(), kPass, &error, kFast);
        const QByteArray b = exportBundle(profile(), secrets(), kPass, &error, kFast);
        QVERIFY(a != b); // fresh salt and nonce every time
        QCOMPARE(a.size(), b.size());
    }

    void theDefaultCostWorks()
    {
        QString error;
        const QByteArray file = exportBundle(profile(), secrets(), kPass, &error);
        QCOMPARE(quint8(file.at(10)), quint8(15));
        QVERIFY(importBundle(file, kPass, &error));
    }

    void aWrongPassphraseIsSaidSo()
    {
        QString error;
        const QByteArray file = exportBundle(profile(), secrets(), kPass, &error, kFast);
        QVERIFY(!importBundle(file, QStringLiteral("correct horse battery stapler"), &error));
        QCOMPARE(error, QStringLiteral("The passphrase is wrong, or the file was changed after it was written. Nothing was imported."));
    }

    void everySingleByteChangeIsDetected()
    {
        QString error;
        const QByteArray file = exportBundle(profile(), secrets(), kPass, &error, kFast);
        QVERIFY(file.size() > 300);
        for (qsizetype i = 0; i < file.size(); ++i) {
            QByteArray changed = file;
            changed[i] = char(changed.at(i) ^ 0x01);
            QString why;
            const std::optional<QByteArray> opened = openBundle(changed, kPass, &why);
            QVERIFY2(!opened, qPrintable(QStringLiteral("byte %1 changed went unnoticed").arg(i)));
            QVERIFY2(!why.isEmpty(), qPrintable(QString::number(i)));
        }
    }

    void foreignAndDamagedFilesAreRefused()
    {
        QString error;
        const QByteArray file = exportBundle(profile(), secrets(), kPass, &error, kFast);
        QVERIFY(!openBundle(file.left(file.size() - 1), kPass, &error));
        QVERIFY(!openBundle(file.left(40), kPass, &error));
        QCOMPARE(error, QStringLiteral("This is not a Cloud Connect bundle."));
        QVERIFY(!openBundle("{\"schemaVersion\": 1}", kPass, &error));
        QCOMPARE(error, QStringLiteral("This is not a Cloud Connect bundle."));
        QByteArray newer = file;
        newer[8] = 2;
        QVERIFY(!openBundle(newer, kPass, &error));
        QVERIFY(error.contains(QLatin1String("format version 2")));
        QByteArray costly = file;
        costly[10] = char(40); // 2^40: never derived, refused before any work
        QVERIFY(!openBundle(costly, kPass, &error));
        QVERIFY(error.contains(QLatin1String("out of bounds")));
        // The cost the issue found: log2N 18, r 31, p 16 (about 1 GiB and 40 s) — refused at once.
        QByteArray expensive = file;
        expensive[10] = char(18);
        qToBigEndian<quint32>(31, expensive.data() + 11);
        qToBigEndian<quint32>(16, expensive.data() + 15);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!openBundle(expensive, kPass, &error));
        QVERIFY(error.contains(QLatin1String("out of bounds")));
        QVERIFY(clock.elapsed() < 500);
        // Within the memory bound but far more work than the default: refused too.
        QByteArray slow = file;
        slow[10] = char(15);
        qToBigEndian<quint32>(8, slow.data() + 11);
        qToBigEndian<quint32>(16, slow.data() + 15);
        QVERIFY(!openBundle(slow, kPass, &error));
        QVERIFY(error.contains(QLatin1String("out of bounds")));
        QVERIFY(!openBundle(QByteArray(2 * 1024 * 1024, 'x'), kPass, &error));
        QVERIFY(error.contains(QLatin1String("larger than")));
    }

    void aShortPassphraseIsRefused()
    {
        QString error;
        QVERIFY(exportBundle(profile(), secrets(), QStringLiteral("short"), &error, kFast).isEmpty());
        QVERIFY(error.contains(QLatin1String("at least 8")));
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "test_bundle.moc"
