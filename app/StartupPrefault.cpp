#include "StartupPrefault.h"

#include <QtGlobal>

#include <array>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cc {

// Makes the whole pages within [begin, end) present and writable (MADV_POPULATE_WRITE,
// madvise(2), Linux 5.14). Returns the bytes made present, 0 when the kernel refused (an older
// kernel answers EINVAL: nothing is lost, the pages then fault in one by one as before).
std::size_t populatePages(quintptr begin, quintptr end)
{
#if defined(MADV_POPULATE_WRITE)
    const auto page = quintptr(sysconf(_SC_PAGESIZE));
    if (page == 0 || (page & (page - 1)) != 0)
        return 0;
    begin = (begin + page - 1) & ~(page - 1); // a partial first page is in use already
    end &= ~(page - 1);
    if (end <= begin || madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE) != 0)
        return 0;
    return end - begin;
#else
    Q_UNUSED(begin)
    Q_UNUSED(end)
    return 0;
#endif
}

bool startupPrefaultEnabled()
{
    const char *setting = std::getenv("CC_STARTUP_PREFAULT");
    return !setting || std::strcmp(setting, "0") != 0;
}

std::size_t reserveStartupHeap(std::size_t bytes)
{
#if defined(__GLIBC__)
    if (!startupPrefaultEnabled() || bytes == 0 || bytes > std::size_t(INT_MAX))
        return 0;
    // From now on the heap grows by `bytes` more than a request needs, and keeps that much free at
    // its top when it shrinks (M_TOP_PAD, mallopt(3)): the reserve made present below stays there.
    if (mallopt(M_TOP_PAD, int(bytes)) != 1)
        return 0;
    const auto before = quintptr(sbrk(0));
    if (before == quintptr(-1))
        return 0;
    // Make the heap grow now. Blocks below the mmap threshold (128 KiB) come from the heap's top;
    // the first that does not fit there makes malloc extend the heap by it plus the pad. The top
    // is small at this point (about the default pad), so two blocks are enough; four bound it.
    constexpr std::size_t block = 96 * 1024;
    std::array<void *, 4> blocks{};
    for (void *&b : blocks) {
        b = std::malloc(block);
        if (quintptr(sbrk(0)) != before)
            break;
    }
    for (void *b : blocks)
        std::free(b);                     // back into the top, which keeps at least the pad
    const auto after = quintptr(sbrk(0)); // where the heap ends now, after any trim
    if (after == quintptr(-1) || after <= before)
        return 0; // the heap did not grow by brk (glibc then maps memory of its own: left as is)
    return populatePages(before, after);
#else
    Q_UNUSED(bytes)
    return 0;
#endif
}

} // namespace cc
