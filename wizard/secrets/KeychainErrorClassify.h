#pragma once
// QtKeychain's answer in words an administrator can act on (KeychainError.h): which of our kinds
// an error code and message are, with the cause and the fix.
#include "KeychainError.h"

namespace cc {

// From QtKeychain's error code (QKeychain::Error as int) and its message.
KeychainError classifyKeychainError(int qkeychainError, const QString &message);

} // namespace cc
