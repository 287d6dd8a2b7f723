#include "XmlTree.h"

#include <QXmlStreamReader>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Network)
};
} // namespace

namespace cc {

namespace {
constexpr int kMaxDepth = 32;
constexpr int kMaxElements = 20000;
constexpr int kMaxTextChars = 256 * 1024;
} // namespace

const XmlNode *XmlNode::child(const QString &n) const
{
    for (const XmlNode &c : children) {
        if (c.name == n)
            return &c;
    }
    return nullptr;
}

QList<const XmlNode *> XmlNode::childrenNamed(const QString &n) const
{
    QList<const XmlNode *> out;
    for (const XmlNode &c : children) {
        if (c.name == n)
            out << &c;
    }
    return out;
}

const XmlNode *XmlNode::at(const QString &path) const
{
    const XmlNode *node = this;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        node = node->child(part);
        if (!node)
            return nullptr;
    }
    return node;
}

QString XmlNode::textAt(const QString &path) const
{
    const XmlNode *n = at(path);
    return n ? n->text : QString();
}

const XmlNode *XmlNode::find(const QString &n) const
{
    for (const XmlNode &c : children) {
        if (c.name == n)
            return &c;
        if (const XmlNode *deeper = c.find(n))
            return deeper;
    }
    return nullptr;
}

std::optional<XmlNode> parseXml(const QByteArray &data, QString *error)
{
    auto failWith = [&](const QString &why) -> std::optional<XmlNode> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QXmlStreamReader xml(data);
    QList<XmlNode> stack;
    std::optional<XmlNode> root;
    int elements = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference: return failWith(Tr::tr("document type declarations are not accepted"));
        case QXmlStreamReader::StartElement:
            if (root)
                return failWith(Tr::tr("more than one root element"));
            if (stack.size() >= kMaxDepth)
                return failWith(Tr::tr("nested deeper than %1 levels").arg(kMaxDepth));
            if (++elements > kMaxElements)
                return failWith(Tr::tr("more than %1 elements").arg(kMaxElements));
            stack.append(XmlNode{xml.name().toString(), {}, {}});
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty()) {
                if (stack.last().text.size() + xml.text().size() > kMaxTextChars)
                    return failWith(Tr::tr("text longer than %1 characters").arg(kMaxTextChars));
                stack.last().text += xml.text();
            }
            break;
        case QXmlStreamReader::EndElement: {
            XmlNode done = stack.takeLast();
            done.text = done.text.trimmed();
            if (stack.isEmpty())
                root = std::move(done);
            else
                stack.last().children.append(std::move(done));
            break;
        }
        default: break;
        }
    }
    if (xml.hasError())
        return failWith(xml.errorString());
    if (!root)
        return failWith(Tr::tr("no XML element"));
    return root;
}

} // namespace cc
