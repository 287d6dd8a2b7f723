// What start-up makes present in bulk (app/StartupPrefault.h) is what the first paint then uses:
// the heap reserve is where malloc takes its next blocks from, and the backing store made present
// is the one the first paint draws into. Residency is read with mincore(2), which says for each
// page whether it is in memory; a page nobody has touched yet is not.
#include "BackingStorePrefault.h"
#include "StartupPrefault.h"

#include <QBackingStore>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QWidget>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

namespace {

quintptr pageSize()
{
    return quintptr(sysconf(_SC_PAGESIZE));
}

// How many of the whole pages within [begin, end) are in memory, and how many there are.
QPair<int, int> residentPages(quintptr begin, quintptr end)
{
    const quintptr page = pageSize();
    begin = (begin + page - 1) & ~(page - 1);
    end &= ~(page - 1);
    if (end <= begin)
        return {0, 0};
    std::vector<unsigned char> vec((end - begin) / page);
    if (mincore(reinterpret_cast<void *>(begin), end - begin, vec.data()) != 0)
        return {-1, int(vec.size())};
    int resident = 0;
    for (unsigned char v : vec)
        resident += v & 1;
    return {resident, int(vec.size())};
}

const QImage *backingImage(QWidget *w)
{
    QBackingStore *store = w->backingStore();
    const QPaintDevice *device = store ? store->paintDevice() : nullptr;
    return device && device->devType() == QInternal::Image ? static_cast<const QImage *>(device) : nullptr;
}

class Painted : public QWidget {
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override
    {
        ++paints;
        QPainter(this).fillRect(rect(), QColor(0x12, 0x34, 0x56));
    }
};

} // namespace

class TestStartupPrefault : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // MADV_POPULATE_WRITE is Linux 5.14; an older kernel refuses it, and the functions then
        // (rightly) do nothing.
        if (!cc::populateSupported())
            QSKIP("this kernel has no MADV_POPULATE_WRITE (Linux 5.14): nothing is made present in bulk");
        qunsetenv("CC_STARTUP_PREFAULT");
    }

    void theHeapReserveIsPresentAndMallocTakesItsBlocksFromIt()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer's allocator does not use the brk heap: there is nothing to reserve");
#elif !defined(__GLIBC__)
        QSKIP("the reserve is made in glibc's heap");
#else
        constexpr std::size_t asked = 1024 * 1024;
        const std::size_t made = cc::reserveStartupHeap(asked);
        const auto end = quintptr(sbrk(0));
        const std::size_t top = mallinfo2().keepcost; // the free top of the heap, ending at the break
        QVERIFY2(made + pageSize() >= asked && made <= asked, qPrintable(QString::number(made)));
        QVERIFY(top >= made);
        const quintptr from = end - top; // malloc carves from here: the reserve is the top's low end
        const QPair<int, int> reserve = residentPages(from, from + made);
        QVERIFY(reserve.second > 200);
        QCOMPARE(reserve.first, reserve.second); // every page of it is present, none touched by us

        // 768 KiB of blocks fit without the heap growing, most of them in the reserve (malloc takes
        // free blocks from elsewhere in the heap first, if it has any that fit).
        std::vector<void *> blocks;
        int inReserve = 0;
        for (int i = 0; i < 96; ++i) {
            void *b = malloc(8 * 1024);
            QVERIFY(b);
            blocks.push_back(b);
            inReserve += quintptr(b) >= from && quintptr(b) < from + made;
        }
        QCOMPARE(quintptr(sbrk(0)), end);
        QVERIFY2(inReserve >= 32, qPrintable(QString::number(inReserve)));
        for (void *b : blocks)
            free(b);
        // Freed again, the heap keeps the reserve (the pad) rather than handing it back.
        QCOMPARE(residentPages(from, from + made).first, reserve.second);

        // Once the reserve has ended, the heap grows by glibc's default pad again, not by 1 MiB.
        cc::endStartupHeapReserve();
        const auto before = quintptr(sbrk(0));
        blocks.clear();
        for (int i = 0; i < 64 && quintptr(sbrk(0)) == before; ++i)
            blocks.push_back(malloc(96 * 1024));
        const auto grown = quintptr(sbrk(0)) - before;
        for (void *b : blocks)
            free(b);
        QVERIFY2(grown > 0 && grown < 512 * 1024, qPrintable(QString::number(grown)));
#endif
    }

    void theBackingStoreIsPresentAndTheFirstPaintDrawsIntoIt()
    {
        Painted w;
        w.resize(860, 640);
        w.show();
        QCOMPARE(w.paints, 0);
        const std::size_t made = cc::prefaultBackingStore(&w);
        const QImage *image = backingImage(&w);
        QVERIFY(image && !image->isNull());
        QCOMPARE(image->size(), QSize(860, 640) * w.devicePixelRatio());
        QVERIFY2(made + 2 * pageSize() >= std::size_t(image->sizeInBytes()) && made <= std::size_t(image->sizeInBytes()),
                 qPrintable(QString::number(made)));
        const auto bits = quintptr(image->constBits());
        const QPair<int, int> pages = residentPages(bits, bits + quintptr(image->sizeInBytes()));
        QVERIFY(pages.second > 500);
        QCOMPARE(pages.first, pages.second);

        QTRY_VERIFY(w.paints > 0);
        // The paint kept the image made present (a new one would be at another address, its pages
        // faulted in one by one) and drew into it.
        const QImage *painted = backingImage(&w);
        QVERIFY(painted);
        QCOMPARE(quintptr(painted->constBits()), bits);
        QCOMPARE(painted->pixelColor(430, 320), QColor(0x12, 0x34, 0x56));
    }

    void aWindowNotShownOrNoWindowHasNothingToPrefault()
    {
        QCOMPARE(cc::prefaultBackingStore(nullptr), std::size_t(0));
        QWidget hidden;
        hidden.resize(400, 300);
        QCOMPARE(cc::prefaultBackingStore(&hidden), std::size_t(0));
        QWidget top;
        auto *child = new QWidget(&top);
        top.show();
        QCOMPARE(cc::prefaultBackingStore(child), std::size_t(0)); // a child has no backing store of its own
    }

    void switchedOffItDoesNothing()
    {
        qputenv("CC_STARTUP_PREFAULT", "0");
        const auto before = quintptr(sbrk(0));
        QCOMPARE(cc::reserveStartupHeap(1024 * 1024), std::size_t(0));
        QCOMPARE(quintptr(sbrk(0)), before);
        Painted w;
        w.resize(300, 200);
        w.show();
        QCOMPARE(cc::prefaultBackingStore(&w), std::size_t(0));
        QVERIFY(!backingImage(&w) || backingImage(&w)->isNull()); // left to the first paint, as Qt does it
        qunsetenv("CC_STARTUP_PREFAULT");
    }
};

QTEST_MAIN(TestStartupPrefault)
#include "test_startup_prefault.moc"
