// AWS answers (STS, IAM, EC2 Query protocol; S3 ListObjectsV2): the body through parseXml and
// parseAwsAnswer, which every AwsClient call uses — the <Error> of either shape, Code and Message,
// the RequestId — plus the lookups the checks make on a tree (child, childrenNamed, at, find), and
// diagnoseAwsFailure, which words the refusal. Invariants: the tree stays within XmlTree's bounds
// (32 levels, 20 000 elements); a refusal has a reason; the answer's fields are clipped to their
// bounds; a failure always gets a cause and a fix.
#include "FuzzProfile.h"

#include "AwsClient.h"
#include "AwsDiagnosis.h"
#include "XmlTree.h"

CC_FUZZ_INIT_QT

namespace {

int walk(const cc::XmlNode &n, int depth)
{
    FUZZ_CHECK(depth <= 32, "an XML tree deeper than the bound");
    int count = 1;
    for (const cc::XmlNode &c : n.children) {
        (void)n.child(c.name);
        (void)n.childrenNamed(c.name);
        (void)n.textAt(c.name + QLatin1Char('/') + (c.children.isEmpty() ? QString() : c.children.first().name));
        count += walk(c, depth + 1);
    }
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = ccfuzz::bytes(data, size);
    QString error;
    const std::optional<cc::XmlNode> root = cc::parseXml(body, &error);
    FUZZ_CHECK(root.has_value() || !error.isEmpty(), "an XML refusal without a reason");
    if (root) {
        FUZZ_CHECK(walk(*root, 1) <= 20000, "more XML elements than the bound");
        for (const char *path : {"GetCallerIdentityResult/Arn", "GetCallerIdentityResult/Account", "ResponseMetadata/RequestId",
                                 "ListAttachedRolePoliciesResult/AttachedPolicies", "vpcSet/item/vpcId", "Errors/Error/Code"})
            (void)root->textAt(QLatin1String(path));
        (void)root->find(QStringLiteral("member"));
        (void)root->find(QStringLiteral("item"));
    }
    // Every AWS call hands its answer to parseAwsAnswer (an error status: the body is read for <Error>).
    cc::HttpResponse resp;
    resp.status = 400;
    resp.body = body;
    const cc::AwsAnswer a = cc::parseAwsAnswer(resp);
    FUZZ_CHECK(a.xml.has_value() == root.has_value(), "parseAwsAnswer and parseXml disagree");
    FUZZ_CHECK(a.errorCode.size() <= 200 && a.errorMessage.size() <= 1000 && a.awsRequestId.size() <= 200, "a field over its bound");
    FUZZ_CHECK(!a.ok(), "a 400 answer taken for a success");
    const cc::Diagnosis d = cc::diagnoseAwsFailure(a, QStringLiteral("STS GetCallerIdentity"), ccfuzz::profile("scalr-aws"));
    FUZZ_CHECK(!d.cause.isEmpty() && !d.fix.isEmpty(), "a failure without a cause or a fix");
    return 0;
}
