#include "RubyConfigParser.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Artefacts)
};
} // namespace

namespace cc {
namespace {

constexpr int kMaxDepth = 64;

class Parser {
public:
    explicit Parser(const QString &text) : t(text) {}

    RbParseResult run()
    {
        RbParseResult r;
        while (true) {
            skip(true);
            if (atEnd())
                break;
            RbStatement s;
            if (!statement(s)) {
                RbParseResult f = fail();
                f.failed = std::move(s);
                return f;
            }
            r.statements.push_back(std::move(s));
        }
        r.ok = true;
        return r;
    }

private:
    const QString &t;
    qsizetype pos = 0;
    QString error;
    qsizetype errorAt = 0;

    bool atEnd() const { return pos >= t.size(); }
    QChar peek(qsizetype ahead = 0) const { return pos + ahead < t.size() ? t.at(pos + ahead) : QChar(); }

    bool err(const QString &message)
    {
        if (error.isEmpty()) {
            error = message;
            errorAt = pos;
        }
        return false;
    }

    RbParseResult fail() const
    {
        RbParseResult r;
        r.error = error;
        r.line = 1;
        r.column = 1;
        for (qsizetype i = 0; i < errorAt && i < t.size(); ++i) {
            if (t.at(i) == u'\n') {
                ++r.line;
                r.column = 1;
            } else {
                ++r.column;
            }
        }
        return r;
    }

    // Skips blanks and comments; newlines too when `newlines` (inside brackets, between statements).
    void skip(bool newlines)
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u' ' || c == u'\t' || c == u'\r' || (newlines && c == u'\n'))
                ++pos;
            else if (c == u'#')
                while (!atEnd() && peek() != u'\n')
                    ++pos;
            else
                break;
        }
    }

    static bool identStart(QChar c) { return c.isLetter() || c == u'_'; }
    static bool identChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

    QString identifier()
    {
        const qsizetype begin = pos;
        while (!atEnd() && identChar(peek()))
            ++pos;
        if (!atEnd() && (peek() == u'?' || peek() == u'!'))
            ++pos;
        return t.mid(begin, pos - begin);
    }

    bool statement(RbStatement &s)
    {
        s.start = pos;
        if (!identStart(peek()))
            return err(Tr::tr("expected a setting such as app[:configuration] = …"));
        s.root = identifier();
        s.target = s.root;
        skip(false);
        while (peek() == u'[') {
            ++pos;
            skip(true);
            RbNode key;
            if (!value(key, 1))
                return false;
            if (key.kind != RbNode::Kind::Symbol && key.kind != RbNode::Kind::String && key.kind != RbNode::Kind::Number)
                return err(Tr::tr("only a symbol, string or number can index a setting"));
            skip(true);
            if (peek() != u']')
                return err(Tr::tr("expected ]"));
            ++pos;
            s.target += u'[' + t.mid(key.start, key.end - key.start) + u']';
            s.keys.push_back(std::move(key));
            skip(false);
        }
        if (peek() != u'=' || peek(1) == u'=' || peek(1) == u'~')
            return err(Tr::tr("only assignments (name[:key] = value) can be merged safely; this looks like code"));
        ++pos;
        skip(false);
        if (peek() == u'\n' || atEnd())
            return err(Tr::tr("the value must start on the same line as ="));
        if (!value(s.value, 1))
            return false;
        s.end = pos;
        skip(false);
        if (peek() == u';') {
            ++pos;
            return true;
        }
        if (!atEnd() && peek() != u'\n')
            return err(Tr::tr("unexpected text after the value"));
        return true;
    }

    bool value(RbNode &n, int depth)
    {
        if (depth > kMaxDepth)
            return err(Tr::tr("nested more than %1 levels deep").arg(kMaxDepth));
        n.start = pos;
        const QChar c = peek();
        bool ok = false;
        if (c == u'"' || c == u'\'')
            ok = string(n);
        else if (c == u':' && (identStart(peek(1)) || peek(1) == u'"' || peek(1) == u'\''))
            ok = symbol(n);
        else if (c.isDigit() || ((c == u'-' || c == u'+') && peek(1).isDigit()))
            ok = number(n);
        else if (c == u'{')
            ok = hash(n, depth);
        else if (c == u'[')
            ok = array(n, depth);
        else if (identStart(c)) {
            const QString word = identifier();
            if (word == QLatin1String("true") || word == QLatin1String("false")) {
                n.kind = RbNode::Kind::Bool;
                n.value = word;
                ok = true;
            } else if (word == QLatin1String("nil")) {
                n.kind = RbNode::Kind::Nil;
                ok = true;
            } else {
                pos = n.start;
                return err(Tr::tr("“%1” is code, not a literal; only literal values can be merged safely").arg(word));
            }
        } else if (c == u'<' && peek(1) == u'<') {
            return err(Tr::tr("heredocs are not supported"));
        } else if (atEnd()) {
            return err(Tr::tr("the file ends where a value was expected"));
        } else {
            return err(Tr::tr("unexpected “%1”").arg(c));
        }
        n.end = pos;
        return ok;
    }

    bool string(RbNode &n)
    {
        n.kind = RbNode::Kind::String;
        n.quote = peek();
        const bool dq = n.quote == u'"';
        ++pos;
        while (true) {
            if (atEnd())
                return err(Tr::tr("a string is never closed"));
            const QChar c = peek();
            if (c == n.quote) {
                ++pos;
                return true;
            }
            if (dq && c == u'#' && (peek(1) == u'{' || peek(1) == u'$' || peek(1) == u'@'))
                return err(Tr::tr("string interpolation (#{…}) is code; merge by hand"));
            if (c == u'\\') {
                const QChar e = peek(1);
                if (e.isNull())
                    return err(Tr::tr("a string is never closed"));
                if (!dq)
                    n.value += (e == u'\'' || e == u'\\') ? QString(e) : QString(c) + e;
                else if (e == u'n')
                    n.value += u'\n';
                else if (e == u't')
                    n.value += u'\t';
                else if (e == u'r')
                    n.value += u'\r';
                else if (e == u's')
                    n.value += u' ';
                else if (e == u'\n') {
                    // a backslash before the end of a line joins the lines
                } else {
                    // \x63, \u0063, \143, \e, \C-x, … stand for other characters: the text is not
                    // what Ruby reads, so it must never be taken for (or against) a key name.
                    if (e.isLetterOrNumber() || e == u'\r')
                        n.exact = false;
                    n.value += e;
                }
                pos += 2;
                continue;
            }
            n.value += c;
            ++pos;
        }
    }

    bool symbol(RbNode &n)
    {
        ++pos; // ':'
        if (peek() == u'"' || peek() == u'\'') {
            if (!string(n))
                return false;
        } else {
            n.value = identifier();
        }
        n.kind = RbNode::Kind::Symbol;
        return true;
    }

    bool number(RbNode &n)
    {
        n.kind = RbNode::Kind::Number;
        const qsizetype begin = pos;
        ++pos;
        while (!atEnd() && (peek().isDigit() || peek() == u'_' || peek() == u'.' || peek() == u'e' || peek() == u'E'))
            ++pos;
        n.value = t.mid(begin, pos - begin);
        return true;
    }

    bool hash(RbNode &n, int depth)
    {
        n.kind = RbNode::Kind::Hash;
        ++pos; // '{'
        while (true) {
            skip(true);
            if (atEnd())
                return err(Tr::tr("a { is never closed"));
            if (peek() == u'}') {
                ++pos;
                return true;
            }
            RbPair pair;
            const qsizetype keyStart = pos;
            if (identStart(peek())) {
                // `key: value` — Ruby's label syntax for a symbol key.
                const QString word = identifier();
                if (peek() == u':' && peek(1) != u':') {
                    pair.key.kind = RbNode::Kind::Symbol;
                    pair.key.value = word;
                    pair.key.start = keyStart;
                    ++pos;
                    pair.key.end = pos;
                } else {
                    pos = keyStart;
                    if (!value(pair.key, depth + 1))
                        return false;
                    skip(true);
                    if (!arrow())
                        return false;
                }
            } else {
                if (!value(pair.key, depth + 1))
                    return false;
                if (pair.key.kind == RbNode::Kind::Hash || pair.key.kind == RbNode::Kind::Array)
                    return err(Tr::tr("a hash or array as a key is not supported"));
                if (pair.key.kind == RbNode::Kind::String && peek() == u':' && peek(1) != u':') {
                    // `"key": value` — a quoted label, also a symbol key.
                    pair.key.kind = RbNode::Kind::Symbol;
                    ++pos;
                    pair.key.end = pos;
                } else {
                    skip(true);
                    if (!arrow())
                        return false;
                }
            }
            skip(true);
            if (!value(pair.value, depth + 1))
                return false;
            skip(true);
            if (peek() == u',') {
                pair.commaAfter = pos;
                ++pos;
                n.pairs.push_back(std::move(pair));
                continue;
            }
            n.pairs.push_back(std::move(pair));
            skip(true);
            if (peek() == u'}') {
                ++pos;
                return true;
            }
            return err(atEnd() ? Tr::tr("a { is never closed") : Tr::tr("expected , or } in a hash"));
        }
    }

    bool arrow()
    {
        if (peek() == u'=' && peek(1) == u'>') {
            pos += 2;
            return true;
        }
        return err(Tr::tr("expected => after a hash key"));
    }

    bool array(RbNode &n, int depth)
    {
        n.kind = RbNode::Kind::Array;
        ++pos; // '['
        while (true) {
            skip(true);
            if (atEnd())
                return err(Tr::tr("a [ is never closed"));
            if (peek() == u']') {
                ++pos;
                return true;
            }
            RbNode item;
            if (!value(item, depth + 1))
                return false;
            n.items.push_back(std::move(item));
            skip(true);
            if (peek() == u',') {
                ++pos;
                continue;
            }
            if (peek() == u']') {
                ++pos;
                return true;
            }
            return err(atEnd() ? Tr::tr("a [ is never closed") : Tr::tr("expected , or ] in an array"));
        }
    }
};

} // namespace

RbParseResult parseRubyConfig(const QString &text)
{
    return Parser(text).run();
}

RbKeyMatch rbKeyMatches(const RbNode &key, const QString &name)
{
    if (key.kind != RbNode::Kind::String && key.kind != RbNode::Kind::Symbol)
        return RbKeyMatch::No;
    if (!key.exact)
        return RbKeyMatch::Unknown;
    return key.value == name ? RbKeyMatch::Yes : RbKeyMatch::No;
}

} // namespace cc
