#include "TestTls.h"

#include <QFile>
#include <QProcess>

namespace {

bool run(const QString &dir, const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2").arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TestTls &TestTls::shared()
{
    static TestTls tls;
    static bool made = false;
    if (!made) {
        made = true;
        tls.generate();
    }
    return tls;
}

void TestTls::generate()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString d = m_dir->path();
    QFile ext(d + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly)) {
        error = QStringLiteral("cannot write %1").arg(ext.fileName());
        return;
    }
    ext.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
              "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n");
    ext.close();
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const bool ok = run(d,
                        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                            + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                          QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                          QStringLiteral("/CN=Cloud Connect test CA"), QStringLiteral("-addext"),
                                          QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                                          QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                        &error)
                    && run(d,
                           QStringList{QStringLiteral("req")} + ec
                               + QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                                             QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
                           &error)
                    && run(d,
                           {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                            QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                            QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
                            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                           &error)
                    && run(d,
                           QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                               + QStringList{QStringLiteral("-keyout"), QStringLiteral("untrusted.key"), QStringLiteral("-out"),
                                             QStringLiteral("untrusted.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                             QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                                             QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
                           &error);
    if (!ok)
        return;
    caPath = d + QStringLiteral("/ca.pem");
    serverCert = QSslCertificate(readFile(d + QStringLiteral("/server.pem")), QSsl::Pem);
    serverKey = QSslKey(readFile(d + QStringLiteral("/server.key")), QSsl::Ec, QSsl::Pem);
    untrustedCert = QSslCertificate(readFile(d + QStringLiteral("/untrusted.pem")), QSsl::Pem);
    untrustedKey = QSslKey(readFile(d + QStringLiteral("/untrusted.key")), QSsl::Ec, QSsl::Pem);
    if (serverCert.isNull() || serverKey.isNull() || untrustedCert.isNull() || untrustedKey.isNull())
        error = QStringLiteral("generated certificates could not be loaded");
}
