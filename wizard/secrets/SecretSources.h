#pragma once
// Headless secret lookup (docs/cli.md): keychain (unless --no-keychain), then environment
// variables, then a JSON object on standard input (--secrets-stdin); per secret, the first source
// that has it wins. Values are never echoed in an error.
#include "SecretValues.h"

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <optional>

namespace cc {

struct SecretNames {
    const char *label;       // "AWS secret access key"
    const char *environment; // CLOUDCONNECT_AWS_SECRET_ACCESS_KEY
    const char *json;        // awsSecretAccessKey
    SecretString SecretValues::*member;
};
const QList<SecretNames> &secretNames();
// A label of secretNames() in the reader's language (the label itself is data: a key of sourceOf).
QString secretLabelText(const QString &label);
// Where a secret came from ("stdin", "environment", "keychain": data) as "from the …" in words.
QString secretSourceText(const QString &source);

SecretValues secretsFromEnvironment(const QProcessEnvironment &env);
// nullopt with `error` set when the input is not a JSON object of known string fields.
std::optional<SecretValues> secretsFromJson(const QByteArray &json, QString *error);

// Fills what `into` lacks from `from`, recording `source` for each secret taken.
void fillMissingSecrets(SecretValues &into, const SecretValues &from, const QString &source, QMap<QString, QString> &sourceOf);

} // namespace cc
