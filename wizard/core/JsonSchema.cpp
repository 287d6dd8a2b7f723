#include "JsonSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <exception>
#include <istream>
#include <ostream>

// valijson is used in this unit only, with two settings before its headers:
// - VALIJSON_USE_EXCEPTIONS: an internal error of valijson throws (caught below and said as a
//   problem) instead of being printed to std::cerr before abort() ends the process.
// - Its headers include <iostream> (for that std::cerr). With GCC 12's libstdc++ every unit that
//   includes <iostream> holds a static std::ios_base::Init, which sets up the standard streams and
//   the classic locale when the module is loaded: 0.4 MiB more resident at the wizard's first
//   paint, before any profile is read. Setting libstdc++'s include guard keeps <iostream> out of
//   this unit (nothing here uses a standard stream); with another standard library it changes
//   nothing. tests/perf/test_startup checks that no module sets up the streams.
#define VALIJSON_USE_EXCEPTIONS 1
#if defined(__GLIBCXX__) && !defined(_GLIBCXX_IOSTREAM)
#define _GLIBCXX_IOSTREAM 1
#endif
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)
};
} // namespace

static void initCoreResources()
{
    // Resources of a static library must be registered by name before first use.
    Q_INIT_RESOURCE(core_resources);
}

namespace cc {

struct JsonSchema::Private {
    QJsonObject document;
    valijson::Schema schema;
    std::string error;           // valijson could not read the schema: every document is refused with it
    qsizetype longestString = 0; // every string the schema accepts is at most this long; 0: unbounded
};

namespace {

// valijson's context is a list like {"<root>", "[platform]", "[0]"}.
QString pointerFromContext(const std::vector<std::string> &context)
{
    QString pointer;
    for (const std::string &c : context) {
        if (c.size() >= 2 && c.front() == '[' && c.back() == ']')
            pointer += u'/' + pointerToken(QString::fromStdString(c.substr(1, c.size() - 2)));
    }
    return pointer;
}

QStringList pointerTokens(const QString &pointer)
{
    QStringList tokens = pointer.split(u'/');
    tokens.removeFirst();
    for (QString &t : tokens)
        t.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
    return tokens;
}

// The subschema that governs the value at `pointer`, to phrase messages from it.
QJsonObject schemaNodeAt(const QJsonObject &schema, const QString &pointer)
{
    QJsonObject node = schema;
    for (const QString &t : pointerTokens(pointer)) {
        if (node.contains(QLatin1String("properties")) && node.value(QLatin1String("properties")).toObject().contains(t))
            node = node.value(QLatin1String("properties")).toObject().value(t).toObject();
        else if (node.value(QLatin1String("items")).isObject())
            node = node.value(QLatin1String("items")).toObject();
        else if (node.value(QLatin1String("additionalProperties")).isObject())
            node = node.value(QLatin1String("additionalProperties")).toObject();
        else
            return {};
    }
    return node;
}

QString quotedList(const QJsonArray &a)
{
    QStringList parts;
    for (const QJsonValue &v : a)
        parts << u'"' + v.toString() + u'"';
    return parts.join(QStringLiteral(", "));
}

QString typeWord(const QString &t)
{
    if (t == QLatin1String("object"))
        return Tr::tr("an object");
    if (t == QLatin1String("array"))
        return Tr::tr("an array");
    if (t == QLatin1String("integer"))
        return Tr::tr("a whole number");
    if (t == QLatin1String("boolean"))
        return Tr::tr("true or false");
    if (t == QLatin1String("string"))
        return Tr::tr("a string");
    if (t == QLatin1String("number"))
        return Tr::tr("a number");
    return u'a' + QStringLiteral(" ") + t;
}

QString quotedName(const QString &description)
{
    // The name is the last quoted part: "…constraints: 'bogus'."
    const qsizetype close = description.lastIndexOf(u'\'');
    const qsizetype open = close > 0 ? description.lastIndexOf(u'\'', close - 1) : -1;
    return (open >= 0 && close > open) ? description.mid(open + 1, close - open - 1) : QString();
}

// valijson's own wording, as a clause within our sentence: no full stop, lower-case start.
QString clause(const QString &description)
{
    QString text = description.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

// Turns valijson's wording into an administrator's, using the schema for the expected values.
ProfileProblem phrase(const QJsonObject &schema, const QString &pointer, const QString &description)
{
    const QJsonObject node = schemaNodeAt(schema, pointer);
    if (description.startsWith(QLatin1String("Missing required property"))) {
        const QString name = quotedName(description);
        return {pointer + u'/' + pointerToken(name), Tr::tr("required field is missing")};
    }
    if (description.contains(QLatin1String("could not be validated using 'properties' or 'additionalProperties'"))) {
        const QString name = quotedName(description);
        return {pointer + u'/' + pointerToken(name), Tr::tr("unknown field (a typo?); see docs/profile-format.md")};
    }
    if (description.contains(QLatin1String("'type' constraint")) && node.contains(QLatin1String("type")))
        return {pointer, Tr::tr("must be %1").arg(typeWord(node.value(QLatin1String("type")).toString()))};
    if (node.contains(QLatin1String("const")))
        return {pointer, Tr::tr("must be %1").arg(node.value(QLatin1String("const")).toVariant().toString())};
    if (description.contains(QLatin1String("enum")) && node.contains(QLatin1String("enum")))
        return {pointer, Tr::tr("must be one of %1").arg(quotedList(node.value(QLatin1String("enum")).toArray()))};
    if (node.contains(QLatin1String("maxLength")) && description.contains(QLatin1String("characters in length")))
        return {pointer, Tr::tr("too long: at most %1 characters").arg(node.value(QLatin1String("maxLength")).toInt())};
    if (node.contains(QLatin1String("maxItems")) && description.contains(QLatin1String("no more than")))
        return {pointer, Tr::tr("too many entries: at most %1").arg(node.value(QLatin1String("maxItems")).toInt())};
    return {pointer, clause(description)};
}

bool isSummaryError(const std::string &description)
{
    // valijson reports a failure at every enclosing level too; only the innermost is useful.
    return description.rfind("Failed to validate", 0) == 0 || description.find("associated with property") != std::string::npos
           || description.find("against child schema") != std::string::npos
           || (description.rfind("Failed to match", 0) == 0 && description.find("enum") == std::string::npos);
}

// The longest string the schema can accept, value or member name, or 0 when some string is not
// bounded by it: each string schema (other than an enum or a const) with its maxLength, each
// object either closed (additionalProperties false) or naming its members through propertyNames
// with a maxLength.
qsizetype longestStringAccepted(const QJsonValue &node, bool *bounded)
{
    qsizetype longest = 0;
    if (node.isArray()) {
        for (const QJsonValue &v : node.toArray())
            longest = qMax(longest, longestStringAccepted(v, bounded));
        return longest;
    }
    if (!node.isObject())
        return 0;
    const QJsonObject o = node.toObject();
    const QJsonValue type = o.value(QLatin1String("type"));
    const bool isString = type == QLatin1String("string") || (type.isArray() && type.toArray().contains(QLatin1String("string")));
    if (isString && !o.contains(QLatin1String("enum")) && !o.contains(QLatin1String("const"))) {
        if (o.value(QLatin1String("maxLength")).isDouble())
            longest = qMax(longest, qsizetype(o.value(QLatin1String("maxLength")).toDouble()));
        else
            *bounded = false;
    }
    const bool isObject = type == QLatin1String("object") || o.contains(QLatin1String("properties"));
    if (isObject) {
        const bool closed =
            o.value(QLatin1String("additionalProperties")) == QJsonValue(false) && !o.contains(QLatin1String("patternProperties"));
        const bool named = o.value(QLatin1String("propertyNames")).toObject().value(QLatin1String("maxLength")).isDouble();
        if (!closed && !named)
            *bounded = false;
        const QJsonObject properties = o.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            longest = qMax(longest, it.key().size());
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("enum") && it.key() != QLatin1String("const") && it.key() != QLatin1String("default")
            && it.key() != QLatin1String("examples"))
            longest = qMax(longest, longestStringAccepted(it.value(), bounded));
    return longest;
}

struct LongString {
    QString pointer;
    bool isName = false; // a member's name, not a value
};

// Every string value and member name of `value` longer than `limit`.
void findLongStrings(const QJsonValue &value, const QString &pointer, qsizetype limit, QList<LongString> *found)
{
    if (value.isString()) {
        if (value.toString().size() > limit)
            found->append({pointer});
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            findLongStrings(a.at(i), pointer + u'/' + QString::number(i), limit, found);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString member = pointer + u'/' + pointerToken(it.key());
            if (it.key().size() > limit)
                found->append({member, true});
            else
                findLongStrings(it.value(), member, limit, found);
        }
    }
}

} // namespace

JsonSchema::JsonSchema(const QString &resourcePath) : d(std::make_unique<Private>())
{
    initCoreResources();
    QFile f(resourcePath);
    if (f.open(QIODevice::ReadOnly))
        d->document = QJsonDocument::fromJson(f.readAll()).object();
    if (d->document.isEmpty()) { // refuse everything rather than accept everything
        d->error = "the schema is missing or not a JSON object";
        return;
    }
    bool bounded = true;
    const qsizetype longest = longestStringAccepted(d->document, &bounded);
    d->longestString = bounded ? longest : 0;
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    const QJsonValue docValue(d->document);
    valijson::adapters::QtJsonAdapter adapter(docValue);
    try {
        parser.populateSchema(adapter, d->schema);
    } catch (const std::exception &e) {
        d->error = *e.what() ? e.what() : "the schema cannot be read";
    }
}

JsonSchema::~JsonSchema() = default;

QJsonObject JsonSchema::document() const
{
    return d->document;
}

ProfileProblems JsonSchema::validate(const QJsonObject &root) const
{
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    const QJsonValue rootValue(root);
    valijson::adapters::QtJsonAdapter adapter(rootValue);
    ProfileProblems problems;
    // valijson matches "pattern" with std::regex, whose libstdc++ matcher recurses once per
    // character: some 40,000 characters overflow an 8 MiB stack. No string longer than the schema
    // accepts anywhere reaches it; such a string is refused here, with its field's own limit.
    if (d->error.empty() && d->longestString > 0) {
        QList<LongString> tooLong;
        findLongStrings(rootValue, QString(), d->longestString, &tooLong);
        for (const LongString &l : std::as_const(tooLong)) {
            const QString parent = l.pointer.left(l.pointer.lastIndexOf(u'/'));
            const QJsonValue limit =
                l.isName
                    ? schemaNodeAt(d->document, parent).value(QLatin1String("propertyNames")).toObject().value(QLatin1String("maxLength"))
                    : schemaNodeAt(d->document, l.pointer).value(QLatin1String("maxLength"));
            const qsizetype most = limit.isDouble() ? qsizetype(limit.toDouble()) : d->longestString;
            problems.append({l.pointer, l.isName ? Tr::tr("name too long: at most %1 characters").arg(most)
                                                 : Tr::tr("too long: at most %1 characters").arg(most)});
        }
        if (!problems.isEmpty())
            return problems;
    }
    // Refused rather than passed, and never the end of the process: valijson could not read the
    // schema, or failed inside while checking this document.
    std::string failure = d->error;
    if (failure.empty()) {
        try {
            if (validator.validate(d->schema, adapter, &results))
                return problems;
        } catch (const std::exception &e) {
            failure = *e.what() ? e.what() : "an error inside the validator";
        }
    }
    if (!failure.empty()) {
        problems.append({QString(), Tr::tr("cannot be checked against the schema: %1").arg(clause(QString::fromStdString(failure)))});
        return problems;
    }
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        if (isSummaryError(error.description))
            continue;
        const ProfileProblem p = phrase(d->document, pointerFromContext(error.context), QString::fromStdString(error.description));
        if (!problems.contains(p))
            problems.append(p);
    }
    return problems;
}

} // namespace cc
