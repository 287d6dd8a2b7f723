#include "SigV4.h"

#include "Crypto.h"

#include <QByteArrayList>
#include <algorithm>

namespace cc {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~';
}

bool sameName(const QByteArray &a, const char *b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool hasHeader(const HeaderList &headers, const char *name)
{
    return std::any_of(headers.begin(), headers.end(), [&](const auto &h) { return sameName(h.first, name); });
}

// RFC 3986 dot-segment removal, with empty segments collapsed as AWS does for non-S3 services.
QByteArray normalizedPath(const QByteArray &path)
{
    const QByteArrayList segments = path.split('/');
    QByteArrayList kept;
    for (const QByteArray &s : segments) {
        if (s.isEmpty() || s == ".")
            continue;
        if (s == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept << s;
    }
    if (kept.isEmpty())
        return "/";
    const QByteArray last = segments.isEmpty() ? QByteArray() : segments.last();
    const bool trailingSlash = last.isEmpty() || last == "." || last == "..";
    return '/' + kept.join('/') + (trailingSlash ? "/" : "");
}

// Header values: trimmed, runs of whitespace (folded lines included) collapsed to one space.
QByteArray canonicalValue(const QByteArray &value)
{
    return value.simplified();
}

} // namespace

QByteArray sigv4UriEncode(const QByteArray &bytes, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out += c;
        } else {
            const auto u = static_cast<unsigned char>(c);
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
    }
    return out;
}

QByteArray sigv4CanonicalUri(const QByteArray &path, bool s3)
{
    const QByteArray p = path.isEmpty() ? QByteArray("/") : path;
    if (s3)
        return sigv4UriEncode(QByteArray::fromPercentEncoding(p), true);
    // Other services: the path as sent, normalised, then encoded again (AWS's double encoding).
    return sigv4UriEncode(normalizedPath(p), true);
}

QByteArray sigv4CanonicalQuery(const HeaderList &query)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &kv : query)
        encoded.append({sigv4UriEncode(kv.first, false), sigv4UriEncode(kv.second, false)});
    std::sort(encoded.begin(), encoded.end());
    QByteArrayList parts;
    for (const auto &kv : encoded)
        parts << kv.first + '=' + kv.second;
    return parts.join('&');
}

QPair<QByteArray, QByteArray> sigv4CanonicalHeaders(const HeaderList &headers)
{
    // Same name twice: values joined with commas in the order they appear.
    QList<QPair<QByteArray, QByteArray>> merged;
    for (const auto &h : headers) {
        const QByteArray name = h.first.trimmed().toLower();
        auto it = std::find_if(merged.begin(), merged.end(), [&](const auto &m) { return m.first == name; });
        if (it == merged.end())
            merged.append({name, canonicalValue(h.second)});
        else
            it->second += ',' + canonicalValue(h.second);
    }
    std::sort(merged.begin(), merged.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray block;
    QByteArrayList names;
    for (const auto &m : merged) {
        block += m.first + ':' + m.second + '\n';
        names << m.first;
    }
    return {block, names.join(';')};
}

QByteArray sigv4CanonicalRequest(const SigV4Request &req, const QByteArray &payloadHash, bool s3)
{
    const auto headers = sigv4CanonicalHeaders(req.headers);
    return req.method + '\n' + sigv4CanonicalUri(req.path, s3) + '\n' + sigv4CanonicalQuery(req.query) + '\n' + headers.first + '\n'
           + headers.second + '\n' + payloadHash;
}

QByteArray sigv4AmzDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray sigv4CredentialScope(const SigV4Scope &scope)
{
    return scope.time.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1() + '/' + scope.region + '/' + scope.service + "/aws4_request";
}

QByteArray sigv4StringToSign(const QByteArray &canonicalRequest, const SigV4Scope &scope)
{
    return "AWS4-HMAC-SHA256\n" + sigv4AmzDate(scope.time) + '\n' + sigv4CredentialScope(scope) + '\n' + sha256Hex(canonicalRequest);
}

QByteArray sigv4Signature(const QByteArray &secretAccessKey, const SigV4Scope &scope, const QByteArray &stringToSign)
{
    // Each derived key (date, region, service, signing key) is as good as the secret for its day:
    // every one is overwritten as soon as the next is made, none left to the allocator.
    QByteArray key = "AWS4" + secretAccessKey;
    QByteArray kDate = hmacSha256(key, scope.time.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1());
    cleanseBytes(key);
    QByteArray kRegion = hmacSha256(kDate, scope.region);
    cleanseBytes(kDate);
    QByteArray kService = hmacSha256(kRegion, scope.service);
    cleanseBytes(kRegion);
    QByteArray kSigning = hmacSha256(kService, "aws4_request");
    cleanseBytes(kService);
    QByteArray mac = hmacSha256(kSigning, stringToSign);
    cleanseBytes(kSigning);
    const QByteArray signature = mac.toHex();
    cleanseBytes(mac);
    return signature;
}

SigV4Result sigv4Sign(SigV4Request &req, const SigV4Credentials &creds, const SigV4Scope &scope, const SigV4Options &options)
{
    if (!hasHeader(req.headers, "x-amz-date"))
        req.headers.append({"X-Amz-Date", sigv4AmzDate(scope.time)});
    const QByteArray payloadHash = sha256Hex(req.body);
    if (options.s3 && !hasHeader(req.headers, "x-amz-content-sha256"))
        req.headers.append({"x-amz-content-sha256", payloadHash});
    const bool token = !creds.sessionToken.isEmpty() && !hasHeader(req.headers, "x-amz-security-token");
    if (token && options.signSessionToken)
        req.headers.append({"X-Amz-Security-Token", creds.sessionToken});

    SigV4Result r;
    r.canonicalRequest = sigv4CanonicalRequest(req, payloadHash, options.s3);
    r.stringToSign = sigv4StringToSign(r.canonicalRequest, scope);
    const QByteArray signedHeaders = sigv4CanonicalHeaders(req.headers).second;
    r.authorization = "AWS4-HMAC-SHA256 Credential=" + creds.accessKeyId + '/' + sigv4CredentialScope(scope)
                      + ", SignedHeaders=" + signedHeaders + ", Signature=" + sigv4Signature(creds.secretAccessKey, scope, r.stringToSign);
    if (token && !options.signSessionToken)
        req.headers.append({"X-Amz-Security-Token", creds.sessionToken});
    req.headers.append({"Authorization", r.authorization});
    return r;
}

} // namespace cc
