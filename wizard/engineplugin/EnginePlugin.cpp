#include "EnginePlugin.h"

#include "BackgroundCheckRunner.h"
#include "EncryptedBundle.h"
#include "HeadlessRunner.h"
#include "KeychainBackend.h"
#include "ReportCommand.h"
#include "SubmitFlow.h"
#include "Submitter.h"

cc::KeychainStoreInterface *CloudConnectEngine::createKeychainStore(QObject *parent)
{
    return cc::createKeychainStore(parent); // from the keychain module, loaded now
}

cc::CheckRunnerInterface *CloudConnectEngine::createCheckRunner(QObject *parent)
{
    // The wizard's runs go to a thread of their own (the command line uses CheckRunner itself).
    return new cc::BackgroundCheckRunner(parent);
}

cc::SubmitFlowInterface *CloudConnectEngine::createSubmitFlow(QObject *parent)
{
    return new cc::SubmitFlow(parent);
}

cc::ExternalIdFetcherInterface *CloudConnectEngine::createExternalIdFetcher(QObject *parent)
{
    return new cc::Submitter(parent);
}

QByteArray CloudConnectEngine::exportBundle(const cc::Profile &p, const cc::SecretValues &secrets, const QString &passphrase,
                                            QString *error)
{
    return cc::exportBundle(p, secrets, passphrase, error);
}

std::optional<cc::BundleContents> CloudConnectEngine::importBundle(const QByteArray &file, const QString &passphrase, QString *error)
{
    return cc::importBundle(file, passphrase, error);
}

int CloudConnectEngine::runHeadless(const cc::CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    return cc::runHeadless(cmd, out, err);
}

void CloudConnectEngine::setReportPdfWriter(cc::ReportPdfWriter writer)
{
    cc::setReportCommandPdfWriter(writer);
}
