#pragma once
// A JSON Schema (draft 7) document embedded as a Qt resource, enforced by valijson, with errors
// phrased for administrators as JSON pointer + reason. Parsed once, when first constructed.
#include "ProfileProblem.h"

#include <QJsonObject>
#include <memory>

namespace cc {

class JsonSchema {
public:
    explicit JsonSchema(const QString &resourcePath);
    ~JsonSchema();
    JsonSchema(const JsonSchema &) = delete;
    JsonSchema &operator=(const JsonSchema &) = delete;

    QJsonObject document() const;
    ProfileProblems validate(const QJsonObject &root) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc
