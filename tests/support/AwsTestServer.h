#pragma once
// A stand-in for STS, IAM, EC2 and S3 on one loopback port. It checks what AWS checks — the
// SigV4 signature of every request, recomputed here independently with Qt's own HMAC (not the
// product's signer), the credential scope's service, the request time within 15 minutes, the
// form content type — and answers with AWS's XML shapes, errors included. Faults can be queued.
#include "TestHttpServer.h"

#include <QMap>
#include <QSet>
#include <QStringList>

class AwsTestServer : public TestHttpServer {
    Q_OBJECT
public:
    // What the caller's IAM policies allow, as AWS evaluates them for every call it answers.
    enum class Policy {
        Everything,   // an administrator
        ScalrMinimum, // exactly seed 001's policy: iam:GetUser, iam:ListInstanceProfiles,
                      // iam:ListServerCertificates, iam:PassRole, and NotAction iam:* (so no
                      // iam:SimulatePrincipalPolicy)
    };
    struct User {
        QByteArray secret;
        QByteArray account;
        QByteArray arn;
        // Not allowed whatever the policy says (an action missing from it, or an explicit Deny).
        // Also what SimulatePrincipalPolicy reports as implicitDeny for a role the user simulates.
        QSet<QByteArray> deniedActions;
        Policy policy = Policy::Everything;
    };
    struct Vpc {
        QByteArray region;
        QByteArray cidr = "10.0.0.0/16";
        bool isDefault = false;
    };
    struct Bucket {
        QByteArray region;
        bool readable = true;
    };
    struct Fault {
        QByteArray match; // Action name, "ListObjectsV2" for S3, "GET" for unsigned GETs, "" = any
        TestResponse response;
        int times = 1;
    };

    explicit AwsTestServer(Tls tls, QObject *parent = nullptr);

    QMap<QByteArray, User> users; // by access key id
    QMap<QByteArray, Vpc> vpcs;   // by VPC id
    QMap<QByteArray, Bucket> buckets;
    QMap<QByteArray, QByteArray> roles; // role ARN → account (for SimulatePrincipalPolicy on a role)
    QList<Fault> faults;
    int simulatePageSize = 100;

    // Whether `user` may perform `action` ("iam:GetUser", "ec2:RunInstances").
    static bool allows(const User &user, const QByteArray &action);

    // What was verified, for assertions: one line per signed request, "<service> <action>".
    QStringList verified;
    QStringList signatureFailures;

    // Default fixture: a Scalr user with every permission, a VPC in us-east-1, a billing bucket.
    static constexpr const char *kAccessKey = "AKIAIOSFODNN7EXAMPLE";
    static constexpr const char *kSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECRET";
    static constexpr const char *kAccount = "123456789012";
    static constexpr const char *kVpc = "vpc-0a1b2c3d4e5f60718";

private:
    TestResponse handle(const TestRequest &req);
    TestResponse s3Error(int status, const QByteArray &code, const QByteArray &message) const;
    TestResponse queryError(int status, const QByteArray &code, const QByteArray &message, bool ec2 = false,
                            const QByteArray &ns = "https://sts.amazonaws.com/doc/2011-06-15/") const;
    TestResponse answerIam(const TestRequest &req, const QByteArray &action, const User &user);
    TestResponse answerEc2(const TestRequest &req, const QByteArray &action, const User &user);
    // Empty when the signature is right; the AWS error code otherwise.
    QByteArray verifySignature(const TestRequest &req, const QByteArray &expectedService, QByteArray *accessKey, QByteArray *message);
};
