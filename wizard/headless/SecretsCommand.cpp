#include "SecretsCommand.h"

#include "ExitStatus.h"
#include "HeadlessSecrets.h"
#include "Journey.h"
#include "KeychainBackend.h"
#include "ProfileRules.h"
#include "ProfileArgument.h"
#include "SecretSources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

namespace cc {
namespace {

// "stdin" or "environment" (data) in words.
QString sourceWord(const QString &source)
{
    if (source == QLatin1String("stdin"))
        return Tr::tr("stdin", "where a secret came from");
    if (source == QLatin1String("environment"))
        return Tr::tr("environment", "where a secret came from");
    return source;
}

} // namespace

namespace {

// The secrets a journey uses, with the rule each must pass.
QList<QPair<const SecretNames *, std::function<QString(const QString &)>>> relevantSecrets(const Profile &p)
{
    QList<QPair<const SecretNames *, std::function<QString(const QString &)>>> out;
    const QList<SecretString SecretValues::*> used = journeySecrets(p);
    for (const SecretNames &n : secretNames()) {
        if (!used.contains(n.member))
            continue;
        if (n.member == &SecretValues::scalrSecretKey)
            out.append({&n, rules::scalrSecretKey});
        else if (n.member == &SecretValues::spotToken)
            out.append({&n, rules::spotToken});
        else if (n.member == &SecretValues::awsSecretAccessKey)
            out.append({&n, rules::awsSecretAccessKey});
        else
            out.append({&n, [kind = p.platform.kind](const QString &v) { return rules::azureClientSecret(v, kind); }});
    }
    return out;
}

} // namespace

int runSecretsCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    if (cmd.noKeychain) {
        err << Tr::tr("cloudconnect: secrets %1 works on the keychain; it cannot be combined with --no-keychain\n").arg(cmd.action);
        return ExitBadInput;
    }
    const std::optional<ProfileParseResult> argument = readProfileArgument(cmd.profilePath, err);
    if (!argument)
        return ExitBadInput;
    const ProfileParseResult &parsed = *argument;
    const Profile &p = *parsed.profile;

    if (cmd.action == QLatin1String("delete")) {
        const KeychainResult r = runKeychainOperation([&](KeychainStoreInterface &s) { return s.remove(p.name); }, cmd.timeoutSeconds);
        if (!r.ok) {
            err << QStringLiteral("cloudconnect: %1\n").arg(r.error.text());
            return ExitEnvironment;
        }
        out << (cmd.json ? QStringLiteral("{\"profile\": \"%1\", \"deleted\": true}\n").arg(p.name)
                         : Tr::tr("Deleted the stored secrets of \"%1\" from the keychain.\n").arg(p.name));
        return ExitSuccess;
    }

    // set: only from the environment and standard input — the keychain is what is being written.
    CommandLine fromInputs = cmd;
    fromInputs.noKeychain = true;
    HeadlessSecrets found = resolveHeadlessSecrets(fromInputs, p);
    if (!found.inputError.isEmpty()) {
        err << QStringLiteral("cloudconnect: %1\n").arg(found.inputError);
        return ExitBadInput;
    }
    SecretValues toStore;
    QStringList stored, missing;
    for (const auto &[names, rule] : relevantSecrets(p)) {
        const SecretString &value = found.values.*names->member;
        if (value.isEmpty()) {
            missing << Tr::tr("%1 (%2 or \"%3\" on --secrets-stdin)")
                           .arg(secretLabelText(QLatin1String(names->label)), QLatin1String(names->environment),
                                QLatin1String(names->json));
            continue;
        }
        QString text = value.toString(); // the field rules read QString; this copy is wiped at once
        const QString reason = rule(text);
        wipeString(text);
        if (!reason.isEmpty()) {
            err << Tr::tr("cloudconnect: the %1 from %2 is not valid: %3\n")
                       .arg(secretLabelText(QLatin1String(names->label)), sourceWord(found.sourceOf.value(QLatin1String(names->label))),
                            reason);
            found.values.wipe();
            return ExitBadInput;
        }
        toStore.*names->member = value;
        stored << QLatin1String(names->label);
    }
    found.values.wipe();
    if (!missing.isEmpty()) {
        err << Tr::tr("cloudconnect: missing secrets for %1: %2\n").arg(p.name, missing.join(QStringLiteral("; ")));
        toStore.wipe();
        return ExitBadInput;
    }
    const KeychainResult r = runKeychainOperation(
        [&](KeychainStoreInterface &s) { return s.store(p.name, toStore, secretBinding(p, cmd.caBundle)); }, cmd.timeoutSeconds);
    toStore.wipe();
    if (!r.ok) {
        err << QStringLiteral("cloudconnect: %1\n").arg(r.error.text());
        return ExitEnvironment;
    }
    if (cmd.json)
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("profile"), p.name}, {QStringLiteral("stored"), QJsonArray::fromStringList(stored)}})
                .toJson(QJsonDocument::Compact))
            << u'\n';
    else
        out << Tr::tr("Stored in the keychain for \"%1\": %2.\n").arg(p.name, stored.join(QStringLiteral(", ")));
    return ExitSuccess;
}

} // namespace cc
