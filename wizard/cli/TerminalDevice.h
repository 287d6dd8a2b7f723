#pragma once
// The CLI's stdout and stderr: what the commands write goes out unchanged in meaning, but without
// the control characters a server answer or a hostile profile could use to drive the terminal
// (escape sequences that rewrite the screen or the window title, carriage returns that hide a
// line). --json output on stdout is left as it is: QJsonDocument already escapes every control
// character, and the JSON is data for another program.
#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

namespace cc {

class TerminalDevice : public QIODevice {
public:
    enum class Filter { DisplayText, None };
    TerminalDevice(std::FILE *file, Filter filter);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_file;
    Filter m_filter;
    QStringDecoder m_decoder{QStringDecoder::Utf8}; // keeps a sequence split across two writes
};

} // namespace cc
