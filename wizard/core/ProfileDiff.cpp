#include "ProfileDiff.h"

#include "ProfileJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace cc {
namespace {

void flatten(const QJsonValue &v, const QString &pointer, QMap<QString, QString> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            flatten(it.value(), pointer + u'/' + it.key(), out);
    } else if (v.isArray()) {
        out.insert(pointer, QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
    } else if (v.isBool()) {
        out.insert(pointer, v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else {
        out.insert(pointer, v.toVariant().toString());
    }
}

} // namespace

QList<ProfileChange> profileChanges(const Profile &current, const Profile &incoming)
{
    QMap<QString, QString> before, after;
    flatten(profileToJson(current), QString(), before);
    flatten(profileToJson(incoming), QString(), after);
    QList<ProfileChange> out;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &k : keys) {
        const QString b = before.value(k), a = after.value(k);
        if (b != a)
            out.append({k, b, a});
    }
    return out;
}

} // namespace cc
