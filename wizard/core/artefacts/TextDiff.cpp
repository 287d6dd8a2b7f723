#include "TextDiff.h"

#include <QStringList>

#include <vector>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Artefacts)
};
} // namespace

namespace cc {
namespace {

QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the text's final newline ends the last line, it does not start one
    for (QString &l : lines)
        if (l.endsWith(u'\r'))
            l.chop(1);
    return lines;
}

struct Op {
    char kind; // ' ', '-', '+'
    QString line;
};

} // namespace

QString unifiedDiff(const QString &before, const QString &after, const QString &beforeName, const QString &afterName)
{
    const QStringList a = linesOf(before), b = linesOf(after);
    // Common head and tail first: a merge changes a few lines, so the LCS table stays small.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const qsizetype n = a.size() - head - tail, m = b.size() - head - tail;
    if (n == 0 && m == 0)
        return {};
    if (n * m > 4'000'000)
        return Tr::tr("(the files differ too much to show a diff)\n");
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a.at(head + i) == b.at(head + j)
                                            ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                            : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    std::vector<Op> ops;
    for (qsizetype i = 0; i < head; ++i)
        ops.push_back({' ', a.at(i)});
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
            ops.push_back({' ', a.at(head + i)});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            ops.push_back({'-', a.at(head + i)}); // removals before additions, as diff(1) prints them
            ++i;
        } else {
            ops.push_back({'+', b.at(head + j)});
            ++j;
        }
    }
    for (qsizetype k = 0; k < tail; ++k)
        ops.push_back({' ', a.at(a.size() - tail + k)});

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    constexpr qsizetype context = 3;
    const qsizetype total = qsizetype(ops.size());
    qsizetype k = 0;
    while (k < total) {
        if (ops[size_t(k)].kind == ' ') {
            ++k;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is within 2 × context of the previous one.
        qsizetype start = std::max<qsizetype>(0, k - context);
        qsizetype end = k;
        while (true) {
            qsizetype next = end + 1;
            while (next < total && ops[size_t(next)].kind == ' ')
                ++next;
            if (next < total && next - end <= 2 * context)
                end = next;
            else
                break;
        }
        const qsizetype stop = std::min(total, end + context + 1);
        qsizetype aLine = 1, bLine = 1;
        for (qsizetype x = 0; x < start; ++x) {
            if (ops[size_t(x)].kind != '+')
                ++aLine;
            if (ops[size_t(x)].kind != '-')
                ++bLine;
        }
        qsizetype aCount = 0, bCount = 0;
        QString body;
        for (qsizetype x = start; x < stop; ++x) {
            const Op &op = ops[size_t(x)];
            if (op.kind != '+')
                ++aCount;
            if (op.kind != '-')
                ++bCount;
            body += QChar(QLatin1Char(op.kind)) + op.line + u'\n';
        }
        out +=
            QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(aCount ? aLine : aLine - 1).arg(aCount).arg(bCount ? bLine : bLine - 1).arg(bCount)
            + body;
        k = stop;
    }
    return out;
}

} // namespace cc
