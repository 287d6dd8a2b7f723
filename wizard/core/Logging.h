#pragma once
// One logging category per layer. They log ids and statuses only — a check's id and outcome,
// an HTTP method, host and status, a keychain operation and whether it worked — never a value a
// user typed, a secret, a header or a body. Off below warnings by default; switch on with
// QT_LOGGING_RULES="cc.*.debug=true" (headless, also CC_QT_MESSAGES=1 so stderr shows them).
#include <QLoggingCategory>

namespace cc {
Q_DECLARE_LOGGING_CATEGORY(logCore)
Q_DECLARE_LOGGING_CATEGORY(logNet)
Q_DECLARE_LOGGING_CATEGORY(logChecks)
Q_DECLARE_LOGGING_CATEGORY(logSubmit)
Q_DECLARE_LOGGING_CATEGORY(logSecrets)
Q_DECLARE_LOGGING_CATEGORY(logUi)
Q_DECLARE_LOGGING_CATEGORY(logCli)
} // namespace cc
