#include "SecretValues.h"

#include <cstring>

namespace cc {

bool SecretValues::isEmpty() const
{
    return awsSecretAccessKey.isEmpty() && azureClientSecret.isEmpty() && scalrSecretKey.isEmpty() && spotToken.isEmpty();
}

void wipeString(QString &s)
{
    if (!s.isEmpty()) {
        // data() detaches, so only our own copy is overwritten; a volatile pointer keeps the
        // compiler from dropping the writes as dead stores.
        volatile char16_t *p = reinterpret_cast<char16_t *>(s.data());
        for (qsizetype i = 0; i < s.size(); ++i)
            p[i] = u'\0';
    }
    s.clear();
}

void SecretValues::wipe()
{
    awsSecretAccessKey.wipe();
    azureClientSecret.wipe();
    scalrSecretKey.wipe();
    spotToken.wipe();
}

} // namespace cc
