#pragma once
// An HTTP answer from fuzzer bytes, for the targets whose parser takes an HttpResponse. The first
// byte is a control byte, the rest is the body, so seeds stay readable ("A{…json…}"):
//   0x00            no answer at all (a transport failure), body ignored
//   bit 0           flag (the platform target: 1 = Spot, 0 = Scalr)
//   bits 1..3       status: 200 201 400 401 403 404 429 500
//   bit 4           an x-ms-correlation-request-id header is present
// Printable examples: '@' 200, 'A' flag+200, 'B' 201, 'D' 400, 'E' flag+400, 'F' 401, 'G' flag+401,
// 'H' 403, 'I' flag+403, 'T' 400 with the header, 'Q' flag+200 with the header.
#include "FuzzCommon.h"

#include "HttpTypes.h"

namespace ccfuzz {

struct FuzzAnswer {
    cc::HttpResponse response;
    bool flag = false;
};

inline FuzzAnswer answerFrom(const uint8_t *data, size_t size)
{
    static const int kStatus[] = {200, 201, 400, 401, 403, 404, 429, 500};
    FuzzAnswer f;
    cc::HttpResponse &r = f.response;
    if (size == 0 || data[0] == 0) {
        r.failure = cc::NetFailure::Timeout;
        r.failureText = QStringLiteral("timed out");
        return f;
    }
    const uint8_t c = data[0];
    f.flag = c & 1;
    r.status = kStatus[(c >> 1) & 7];
    r.reason = "Reason";
    if (c & 0x10)
        r.headers.append(qMakePair(QByteArray("x-ms-correlation-request-id"), QByteArray("0e6a1d1c-fuzz")));
    r.body = bytes(data + 1, size - 1);
    r.attempts = 1;
    return f;
}

} // namespace ccfuzz
