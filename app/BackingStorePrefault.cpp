#include "BackingStorePrefault.h"

#include "StartupPrefault.h"

#include <QBackingStore>
#include <QGuiApplication>
#include <QImage>
#include <QWidget>

namespace cc {

std::size_t prefaultBackingStore(QWidget *window)
{
    if (!startupPrefaultEnabled() || !window || !window->isWindow() || !populateSupported())
        return 0;
    // Only where QBackingStore::paintDevice() is the platform's image as soon as the store has a
    // size (Qt 6.4: QOffscreenBackingStore and QXcbBackingStore allocate it in resize()). Wayland's
    // shared-memory store makes its buffer in beginPaint(): asked before, it has none to give.
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("xcb") && platform != QLatin1String("offscreen"))
        return 0;
    QBackingStore *store = window->backingStore(); // made by show(); its image is not, until the first paint
    if (!store)
        return 0;
    // The size the first paint gives it (QWidgetRepaintManager resizes the store to the window's
    // size when they differ): allocated now, the paint finds it the right size and keeps it. The
    // window is already marked dirty by show(), so the paint still draws all of it. Should a window
    // manager resize the window before the paint, Qt allocates again and this was only wasted work.
    if (store->size() != window->size())
        store->resize(window->size());
    // With high-DPI scaling paintDevice() is an image Qt makes in beginPaint() (null until then).
    const QPaintDevice *device = store->paintDevice();
    if (!device || device->devType() != QInternal::Image)
        return 0;
    const auto *image = static_cast<const QImage *>(device);
    if (image->isNull())
        return 0;
    // constBits(): the store's own pixels, never a detached copy; sizeInBytes() is all its lines.
    // Offscreen keeps them on the heap, xcb in a shared-memory segment it shares with the X server:
    // either is memory of this process that the paint is about to fill.
    const auto begin = quintptr(image->constBits());
    return populatePages(begin, begin + quintptr(image->sizeInBytes()));
}

} // namespace cc
