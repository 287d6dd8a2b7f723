// A secret's buffer belongs to one SecretString: copies are new buffers, and every buffer is
// overwritten before it is released.
#include "SecretString.h"
#include "SecretValues.h"

#include <QTest>

#include <cstdlib>
#include <cstring>
#include <new>

// Watches one buffer being released: a replacement of the array delete operators (allowed by the
// C++ standard) copies the watched buffer's bytes just before it is freed. Not under
// AddressSanitizer, which owns these operators there.
#if !defined(__SANITIZE_ADDRESS__)
namespace {
const void *g_watched = nullptr;
size_t g_watchedBytes = 0;
unsigned char g_lastSeen[256];
bool g_seen = false;

void noteRelease(void *p)
{
    if (p && p == g_watched) {
        std::memcpy(g_lastSeen, p, g_watchedBytes);
        g_seen = true;
        g_watched = nullptr;
    }
}
} // namespace

void operator delete[](void *p) noexcept
{
    noteRelease(p);
    std::free(p);
}
void operator delete[](void *p, std::size_t) noexcept
{
    noteRelease(p);
    std::free(p);
}
void *operator new[](std::size_t n)
{
    if (void *p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}
#define CC_WATCH_RELEASES 1
#endif

using namespace cc;

class TestSecretString : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void copiesAreBuffersOfTheirOwn()
    {
        const QString typed = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        SecretString a = typed;
        QVERIFY(a == typed);
        QVERIFY(static_cast<const void *>(a.view().utf16()) != static_cast<const void *>(typed.utf16())); // not Qt's buffer
        SecretString b = a;
        QVERIFY(b == a);
        QVERIFY(b.view().utf16() != a.view().utf16());
        SecretValues one;
        one.spotToken = typed;
        const SecretValues two = one;
        QVERIFY(two.spotToken.view().utf16() != one.spotToken.view().utf16());
        SecretString moved = std::move(b);
        QVERIFY(moved == typed);
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is specified
    }

    void wipeEmptiesAndAssignmentReplaces()
    {
        SecretString s = QStringLiteral("first-secret-value");
        s = QStringLiteral("second");
        QCOMPARE(s.size(), 6);
        QVERIFY(s == QStringLiteral("second"));
        s.wipe();
        QVERIFY(s.isEmpty());
        QVERIFY(s.view().isEmpty());
        QVERIFY(s == QString());
        SecretValues v;
        v.azureClientSecret = QStringLiteral("abc");
        QVERIFY(!v.isEmpty());
        v.wipe();
        QVERIFY(v.isEmpty());
    }

    void everyBufferIsOverwrittenBeforeItIsReleased_data()
    {
        QTest::addColumn<int>("how");
        QTest::newRow("destroyed") << 0;
        QTest::newRow("wiped") << 1;
        QTest::newRow("assigned over") << 2;
        QTest::newRow("moved over") << 3;
    }

    void everyBufferIsOverwrittenBeforeItIsReleased()
    {
#ifdef CC_WATCH_RELEASES
        QFETCH(int, how);
        const QString text = QStringLiteral("AnAzureClientSecret~value.0123456789");
        g_seen = false;
        {
            SecretString s = text;
            g_watched = s.view().utf16();
            g_watchedBytes = size_t(s.size()) * sizeof(char16_t);
            switch (how) {
            case 1: s.wipe(); break;
            case 2: s = QStringLiteral("another"); break;
            case 3: s = SecretString(QStringLiteral("moved in")); break;
            default: break;
            }
        }
        QVERIFY(g_seen);
        for (size_t i = 0; i < g_watchedBytes; ++i)
            QCOMPARE(int(g_lastSeen[i]), 0);
#else
        QSKIP("AddressSanitizer owns operator delete[] in this build; the other builds check this");
#endif
    }
};

QTEST_GUILESS_MAIN(TestSecretString)
#include "test_secret_string.moc"
