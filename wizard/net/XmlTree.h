#pragma once
// A small, bounded XML reader for AWS's Query-protocol answers: element names (namespaces
// dropped), text, children. No DTDs, no entities beyond XML's own, at most 32 levels and
// 20 000 elements; anything else is "not an answer we understand", never a crash.
#include <QList>
#include <QString>
#include <optional>

namespace cc {

struct XmlNode {
    QString name;
    QString text; // concatenated character data of this element (trimmed)
    QList<XmlNode> children;

    const XmlNode *child(const QString &name) const;
    QList<const XmlNode *> childrenNamed(const QString &name) const;
    // A '/'-separated path of child names below this node, e.g. "GetCallerIdentityResult/Arn".
    const XmlNode *at(const QString &path) const;
    QString textAt(const QString &path) const; // "" when missing
    // The first element with this name anywhere below (depth-first).
    const XmlNode *find(const QString &name) const;
};

std::optional<XmlNode> parseXml(const QByteArray &data, QString *error = nullptr);

} // namespace cc
