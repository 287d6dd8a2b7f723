#pragma once
// The `az` commands that do the seeds' Azure portal steps: app registration, client secret,
// API permissions and admin consent (Scalr), and the Contributor role on the subscription.
#include "Profile.h"

#include <QList>
#include <QString>

namespace cc {

struct AzurePermission {
    QString api;              // display name, as in the portal
    QString apiAppId;         // resource application id
    QString permission;       // display name, as in the portal
    QString value;            // e.g. Directory.Read.All
    QString id;               // permission (scope or app role) id
    bool application = false; // application permission (Role) vs delegated (Scope)
};

// The exact permission list of seed 000 (Scalr + Azure).
QList<AzurePermission> scalrAzurePermissions();

struct AzureCliStep {
    QString title;
    QString commands;
};

QList<AzureCliStep> azureCliSteps(const Profile &p);
QString azureCliScript(const Profile &p);

// Computed defaults for the app registration (seed 000): the sign-on URL is the Scalr web UI's
// address; the App ID URI is https://<directory domain>/<app name>.
QString defaultSignOnUrl(const QString &scalrEndpointOrHost);
QString defaultAppIdUri(const QString &tenantDomain, const QString &appName);

} // namespace cc
