#!/usr/bin/env bash
# Azure CLI equivalent of the portal steps (Azure US Government, for Scalr).
set -euo pipefail

# 1. Sign in to Azure US Government
az cloud set --name AzureUSGovernment
az login --tenant '72f988bf-86f1-41af-91ab-2d7cd011db47'
az account set --subscription '00000000-0000-0000-0000-000000000002'

# 2. Register the application (service principal)
APP_ID=$(az ad app create \
  --display-name 'Scalr' \
  --web-redirect-uris 'https://scalr.example.com' \
  --identifier-uris 'https://contoso.onmicrosoft.com/scalr' \
  --query appId --output tsv)
az ad sp create --id "$APP_ID"
echo "Application (client) ID: $APP_ID"

# 3. Create the client secret (valid 1 year(s))
while :; do
  SECRET=$(az ad app credential reset --id "$APP_ID" --years 1 --query password --output tsv)
  case "$SECRET" in *[+/]*) ;; *) break ;; esac
done
echo "Client secret (shown once): $SECRET"

# 4. Add the required API permissions
# Windows Azure Active Directory
#   Delegated: Sign in and read user profile (User.Read)
#   Delegated: Access the directory as the signed-in user (Directory.AccessAsUser.All)
#   Application: Read directory data (Directory.Read.All)
#   Application: Read and write directory data (Directory.ReadWrite.All)
az ad app permission add --id "$APP_ID" --api 00000002-0000-0000-c000-000000000000 \
  --api-permissions 311a71cc-e848-46a1-bdf8-97ff7156d8e6=Scope a42657d6-7f20-40e3-b6f0-cee03008a62a=Scope 5778995a-e1bf-45b8-affa-663a9f3f4d04=Role 78c8a3c8-a07e-4b9e-af1b-b5ccab50a175=Role
# Windows Azure Service Management API
#   Delegated: Access Azure Service Management as organization users (user_impersonation)
az ad app permission add --id "$APP_ID" --api 797f4846-ba00-4fd7-ba43-dac1f8f63013 \
  --api-permissions 41094075-9dad-400e-a0bd-54e686782033=Scope

# 5. Grant permissions (admin consent) — can take up to 15 minutes to take effect
az ad app permission admin-consent --id "$APP_ID"

# 6. Give the app the Contributor role on the subscription
az role assignment create --assignee "$APP_ID" --role Contributor \
  --scope '/subscriptions/00000000-0000-0000-0000-000000000002'
