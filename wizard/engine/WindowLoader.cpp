#include "WindowModule.h"
#include "ModuleLoader.h"

#include <QCoreApplication>
#include <optional>

namespace {
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
    return windowModule() ? QString() : moduleFailureText(Module::Window, *attempt());
}

} // namespace cc
