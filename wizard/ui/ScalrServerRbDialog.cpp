#include "ScalrServerRbDialog.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace cc {

QString askForScalrServerRb(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("cc::ScalrServerRb", "Choose scalr-server.rb"),
                                        QStringLiteral("/etc/scalr-server"),
                                        QCoreApplication::translate("cc::ScalrServerRb", "scalr-server.rb (*.rb);;All files (*)"));
}

} // namespace cc
