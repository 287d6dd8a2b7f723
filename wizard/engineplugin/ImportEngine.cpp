// Linked into every program that links cc_engine_static: registers the engine as a static
// plugin, where engine() (engine/Engine.h) finds it before looking for the module.
#include <QtPlugin>

Q_IMPORT_PLUGIN(CloudConnectEngine)
