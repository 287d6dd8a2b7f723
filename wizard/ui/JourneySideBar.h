#pragma once
// The steps of the current journey beside the pages, the current one marked. Plain labels, not
// rich text: laying out HTML here cost more than the rest of the window at start-up.
#include "Journey.h"

#include <QFont>
#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace cc {

class JourneySideBar : public QWidget {
    Q_OBJECT
public:
    explicit JourneySideBar(QWidget *parent = nullptr);
    void show(const Journey &journey, int currentPageId);
    QString text() const; // the steps as shown, one per line (tests, accessibility)

private:
    QVBoxLayout *m_layout;
    QLabel *m_title;
    QList<QLabel *> m_steps;
    QStringList m_measuredSteps; // what the minimum width was measured for
    QFont m_measuredFont;
};

} // namespace cc
