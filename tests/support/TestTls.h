#pragma once
// Certificates made for one test run with the openssl command: a CA, a server certificate it
// signed (localhost, 127.0.0.1, ::1) and a self-signed one nobody trusts.
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>
#include <memory>

struct TestTls {
    QString caPath; // PEM, to pass as --ca-bundle / tls.caBundle
    QSslCertificate serverCert;
    QSslKey serverKey;
    QSslCertificate untrustedCert; // self-signed, also for localhost
    QSslKey untrustedKey;
    QString error; // set when generation failed

    static TestTls &shared(); // created once per test process
    bool ok() const { return error.isEmpty(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    void generate();
};
