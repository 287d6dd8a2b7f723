#include "KeychainError.h"

#include <QFileInfo>
#include <qt6keychain/keychain.h>

namespace cc {
namespace {

const QString kHeadless = QStringLiteral("Headless, you can also run with --no-keychain and pass secrets through the "
                                         "CLOUDCONNECT_* environment variables or --secrets-stdin.");

// A session bus is there to ask: its address is set, or the standard socket exists.
bool sessionBusPresent()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
}

KeychainError noSessionBus()
{
    return {KeychainError::Kind::NoService,
            QStringLiteral("No session bus (D-Bus) is reachable here, so no keychain service (Secret Service) can answer."),
            QStringLiteral("Run Cloud Connect in a desktop session, or start one for it (dbus-run-session, with gnome-keyring "
                           "running in it). ") + kHeadless};
}

} // namespace

KeychainError classifyKeychainError(int code, const QString &message)
{
    using namespace QKeychain;
    const QString m = message.toLower();
    if (code == NoError)
        return {};
    if (code == EntryNotFound)
        return {KeychainError::Kind::NotFound, QStringLiteral("No secrets are stored for this profile."), QString()};
    // Without a bus QtKeychain says only "Could not connect…" or "Unknown error".
    if (code == OtherError && (m.contains(QLatin1String("could not connect")) || m.contains(QLatin1String("unknown error")) || !sessionBusPresent()))
        return noSessionBus();
    if (code == NoBackendAvailable || m.contains(QLatin1String("org.freedesktop.secrets")) || m.contains(QLatin1String("serviceunknown"))
        || m.contains(QLatin1String("was not provided by any .service")) || m.contains(QLatin1String("no such interface"))
        || m.contains(QLatin1String("cannot autolaunch")) || m.contains(QLatin1String("not connected")))
        return {KeychainError::Kind::NoService, QStringLiteral("No keychain service is running (no Secret Service on the session bus)."),
                QStringLiteral("Install and start gnome-keyring (or KWallet, or KeePassXC with Secret Service integration), "
                               "log in to a desktop session, then choose Retry. ") + kHeadless};
    if (code == AccessDeniedByUser || m.contains(QLatin1String("dismissed")) || m.contains(QLatin1String("cancel")))
        return {KeychainError::Kind::Refused, QStringLiteral("Access to the keychain was refused at the prompt."),
                QStringLiteral("Choose Retry and allow access when the keychain asks. ") + kHeadless};
    if (code == AccessDenied || m.contains(QLatin1String("locked")))
        return {KeychainError::Kind::Locked, QStringLiteral("The keychain is locked or denied access."),
                QStringLiteral("Unlock your login keyring (Passwords and Keys / Seahorse, or log in again), then choose Retry. ") + kHeadless};
    return {KeychainError::Kind::Other, QStringLiteral("The keychain reported an error: %1").arg(message.left(300)),
            QStringLiteral("Check that your keyring service works (e.g. secret-tool), then choose Retry. ") + kHeadless};
}

KeychainError keychainTimeout(int seconds)
{
    return {KeychainError::Kind::Timeout, QStringLiteral("The keychain did not answer within %1 seconds.").arg(seconds),
            QStringLiteral("The keyring daemon may be waiting for an unlock prompt or be stuck; answer the prompt or restart it, "
                           "then choose Retry. ") + kHeadless};
}

KeychainError keychainCorrupt()
{
    return {KeychainError::Kind::Corrupt, QStringLiteral("The keychain entry for this profile is not one Cloud Connect wrote."),
            QStringLiteral("Store the secrets again (Save secrets, or cloudconnect secrets set).")};
}

KeychainError keychainBoundElsewhere(const QStringList &changes)
{
    return {KeychainError::Kind::BoundElsewhere,
            QStringLiteral("The keychain holds secrets for this profile name, but they were stored for other endpoints or "
                           "another CA bundle, so they were not used (%1).").arg(changes.join(QStringLiteral("; "))),
            QStringLiteral("Check the endpoints on the import review. If you trust them, enter the secrets again; saving "
                           "them stores them for these endpoints.")};
}

} // namespace cc
