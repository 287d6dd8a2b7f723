#pragma once
// A parser for the subset of Ruby that scalr-server.rb files use: top-level assignments such as
// `app[:configuration] = { "scalr" => { … } }` or `routing[:endpoint_host] = "…"`, whose values are
// literals — strings, symbols, numbers, true/false/nil, arrays and hashes — with comments and
// trailing commas. Anything else (method calls, interpolation, heredocs) is reported with its line
// and column, because a file we do not fully understand must never be rewritten.
#include <QString>

#include <vector>

namespace cc {

struct RbPair;

struct RbNode {
    enum class Kind { String, Symbol, Number, Bool, Nil, Array, Hash };
    Kind kind = Kind::Nil;
    qsizetype start = 0;       // offset of the first character
    qsizetype end = 0;         // offset just past the last character ('}' or ']' included)
    QString value;             // String/Symbol: the decoded text; Number/Bool: the literal
    QChar quote;               // String (and quoted symbols/labels): the quote used
    bool exact = true;         // false when `value` may differ from Ruby's (an escape such as \x63 or \u0063)
    std::vector<RbPair> pairs; // Hash
    std::vector<RbNode> items; // Array
};

struct RbPair {
    RbNode key;
    RbNode value;
    qsizetype commaAfter = -1; // offset of the ',' after the value, if any
};

struct RbStatement {
    QString target;           // as written without blanks, e.g. app['configuration'][:scalr]; for messages
    QString root;             // the name assigned to or indexed: app
    std::vector<RbNode> keys; // the indexes, in order: [:configuration], [:scalr]
    qsizetype start = 0;
    qsizetype end = 0;
    RbNode value;
};

struct RbParseResult {
    bool ok = false;
    std::vector<RbStatement> statements;
    QString error;
    int line = 0; // 1-based, where the error is
    int column = 0;
    RbStatement failed; // !ok: what was read of the statement with the error (root and keys so far)
};

RbParseResult parseRubyConfig(const QString &text);

// Whether a hash key or an index names `name`. A symbol and a string with the same text are one key
// (scalr-server.rb's settings treat them alike) whatever the spelling: :name, :'name', :"name",
// 'name', "name", and the labels name: and "name": inside a hash. Unknown when the key is a string
// or symbol whose text the parser cannot decode exactly, so callers must not guess either way.
enum class RbKeyMatch { No, Yes, Unknown };
RbKeyMatch rbKeyMatches(const RbNode &key, const QString &name);

} // namespace cc
