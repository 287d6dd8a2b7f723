// cc::interpretRegularExpressions() (app/RegexInterpreter.h): after it, Qt compiles patterns for
// its interpreter, so matching maps no writable executable memory (PCRE2's JIT maps 64 KiB of it
// for the first pattern it compiles) and matches are what they were. The real program, and that a
// user's own QT_ENABLE_REGEXP_JIT wins, are checked with strace in test_startup.
#include "RegexInterpreter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// The mappings of this process that are executable and not backed by a file: what a JIT makes.
QStringList anonymousExecutableMappings()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("/proc/self/maps unreadable")};
    QStringList found;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 5 && fields.at(1).size() == 4 && fields.at(1).at(2) == 'x')
            found << QString::fromLatin1(line); // five fields: no path, not even [vdso]
    }
    return found;
}

} // namespace

class TestRegexInterpreter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Before any pattern is compiled in this process (QTEST_GUILESS_MAIN compiles none).
        if (qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
            QSKIP("QT_ENABLE_REGEXP_JIT is set here: the user's choice, which the function leaves alone");
        cc::interpretRegularExpressions();
    }

    void theSwitchIsQtsOwn() { QCOMPARE(qgetenv("QT_ENABLE_REGEXP_JIT"), QByteArray("0")); }

    void patternsMatchAsBeforeWithoutExecutableMemory()
    {
        const QStringList before = anonymousExecutableMappings();
        // Field rules of the kind wizard/core/ProfileRules.cpp holds, used as it uses them.
        const QRegularExpression vpc(QStringLiteral("\\A(?:vpc-([0-9a-f]{8}|[0-9a-f]{17}))\\z"));
        const QRegularExpression arn(QStringLiteral("\\A(?:arn:aws(-us-gov|-cn)?:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512})\\z"));
        QVERIFY(vpc.match(QStringLiteral("vpc-0123abcd")).hasMatch());
        QVERIFY(vpc.match(QStringLiteral("vpc-0123456789abcdef0")).hasMatch());
        QVERIFY(!vpc.match(QStringLiteral("vpc-0123abc")).hasMatch());
        QVERIFY(!vpc.match(QStringLiteral("vpc-0123abcd\n")).hasMatch());
        QVERIFY(arn.match(QStringLiteral("arn:aws-us-gov:iam::123456789012:role/scalr/Connect")).hasMatch());
        QVERIFY(!arn.match(QStringLiteral("arn:aws:iam::12345678901:role/x")).hasMatch());
        // A long subject, interpreted: bounded and correct.
        QVERIFY(!arn.match(QStringLiteral("arn:aws:iam::123456789012:role/") + QString(600, u'a')).hasMatch());
        QCOMPARE(anonymousExecutableMappings(), before);
    }
};

QTEST_GUILESS_MAIN(TestRegexInterpreter)
#include "test_regex_interpreter.moc"
