#include "ScalrServerConfig.h"

#include "RubyConfigParser.h"

#include <QRegularExpression>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Artefacts)
};
} // namespace

namespace cc {
namespace {

constexpr qsizetype kMaxFile = 1024 * 1024;
const QString kPolicyKey = QStringLiteral("instances_connection_policy");
const QString kConfigurationKey = QStringLiteral("configuration");

QString cloudKey(CloudKind cloud)
{
    return cloud == CloudKind::Aws ? QStringLiteral("aws") : QStringLiteral("azure");
}

QString quoted(const QString &s, QChar quote = u'"')
{
    return quote + s + quote;
}

// The nested entry for keys[i..], as Ruby text, starting at the current column.
QString renderNested(const QStringList &keys, const QString &policy, const QString &indent, const QString &unit, const QString &eol)
{
    if (keys.isEmpty())
        return quoted(policy);
    QString out = quoted(keys.first()) + QStringLiteral(" => ");
    if (keys.size() == 1)
        return out + quoted(policy);
    out += u'{' + eol + indent + unit + renderNested(keys.mid(1), policy, indent + unit, unit, eol) + eol + indent + u'}';
    return out;
}

QString renderInline(const QStringList &keys, const QString &policy)
{
    QString out = quoted(keys.first()) + QStringLiteral(" => ");
    if (keys.size() == 1)
        return out + quoted(policy);
    return out + QStringLiteral("{ ") + renderInline(keys.mid(1), policy) + QStringLiteral(" }");
}

class Editor {
public:
    Editor(const QString &text) : m_text(text), m_eol(text.contains(QLatin1String("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n"))
    {
    }

    qsizetype lineStart(qsizetype at) const
    {
        const qsizetype nl = m_text.lastIndexOf(u'\n', at - 1);
        return nl < 0 ? 0 : nl + 1;
    }
    qsizetype lineEnd(qsizetype at) const // before "\r\n" or "\n"
    {
        qsizetype nl = m_text.indexOf(u'\n', at);
        if (nl < 0)
            return m_text.size();
        if (nl > 0 && m_text.at(nl - 1) == u'\r')
            --nl;
        return nl;
    }
    QString indentOf(qsizetype at) const
    {
        const qsizetype s = lineStart(at);
        qsizetype e = s;
        while (e < m_text.size() && (m_text.at(e) == u' ' || m_text.at(e) == u'\t'))
            ++e;
        return m_text.mid(s, e - s);
    }
    bool sameLine(qsizetype a, qsizetype b) const { return lineStart(a) == lineStart(b); }
    bool firstOnLine(qsizetype at) const { return indentOf(at).size() == at - lineStart(at); }
    const QString &eol() const { return m_eol; }
    const QString &text() const { return m_text; }

    // Inserts `keys` (with the policy at the end) as a new pair of `hash`.
    QString insertPair(const RbNode &hash, const QStringList &keys, const QString &policy) const
    {
        const QString parentIndent = indentOf(hash.start);
        const qsizetype close = hash.end - 1; // the '}'
        if (hash.pairs.empty()) {
            const QString child = parentIndent + QStringLiteral("  ");
            QString insert = m_eol + child + renderNested(keys, policy, child, QStringLiteral("  "), m_eol);
            if (sameLine(hash.start, close))
                insert += m_eol + parentIndent;
            return m_text.left(hash.start + 1) + insert + m_text.mid(hash.start + 1);
        }
        const RbPair &first = hash.pairs.front();
        const RbPair &last = hash.pairs.back();
        if (sameLine(hash.start, close) || !firstOnLine(first.key.start)) {
            // A one-line hash stays one line.
            const QString pair = renderInline(keys, policy);
            if (last.commaAfter >= 0)
                return m_text.left(last.commaAfter + 1) + u' ' + pair + u',' + m_text.mid(last.commaAfter + 1);
            return m_text.left(last.value.end) + QStringLiteral(", ") + pair + m_text.mid(last.value.end);
        }
        const QString child = indentOf(first.key.start);
        const QString unit =
            child.startsWith(parentIndent) && child.size() > parentIndent.size() ? child.mid(parentIndent.size()) : QStringLiteral("  ");
        const QString pair = renderNested(keys, policy, child, unit, m_eol);
        if (last.commaAfter >= 0) {
            // Keep the file's trailing-comma style: the new pair gets one too.
            const qsizetype at = sameLine(last.commaAfter, close) ? close : lineEnd(last.commaAfter);
            const QString tail = sameLine(last.commaAfter, close) ? m_eol + parentIndent : QString();
            return m_text.left(at) + m_eol + child + pair + u',' + tail + m_text.mid(at);
        }
        // A comma right after the last value; the new pair on a line of its own after any comment.
        if (sameLine(last.value.end, close)) {
            return m_text.left(last.value.end) + u',' + m_eol + child + pair + m_eol + parentIndent + m_text.mid(close);
        }
        const qsizetype eolAt = lineEnd(last.value.end);
        return m_text.left(last.value.end) + u',' + m_text.mid(last.value.end, eolAt - last.value.end) + m_eol + child + pair
               + m_text.mid(eolAt);
    }

private:
    QString m_text;
    QString m_eol;
};

struct KeyLookup {
    const RbPair *pair = nullptr;   // the pair for the name, in any spelling
    const RbPair *again = nullptr;  // a second pair for it: Ruby would keep only one of them
    const RbPair *unsure = nullptr; // a key that may or may not be the name
};

// The pairs of `hash` whose key is `name`; every comparison goes through rbKeyMatches.
KeyLookup findKey(const RbNode &hash, const QString &name)
{
    KeyLookup found;
    for (const RbPair &p : hash.pairs) {
        switch (rbKeyMatches(p.key, name)) {
        case RbKeyMatch::Yes:
            if (found.pair && !found.again)
                found.again = &p;
            else if (!found.pair)
                found.pair = &p;
            break;
        case RbKeyMatch::Unknown:
            if (!found.unsure)
                found.unsure = &p;
            break;
        case RbKeyMatch::No: break;
        }
    }
    return found;
}

// How the target of a statement (`root[key][key]…`) relates to app[:configuration].
enum class Touch {
    None,   // not at all: routing[:endpoint_host], app[:other]
    Whole,  // app[:configuration] = …, in any spelling of the key
    Part,   // app[:configuration][:scalr] = … — a piece of it, outside its { … }
    Unsure, // app = … (all of app), or a key whose text is not known exactly
};

Touch touchOf(const QString &root, const std::vector<RbNode> &keys)
{
    if (root != QLatin1String("app"))
        return Touch::None;
    if (keys.empty())
        return Touch::Unsure;
    switch (rbKeyMatches(keys.front(), kConfigurationKey)) {
    case RbKeyMatch::No: return Touch::None;
    case RbKeyMatch::Unknown: return Touch::Unsure;
    case RbKeyMatch::Yes: break;
    }
    return keys.size() == 1 ? Touch::Whole : Touch::Part;
}

ConfigMerge failed(const QString &text, const QString &why, int line, int column, const QString &snippet)
{
    ConfigMerge m;
    m.outcome = ConfigMerge::Outcome::Failed;
    m.text = text;
    m.message = why;
    m.line = line;
    m.column = column;
    m.manualSnippet = snippet;
    return m;
}

QPair<int, int> lineColumn(const QString &text, qsizetype at)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < at && i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

PolicyEntry scalrServerPolicyEntry(const Profile &p)
{
    if (p.connectionPolicy == ConnectionPolicy::Auto)
        return {QString(), Tr::tr("Auto is Scalr's default: nothing needs to change in scalr-server.rb.")};
    const QString policy = toString(p.connectionPolicy);
    const QString text = QStringLiteral("app[:configuration] = {\n  ")
                         + renderNested({QStringLiteral("scalr"), cloudKey(p.cloud), kPolicyKey}, policy, QStringLiteral("  "),
                                        QStringLiteral("  "), QStringLiteral("\n"))
                         + QStringLiteral("\n}\n");
    return {text, Tr::tr("Add this to /etc/scalr-server/scalr-server.rb on the Scalr server, merged with any entries "
                         "already inside app[:configuration] = { … } (Merge… does that for you), then run %1.")
                      .arg(QLatin1String(kScalrReconfigure))};
}

ConfigMerge mergeConnectionPolicy(const QString &fileText, CloudKind cloud, ConnectionPolicy policy)
{
    Profile p = Profile::defaults();
    p.cloud = cloud;
    p.connectionPolicy = policy;
    const QString snippet = scalrServerPolicyEntry(p).text;
    if (policy == ConnectionPolicy::Auto) {
        ConfigMerge m;
        m.outcome = ConfigMerge::Outcome::Unchanged;
        m.text = fileText;
        m.message = Tr::tr("Auto is Scalr's default; the file is left as it is.");
        return m;
    }
    if (fileText.size() > kMaxFile)
        return failed(fileText, Tr::tr("the file is larger than 1 MiB; that is not a scalr-server.rb"), 1, 1, snippet);
    const RbParseResult parsed = parseRubyConfig(fileText);
    if (!parsed.ok) {
        QString why = parsed.error;
        switch (touchOf(parsed.failed.root, parsed.failed.keys)) {
        case Touch::None: break;
        case Touch::Whole:
        case Touch::Part: why += Tr::tr(" (in a statement that changes app[:configuration]; merge by hand)"); break;
        case Touch::Unsure: why += Tr::tr(" (in a statement that may change app[:configuration]; merge by hand)"); break;
        }
        return failed(fileText, why, parsed.line, parsed.column, snippet);
    }

    const QString policyText = toString(policy);
    const QStringList path{QStringLiteral("scalr"), cloudKey(cloud), kPolicyKey};
    Editor edit(fileText);
    // Exactly one statement may touch app[:configuration], and only by assigning all of it: anything
    // else decides what Scalr reads in a way a merge into one hash (or a block appended after it,
    // which replaces it) would silently get wrong.
    const RbStatement *config = nullptr;
    for (const RbStatement &s : parsed.statements) {
        const Touch touch = touchOf(s.root, s.keys);
        if (touch == Touch::None)
            continue;
        const auto [l, c] = lineColumn(fileText, s.start);
        if (touch == Touch::Part)
            return failed(fileText,
                          Tr::tr("%1 = … sets part of app[:configuration] outside its { … } block; merge by hand "
                                 "(and move it into that block)")
                              .arg(s.target),
                          l, c, snippet);
        if (touch == Touch::Unsure)
            return failed(fileText,
                          s.keys.empty() ? Tr::tr("app = … replaces every app setting, app[:configuration] included; merge by hand")
                                         : Tr::tr("%1 = … may be app[:configuration] (its key has an escape that is not "
                                                  "decoded here); merge by hand")
                                               .arg(s.target),
                          l, c, snippet);
        if (config)
            return failed(
                fileText,
                Tr::tr("app[:configuration] is assigned twice (again here as %1); the later one wins, merge by hand").arg(s.target), l, c,
                snippet);
        config = &s;
    }
    ConfigMerge m;
    m.outcome = ConfigMerge::Outcome::Changed;
    if (!config) {
        QString text = fileText;
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += edit.eol();
        if (!text.isEmpty())
            text += edit.eol();
        QString block = snippet;
        block.replace(QStringLiteral("\n"), edit.eol());
        m.text = text + QStringLiteral("# Instance connection policy (added by Cloud Connect)") + edit.eol() + block;
        m.message = Tr::tr("Added an app[:configuration] block with the policy.");
        return m;
    }
    const RbNode *hash = &config->value;
    for (int depth = 0; depth < path.size(); ++depth) {
        if (hash->kind != RbNode::Kind::Hash) {
            const auto [l, c] = lineColumn(fileText, hash->start);
            return failed(fileText,
                          depth == 0 ? Tr::tr("expected a hash here (the value of app[:configuration])")
                                     : Tr::tr("expected a hash here (for \"%1\")").arg(path.at(depth - 1)),
                          l, c, snippet);
        }
        const KeyLookup found = findKey(*hash, path.at(depth));
        if (found.again) {
            const auto [l, c] = lineColumn(fileText, found.again->key.start);
            return failed(fileText, Tr::tr("\"%1\" appears twice in the same hash; merge by hand").arg(path.at(depth)), l, c, snippet);
        }
        if (found.unsure) {
            const auto [l, c] = lineColumn(fileText, found.unsure->key.start);
            return failed(fileText,
                          Tr::tr("cannot tell whether %1 is \"%2\" (an escape that is not decoded here); merge by hand")
                              .arg(fileText.mid(found.unsure->key.start, found.unsure->key.end - found.unsure->key.start), path.at(depth)),
                          l, c, snippet);
        }
        const RbPair *pair = found.pair;
        if (!pair) {
            m.text = edit.insertPair(*hash, path.mid(depth), policyText);
            m.message = Tr::tr("Added \"%1\" under app[:configuration].").arg(path.mid(depth).join(QStringLiteral("\" → \"")));
            return m;
        }
        if (depth == path.size() - 1) {
            const RbNode &v = pair->value;
            if (v.kind == RbNode::Kind::String && v.value == policyText) {
                m.outcome = ConfigMerge::Outcome::Unchanged;
                m.text = fileText;
                m.message = Tr::tr("The file already sets %1 to \"%2\".").arg(kPolicyKey, policyText);
                return m;
            }
            const QChar quote = v.kind == RbNode::Kind::String ? v.quote : QChar(u'"');
            m.text = fileText.left(v.start) + quoted(policyText, quote) + fileText.mid(v.end);
            m.message = Tr::tr("Changed %1 from %2 to \"%3\".").arg(kPolicyKey, fileText.mid(v.start, v.end - v.start), policyText);
            return m;
        }
        hash = &pair->value;
    }
    return m; // not reached: the loop returns at the last key
}

QString routingEndpointHost(const QString &fileText)
{
    // Read line by line so that the rest of the file may be anything.
    static const QRegularExpression re(
        QStringLiteral("^\\s*routing\\s*\\[\\s*[:\"']endpoint_host[\"']?\\s*\\]\\s*=\\s*([\"'])([^\"'\\r\\n]*)\\1"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(fileText.left(kMaxFile));
    return m.hasMatch() ? m.captured(2).trimmed() : QString();
}

} // namespace cc
