// The start-up floor: a bare QApplication with a QWizard of one page, linked against Qt Widgets
// only. Run with CC_EXIT_AFTER_FIRST_PAINT=1 it reports its first paint exactly as cloudconnect
// does (app/FirstPaint.cpp, compiled into both), so the two are compared on the same moment.
#include "FirstPaint.h"

#include <QApplication>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Page"));
    wizard.addPage(page);
    wizard.show();
    cc::exitAfterFirstPaintIfAsked(&wizard);
    return app.exec();
}
