#include "RegexInterpreter.h"

#include <QByteArray>
#include <QtGlobal>

namespace cc {

void interpretRegularExpressions()
{
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", "0");
}

} // namespace cc
