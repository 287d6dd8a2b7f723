#include "WindowPlugin.h"

#include "CloudConnectWizard.h"
#include "BackingStorePrefault.h"
#include "Engine.h"
#include "FirstPaint.h"
#include "ReportPdf.h"
#include "StartupPrefault.h"
#include "Translations.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

int CloudConnectWindow::runWizard(int &argc, char **argv, const cc::CommandLine &cmd)
{
    // What the first paint writes is made present in bulk (StartupPrefault.h): the heap it grows
    // into now, before the application allocates, the window's backing store once it is shown.
    // 1 MiB: the main heap grows by 0.9 MiB from here to the first paint offscreen (about twice
    // that on xcb, where a 2 MiB reserve measured no faster); the pad goes back to glibc's default
    // once the window has painted.
    std::size_t prefaulted = cc::reserveStartupHeap(1024 * 1024);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CloudConnect"));
    QApplication::setApplicationName(QStringLiteral("cloudconnect"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cloud Connect"));
    QApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.cloudconnect.CloudConnect"));
    cc::installTranslations(app);

    cc::CloudConnectWizard wizard;
    wizard.show();
    prefaulted += cc::prefaultBackingStore(&wizard);
    cc::afterFirstPaint(&wizard, [] { cc::endStartupHeapReserve(); });
    // The icon is an SVG: reading it loads Qt's SVG icon engine and Qt Svg (a plugin and a library,
    // about 4 % of the work before the first paint). The window manager takes it as well a moment later.
    cc::afterFirstPaint(&wizard, [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cloudconnect.svg"))); });
    // The engine (checks, keychain, submission) is not needed to show the first page; it is loaded
    // off the GUI thread a moment after, so that the first click on Run checks does not wait for it.
    cc::afterFirstPaint(&wizard, [] { QTimer::singleShot(300, [] { cc::loadEngineInBackground(); }); });
    cc::exitAfterFirstPaintIfAsked(&wizard, prefaulted); // benchmarks only (FirstPaint.h)
    if (!cmd.profilePath.isEmpty()) {
        const QString path = cmd.profilePath;
        QTimer::singleShot(0, &wizard, [&wizard, path] { wizard.openProfile(path); });
    }
    return app.exec();
}

QCoreApplication *CloudConnectWindow::createReportApplication(int &argc, char **argv)
{
    return new QGuiApplication(argc, argv);
}

cc::ReportPdfWriter CloudConnectWindow::reportPdfWriter() const
{
    return cc::writeReportPdf;
}
