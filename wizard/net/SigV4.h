#pragma once
// AWS Signature Version 4 (docs/api-reference.md, AWS section), on OpenSSL's SHA-256 and HMAC.
// Every step is its own function so the official test suite can pin each one: canonical
// request, string to sign, Authorization header.
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace cc {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct SigV4Request {
    QByteArray method;
    QByteArray path;    // as sent on the wire, e.g. "/" or "/my-bucket"
    HeaderList query;   // decoded names and values, in any order
    HeaderList headers; // every header to sign, as sent (names in any case)
    QByteArray body;
};

struct SigV4Credentials {
    QByteArray accessKeyId;
    QByteArray secretAccessKey;
    QByteArray sessionToken; // empty for long-term keys
};

struct SigV4Scope {
    QByteArray region;  // signing region, e.g. us-east-1
    QByteArray service; // sts, iam, ec2, s3
    QDateTime time;     // UTC
};

struct SigV4Options {
    // S3 signs its paths as they are (no dot-segment removal, no double encoding) and wants the
    // payload hash in x-amz-content-sha256.
    bool s3 = false;
    // Some services want X-Amz-Security-Token outside the signature (suite: post-sts-header-after).
    bool signSessionToken = true;
};

struct SigV4Result {
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray authorization; // the Authorization header's value
};

QByteArray sigv4UriEncode(const QByteArray &bytes, bool keepSlash);
QByteArray sigv4CanonicalUri(const QByteArray &path, bool s3);
QByteArray sigv4CanonicalQuery(const HeaderList &query);
// Canonical header block (each "name:value\n") and the signed-header list ("a;b;c").
QPair<QByteArray, QByteArray> sigv4CanonicalHeaders(const HeaderList &headers);
QByteArray sigv4CanonicalRequest(const SigV4Request &req, const QByteArray &payloadHash, bool s3);
QByteArray sigv4AmzDate(const QDateTime &utc);            // 20150830T123600Z
QByteArray sigv4CredentialScope(const SigV4Scope &scope); // 20150830/us-east-1/service/aws4_request
QByteArray sigv4StringToSign(const QByteArray &canonicalRequest, const SigV4Scope &scope);
QByteArray sigv4Signature(const QByteArray &secretAccessKey, const SigV4Scope &scope, const QByteArray &stringToSign);

// Signs `req` in place: adds X-Amz-Date (unless present), X-Amz-Security-Token for session
// credentials, x-amz-content-sha256 for S3, then Authorization. Returns the intermediate texts.
SigV4Result sigv4Sign(SigV4Request &req, const SigV4Credentials &creds, const SigV4Scope &scope, const SigV4Options &options = {});

} // namespace cc
