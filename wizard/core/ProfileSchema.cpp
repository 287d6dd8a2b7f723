#include "ProfileSchema.h"

#include "JsonSchema.h"

namespace cc {
namespace {

const JsonSchema &profileSchema()
{
    // Function-local static: parsed on first use (thread-safe), never at start-up.
    static const JsonSchema schema(QStringLiteral(":/cloudconnect/schema/profile.schema.json"));
    return schema;
}

} // namespace

QJsonObject profileSchemaDocument()
{
    return profileSchema().document();
}

ProfileProblems validateAgainstProfileSchema(const QJsonObject &root)
{
    return profileSchema().validate(root);
}

} // namespace cc
