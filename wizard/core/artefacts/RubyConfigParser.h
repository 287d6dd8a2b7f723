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
    qsizetype start = 0; // offset of the first character
    qsizetype end = 0;   // offset just past the last character ('}' or ']' included)
    QString value;       // String/Symbol: the decoded text; Number/Bool: the literal
    QChar quote;         // String: the quote used
    std::vector<RbPair> pairs; // Hash
    std::vector<RbNode> items; // Array
};

struct RbPair {
    RbNode key;
    RbNode value;
    qsizetype commaAfter = -1; // offset of the ',' after the value, if any
};

struct RbStatement {
    QString target; // normalised, e.g. app[:configuration]
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
};

RbParseResult parseRubyConfig(const QString &text);

} // namespace cc
