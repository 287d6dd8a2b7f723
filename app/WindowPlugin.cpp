#include "WindowPlugin.h"

#include "CloudConnectWizard.h"
#include "Engine.h"
#include "FirstPaint.h"
#include "ReportPdf.h"
#include "Translations.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

int CloudConnectWindow::runWizard(int &argc, char **argv, const cc::CommandLine &cmd)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CloudConnect"));
    QApplication::setApplicationName(QStringLiteral("cloudconnect"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cloud Connect"));
    QApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.cloudconnect.CloudConnect"));
    cc::installTranslations(app);

    cc::CloudConnectWizard wizard;
    wizard.show();
    // The icon is an SVG: reading it loads Qt's SVG icon engine and Qt Svg (a plugin and a library,
    // about 4 % of the work before the first paint). The window manager takes it as well a moment later.
    cc::afterFirstPaint(&wizard, [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cloudconnect.svg"))); });
    // The engine (checks, keychain, submission) is not needed to show the first page; it is loaded
    // off the GUI thread a moment after, so that the first click on Run checks does not wait for it.
    cc::afterFirstPaint(&wizard, [] { QTimer::singleShot(300, [] { cc::loadEngineInBackground(); }); });
    cc::exitAfterFirstPaintIfAsked(&wizard); // benchmarks only (FirstPaint.h)
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
