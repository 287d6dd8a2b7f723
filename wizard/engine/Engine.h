#pragma once
// The engine: everything that talks to the network, the keychain or OpenSSL — the live checks,
// the submit flow, the keychain store, the encrypted bundle and the headless commands — built as
// a plugin (wizard/engineplugin) that is loaded the first time one of them is needed (the
// keychain store comes from a module of its own, KeychainBackend.h, loaded when a store is made). The
// window's first paint then pays only for Qt Widgets, Gui and Core: Qt Network, libcrypto,
// QtKeychain and what they pull in (Qt DBus, libdbus, libsystemd, GSSAPI, libproxy, GLib) cost
// about 0.18× the start-up time of a bare QWizard and 0.12× its memory (docs/benchmarks.md).
//
// Only this header and the interfaces it names are visible to the pages and to main(); the
// objects it makes are used through them. Plain values (Profile, CheckResult…) cross as they are.
#include "BundleContents.h"
#include "CheckRunnerInterface.h"
#include "CommandLine.h"
#include "ExternalIdFetcherInterface.h"
#include "KeychainStoreInterface.h"
#include "ReportPdfWriter.h"
#include "SubmitFlowInterface.h"

#include <QtPlugin>
#include <QByteArray>
#include <QTextStream>
#include <optional>

namespace cc {

class Engine {
public:
    virtual ~Engine() = default;

    // Each made object is a child of `parent`.
    virtual KeychainStoreInterface *createKeychainStore(QObject *parent) = 0;
    virtual CheckRunnerInterface *createCheckRunner(QObject *parent) = 0;
    virtual SubmitFlowInterface *createSubmitFlow(QObject *parent) = 0;
    virtual ExternalIdFetcherInterface *createExternalIdFetcher(QObject *parent) = 0;

    // The encrypted bundle (secrets/EncryptedBundle.h): empty / nullopt on failure, `error` set.
    // Safe to call from any thread (the key derivation runs off the GUI thread).
    virtual QByteArray exportBundle(const Profile &p, const SecretValues &secrets, const QString &passphrase, QString *error) = 0;
    virtual std::optional<BundleContents> importBundle(const QByteArray &file, const QString &passphrase, QString *error) = 0;

    // A command of docs/cli.md; returns the exit status (headless/HeadlessRunner.h).
    virtual int runHeadless(const CommandLine &cmd, QTextStream &out, QTextStream &err) = 0;
    // What a headless `report --format pdf` writes its PDF with (the window module's, WindowModule.h):
    // the engine links no Qt Gui. Set before runHeadless(); without it a PDF report is refused.
    virtual void setReportPdfWriter(ReportPdfWriter writer) = 0;
};

// The engine, loaded on the first call (from any thread; later calls return the same one), or
// null when it cannot be loaded — then `error` (when given) says why and what to do, in the
// reader's language. A test that links the engine statically (cc_engine_static) gets that one.
Engine *engine(QString *error = nullptr);

// Whether the engine has been loaded into this process, and whether anything has asked for it
// yet (loaded or not) — for tests of what start-up does.
bool engineLoaded();
bool engineLoadAttempted();

// Loads the engine, then the keychain module (KeychainBackend.h), on a thread of its own, so that
// the first check, keychain call or submission does not wait for them on the GUI thread (their
// libraries take 10-20 ms to load). For
// the wizard, once its window has painted; a later engine() call waits for this load to end.
// The process waits for the thread before it quits. Does nothing once loaded or loading.
void loadEngineInBackground();

} // namespace cc

#define CC_ENGINE_IID "io.github.cloudconnect.Engine"
Q_DECLARE_INTERFACE(cc::Engine, CC_ENGINE_IID)
