#pragma once
// The window: the wizard, its pages and the PDF report — all that needs Qt Widgets or Qt Gui —
// built as a plugin (app/WindowPlugin.h, `cloudconnect-window.so`) that the program loads only
// to show the wizard or to write a PDF. The program itself links Qt Core alone, so a command
// such as `validate` or `check` never loads Qt Gui, Qt Widgets, X11 or fontconfig
// (docs/benchmarks.md: that was about a fifth of a `validate`).
#include "CommandLine.h"
#include "ReportPdfWriter.h"

#include <QtPlugin>

class QCoreApplication;

namespace cc {

class WindowModule {
public:
    virtual ~WindowModule() = default;
    // Shows the wizard (a QApplication of its own, translations installed) and runs it until its
    // window closes; returns the process's exit status.
    virtual int runWizard(int &argc, char **argv, const CommandLine &cmd) = 0;
    // The application object a headless PDF report needs: a QGuiApplication (laying text out
    // needs fonts). The caller owns it.
    virtual QCoreApplication *createReportApplication(int &argc, char **argv) = 0;
    virtual ReportPdfWriter reportPdfWriter() const = 0;
};

// The window module, loaded on the first call (from the program's thread; later calls return the
// same one), or null when it cannot be loaded: then windowModuleError() says why and what to do,
// in the language of the translators installed when it is called.
WindowModule *windowModule();
QString windowModuleError();

} // namespace cc

#define CC_WINDOW_IID "io.github.cloudconnect.Window"
Q_DECLARE_INTERFACE(cc::WindowModule, CC_WINDOW_IID)
