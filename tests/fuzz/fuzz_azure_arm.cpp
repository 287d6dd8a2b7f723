// Azure Resource Manager answers: a status and body (FuzzResponse.h) through AzureClient::parse —
// ARM's error shape {"error": {"code", "message"}}, a subscription, a role-assignment page
// {"value": [{"properties": {…}}], "nextLink"}, a virtual network — then the fields the Azure
// checks read from those: each assignment through AzureChecks::grantsContributor and roleName, the
// nextLink as the URL the checks compare with Resource Manager's, and for a failure
// diagnoseArmFailure (flag bit: a Spot or a Scalr profile). Invariants: error fields clipped to
// their bounds; a transport failure leaves no JSON behind; a failure gets a cause and a fix.
#include "FuzzResponse.h"

#include "AzureChecks.h"
#include "AzureClient.h"
#include "AzureDiagnosis.h"
#include "FuzzProfile.h"

#include <QJsonArray>
#include <QUrl>

CC_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ccfuzz::FuzzAnswer in = ccfuzz::answerFrom(data, size);
    const cc::AzureAnswer a = cc::AzureClient::parse(in.response);
    FUZZ_CHECK(a.error.size() <= 100 && a.errorMessage.size() <= 2000 && a.correlationId.size() <= 64, "a field over its bound");
    if (!in.response.answered())
        FUZZ_CHECK(a.json.isEmpty() && a.error.isEmpty(), "a transport failure with a parsed body");
    for (const char *key : {"displayName", "state", "tenantId", "location", "name"})
        (void)a.json.value(QLatin1String(key)).toString().left(200);
    const cc::Profile &p = ccfuzz::profile(in.flag ? "spot-azure" : "scalr-azure");
    for (const QJsonValue &v : a.json.value(QStringLiteral("value")).toArray()) {
        const QJsonObject props = v.toObject().value(QStringLiteral("properties")).toObject();
        const QString role = props.value(QStringLiteral("roleDefinitionId")).toString();
        const QString scope = props.value(QStringLiteral("scope")).toString();
        (void)props.value(QStringLiteral("principalId")).toString().left(500);
        (void)cc::AzureChecks::grantsContributor(role, scope, p.azure.subscriptionId);
        FUZZ_CHECK(!cc::AzureChecks::roleName(role).isEmpty(), "a role without a name");
    }
    if (!a.ok() || !a.error.isEmpty()) {
        const cc::Diagnosis d = cc::diagnoseArmFailure(a, QStringLiteral("the subscription"), p);
        FUZZ_CHECK(!d.cause.isEmpty() && !d.fix.isEmpty(), "a failure without a cause or a fix");
        (void)cc::armFailureMayBePropagation(a);
    }
    const QJsonObject props = a.json.value(QStringLiteral("properties")).toObject();
    for (const QJsonValue &v : props.value(QStringLiteral("addressSpace")).toObject().value(QStringLiteral("addressPrefixes")).toArray())
        (void)v.toString().left(64);
    const QUrl next(a.json.value(QStringLiteral("nextLink")).toString());
    (void)next.scheme();
    (void)next.host().left(200);
    (void)next.port(443);
    return 0;
}
