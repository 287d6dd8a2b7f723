#include "StartupPrefault.h"

#include <array>
#include <climits>
#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cc {
namespace {

quintptr pageSize()
{
    const long page = sysconf(_SC_PAGESIZE);
    return page > 0 && (page & (page - 1)) == 0 ? quintptr(page) : 0;
}

bool padChanged = false;

} // namespace

bool startupPrefaultEnabled()
{
    bool ok = false;
    return !(qEnvironmentVariableIntValue("CC_STARTUP_PREFAULT", &ok) == 0 && ok);
}

std::size_t populatePages(quintptr begin, quintptr end)
{
#if defined(MADV_POPULATE_WRITE)
    const quintptr page = pageSize();
    if (page == 0)
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

bool populateSupported()
{
    static const bool supported = [] {
        const quintptr page = pageSize();
        if (page == 0)
            return false;
        // A page of this very stack frame: mapped, writable, in use; making it present changes
        // nothing. An older kernel answers EINVAL.
        volatile char here = 0;
        const quintptr start = quintptr(&here) & ~(page - 1);
        return populatePages(start, start + page) == page;
    }();
    return supported;
}

std::size_t reserveStartupHeap(std::size_t bytes)
{
#if defined(__GLIBC__)
    if (!startupPrefaultEnabled() || bytes == 0 || bytes > std::size_t(INT_MAX) || !populateSupported())
        return 0;
    // The heap grows by `bytes` more than a request needs and keeps that much free at its top when
    // it shrinks (M_TOP_PAD, mallopt(3)): the reserve made present below stays there.
    if (mallopt(M_TOP_PAD, int(bytes)) != 1)
        return 0; // a malloc that is not glibc's (AddressSanitizer's): nothing to reserve in
    padChanged = true;
    // The free top of the main heap is mallinfo2().keepcost bytes and ends at the program break.
    // If it is smaller than the reserve, make the heap grow now: blocks below the mmap threshold
    // (128 KiB) come from the top, and the first that does not fit there makes malloc extend the
    // heap by it plus the pad. Sixteen blocks bound it (the top is rarely over 256 KiB here).
    if (mallinfo2().keepcost < bytes) {
        constexpr std::size_t block = 96 * 1024;
        const void *const start = sbrk(0);
        std::array<void *, 16> blocks{};
        for (void *&b : blocks) {
            b = std::malloc(block);
            if (!b || sbrk(0) != start)
                break;
        }
        for (void *b : blocks)
            std::free(b); // back into the top, which keeps at least the pad
    }
    const auto end = quintptr(sbrk(0));
    const std::size_t top = mallinfo2().keepcost;
    if (end == quintptr(-1) || top == 0 || top > end)
        return 0;
    // malloc carves from the top's low end: that is where the reserve goes (the top is heap
    // memory: mapped, writable, unused; a top far larger than asked is left as it is beyond).
    const quintptr from = end - top;
    return populatePages(from, from + qMin<quintptr>(top, bytes));
#else
    Q_UNUSED(bytes)
    return 0;
#endif
}

void endStartupHeapReserve()
{
#if defined(__GLIBC__)
    if (padChanged && mallopt(M_TOP_PAD, 128 * 1024) == 1) // glibc's DEFAULT_TOP_PAD
        padChanged = false;
#endif
}

} // namespace cc
