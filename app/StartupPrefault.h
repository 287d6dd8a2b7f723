#pragma once
// Memory a start-up is about to write, made present in one system call instead of one page fault
// per 4 KiB page (docs/benchmarks.md, "Start-up, fifth pass: page faults").
//
// On the virtual machines this program is measured on, and on many a cloud desktop, a page fault
// costs about 15 µs; MADV_POPULATE_WRITE (Linux 5.14) makes the same pages present for about a
// third of that, without touching them from user space. The wizard's first paint grows the heap by
// about 1 MiB and draws into a 2.1 MiB backing store (BackingStorePrefault.h): some 800 faults,
// most of what its start-up cost over a bare QWizard. A `validate` grows its heap by about 1 MiB
// as well (OpenSSL, Qt Network). Where the kernel or the C library cannot do it, these functions
// do nothing — they change nothing either — and start-up is as before.
//
// Call them while the process has one thread of its own (before the application is made): they
// read and grow the main heap.
#include <QtGlobal>

#include <cstddef>

namespace cc {

// Whether this kernel makes pages present on request (Linux 5.14's MADV_POPULATE_WRITE), asked
// once with one page of this thread's stack.
bool populateSupported();

// Makes the whole pages within [begin, end) present and writable in one call. Nothing is written
// to them. Returns the bytes made present; 0 when the kernel refused.
std::size_t populatePages(quintptr begin, quintptr end);

// Grows the main heap's free top to at least `bytes` now and makes it present: malloc carves its
// next blocks from there. Until endStartupHeapReserve(), the heap keeps that much free at its top
// when it shrinks (glibc's M_TOP_PAD), so the reserve is not handed back at the first free.
// Returns the bytes made present (0: not done — not glibc, no brk heap, no kernel support).
std::size_t reserveStartupHeap(std::size_t bytes);

// Gives the heap glibc's default pad (128 KiB) again, so that what the reserve left unused goes
// back to the kernel at the next trim and later threads' arenas start small. glibc's dynamic mmap
// threshold stays off (setting M_TOP_PAD turned it off): blocks of 128 KiB and more are mapped afresh.
// Does nothing if reserveStartupHeap() did not change the pad.
void endStartupHeapReserve();

// Benchmarks and tests: with CC_STARTUP_PREFAULT=0 in the environment nothing is made present, so
// the same program can be measured with and without.
bool startupPrefaultEnabled();

} // namespace cc
