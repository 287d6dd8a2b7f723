#pragma once
// Shared by the fuzz targets (docs/fuzzing.md): one QCoreApplication for the whole run, the
// fuzzer's bytes as Qt types, and FUZZ_CHECK, which turns a broken invariant into a crash that
// libFuzzer records like any sanitizer finding.
#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond, what)                                                                                                             \
    do {                                                                                                                                   \
        if (!(cond)) {                                                                                                                     \
            std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", what, __FILE__, __LINE__);                                         \
            std::abort();                                                                                                                  \
        }                                                                                                                                  \
    } while (0)

namespace ccfuzz {

// The application object the wizard always has; created once, never destroyed (reachable, so not a leak).
inline void initQt()
{
    static int argc = 1;
    static char name[] = "cc-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

// A deep copy: Qt may keep a QByteArray's pointer, libFuzzer frees the buffer after the call.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace ccfuzz

#define CC_FUZZ_INIT_QT                                                                                                                    \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                                                                   \
    {                                                                                                                                      \
        ccfuzz::initQt();                                                                                                                  \
        return 0;                                                                                                                          \
    }
