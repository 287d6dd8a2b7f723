#pragma once
// One secret's text in a buffer this program owns: never shared with another object (a copy is a
// new buffer), overwritten before it is released, and never converted to a Qt string behind the
// caller's back. Qt's QString shares its buffer implicitly, so "wiping" one QString leaves every
// other holder of the same text untouched; a SecretString has exactly one holder.
//
// Where a Qt API needs a QString or bytes (a line edit, an HTTP header, an HMAC key), toString()
// and toUtf8() make that copy visibly, at the call; the caller wipes it (wipeString, cleanseBytes)
// once used where Qt lets it. SecretValues.h lists the copies Qt keeps that no wipe reaches.
#include <QByteArray>
#include <QString>
#include <QStringView>

namespace cc {

class SecretString {
public:
    SecretString() = default;
    SecretString(const QString &text); // NOLINT: implicit on purpose, the text is copied in
    explicit SecretString(QStringView text);
    SecretString(const SecretString &other);
    SecretString(SecretString &&other) noexcept;
    SecretString &operator=(const SecretString &other);
    SecretString &operator=(SecretString &&other) noexcept;
    SecretString &operator=(const QString &text);
    ~SecretString();

    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }
    // The text without a copy, valid while this object is unchanged.
    QStringView view() const { return QStringView(m_data, m_size); }
    // Copies for APIs that need Qt's types: wipe them when done.
    QString toString() const { return view().toString(); }
    QByteArray toUtf8() const { return view().toUtf8(); }
    // Overwrites the buffer, releases it, and leaves the secret empty.
    void wipe();

    friend bool operator==(const SecretString &a, const SecretString &b) { return a.view() == b.view(); }
    friend bool operator!=(const SecretString &a, const SecretString &b) { return !(a == b); }
    friend bool operator==(const SecretString &a, const QString &b) { return a.view() == QStringView(b); }
    friend bool operator!=(const SecretString &a, const QString &b) { return !(a == b); }

private:
    void assign(QStringView text);
    char16_t *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace cc
