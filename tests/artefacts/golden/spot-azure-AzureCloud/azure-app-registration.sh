#!/usr/bin/env bash
# Azure CLI equivalent of the portal steps (Azure (public), for Spot).
set -euo pipefail

# 1. Sign in to Azure (public)
az login --tenant '72f988bf-86f1-41af-91ab-2d7cd011db47'
az account set --subscription '00000000-0000-0000-0000-000000000002'

# 2. Register the application (service principal)
APP_ID=$(az ad app create \
  --display-name 'spot' \
  --query appId --output tsv)
az ad sp create --id "$APP_ID"
echo "Application (client) ID: $APP_ID"

# 3. Create the client secret (valid 1 year(s))
az ad app credential reset --id "$APP_ID" --years 1 --query password --output tsv

# 4. Give the app the Contributor role on the subscription
az role assignment create --assignee "$APP_ID" --role Contributor \
  --scope '/subscriptions/00000000-0000-0000-0000-000000000002'
