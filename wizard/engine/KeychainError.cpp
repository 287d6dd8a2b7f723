#include "KeychainError.h"

#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};
} // namespace

namespace cc {
namespace {

// A function, not a constant: translated when asked, after the translator is installed.
QString headlessHint()
{
    return Tr::tr("Headless, you can also run with --no-keychain and pass secrets through the "
                  "CLOUDCONNECT_* environment variables or --secrets-stdin.");
}

} // namespace

KeychainError keychainTimeout(int seconds)
{
    return {KeychainError::Kind::Timeout, Tr::tr("The keychain did not answer within %1 seconds.").arg(seconds),
            Tr::tr("The keyring daemon may be waiting for an unlock prompt or be stuck; answer the prompt or restart it, "
                   "then choose Retry. ")
                + headlessHint()};
}

KeychainError keychainCorrupt()
{
    return {KeychainError::Kind::Corrupt, Tr::tr("The keychain entry for this profile is not one Cloud Connect wrote."),
            Tr::tr("Store the secrets again (Save secrets, or cloudconnect secrets set).")};
}

KeychainError keychainBoundElsewhere(const QStringList &changes)
{
    return {KeychainError::Kind::BoundElsewhere,
            Tr::tr("The keychain holds secrets for this profile name, but they were stored for other endpoints or "
                   "another CA bundle, so they were not used (%1).")
                .arg(changes.join(QStringLiteral("; "))),
            Tr::tr("Check the endpoints on the import review. If you trust them, enter the secrets again; saving "
                   "them stores them for these endpoints.")};
}

QString keychainHeadlessHint()
{
    return headlessHint();
}

KeychainError keychainWithoutEngine(const QString &why)
{
    // `why` says what is missing and to reinstall; this process will not look again.
    KeychainError e{KeychainError::Kind::NoService, why, QString()};
    e.retryable = false;
    return e;
}

} // namespace cc
