#include "TerminalDevice.h"

#include "DisplayText.h"

namespace cc {

TerminalDevice::TerminalDevice(std::FILE *file, Filter filter) : m_file(file), m_filter(filter)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalDevice::writeData(const char *data, qint64 size)
{
    if (m_filter == Filter::None) {
        std::fwrite(data, 1, size_t(size), m_file);
    } else {
        const QByteArray shown = displayText(m_decoder.decode(QByteArrayView(data, size))).toUtf8();
        std::fwrite(shown.constData(), 1, size_t(shown.size()), m_file);
    }
    // Written through at once, so progress on stderr and results on stdout keep their order.
    std::fflush(m_file);
    return size;
}

} // namespace cc
