#include "SecretSources.h"

#include "SecretBlob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};
} // namespace

namespace cc {

const QList<SecretNames> &secretNames()
{
    static const QList<SecretNames> names{
        {QT_TRANSLATE_NOOP("Keychain", "AWS secret access key"), "CLOUDCONNECT_AWS_SECRET_ACCESS_KEY", "awsSecretAccessKey",
         &SecretValues::awsSecretAccessKey},
        {QT_TRANSLATE_NOOP("Keychain", "Azure client secret"), "CLOUDCONNECT_AZURE_CLIENT_SECRET", "azureClientSecret",
         &SecretValues::azureClientSecret},
        {QT_TRANSLATE_NOOP("Keychain", "Scalr API secret key"), "CLOUDCONNECT_SCALR_SECRET_KEY", "scalrSecretKey",
         &SecretValues::scalrSecretKey},
        {QT_TRANSLATE_NOOP("Keychain", "Spot API token"), "CLOUDCONNECT_SPOT_TOKEN", "spotToken", &SecretValues::spotToken}};
    return names;
}

SecretValues secretsFromEnvironment(const QProcessEnvironment &env)
{
    SecretValues s;
    for (const SecretNames &n : secretNames())
        s.*n.member = env.value(QLatin1String(n.environment));
    return s;
}

std::optional<SecretValues> secretsFromJson(const QByteArray &json, QString *error)
{
    if (json.size() > 64 * 1024) {
        *error = Tr::tr("the secrets on standard input are larger than 64 KiB");
        return std::nullopt;
    }
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        // The parser's message can quote input; say only where it failed.
        *error = Tr::tr("standard input is not a JSON object (error at byte %1)").arg(parse.offset);
        return std::nullopt;
    }
    SecretValues s;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const SecretNames *known = nullptr;
        for (const SecretNames &n : secretNames())
            if (it.key() == QLatin1String(n.json))
                known = &n;
        if (!known) {
            *error = Tr::tr("unknown key \"%1\" on standard input; expected awsSecretAccessKey, azureClientSecret, "
                            "scalrSecretKey or spotToken")
                         .arg(it.key().left(64));
            s.wipe();
            return std::nullopt;
        }
        if (!it.value().isString()) {
            *error = Tr::tr("\"%1\" on standard input must be a string").arg(it.key());
            s.wipe();
            return std::nullopt;
        }
        s.*known->member = it.value().toString();
    }
    return s;
}

QString secretLabelText(const QString &label)
{
    return QCoreApplication::translate("Keychain", label.toUtf8().constData());
}

QString secretSourceText(const QString &source)
{
    if (source == QLatin1String("stdin"))
        return Tr::tr("from the stdin");
    if (source == QLatin1String("environment"))
        return Tr::tr("from the environment");
    if (source == QLatin1String("keychain"))
        return Tr::tr("from the keychain");
    return Tr::tr("from the %1").arg(source);
}

void fillMissingSecrets(SecretValues &into, const SecretValues &from, const QString &source, QMap<QString, QString> &sourceOf)
{
    for (const SecretNames &n : secretNames())
        if ((into.*n.member).isEmpty() && !(from.*n.member).isEmpty()) {
            into.*n.member = from.*n.member;
            sourceOf.insert(QLatin1String(n.label), source);
        }
}

} // namespace cc
