#pragma once
#include <QString>

class QWidget;

namespace cc {

// Asks for a scalr-server.rb (starting in /etc/scalr-server); "" when cancelled.
QString askForScalrServerRb(QWidget *parent);

} // namespace cc
