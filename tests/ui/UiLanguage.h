#pragma once
// Shared by the GUI tests that run in more than one language: the app's translations installed
// as app/main.cpp installs them, and the Alt+letter of a text.
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace cc::test {

// The Alt+letter of a text ("&Next >" → 'n'), or 0.
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// The application's language for one test row: our .qm and Qt's own, as app/main.cpp installs them.
class Language {
public:
    explicit Language(const QString &name)
    {
        if (name == QLatin1String("en"))
            return;
        QLocale::setDefault(QLocale(name));
        m_own = std::make_unique<QTranslator>();
        QVERIFY2(m_own->load(QStringLiteral(CC_QM_DIR "/cloudconnect_%1.qm").arg(name)), "the German .qm was not built");
        QApplication::installTranslator(m_own.get());
        m_qt = std::make_unique<QTranslator>();
        if (m_qt->load(QLocale(name), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(m_qt.get());
    }
    ~Language()
    {
        if (m_own)
            QApplication::removeTranslator(m_own.get());
        if (m_qt)
            QApplication::removeTranslator(m_qt.get());
        QLocale::setDefault(QLocale::c());
    }

private:
    std::unique_ptr<QTranslator> m_own, m_qt;
};

} // namespace cc::test
