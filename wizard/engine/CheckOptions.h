#pragma once
// How long the Azure checks keep retrying while a fresh grant propagates (the seed: up to
// 15 minutes after "Grant permissions" / the role assignment), and how often.
#include <QtGlobal>

namespace cc {

// Whatever the options or the checklist say, never wait longer than this for a grant.
inline constexpr qint64 kMaxGrantWaitMs = 60 * 60 * 1000;

struct CheckOptions {
    // A grant ticked on the checklist less than this long ago may still be on its way: token,
    // subscription and role checks that fail for want of it are retried until then.
    qint64 grantWaitMs = 15 * 60 * 1000;
    int grantRetryBaseMs = 15000; // doubled per retry…
    int grantRetryMaxMs = 60000;  // …up to this
};

} // namespace cc
