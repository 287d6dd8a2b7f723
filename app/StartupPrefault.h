#pragma once
// Memory the first paint is about to write, made present in one system call per block instead of
// one page fault per 4 KiB page (docs/benchmarks.md, "Start-up, fifth pass: page faults").
//
// On the virtual machines this program is measured on, and on many a cloud desktop, a page fault
// costs about 15 µs; MADV_POPULATE_WRITE (Linux 5.14) makes the same pages present for about a
// third of that, without touching them from user space. The first paint of the wizard touches
// about 1 MiB of fresh heap and a backing store of about 2.2 MiB (860×640 pixels, 4 bytes each):
// some 800 faults, 12 ms, most of what the wizard's start-up cost over a bare QWizard. A
// `validate` grows its heap by about 1 MiB as well (OpenSSL, Qt Network). Only what will be
// written anyway is made present, so the peak memory does not grow. Where the kernel or the C
// library cannot do it, these functions do nothing and start-up is as before.
//
// StartupPrefault.cpp (C library only) is compiled into the program and the window module,
// BackingStorePrefault.cpp (Qt Gui) into the window module.
#include <QtGlobal>

#include <cstddef>

class QWidget;

namespace cc {

// Makes the whole pages within [begin, end) present and writable in one call
// (madvise(MADV_POPULATE_WRITE)). Returns the bytes made present; 0 when the kernel refused.
std::size_t populatePages(quintptr begin, quintptr end);

// Grows the heap by `bytes` now, makes those pages present, and leaves them at the heap's top,
// where malloc takes its next blocks from; the heap keeps that much free space when it shrinks
// (glibc's M_TOP_PAD). Call once, before the application is created. Returns the bytes made
// present (0: not done — not glibc, the heap is not a brk heap, or the kernel refused).
std::size_t reserveStartupHeap(std::size_t bytes);

// Sizes `window`'s backing store now, as its first paint would, and makes its pixels present.
// Call after show() and before the event loop: the first paint then draws into that image rather
// than allocating its own (same size, so Qt keeps it). Returns the bytes made present (0: no
// backing store yet, or one that is not an image in this process's memory).
std::size_t prefaultBackingStore(QWidget *window);

// Benchmarks and tests: with CC_STARTUP_PREFAULT=0 in the environment the two above do nothing,
// so the same program can be measured with and without them.
bool startupPrefaultEnabled();

} // namespace cc
