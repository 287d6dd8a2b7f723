#pragma once
// The engine (engine/Engine.h) as a Qt plugin: makes the live checks' runner, the submit flow,
// the keychain store, the Spot external-id request, and runs bundles and headless commands.
// Built twice from this one class: a module the program loads on first use, and a static
// library the in-process tests link (Qt's static plugins).
#include "Engine.h"

#include <QObject>

class CloudConnectEngine : public QObject, public cc::Engine {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CC_ENGINE_IID FILE "engine.json")
    Q_INTERFACES(cc::Engine)
public:
    cc::KeychainStoreInterface *createKeychainStore(QObject *parent) override;
    cc::CheckRunnerInterface *createCheckRunner(QObject *parent) override;
    cc::SubmitFlowInterface *createSubmitFlow(QObject *parent) override;
    cc::ExternalIdFetcherInterface *createExternalIdFetcher(QObject *parent) override;
    QByteArray exportBundle(const cc::Profile &p, const cc::SecretValues &secrets, const QString &passphrase, QString *error) override;
    std::optional<cc::BundleContents> importBundle(const QByteArray &file, const QString &passphrase, QString *error) override;
    int runHeadless(const cc::CommandLine &cmd, QTextStream &out, QTextStream &err) override;
    void setReportPdfWriter(cc::ReportPdfWriter writer) override;
};
