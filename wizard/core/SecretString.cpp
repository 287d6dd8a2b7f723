#include "SecretString.h"

#include <cstring>
#include <string.h> // explicit_bzero (glibc): writes the compiler may not drop as dead stores

#include <utility>

namespace cc {

SecretString::SecretString(const QString &text)
{
    assign(QStringView(text));
}

SecretString::SecretString(QStringView text)
{
    assign(text);
}

SecretString::SecretString(const SecretString &other)
{
    assign(other.view());
}

SecretString::SecretString(SecretString &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretString &SecretString::operator=(const SecretString &other)
{
    if (this != &other)
        assign(other.view());
    return *this;
}

SecretString &SecretString::operator=(SecretString &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretString &SecretString::operator=(const QString &text)
{
    assign(QStringView(text));
    return *this;
}

SecretString::~SecretString()
{
    wipe();
}

void SecretString::assign(QStringView text)
{
    // A new buffer of exactly the text's size: nothing is ever reallocated (and so left behind).
    char16_t *fresh = nullptr;
    if (!text.isEmpty()) {
        fresh = new char16_t[size_t(text.size())];
        std::memcpy(fresh, text.utf16(), size_t(text.size()) * sizeof(char16_t));
    }
    wipe();
    m_data = fresh;
    m_size = text.size();
}

void SecretString::wipe()
{
    if (m_data) {
        explicit_bzero(m_data, size_t(m_size) * sizeof(char16_t));
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace cc
