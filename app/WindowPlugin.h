#pragma once
// The window module (engine/WindowModule.h) as a Qt plugin, `cloudconnect-window.so`: the wizard
// (wizard/ui) and the PDF report (report/ReportPdf), everything that links Qt Widgets or Qt Gui.
// The program (main.cpp) loads it to show the wizard or to write a PDF report, never for the
// other commands.
#include "WindowModule.h"

#include <QObject>

class CloudConnectWindow : public QObject, public cc::WindowModule {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CC_WINDOW_IID FILE "window.json")
    Q_INTERFACES(cc::WindowModule)
public:
    int runWizard(int &argc, char **argv, const cc::CommandLine &cmd) override;
    QCoreApplication *createReportApplication(int &argc, char **argv) override;
    cc::ReportPdfWriter reportPdfWriter() const override;
};
