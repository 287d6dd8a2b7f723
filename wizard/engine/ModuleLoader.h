#pragma once
// Finds and loads one of the program's own plugins (the engine, the window module), always
// relative to the running executable — never the working directory, the environment or a
// profile: the installed layout first (CC_ENGINE_RELATIVE_DIR, from bin/ to
// lib/<arch>/cloudconnect, set by CMake), then beside the executable (the build tree). A plugin
// whose metadata names another version or other interface headers is not loaded.
#include <QObject>
#include <QPluginLoader>
#include <QString>
#include <QStringList>

namespace cc {

struct ModuleLoad {
    enum class Failure { None, Missing, OtherVersion, NotLoadable };
    QObject *instance = nullptr;     // the plugin's root object; the module stays loaded for good
    QPluginLoader *loader = nullptr; // kept by the caller for the life of the process
    Failure failure = Failure::None;
    QString path;         // the file found (Missing: empty)
    QStringList searched; // Missing: where it was looked for
    QString version;      // OtherVersion: what the file says (may be empty)
    QString detail;       // NotLoadable: the loader's reason
};

// `fileName`: the module's file name; `iid`: the interface its root object implements. A module
// linked into the program as a Qt static plugin (the tests) is taken first. The root object is
// handed to the application's thread when it was loaded on another one.
ModuleLoad loadModule(const QString &fileName, const char *iid);

// Which of the program's modules a message is about.
enum class Module { Engine, Window, Keychain };

// Why `m` (which failed) could not be loaded, and the fix, in the language of the translators
// installed now.
QString moduleFailureText(Module which, const ModuleLoad &m);

// The directory of the running executable (/proc/self/exe, symbolic links resolved), also before
// a QCoreApplication exists; empty when it cannot be read (then nothing is loaded: never a path
// from argv[0], PATH or the working directory).
QString executableDir();

} // namespace cc
