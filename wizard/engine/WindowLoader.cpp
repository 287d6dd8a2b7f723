#include "WindowModule.h"
#include "ModuleLoader.h"

#include <QCoreApplication>
#include <optional>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

// One attempt per process (a missing file stays missing); the program's thread only.
std::optional<cc::ModuleLoad> &attempt()
{
    static std::optional<cc::ModuleLoad> value;
    return value;
}

} // namespace

namespace cc {

WindowModule *windowModule()
{
    if (!attempt())
        attempt() = loadModule(QStringLiteral(CC_WINDOW_FILE_NAME), CC_WINDOW_IID);
    return qobject_cast<WindowModule *>(attempt()->instance);
}

QString windowModuleError()
{
    if (windowModule())
        return {};
    const ModuleLoad &m = *attempt();
    const QString fix = Tr::tr("Reinstall Cloud Connect: the window module is a part of its package.");
    switch (m.failure) {
    case ModuleLoad::Failure::Missing:
        return Tr::tr("Cloud Connect's window module (%1), which shows the wizard and writes PDF reports, is missing: it was looked "
                      "for in %2.")
                   .arg(QStringLiteral(CC_WINDOW_FILE_NAME), m.searched.join(QStringLiteral(", ")))
               + QLatin1Char(' ') + fix;
    case ModuleLoad::Failure::OtherVersion:
        return Tr::tr("Cloud Connect's window module (%1) is of another version (%2, this program is %3).")
                   .arg(m.path, m.version.isEmpty() ? Tr::tr("unknown") : m.version, QStringLiteral(CC_VERSION))
               + QLatin1Char(' ') + fix;
    case ModuleLoad::Failure::NotLoadable:
    case ModuleLoad::Failure::None: break;
    }
    return Tr::tr("Cloud Connect's window module (%1) could not be loaded: %2")
               .arg(m.path, m.detail.isEmpty() ? QStringLiteral(CC_WINDOW_IID) : m.detail)
           + QLatin1Char(' ') + fix;
}

} // namespace cc
