#pragma once
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QString>

namespace cc {

// A JSON pointer as shown to a person: a token over 64 characters (longer than any name a profile
// may hold: a name in a file that is far too long) is cut to its first 24 and an ellipsis, so that
// the reason beside it stays in view. Machine-readable output keeps the whole pointer.
inline QString displayPointer(const QString &pointer)
{
    constexpr qsizetype longest = 64, kept = 24;
    QStringList tokens = pointer.split(u'/');
    for (QString &t : tokens)
        if (t.size() > longest)
            t = t.left(kept) + QChar(0x2026);
    return tokens.join(u'/');
}

// One thing wrong with a profile: where (a JSON pointer, "" for the whole document) and why.
struct ProfileProblem {
    QString pointer;
    QString message;
    QString toString() const
    {
        return (pointer.isEmpty() ? QCoreApplication::translate("ProfileValidator", "(document)") : displayPointer(pointer))
               + QStringLiteral(": ") + message;
    }
    bool operator==(const ProfileProblem &o) const { return pointer == o.pointer && message == o.message; }
};

using ProfileProblems = QList<ProfileProblem>;

// Escapes one reference token of a JSON pointer (RFC 6901).
inline QString pointerToken(QString t)
{
    return t.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
}

} // namespace cc
