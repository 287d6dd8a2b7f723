#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cc {

// One thing wrong with a profile: where (a JSON pointer, "" for the whole document) and why.
struct ProfileProblem {
    QString pointer;
    QString message;
    QString toString() const
    {
        return (pointer.isEmpty() ? QCoreApplication::translate("ProfileValidator", "(document)") : pointer) + QStringLiteral(": ")
               + message;
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
