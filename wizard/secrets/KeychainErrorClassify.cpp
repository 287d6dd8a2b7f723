#include "KeychainErrorClassify.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <qt6keychain/keychain.h>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};
} // namespace

namespace cc {
namespace {

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
            Tr::tr("No session bus (D-Bus) is reachable here, so no keychain service (Secret Service) can answer."),
            Tr::tr("Run Cloud Connect in a desktop session, or start one for it (dbus-run-session, with gnome-keyring "
                   "running in it). ")
                + keychainHeadlessHint()};
}

} // namespace

KeychainError classifyKeychainError(int code, const QString &message)
{
    using namespace QKeychain;
    const QString m = message.toLower();
    if (code == NoError)
        return {};
    if (code == EntryNotFound)
        return {KeychainError::Kind::NotFound, Tr::tr("No secrets are stored for this profile."), QString()};
    // Without a bus QtKeychain says only "Could not connect…" or "Unknown error".
    if (code == OtherError
        && (m.contains(QLatin1String("could not connect")) || m.contains(QLatin1String("unknown error")) || !sessionBusPresent()))
        return noSessionBus();
    if (code == NoBackendAvailable || m.contains(QLatin1String("org.freedesktop.secrets")) || m.contains(QLatin1String("serviceunknown"))
        || m.contains(QLatin1String("was not provided by any .service")) || m.contains(QLatin1String("no such interface"))
        || m.contains(QLatin1String("cannot autolaunch")) || m.contains(QLatin1String("not connected")))
        return {KeychainError::Kind::NoService, Tr::tr("No keychain service is running (no Secret Service on the session bus)."),
                Tr::tr("Install and start gnome-keyring (or KWallet, or KeePassXC with Secret Service integration), "
                       "log in to a desktop session, then choose Retry. ")
                    + keychainHeadlessHint()};
    if (code == AccessDeniedByUser || m.contains(QLatin1String("dismissed")) || m.contains(QLatin1String("cancel")))
        return {KeychainError::Kind::Refused, Tr::tr("Access to the keychain was refused at the prompt."),
                Tr::tr("Choose Retry and allow access when the keychain asks. ") + keychainHeadlessHint()};
    if (code == AccessDenied || m.contains(QLatin1String("locked")))
        return {KeychainError::Kind::Locked, Tr::tr("The keychain is locked or denied access."),
                Tr::tr("Unlock your login keyring (Passwords and Keys / Seahorse, or log in again), then choose Retry. ")
                    + keychainHeadlessHint()};
    return {KeychainError::Kind::Other, Tr::tr("The keychain reported an error: %1").arg(message.left(300)),
            Tr::tr("Check that your keyring service works (e.g. secret-tool), then choose Retry. ") + keychainHeadlessHint()};
}

} // namespace cc
