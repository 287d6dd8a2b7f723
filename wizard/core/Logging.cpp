#include "Logging.h"

namespace cc {
// Defined here, in the layer every other one links, so each layer can log without a library of
// its own for it.
Q_LOGGING_CATEGORY(logCore, "cc.core", QtWarningMsg)
Q_LOGGING_CATEGORY(logNet, "cc.net", QtWarningMsg)
Q_LOGGING_CATEGORY(logChecks, "cc.checks", QtWarningMsg)
Q_LOGGING_CATEGORY(logSubmit, "cc.submit", QtWarningMsg)
Q_LOGGING_CATEGORY(logSecrets, "cc.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(logUi, "cc.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(logCli, "cc.cli", QtWarningMsg)
} // namespace cc
