#include "AzureCliCommands.h"

#include "AzureNationalClouds.h"
#include "ShellQuote.h"

#include <QUrl>

namespace cc {

QList<AzurePermission> scalrAzurePermissions()
{
    const QString aad = QStringLiteral("Windows Azure Active Directory");
    const QString aadId = QStringLiteral("00000002-0000-0000-c000-000000000000");
    const QString asm_ = QStringLiteral("Windows Azure Service Management API");
    const QString asmId = QStringLiteral("797f4846-ba00-4fd7-ba43-dac1f8f63013");
    return {
        {aad, aadId, QStringLiteral("Sign in and read user profile"), QStringLiteral("User.Read"),
         QStringLiteral("311a71cc-e848-46a1-bdf8-97ff7156d8e6"), false},
        {aad, aadId, QStringLiteral("Access the directory as the signed-in user"), QStringLiteral("Directory.AccessAsUser.All"),
         QStringLiteral("a42657d6-7f20-40e3-b6f0-cee03008a62a"), false},
        {aad, aadId, QStringLiteral("Read directory data"), QStringLiteral("Directory.Read.All"),
         QStringLiteral("5778995a-e1bf-45b8-affa-663a9f3f4d04"), true},
        {aad, aadId, QStringLiteral("Read and write directory data"), QStringLiteral("Directory.ReadWrite.All"),
         QStringLiteral("78c8a3c8-a07e-4b9e-af1b-b5ccab50a175"), true},
        {asm_, asmId, QStringLiteral("Access Azure Service Management as organization users"), QStringLiteral("user_impersonation"),
         QStringLiteral("41094075-9dad-400e-a0bd-54e686782033"), false},
    };
}

QString defaultSignOnUrl(const QString &scalrEndpointOrHost)
{
    if (scalrEndpointOrHost.isEmpty())
        return {};
    const QUrl url = scalrEndpointOrHost.contains(QLatin1String("://")) ? QUrl(scalrEndpointOrHost)
                                                                        : QUrl(QStringLiteral("https://") + scalrEndpointOrHost);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url.scheme() + QStringLiteral("://") + url.authority();
}

QString defaultAppIdUri(const QString &tenantDomain, const QString &appName)
{
    if (tenantDomain.isEmpty() || appName.isEmpty())
        return {};
    QString app = appName.toLower();
    app.remove(u' ');
    return QStringLiteral("https://%1/%2").arg(tenantDomain, app);
}

QList<AzureCliStep> azureCliSteps(const Profile &p)
{
    const AzureCloudInfo cloud = azureCloudInfo(p.azure.cloud);
    const bool scalr = p.platform.kind == PlatformKind::Scalr;
    const QString appName = p.azure.appName.isEmpty() ? QStringLiteral("Scalr") : p.azure.appName;
    int years = 1;
    if (p.azure.secretExpiresAt.isValid())
        years = qBound(1, int((QDateTime::currentDateTimeUtc().daysTo(p.azure.secretExpiresAt) + 300) / 365), 2);
    QList<AzureCliStep> steps;

    QString signIn;
    if (p.azure.cloud != AzureCloud::Public)
        signIn += QStringLiteral("az cloud set --name %1\n").arg(cloud.azCloudName);
    signIn += p.azure.tenantId.isEmpty() ? QStringLiteral("az login\n")
                                         : QStringLiteral("az login --tenant %1\n").arg(shellQuote(p.azure.tenantId));
    if (!p.azure.subscriptionId.isEmpty())
        signIn += QStringLiteral("az account set --subscription %1\n").arg(shellQuote(p.azure.subscriptionId));
    steps.append({QStringLiteral("Sign in to %1").arg(cloud.displayName), signIn});

    QString app = QStringLiteral("APP_ID=$(az ad app create \\\n  --display-name %1").arg(shellQuote(appName));
    if (scalr && !p.azure.signOnUrl.isEmpty())
        app += QStringLiteral(" \\\n  --web-redirect-uris %1").arg(shellQuote(p.azure.signOnUrl));
    if (scalr && !p.azure.appIdUri.isEmpty())
        app += QStringLiteral(" \\\n  --identifier-uris %1").arg(shellQuote(p.azure.appIdUri));
    app +=
        QStringLiteral(" \\\n  --query appId --output tsv)\naz ad sp create --id \"$APP_ID\"\necho \"Application (client) ID: $APP_ID\"\n");
    steps.append({QStringLiteral("Register the application (service principal)"), app});

    QString secret;
    if (scalr) {
        // Scalr cannot use a secret with '+' or '/' (seed 000): ask for new ones until one has neither.
        secret = QStringLiteral("while :; do\n"
                                "  SECRET=$(az ad app credential reset --id \"$APP_ID\" --years %1 --query password --output tsv)\n"
                                "  case \"$SECRET\" in *[+/]*) ;; *) break ;; esac\n"
                                "done\n"
                                "echo \"Client secret (shown once): $SECRET\"\n")
                     .arg(years);
    } else {
        secret = QStringLiteral("az ad app credential reset --id \"$APP_ID\" --years %1 --query password --output tsv\n").arg(years);
    }
    steps.append({QStringLiteral("Create the client secret (valid %1 year(s))").arg(years), secret});

    if (scalr) {
        QString perms;
        QString currentApi;
        QStringList ids;
        auto flush = [&] {
            if (!currentApi.isEmpty())
                perms += QStringLiteral("az ad app permission add --id \"$APP_ID\" --api %1 \\\n  --api-permissions %2\n")
                             .arg(currentApi, ids.join(u' '));
            ids.clear();
        };
        for (const AzurePermission &perm : scalrAzurePermissions()) {
            if (perm.apiAppId != currentApi) {
                flush();
                currentApi = perm.apiAppId;
                perms += QStringLiteral("# %1\n").arg(perm.api);
            }
            perms += QStringLiteral("#   %1: %2 (%3)\n")
                         .arg(perm.application ? QStringLiteral("Application") : QStringLiteral("Delegated"), perm.permission, perm.value);
            ids << perm.id + (perm.application ? QStringLiteral("=Role") : QStringLiteral("=Scope"));
        }
        flush();
        steps.append({QStringLiteral("Add the required API permissions"), perms});
        steps.append({QStringLiteral("Grant permissions (admin consent) — can take up to 15 minutes to take effect"),
                      QStringLiteral("az ad app permission admin-consent --id \"$APP_ID\"\n")});
    }
    const QString scope = QStringLiteral("/subscriptions/")
                          + (p.azure.subscriptionId.isEmpty() ? QStringLiteral("<subscription-id>") : p.azure.subscriptionId);
    steps.append(
        {QStringLiteral("Give the app the Contributor role on the subscription"),
         QStringLiteral("az role assignment create --assignee \"$APP_ID\" --role Contributor \\\n  --scope %1\n").arg(shellQuote(scope))});
    return steps;
}

QString azureCliScript(const Profile &p)
{
    QString s = QStringLiteral("#!/usr/bin/env bash\n# Azure CLI equivalent of the portal steps (%1, %2).\nset -euo pipefail\n")
                    .arg(azureCloudInfo(p.azure.cloud).displayName,
                         p.platform.kind == PlatformKind::Scalr ? QStringLiteral("for Scalr") : QStringLiteral("for Spot"));
    int n = 0;
    for (const AzureCliStep &step : azureCliSteps(p))
        s += QStringLiteral("\n# %1. %2\n%3").arg(++n).arg(step.title, step.commands);
    return s;
}

} // namespace cc
