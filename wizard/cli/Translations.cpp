#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cc {

void installTranslations(QCoreApplication &app)
{
    // QLocale() reads LC_ALL, LC_MESSAGES, LANG and LANGUAGE itself: no generated glibc locale is
    // needed. The .qm files are resources of the program (app/CMakeLists.txt), which the window
    // module reads too: Qt's resources are one registry per process.
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("cloudconnect"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace cc
