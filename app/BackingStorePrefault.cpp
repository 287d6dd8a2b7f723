#include "StartupPrefault.h"

#include <QBackingStore>
#include <QImage>
#include <QWidget>

namespace cc {

std::size_t prefaultBackingStore(QWidget *window)
{
    if (!startupPrefaultEnabled() || !window || !window->isWindow())
        return 0;
    QBackingStore *store = window->backingStore(); // made by show(); its image is not, until the first paint
    if (!store)
        return 0;
    // The size the first paint gives it (QWidgetRepaintManager resizes the store to the window's
    // size when it differs): allocated now, the paint finds it the right size and keeps it.
    if (store->size() != window->size())
        store->resize(window->size());
    const QPaintDevice *device = store->paintDevice();
    if (!device || device->devType() != QInternal::Image)
        return 0; // a platform that hands out its buffers at paint time (Wayland): nothing to do
    const auto *image = static_cast<const QImage *>(device);
    if (image->isNull())
        return 0;
    // constBits(): the store's own pixels, never a detached copy. The offscreen platform keeps
    // them on the heap, xcb in a shared-memory segment it shares with the X server: either is
    // memory of this process that the paint is about to fill.
    const auto begin = quintptr(image->constBits());
    return populatePages(begin, begin + quintptr(image->sizeInBytes()));
}

} // namespace cc
