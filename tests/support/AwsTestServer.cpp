#include "AwsTestServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray awsEscape(const QByteArray &raw)
{
    return raw.toPercentEncoding(QByteArray(), "~"); // RFC 3986 unreserved stay as they are
}

QByteArray requestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray xmlEscape(const QByteArray &s)
{
    QByteArray out = s;
    out.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    return out;
}

} // namespace

AwsTestServer::AwsTestServer(Tls tls, QObject *parent) : TestHttpServer(tls, parent)
{
    users.insert(kAccessKey, User{kSecret, kAccount, QByteArray("arn:aws:iam::") + kAccount + ":user/scalr", {}, Policy::Everything});
    vpcs.insert(kVpc, Vpc{"us-east-1", "10.0.0.0/16", false});
    buckets.insert("billing-reports", Bucket{"us-east-1", true});
    handler = [this](const TestRequest &r) { return handle(r); };
}

TestResponse AwsTestServer::s3Error(int status, const QByteArray &code, const QByteArray &message) const
{
    TestResponse r = TestResponse::xml(status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                                                   + xmlEscape(message) + "</Message><RequestId>" + requestId().left(16).toUpper()
                                                   + "</RequestId><HostId>dGVzdCBob3N0IGlk</HostId></Error>");
    r.headers = {{"Content-Type", "application/xml"}};
    return r;
}

bool AwsTestServer::allows(const User &user, const QByteArray &action)
{
    if (user.deniedActions.contains(action))
        return false;
    switch (user.policy) {
    case Policy::Everything: return true;
    case Policy::ScalrMinimum:
        // Seed 001's statements: four IAM actions by name, and NotAction iam:* for the rest.
        return !action.startsWith("iam:") || action == "iam:GetUser" || action == "iam:ListInstanceProfiles"
               || action == "iam:ListServerCertificates" || action == "iam:PassRole";
    }
    return false;
}

TestResponse AwsTestServer::queryError(int status, const QByteArray &code, const QByteArray &message, bool ec2, const QByteArray &ns) const
{
    if (ec2)
        return TestResponse::xml(status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" + code
                                             + "</Code><Message>" + xmlEscape(message) + "</Message></Error></Errors><RequestID>"
                                             + requestId() + "</RequestID></Response>");
    return TestResponse::xml(status, "<ErrorResponse xmlns=\"" + ns
                                         + "\">\n  <Error>\n    "
                                           "<Type>Sender</Type>\n    <Code>"
                                         + code + "</Code>\n    <Message>" + xmlEscape(message) + "</Message>\n  </Error>\n  <RequestId>"
                                         + requestId() + "</RequestId>\n</ErrorResponse>\n");
}

QByteArray AwsTestServer::verifySignature(const TestRequest &req, const QByteArray &expectedService, QByteArray *accessKey,
                                          QByteArray *message)
{
    const QByteArray authz = req.header("Authorization");
    if (authz.isEmpty()) {
        *message = "Request is missing Authentication Token";
        return "MissingAuthenticationToken";
    }
    // AWS4-HMAC-SHA256 Credential=AKID/date/region/service/aws4_request, SignedHeaders=a;b, Signature=hex
    if (!authz.startsWith("AWS4-HMAC-SHA256 ")) {
        *message = "Unsupported authorization type";
        return "IncompleteSignature";
    }
    QMap<QByteArray, QByteArray> parts;
    for (QByteArray p : authz.mid(17).split(',')) {
        p = p.trimmed();
        const int eq = p.indexOf('=');
        parts.insert(p.left(eq), p.mid(eq + 1));
    }
    const QList<QByteArray> scope = parts.value("Credential").split('/');
    if (scope.size() != 5 || scope[4] != "aws4_request" || parts.value("SignedHeaders").isEmpty()
        || parts.value("Signature").size() != 64) {
        *message = "Authorization header requires Credential, SignedHeaders and Signature";
        return "IncompleteSignature";
    }
    *accessKey = scope[0];
    if (!users.contains(scope[0])) {
        *message = "The security token included in the request is invalid.";
        return "InvalidClientTokenId";
    }
    if (scope[3] != expectedService) {
        *message = "Credential should be scoped to correct service: '" + expectedService + "'.";
        return "SignatureDoesNotMatch";
    }
    const QByteArray amzDate = req.header("X-Amz-Date");
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QDateTime when(t.date(), t.time(), Qt::UTC);
    const QDateTime serverNow = QDateTime::currentDateTimeUtc().addSecs(dateOffsetSeconds);
    if (!t.isValid() || qAbs(when.secsTo(serverNow)) > 15 * 60) {
        *message = "Request has expired.";
        return "RequestExpired";
    }
    if (scope[1] != amzDate.left(8)) {
        *message = "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP";
        return "SignatureDoesNotMatch";
    }
    // Canonical request, built here from what arrived on the wire.
    const QList<QByteArray> signedNames = parts.value("SignedHeaders").split(';');
    if (!signedNames.contains("host") || !signedNames.contains("x-amz-date")) {
        *message = "host and x-amz-date must be signed";
        return "IncompleteSignature";
    }
    QByteArray canonicalHeaders;
    for (const QByteArray &name : signedNames) {
        QList<QByteArray> values;
        for (const auto &h : req.headers) {
            if (h.first.toLower() == name)
                values << h.second.simplified();
        }
        if (values.isEmpty()) {
            *message = "Signed header " + name + " is missing";
            return "SignatureDoesNotMatch";
        }
        canonicalHeaders += name + ':' + values.join(',') + '\n';
    }
    QList<QByteArray> queryParts;
    for (const QByteArray &kv : req.query.split('&')) {
        if (kv.isEmpty())
            continue;
        const int eq = kv.indexOf('=');
        queryParts << awsEscape(QByteArray::fromPercentEncoding(eq < 0 ? kv : kv.left(eq))) + '='
                          + awsEscape(QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : kv.mid(eq + 1)));
    }
    std::sort(queryParts.begin(), queryParts.end());
    const QByteArray payloadHash = QCryptographicHash::hash(req.body, QCryptographicHash::Sha256).toHex();
    if (expectedService == "s3" && req.header("x-amz-content-sha256") != payloadHash) {
        *message = "The provided 'x-amz-content-sha256' header does not match what was computed.";
        return "XAmzContentSHA256Mismatch";
    }
    QByteArray path = req.path.isEmpty() ? QByteArray("/") : req.path;
    if (expectedService != "s3")
        path = awsEscape(path).replace("%2F", "/");
    const QByteArray creq = req.method + '\n' + path + '\n' + queryParts.join('&') + '\n' + canonicalHeaders + '\n'
                            + parts.value("SignedHeaders") + '\n' + payloadHash;
    const QByteArray sts = "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope[1] + '/' + scope[2] + '/' + scope[3] + "/aws4_request\n"
                           + QCryptographicHash::hash(creq, QCryptographicHash::Sha256).toHex();
    QByteArray key = hmac("AWS4" + users.value(scope[0]).secret, scope[1]);
    key = hmac(key, scope[2]);
    key = hmac(key, scope[3]);
    key = hmac(key, "aws4_request");
    if (hmac(key, sts).toHex() != parts.value("Signature")) {
        signatureFailures << QString::fromLatin1(creq);
        *message = "The request signature we calculated does not match the signature you provided. Check your AWS "
                   "Secret Access Key and signing method. Consult the service documentation for details.";
        return "SignatureDoesNotMatch";
    }
    return {};
}

TestResponse AwsTestServer::handle(const TestRequest &req)
{
    const bool signedGet = req.method == "GET" && !req.header("Authorization").isEmpty();
    const QByteArray action = req.method == "POST" ? req.formValue("Action") : signedGet ? QByteArray("ListObjectsV2") : req.method;
    for (int i = 0; i < faults.size(); ++i) {
        Fault &f = faults[i];
        if (f.match.isEmpty() || f.match == action) {
            const TestResponse r = f.response;
            if (--f.times <= 0)
                faults.removeAt(i);
            return r;
        }
    }

    if (req.method == "GET" && req.header("Authorization").isEmpty()) {
        TestResponse r;
        r.status = 302;
        r.reason = "Found";
        r.headers = {{"Location", "https://aws.amazon.com/iam"}};
        return r;
    }

    const bool s3 = signedGet;
    // One port stands for every service: the action says which one the request was meant for
    // (and so which SigV4 service name its signature must carry).
    static const QSet<QByteArray> iamActions{"SimulatePrincipalPolicy", "GetUser", "ListInstanceProfiles", "ListServerCertificates"};
    static const QSet<QByteArray> ec2Actions{"DescribeVpcs", "DescribeInstances", "RunInstances", "TerminateInstances",
                                             "CreateSecurityGroup"};
    QByteArray service = s3 ? "s3" : "sts";
    if (iamActions.contains(action))
        service = "iam";
    else if (ec2Actions.contains(action))
        service = "ec2";
    const bool ec2 = service == "ec2";
    if (!s3 && !req.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        return queryError(400, "InvalidParameterValue", "Content-Type must be application/x-www-form-urlencoded", ec2);

    QByteArray key, message;
    const QByteArray sigError = verifySignature(req, service, &key, &message);
    if (!sigError.isEmpty()) {
        if (s3)
            return s3Error(sigError == "RequestExpired"        ? 403
                           : sigError == "IncompleteSignature" ? 400
                                                               : 403,
                           sigError == "InvalidClientTokenId" ? QByteArray("InvalidAccessKeyId") : sigError, message);
        return queryError(sigError == "RequestExpired" || sigError == "IncompleteSignature" ? 400 : 403,
                          ec2 && sigError == "InvalidClientTokenId" ? QByteArray("AuthFailure") : sigError, message, ec2);
    }
    verified << QString::fromLatin1(service + ' ' + action);
    const User user = users.value(key);

    if (s3) {
        const QByteArray name = req.path.mid(1);
        if (req.query != "list-type=2&max-keys=1")
            return s3Error(400, "InvalidArgument", "this test server answers ListObjectsV2 with max-keys=1 only");
        if (!buckets.contains(name))
            return s3Error(404, "NoSuchBucket", "The specified bucket does not exist");
        const Bucket b = buckets.value(name);
        const QByteArray signedRegion = req.header("Authorization").split('/').value(2);
        if (signedRegion != b.region) {
            TestResponse r = s3Error(301, "PermanentRedirect",
                                     "The bucket you are attempting to access must be addressed using "
                                     "the specified endpoint. Please send all future requests to this endpoint.");
            r.reason = "Moved Permanently";
            r.headers.append({"x-amz-bucket-region", b.region});
            return r;
        }
        if (!b.readable)
            return s3Error(403, "AccessDenied", "Access Denied");
        TestResponse r = TestResponse::xml(
            200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                 "<Name>"
                     + name
                     + "</Name><Prefix></Prefix><KeyCount>1</KeyCount><MaxKeys>1</MaxKeys>"
                       "<IsTruncated>true</IsTruncated><Contents><Key>"
                     + user.account
                     + "-aws-billing-detailed-line-items-2026-11.csv.zip</Key>"
                       "<Size>1024</Size><StorageClass>STANDARD</StorageClass></Contents></ListBucketResult>");
        r.headers.append({"x-amz-bucket-region", b.region});
        return r;
    }

    if (action == "GetCallerIdentity") {
        if (req.formValue("Version") != "2011-06-15")
            return queryError(400, "InvalidAction", "Could not find operation GetCallerIdentity for version " + req.formValue("Version"));
        return TestResponse::xml(200, "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                                      "  <GetCallerIdentityResult>\n    <Arn>"
                                          + user.arn
                                          + "</Arn>\n    <UserId>AIDAJQABLZS4A3QDU576Q</UserId>\n"
                                            "    <Account>"
                                          + user.account
                                          + "</Account>\n  </GetCallerIdentityResult>\n"
                                            "  <ResponseMetadata>\n    <RequestId>"
                                          + requestId()
                                          + "</RequestId>\n  </ResponseMetadata>\n"
                                            "</GetCallerIdentityResponse>\n");
    }
    if (service == "iam")
        return answerIam(req, action, user);
    if (service == "ec2")
        return answerEc2(req, action, user);
    return queryError(400, "InvalidAction", "Could not find operation " + action, ec2);
}

TestResponse AwsTestServer::answerIam(const TestRequest &req, const QByteArray &action, const User &user)
{
    // IAM Query API [botocore data/iam/2010-05-08/service-2.json]: <ActionResponse><ActionResult>…
    // in the namespace below; errors in the query-protocol shape [botocore parsers.py].
    const QByteArray ns = "https://iam.amazonaws.com/doc/2010-05-08/";
    if (req.formValue("Version") != "2010-05-08")
        return queryError(400, "InvalidAction", "Could not find operation " + action + " for version " + req.formValue("Version"), false,
                          ns);
    const QByteArray partition = user.arn.split(':').value(1);
    const QByteArray iamArn = "arn:" + partition + ":iam::" + user.account + ':';
    // AccessDenied names caller, action and resource [IAM User Guide, "Troubleshoot access denied error messages"].
    auto denied = [&](const QByteArray &resource) {
        return queryError(403, "AccessDenied",
                          "User: " + user.arn + " is not authorized to perform: iam:" + action + " on resource: " + resource, false, ns);
    };
    auto answer = [&](const QByteArray &result) {
        return TestResponse::xml(200, "<" + action + "Response xmlns=\"" + ns + "\">\n  <" + action + "Result>\n" + result + "  </" + action
                                          + "Result>\n  <ResponseMetadata>\n    <RequestId>" + requestId()
                                          + "</RequestId>\n  </ResponseMetadata>\n</" + action + "Response>\n");
    };
    // maxItemsType: 1..1000 [service-2.json]
    const QByteArray maxItems = req.formValue("MaxItems");
    if (!maxItems.isEmpty() && (maxItems.toInt() < 1 || maxItems.toInt() > 1000))
        return queryError(400, "ValidationError",
                          "1 validation error detected: Value '" + maxItems
                              + "' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000",
                          false, ns);

    if (action == "GetUser") {
        // Without UserName: the caller, which must be a user [GetUser API reference].
        if (!allows(user, "iam:GetUser"))
            return denied(user.arn);
        if (!user.arn.contains(":user/") && req.formValue("UserName").isEmpty())
            return queryError(400, "ValidationError", "Must specify userName when calling with non-User credentials", false, ns);
        const QByteArray name = user.arn.mid(user.arn.lastIndexOf('/') + 1);
        return answer("    <User>\n      <Path>/</Path>\n      <UserName>" + name
                      + "</UserName>\n      <UserId>AIDAJQABLZS4A3QDU576Q</UserId>\n"
                        "      <Arn>"
                      + user.arn + "</Arn>\n      <CreateDate>2026-01-12T09:30:00Z</CreateDate>\n    </User>\n");
    }
    if (action == "ListInstanceProfiles") {
        if (!allows(user, "iam:ListInstanceProfiles"))
            return denied(iamArn + "instance-profile/");
        return answer(
            "    <IsTruncated>true</IsTruncated>\n    <Marker>AAEAAbJ3dGVzdC1tYXJrZXI=</Marker>\n    <InstanceProfiles>\n      <member>\n"
            "        <Path>/</Path>\n        <InstanceProfileName>scalr-instances</InstanceProfileName>\n"
            "        <InstanceProfileId>AIPAJ4VDQ7EXAMPLE</InstanceProfileId>\n        <Arn>"
            + iamArn
            + "instance-profile/scalr-instances</Arn>\n"
              "        <CreateDate>2026-01-12T09:31:00Z</CreateDate>\n        <Roles/>\n      </member>\n    </InstanceProfiles>\n");
    }
    if (action == "ListServerCertificates") {
        if (!allows(user, "iam:ListServerCertificates"))
            return denied(iamArn + "server-certificate/");
        return answer("    <IsTruncated>false</IsTruncated>\n    <ServerCertificateMetadataList/>\n");
    }
    // SimulatePrincipalPolicy
    const QByteArray source = req.formValue("PolicySourceArn");
    if (!allows(user, "iam:SimulatePrincipalPolicy"))
        return denied(source);
    if (source != user.arn && !roles.contains(source))
        return queryError(404, "NoSuchEntity", "The user or role with name " + source + " cannot be found.", false, ns);
    QList<QByteArray> actions;
    for (int i = 1; i <= 100; ++i) {
        const QByteArray a = req.formValue("ActionNames.member." + QByteArray::number(i));
        if (a.isEmpty())
            break;
        actions << a;
    }
    const int start = req.formValue("Marker").toInt();
    const int end = std::min<int>(actions.size(), start + simulatePageSize);
    QByteArray members;
    for (int i = start; i < end; ++i) {
        // The user's own policy, or (for a role) the actions the test denies the role.
        const bool allowed = source == user.arn ? allows(user, actions[i]) : !user.deniedActions.contains(actions[i]);
        members += "      <member>\n        <EvalActionName>" + actions[i]
                   + "</EvalActionName>\n        <EvalResourceName>*</EvalResourceName>\n"
                     "        <EvalDecision>"
                   + QByteArray(allowed ? "allowed" : "implicitDeny")
                   + "</EvalDecision>\n"
                     "        <MatchedStatements/>\n        <MissingContextValues/>\n      </member>\n";
    }
    const bool truncated = end < actions.size();
    return answer("    <IsTruncated>" + QByteArray(truncated ? "true" : "false") + "</IsTruncated>\n"
                  + (truncated ? "    <Marker>" + QByteArray::number(end) + "</Marker>\n" : QByteArray()) + "    <EvaluationResults>\n"
                  + members + "    </EvaluationResults>\n");
}

TestResponse AwsTestServer::answerEc2(const TestRequest &req, const QByteArray &action, const User &user)
{
    // EC2 Query API [botocore data/ec2/2016-11-15/service-2.json]; errors as
    // <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>.
    if (req.formValue("Version") != "2016-11-15")
        return queryError(400, "NoSuchVersion",
                          "The requested version (" + req.formValue("Version") + ") of service AmazonEC2 does not exist", true);
    // Required parameters are checked before anything else [service-2.json "required"].
    auto missing = [&](const QByteArray &name) {
        return queryError(400, "MissingParameter", "The request must contain the parameter " + name, true);
    };
    if (action == "RunInstances") {
        for (const char *name : {"MinCount", "MaxCount"})
            if (req.formValue(name).isEmpty())
                return missing(name);
        const QByteArray image = req.formValue("ImageId");
        if (!image.isEmpty()
            && !QRegularExpression(QStringLiteral("^ami-([0-9a-f]{8}|[0-9a-f]{17})$")).match(QString::fromLatin1(image)).hasMatch())
            return queryError(400, "InvalidAMIID.Malformed", "Invalid id: \"" + image + "\" (expecting \"ami-...\")", true);
    } else if (action == "TerminateInstances") {
        const QByteArray id = req.formValue("InstanceId.1");
        if (id.isEmpty())
            return missing("InstanceId");
        if (!QRegularExpression(QStringLiteral("^i-([0-9a-f]{8}|[0-9a-f]{17})$")).match(QString::fromLatin1(id)).hasMatch())
            return queryError(400, "InvalidInstanceID.Malformed", "Invalid id: \"" + id + "\"", true);
    } else if (action == "CreateSecurityGroup") {
        for (const char *name : {"GroupName", "GroupDescription"})
            if (req.formValue(name).isEmpty())
                return missing(name);
    }
    // DryRun [EC2 API reference, common parameter "DryRun"]: the permission is checked, nothing
    // is done: UnauthorizedOperation (403) when denied, DryRunOperation (412) when allowed.
    if (!allows(user, "ec2:" + action))
        return queryError(403, "UnauthorizedOperation",
                          "You are not authorized to perform this operation. User: " + user.arn + " is not authorized to perform: ec2:"
                              + action + " because no identity-based policy allows the ec2:" + action + " action",
                          true);
    if (req.formValue("DryRun") == "true") {
        TestResponse r = queryError(412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.", true);
        r.reason = "Precondition Failed";
        return r;
    }
    if (action == "DescribeInstances")
        return TestResponse::xml(200, "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\n    <requestId>"
                                          + requestId() + "</requestId>\n    <reservationSet/>\n</DescribeInstancesResponse>\n");
    if (action != "DescribeVpcs") // a test must notice a check that would change something
        return queryError(400, "UnsupportedOperation", "This test server never performs " + action + ": send DryRun=true.", true);
    const QByteArray id = req.formValue("VpcId.1");
    const QByteArray region = req.header("Authorization").split('/').value(2);
    if (!vpcs.contains(id) || vpcs.value(id).region != region)
        return queryError(400, "InvalidVpcID.NotFound", "The vpc ID '" + id + "' does not exist", true);
    const Vpc v = vpcs.value(id);
    return TestResponse::xml(
        200, "<DescribeVpcsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\n"
             "    <requestId>"
                 + requestId()
                 + "</requestId>\n    <vpcSet>\n        <item>\n"
                   "            <vpcId>"
                 + id + "</vpcId>\n            <ownerId>" + user.account
                 + "</ownerId>\n"
                   "            <state>available</state>\n            <cidrBlock>"
                 + v.cidr
                 + "</cidrBlock>\n"
                   "            <dhcpOptionsId>dopt-19edf471</dhcpOptionsId>\n            <instanceTenancy>default</instanceTenancy>\n"
                   "            <isDefault>"
                 + QByteArray(v.isDefault ? "true" : "false")
                 + "</isDefault>\n"
                   "        </item>\n    </vpcSet>\n</DescribeVpcsResponse>\n");
}
