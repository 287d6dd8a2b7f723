// Writes the seeds that only the code itself can write (not a fuzz target; run by hand, see
// docs/fuzzing.md): bundles sealed with fuzz_bundle's passphrase and cheap scrypt parameters, and
// keychain blobs. Usage: fuzz_write_seeds <tests/fuzz/corpus> <tests/data/profiles>
#include "EncryptedBundle.h"
#include "ProfileValidator.h"
#include "SecretBlob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR PROFILES_DIR\n", argv[0]);
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    const QDir profiles(QString::fromLocal8Bit(argv[2]));
    corpus.mkpath(QStringLiteral("bundle"));
    corpus.mkpath(QStringLiteral("secret_blob"));
    const QString passphrase = QStringLiteral("fuzzing passphrase");
    const cc::ScryptParams cheap{10, 1, 1};
    bool ok = true;
    int n = 0;
    for (const QString &name : profiles.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const cc::ProfileParseResult parsed = cc::readProfileFile(profiles.filePath(name));
        if (!parsed.ok()) {
            std::fprintf(stderr, "%s is not a valid profile\n", qPrintable(name));
            return 1;
        }
        cc::SecretValues s;
        if (n % 2 == 0) {
            s.awsSecretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
            s.scalrSecretKey = QStringLiteral("scalr-secret-key-example");
        } else {
            s.azureClientSecret = QStringLiteral("azure~client~secret~example");
            s.spotToken = QStringLiteral("spot-token-example");
        }
        QString error;
        const QByteArray bundle = cc::exportBundle(*parsed.profile, s, passphrase, &error, cheap);
        const QString base = name.chopped(5);
        ok = ok && !bundle.isEmpty() && write(corpus.filePath(QStringLiteral("bundle/") + base + QStringLiteral(".ccbundle")), bundle);
        ok = ok
             && write(corpus.filePath(QStringLiteral("secret_blob/") + base + QStringLiteral(".blob")),
                      cc::encodeSecretBlob(s, cc::secretBinding(*parsed.profile)));
        ++n;
    }
    ok = ok
         && write(corpus.filePath(QStringLiteral("secret_blob/legacy-unbound.blob")),
                  QByteArray("cloudconnect-secrets/1\n{\"awsSecretAccessKey\":\"wJalrXUtnFEMI/K7MDENG\",\"spotToken\":\"t\"}"));
    return ok ? 0 : 1;
}
